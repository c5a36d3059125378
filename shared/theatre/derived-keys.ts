/**
 * The condition keys AWS derives from the principal (never typed by the caller), with their values and where each
 * comes from, for the request builder's read-only list.
 */
import { callerOf } from '../iam/context/caller';
import { principalKeyValue } from '../iam/context/derive';
import type { ContextValue, EvaluationRequest } from '../iam/request';

/** One derived key. */
export interface DerivedKey {
  key: string;
  value: ContextValue;
  /** Where AWS takes it from. */
  source: string;
}

const KEYS: Array<[string, string]> = [
  ['aws:PrincipalArn', 'the principal'],
  ['aws:PrincipalAccount', 'the principal'],
  ['aws:PrincipalType', 'the principal'],
  ['aws:username', 'the IAM user'],
  ['aws:userid', 'the principal’s unique id'],
  ['aws:PrincipalOrgID', 'the organization of the principal’s account'],
  ['aws:MultiFactorAuthPresent', 'the credentials (MFA sign-in)'],
  ['aws:MultiFactorAuthAge', 'the credentials (time since MFA)'],
  ['aws:TokenIssueTime', 'the temporary credentials'],
  ['aws:SourceIdentity', 'the role session'],
  ['aws:FederatedProvider', 'the identity provider'],
];

/** The derived keys present for the request's principal, tags included. */
export function derivedKeys(req: EvaluationRequest): DerivedKey[] {
  const p = req.principal;
  const caller = callerOf(p, req.policies.boundary !== undefined);
  const out: DerivedKey[] = [];
  for (const [key, source] of KEYS) {
    const value = principalKeyValue(p, caller, key.toLowerCase());
    if (value !== undefined) out.push({ key, value, source });
  }
  const tags = p.kind === 'user' ? p.tags : p.kind === 'role-session' ? { ...p.roleTags, ...p.sessionTags } : undefined;
  for (const k of Object.keys(tags ?? {}).sort()) {
    const value = principalKeyValue(p, caller, `aws:principaltag/${k.toLowerCase()}`);
    if (value !== undefined) out.push({ key: `aws:PrincipalTag/${k}`, value, source: p.kind === 'user' ? 'the user’s tags' : 'the role’s and session’s tags' });
  }
  return out;
}
