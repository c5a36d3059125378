/**
 * The structural check a policy document must pass before a command stores it (AWS answers
 * MalformedPolicyDocument otherwise): valid JSON, an object, a Statement that is an object or a non-empty list, each
 * statement with Effect Allow or Deny, then the engine's full parser (`shared/iam/policy/parse`).
 */
import { parsePolicy } from '../iam/policy/parse';
import type { JsonValue } from '../iam/request';
import type { PolicyDocument } from './types';

/** Why a document was refused, with the JSON path of the problem. */
export interface PolicyProblem {
  reason: string;
  path: string;
  /** The engine parser's diagnostic code when the engine refused the document. */
  engineCode?: string;
}

/** Parses a verbatim document (text or object) into a JSON value, or a problem. */
export function parsePolicyDocument(
  doc: PolicyDocument,
): { ok: true; value: JsonValue } | { ok: false; problem: PolicyProblem } {
  if (typeof doc !== 'string') return { ok: true, value: doc };
  try {
    return { ok: true, value: JSON.parse(doc) as JsonValue };
  } catch {
    return { ok: false, problem: { reason: 'policy.not-json', path: '' } };
  }
}

/** Returns the first structural problem of a policy document, or undefined when it is acceptable. */
export function checkPolicyDocument(doc: PolicyDocument): PolicyProblem | undefined {
  const parsed = parsePolicyDocument(doc);
  if (!parsed.ok) return parsed.problem;
  const value = parsed.value;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { reason: 'policy.not-object', path: '' };
  }
  const version = value.Version;
  if (version !== undefined && version !== '2012-10-17' && version !== '2008-10-17') {
    return { reason: 'policy.bad-version', path: 'Version' };
  }
  const statement = value.Statement;
  if (statement === undefined) return { reason: 'policy.no-statement', path: 'Statement' };
  const list = Array.isArray(statement) ? statement : [statement];
  if (list.length === 0) return { reason: 'policy.no-statement', path: 'Statement' };
  for (let i = 0; i < list.length; i++) {
    const s = list[i];
    const at = Array.isArray(statement) ? `Statement[${i}]` : 'Statement';
    if (s === null || typeof s !== 'object' || Array.isArray(s))
      return { reason: 'policy.statement-not-object', path: at };
    if (s.Effect !== 'Allow' && s.Effect !== 'Deny') return { reason: 'policy.bad-effect', path: `${at}.Effect` };
    if (s.Action === undefined && s.NotAction === undefined)
      return { reason: 'policy.no-action', path: `${at}.Action` };
  }
  // The engine's parser has the last word on the grammar (operators, element shapes, variables).
  const full = parsePolicy(value);
  if (!full.ok) {
    const first = full.diagnostics[0];
    return { reason: 'policy.invalid', path: first?.path ?? '', engineCode: first?.code ?? 'parse.unknown' };
  }
  return undefined;
}

/** The document as compact JSON text, for size checks and export. */
export function policyText(doc: PolicyDocument): string {
  return typeof doc === 'string' ? doc : JSON.stringify(doc);
}

/** The document as a parsed object when it parses (for export in AWS's decoded shape), else the text. */
export function policyObject(doc: PolicyDocument): JsonValue {
  const parsed = parsePolicyDocument(doc);
  return parsed.ok ? parsed.value : (doc as string);
}
