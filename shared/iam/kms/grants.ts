/**
 * KMS grants, modelled beside the engine. A grant lets one grantee principal perform listed operations on one KMS key,
 * optionally only when the request's encryption context matches a constraint. A grant only allows: it turns an
 * implicit deny into an allow, never an explicit deny (no principal has access to a key "unless that permission is
 * provided explicitly and never denied"). A retired or revoked grant no longer counts.
 * (https://docs.aws.amazon.com/kms/latest/developerguide/grants.html,
 * https://docs.aws.amazon.com/kms/latest/developerguide/grant-authorization.html)
 */
import { evaluate } from '../evaluate/evaluate';
import type { Decision, EvaluationRequest, PrincipalSpec } from '../request';

/** Operations a grant can allow (AWS's grant operations, without the `kms:` prefix). */
export const GRANT_OPERATIONS = [
  'Decrypt',
  'Encrypt',
  'GenerateDataKey',
  'GenerateDataKeyWithoutPlaintext',
  'ReEncryptFrom',
  'ReEncryptTo',
  'CreateGrant',
  'RetireGrant',
  'DescribeKey',
  'Sign',
  'Verify',
] as const;

/** One grant operation. */
export type GrantOperation = (typeof GRANT_OPERATIONS)[number];

/** A grant on a key. */
export interface KmsGrant {
  grantId: string;
  keyArn: string;
  /** The principal the grant is for: a user or role ARN, or a service principal. For a role, its sessions use it. */
  granteePrincipal: string;
  operations: GrantOperation[];
  /** Encryption-context constraint: `equals` (exact set) or `subset` (these pairs must be present). */
  constraints?: { encryptionContextEquals?: Record<string, string>; encryptionContextSubset?: Record<string, string> };
  retired?: boolean;
}

/** The principal ARN a grant is matched against: the role ARN for a role session, the user ARN, or the service. */
function granteeOf(p: PrincipalSpec): string | undefined {
  switch (p.kind) {
    case 'user':
      return p.arn;
    case 'role-session':
      return p.roleArn;
    case 'service':
      return p.service;
    default:
      return undefined;
  }
}

function contextMatches(grant: KmsGrant, context: Record<string, string>): boolean {
  const c = grant.constraints;
  if (!c) return true;
  if (c.encryptionContextEquals) {
    const want = Object.entries(c.encryptionContextEquals);
    if (want.length !== Object.keys(context).length) return false;
    if (!want.every(([k, v]) => context[k] === v)) return false;
  }
  if (c.encryptionContextSubset && !Object.entries(c.encryptionContextSubset).every(([k, v]) => context[k] === v))
    return false;
  return true;
}

/** The first live grant that allows `operation` for the request's caller on its key, or undefined. */
export function matchingGrant(
  grants: readonly KmsGrant[],
  req: EvaluationRequest,
  encryptionContext: Record<string, string> = {},
): KmsGrant | undefined {
  const m = /^kms:(.+)$/i.exec(req.action);
  const grantee = granteeOf(req.principal);
  if (!m || grantee === undefined) return undefined;
  const op = m[1].toLowerCase();
  return grants.find(
    (g) =>
      !g.retired &&
      g.keyArn === req.resource.arn &&
      g.granteePrincipal === grantee &&
      g.operations.some((o) => o.toLowerCase() === op) &&
      contextMatches(g, encryptionContext),
  );
}

/** The decision with grants: the engine's decision, except that a matching grant turns an implicit deny into allowed. */
export function evaluateWithGrants(
  req: EvaluationRequest,
  grants: readonly KmsGrant[],
  encryptionContext: Record<string, string> = {},
): { decision: Decision; grant?: KmsGrant } {
  const decision = evaluate(req, { trace: false }).decision;
  if (decision !== 'implicitDeny') return { decision };
  const grant = matchingGrant(grants, req, encryptionContext);
  return grant ? { decision: 'allowed', grant } : { decision };
}
