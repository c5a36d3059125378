/**
 * Loads the policies of a request: parses each (cached by document identity), drops the ones that fail (fail
 * closed: listed in `errors`), and works out which kinds apply to this principal and resource.
 */
import { RCP_SUPPORTED_SERVICES } from '../data/rcp-supported-services';
import { serviceOf } from '../match/action';
import { parseArn } from '../match/arn';
import { operatorFor } from '../conditions/operators';
import { parsePolicy } from '../policy/parse';
import type { ParseResult } from '../policy/types';
import type { CompiledStatement } from './compiled';
import { documentSlot } from '../json/document-key';
import { compileStatements } from './compiled';
import type { JsonValue, OrgLevelPolicies, PolicyInput } from '../request';
import type { PolicyError, PolicyKind } from '../result';
import type { CallerIdentity } from '../context/caller';
import type { EvaluationRequest } from '../request';
import type { LoadedLevel, LoadedPolicy, OrgApplicability } from './state';

/** Actions for which the role's trust policy plays the resource-based policy. */
export const TRUST_ACTIONS: ReadonlySet<string> = new Set([
  'sts:assumerole',
  'sts:assumerolewithwebidentity',
  'sts:assumerolewithsaml',
  'sts:tagsession',
  'sts:setsourceidentity',
  'sts:setcontext',
]);

const EMPTY: readonly never[] = Object.freeze([]);

function policyError(input: PolicyInput, kind: PolicyKind, code: string, path: string, level?: string): PolicyError {
  const e: PolicyError = { policyId: input.id, policyKind: kind, code };
  if (path) e.path = path;
  if (level !== undefined) e.level = level;
  return e;
}

/** True for an error that made the policy unusable (it is skipped), as opposed to one kept in play. */
export function isSkippingError(e: PolicyError): boolean {
  return e.code.startsWith('parse.');
}

type LoadOutcome = {
  lp?: LoadedPolicy;
  errors?: PolicyError[];
  kind: PolicyKind;
  level?: string;
  /** The input's id and name when loaded (refs and errors carry them; nothing else of the input is read). */
  id: string;
  name: string | undefined;
};

/** Everything worked out for one document: its parse, its compiled statements, and the inputs it was loaded for. */
type DocEntry = {
  parse: ParseResult;
  compiled?: CompiledStatement[];
  /** Paths of conditions whose operator is unknown (worked out with `compiled`). */
  unknownOperators?: string[];
  loads: LoadOutcome[];
};

/** Loads remembered per document: the inputs of one request, or a policy attached to a few principals of a world. */
const LOADS_KEPT = 16;

// One cache keyed by the document (object identity through its document slot, or text), not two (by document for the
// parse and by input for the load): on a fresh request every WeakMap entry is garbage-collector work, and halving them
// nearly doubles the parse + evaluate rate of fresh documents. Behind the identity cache, a content cache: a fresh copy
// of a document seen before (the same policy in a new request, a world reloaded from a file) reuses its parsed and
// compiled form.
const byText = new Map<string, DocEntry>();
const byContent = new Map<string, DocEntry>();
const TEXT_LIMIT = 10_000;
/** Characters of content keys kept before the content cache starts afresh. */
const CONTENT_CHAR_LIMIT = 4_000_000;
let contentChars = 0;

function docEntry(document: unknown): DocEntry {
  if (typeof document === 'object' && document !== null) {
    const slot = documentSlot(document);
    let e = slot.loaded as DocEntry | undefined;
    if (e === undefined) {
      const key = slot.key;
      e = byContent.get(key);
      if (e === undefined) {
        e = { parse: parsePolicy(document as JsonValue), loads: [] };
        if (contentChars + key.length > CONTENT_CHAR_LIMIT) forgetContent();
        contentChars += key.length;
        byContent.set(key, e);
      }
      slot.loaded = e;
    }
    return e;
  }
  if (typeof document === 'string') {
    let e = byText.get(document);
    if (e === undefined) {
      if (byText.size >= TEXT_LIMIT) byText.clear();
      e = { parse: parsePolicy(document), loads: [] };
      byText.set(document, e);
    }
    return e;
  }
  return { parse: parsePolicy(document as JsonValue), loads: [] };
}

function forgetContent(): void {
  byContent.clear();
  contentChars = 0;
}

/**
 * Forget the parsed and compiled forms of documents seen before, by text and by content (objects already evaluated
 * keep theirs). For measuring first sight; the engine never needs it.
 */
export function forgetLoadedDocuments(): void {
  forgetContent();
  byText.clear();
}

/**
 * Parses one policy input, or records its error and returns undefined. Cached per document content (then kind, level,
 * id and name), so a warm evaluation allocates nothing here, nor does a fresh request whose policies were seen before;
 * a changed `document`, `id` or `name` on the same input object is noticed.
 */
export function loadPolicy(
  input: PolicyInput,
  kind: PolicyKind,
  errors: PolicyError[],
  level?: string,
): LoadedPolicy | undefined {
  const entry = docEntry(input.document);
  const list = entry.loads;
  for (let i = list.length - 1; i >= 0; i--) {
    const o = list[i];
    if (o.kind === kind && o.level === level && o.id === input.id && o.name === input.name) {
      if (o.errors) for (const e of o.errors) errors.push(e);
      return o.lp;
    }
  }
  const r = entry.parse;
  const outcome: LoadOutcome = { kind, level, id: input.id, name: input.name };
  if (!r.ok) {
    outcome.errors = r.diagnostics.map((d) => policyError(input, kind, d.code, d.path, level));
    errors.push(...outcome.errors);
  } else {
    if (entry.compiled === undefined) {
      entry.compiled = compileStatements(r.policy);
      entry.unknownOperators = [];
      for (const st of r.policy.statements)
        for (const c of st.conditions)
          if (c.base.toLowerCase() !== 'null' && !operatorFor(c.base)) entry.unknownOperators.push(c.path);
    }
    const compiled = entry.compiled;
    outcome.lp =
      level === undefined
        ? { input, kind, policy: r.policy, compiled }
        : { input, kind, policy: r.policy, compiled, level };
    if (entry.unknownOperators!.length) {
      outcome.errors = entry.unknownOperators!.map((path) =>
        policyError(input, kind, 'condition.operator-unknown', path, level),
      );
      errors.push(...outcome.errors);
    }
  }
  // Bounded: a document shared by many inputs (a managed policy attached across a world, a policy in many fresh
  // requests) keeps the latest ones; a load found elsewhere costs one small object, as parse and compile are shared.
  if (list.length >= LOADS_KEPT) list.splice(0, LOADS_KEPT >> 1);
  list.push(outcome);
  return outcome.lp;
}

/** Loads a list of policies of one kind. */
export function loadList(
  inputs: readonly PolicyInput[] | undefined,
  kind: PolicyKind,
  errors: PolicyError[],
): LoadedPolicy[] {
  if (!inputs || inputs.length === 0) return EMPTY as unknown as LoadedPolicy[];
  const out: LoadedPolicy[] = [];
  for (const i of inputs) {
    const lp = loadPolicy(i, kind, errors);
    if (lp) out.push(lp);
  }
  return out;
}

/** Loads SCP or RCP levels. */
export function loadLevels(
  levels: readonly OrgLevelPolicies[] | undefined,
  kind: 'scp' | 'rcp',
  errors: PolicyError[],
): LoadedLevel[] {
  if (!levels || levels.length === 0) return EMPTY as unknown as LoadedLevel[];
  const out: LoadedLevel[] = [];
  for (const l of levels) {
    const policies: LoadedPolicy[] = [];
    for (const p of l.policies) {
      const lp = loadPolicy(p, kind, errors, l.id);
      if (lp) policies.push(lp);
    }
    out.push({ level: l.level, id: l.id, policies });
  }
  return out;
}

/** Whether SCPs apply: not to the management account, service-linked roles, service principals or anonymous callers. */
export function scpApplicability(req: EvaluationRequest, caller: CallerIdentity): OrgApplicability {
  if (!req.policies.scps || req.policies.scps.length === 0) return 'scp.not-applicable.no-policies';
  const p = req.principal;
  if (p.kind === 'anonymous' || caller.kind === 'web-identity' || caller.kind === 'saml')
    return 'scp.not-applicable.anonymous';
  if (p.kind === 'service') return 'scp.not-applicable.service-principal';
  if (p.org?.isManagementAccount) return 'scp.not-applicable.management-account';
  if (caller.serviceLinked) return 'scp.not-applicable.service-linked-role';
  return 'apply';
}

/** Whether RCPs apply: not to the management account's resources, AWS managed KMS keys, service-linked roles, or unsupported services. */
export function rcpApplicability(req: EvaluationRequest, caller: CallerIdentity): OrgApplicability {
  if (!req.policies.rcps || req.policies.rcps.length === 0) return 'rcp.not-applicable.no-policies';
  if (caller.serviceLinked) return 'rcp.not-applicable.service-linked-role';
  if (req.resource.org?.isManagementAccount) return 'rcp.not-applicable.management-account';
  if (req.resource.awsManagedKey) return 'rcp.not-applicable.aws-managed-key';
  if (!RCP_SUPPORTED_SERVICES.has(serviceOf(req.action))) return 'rcp.not-applicable.service-unsupported';
  return 'apply';
}

/** True when the ARN's service field is `service` (checked in place, without splitting the ARN). */
function serviceIs(arn: string, service: string): boolean {
  if (!arn.startsWith('arn:')) return false;
  const c = arn.indexOf(':', 4);
  return c > 0 && arn.startsWith(service, c + 1) && arn.charCodeAt(c + 1 + service.length) === 58; // ':'
}

/** True for a KMS key ARN (`arn:aws:kms:REGION:ACCT:key/ID`). */
export function isKmsKeyArn(arn: string): boolean {
  if (!serviceIs(arn, 'kms')) return false;
  const p = parseArn(arn);
  return p !== undefined && p.resource.startsWith('key/');
}

/** True for an IAM role ARN. */
export function isRoleArn(arn: string): boolean {
  if (!serviceIs(arn, 'iam')) return false;
  const p = parseArn(arn);
  return p !== undefined && p.resource.startsWith('role/');
}
