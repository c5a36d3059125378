/**
 * sts:GetSessionToken: an IAM user or the root user trades long-term credentials (optionally with an MFA code) for
 * temporary ones. No permission is needed to call it. Later requests carry aws:MultiFactorAuthPresent (true with MFA,
 * false without) and aws:TokenIssueTime, and fail authentication once the credentials expire — the usual way to satisfy
 * an MFA condition from the CLI. Duration 900 s to 36 h (1 h for root)
 * (https://docs.aws.amazon.com/STS/latest/APIReference/API_GetSessionToken.html).
 */
import type { PrincipalSpec, RootPrincipal, UserPrincipal } from '../request';
import { parameterDenial, durationProblem } from './common';
import type { StsFailure } from './types';

/** Input of `getSessionToken`. */
export interface SessionTokenInput {
  caller: PrincipalSpec;
  /** True when a valid MFA serial and code were passed. */
  mfa?: boolean;
  durationSeconds?: number;
  now: string;
}

/** A successful GetSessionToken: the same principal, now with temporary credentials and its MFA state. */
export interface SessionTokenSuccess {
  ok: true;
  code: 'sts.session-token.ok';
  session: UserPrincipal | RootPrincipal;
  issuedAt: string;
  expiresAt: string;
}

/** Runs GetSessionToken. */
export function getSessionToken(input: SessionTokenInput): SessionTokenSuccess | StsFailure {
  const c = input.caller;
  if (c.kind === 'role-session' || c.kind === 'federated-user')
    return parameterDenial('sts.role-session-cannot-federate', { kind: c.kind });
  if (c.kind !== 'user' && c.kind !== 'root') return parameterDenial('sts.session-token.not-a-user', { kind: c.kind });
  const duration = input.durationSeconds ?? 43200;
  const dp = durationProblem(duration, c.kind === 'root' ? 3600 : 129600);
  if (dp) return parameterDenial(dp, { durationSeconds: duration });
  const issuedAt = input.now;
  const expiresAt = new Date(Date.parse(input.now) + duration * 1000).toISOString();
  // The same caller on temporary credentials: later requests carry aws:TokenIssueTime and fail once they expire.
  const session = {
    ...c,
    mfa: input.mfa ? { present: true, ageSeconds: 0 } : { present: false },
    issuedAt,
    expiresAt,
  };
  return { ok: true, code: 'sts.session-token.ok', session, issuedAt, expiresAt };
}

/**
 * What AWS refuses to a caller on GetSessionToken credentials before any policy is read: IAM operations unless the
 * credentials were issued with MFA, and every STS operation except AssumeRole and GetCallerIdentity
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_temp_request.html#api_getsessiontoken).
 */
export type SessionTokenLimit = 'authenticate.session-token-iam-needs-mfa' | 'authenticate.session-token-sts-limited';

/** The limit a call with GetSessionToken credentials runs into (`action` as `service:Operation`), if any. */
export function sessionTokenLimit(action: string, mfaPresent: boolean): SessionTokenLimit | undefined {
  const colon = action.indexOf(':');
  const service = action.slice(0, colon).toLowerCase();
  if (service === 'iam') return mfaPresent ? undefined : 'authenticate.session-token-iam-needs-mfa';
  if (service !== 'sts') return undefined;
  const operation = action.slice(colon + 1).toLowerCase();
  return operation === 'assumerole' || operation === 'getcalleridentity'
    ? undefined
    : 'authenticate.session-token-sts-limited';
}

/** True for a user or root principal calling with GetSessionToken credentials (it carries their issue time). */
export function onSessionTokenCredentials(p: PrincipalSpec): p is UserPrincipal | RootPrincipal {
  return (p.kind === 'user' || p.kind === 'root') && p.issuedAt !== undefined;
}
