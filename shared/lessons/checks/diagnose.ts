/**
 * Why a check failed, in the learner's terms, found from the check's own data and the world: the thing exists in
 * another account, a user exists where a role session was needed, a policy names the bucket where the task needs its
 * objects, a trust policy does not test a condition key the denied request differs in, a statement allows more than
 * the task wants, a cross-account grant that only the resource side makes. Causes are codes with data (never prose); check-text.ts turns them into sentences.
 */
import type { EvaluationResult } from '../../iam/result';
import { readIamArn } from '../../world/arn';
import type { Account, PolicyDocument, World } from '../../world/types';
import type { Check, FactCheck, LessonRequest, RequestCheck } from '../lesson-types';
import { evaluateLessonRequest } from './run-check';
import { hasKey, own } from '../../world/own';

/** A failure cause: a code and the names it concerns. */
export interface FailureCause {
  /** `cause.wrong-account`, `cause.session-missing`, `cause.bucket-not-object`, `cause.condition-key-missing`, … */
  code: string;
  data: Record<string, string | string[]>;
}

type Kind = 'users' | 'roles' | 'groups';
const KIND_OF: Record<string, Kind> = { user: 'users', role: 'roles', group: 'groups' };

/** Accounts (other than `wanted`) holding an entity of that kind and name. */
function elsewhere(world: World, kind: Kind, name: string, wanted: string): string[] {
  return Object.values(world.accounts)
    .filter((a: Account) => a.id !== wanted && hasKey(a[kind], name))
    .map((a) => a.id);
}

const has = (a: Account | undefined, kind: Kind, name: string): boolean => !!a && hasKey(a[kind], name);

/** A cause for an ARN that names something missing: another account holds it, or a session was never created. */
export function missingCause(world: World, arn: string): FailureCause | undefined {
  const info = readIamArn(arn);
  if (!info) return undefined;
  const acct = own(world.accounts, info.account);
  if (info.kind === 'assumed-role') {
    if (hasKey(world.sessions, arn)) return undefined;
    if (!has(acct, 'roles', info.roleName)) {
      const other = elsewhere(world, 'roles', info.roleName, info.account);
      if (other.length)
        return {
          code: 'cause.wrong-account',
          data: { kind: 'role', name: info.roleName, wanted: info.account, found: other },
        };
      return { code: 'cause.role-missing', data: { role: info.roleName, account: info.account } };
    }
    const userToo = Object.values(world.accounts).some((a) => has(a, 'users', info.sessionName));
    return {
      code: 'cause.session-missing',
      data: {
        session: info.sessionName,
        role: info.roleName,
        account: info.account,
        userExists: userToo ? 'yes' : 'no',
      },
    };
  }
  if ((info.kind === 'oidc-provider' || info.kind === 'saml-provider') && acct) {
    if (hasKey(acct.identityProviders, arn)) return undefined;
    const protocol = info.kind === 'oidc-provider' ? 'oidc' : 'saml';
    const found = Object.values(acct.identityProviders)
      .filter((p) => p.kind === protocol)
      .map((p) => p.arn.slice(p.arn.indexOf('/') + 1));
    return {
      code: 'cause.provider-missing',
      data: {
        protocol: protocol === 'oidc' ? 'OpenID Connect' : 'SAML',
        name: info.name,
        account: info.account,
        found,
      },
    };
  }
  if (info.kind === 'user' || info.kind === 'role' || info.kind === 'group') {
    const kind = KIND_OF[info.kind];
    if (has(acct, kind, info.name)) return undefined;
    const other = elsewhere(world, kind, info.name, info.account);
    if (other.length)
      return {
        code: 'cause.wrong-account',
        data: { kind: info.kind, name: info.name, wanted: info.account, found: other },
      };
  }
  return undefined;
}

/** The ARNs a fact names. */
function factArns(f: FactCheck): string[] {
  const r = f as unknown as Record<string, unknown>;
  return ['arn', 'role', 'user', 'group', 'on', 'to']
    .map((k) => r[k])
    .filter((v): v is string => typeof v === 'string' && v.startsWith('arn:'));
}

/** The text of a policy document, for "does it mention this key" (case-insensitive). */
function docText(doc: PolicyDocument | undefined): string {
  return (typeof doc === 'string' ? doc : JSON.stringify(doc ?? {})).toLowerCase();
}

/** `arn:aws:s3:::bucket/key` → `arn:aws:s3:::bucket`, else undefined. */
function bucketOf(resource: string): string | undefined {
  if (!resource.startsWith('arn:aws:s3:::')) return undefined;
  const slash = resource.indexOf('/');
  return slash > 0 && slash < resource.length - 1 ? resource.slice(0, slash) : undefined;
}

/** The statement that decided a result, as `sid` or policy id. */
function decider(result: EvaluationResult): string {
  const d = result.decidedBy[0];
  return d ? (d.sid ? `${d.sid} (${d.policyId})` : d.policyId) : '';
}

/** Why a request check got another decision than it expects. */
function requestCause(world: World, c: RequestCheck, result: EvaluationResult | undefined): FailureCause | undefined {
  const r: LessonRequest = c.request;
  for (const arn of [r.principal, r.resource]) {
    const m = missingCause(world, arn);
    if (m) return m;
  }
  if (!result) return undefined;
  if (c.expect === 'allowed') {
    const bucket = bucketOf(r.resource);
    if (bucket) {
      const onBucket = evaluateLessonRequest(world, { ...r, resource: bucket });
      if (onBucket.ok && onBucket.result.decision === 'allowed')
        return {
          code: 'cause.bucket-not-object',
          data: { bucket: bucket.slice('arn:aws:s3:::'.length), object: r.resource, action: r.action },
        };
    }
    if (result.decision === 'explicitDeny') return { code: 'cause.denied-by', data: { statement: decider(result) } };
    const events = new Set(result.trace.events.map((e) => e.code));
    if (events.has('resource-policy.allow.cross-account') && events.has('identity.no-allow'))
      return { code: 'cause.identity-side-missing', data: { principal: r.principal, action: r.action } };
    return { code: 'cause.nothing-allows', data: { action: r.action, resource: r.resource } };
  }
  if (result.decision !== 'allowed') return undefined;
  const keys = Object.keys(r.context ?? {});
  const info = readIamArn(r.principal);
  if (keys.length && (info?.kind === 'oidc-provider' || info?.kind === 'saml-provider')) {
    const role = readIamArn(r.resource);
    const acct = role ? own(world.accounts, role.account) : undefined;
    const trust =
      role?.kind === 'role' && acct && has(acct, 'roles', role.name)
        ? own(acct.roles, role.name)!.trustPolicy
        : undefined;
    const text = docText(trust);
    const untested = keys.filter((k) => !text.includes(k.toLowerCase()));
    if (untested.length)
      return {
        code: 'cause.condition-key-missing',
        data: { keys: untested, role: role?.kind === 'role' ? role.name : r.resource },
      };
  }
  return { code: 'cause.too-broad', data: { statement: decider(result), action: r.action, resource: r.resource } };
}

/** The cause of a failing check leaf, when one can be named. */
export function diagnose(world: World, check: Check, result?: EvaluationResult): FailureCause | undefined {
  if ('request' in check) return requestCause(world, check, result);
  if ('fact' in check) {
    for (const arn of factArns(check)) {
      const m = missingCause(world, arn);
      if (m) return m;
    }
  }
  return undefined;
}
