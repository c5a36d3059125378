/**
 * Gate 0, authenticate: what AWS settles before reading any policy. Principal-derived keys the request tried to supply
 * are reported; expired temporary credentials fail (`authenticate.expired`); GetSessionToken credentials meet their two
 * limits (IAM needs MFA, STS only AssumeRole and GetCallerIdentity; `sts/session-token.ts`).
 */
import { credentialExpiry } from '../context/derive';
import type { RequestContext } from '../context/request-context';
import type { ReasonCode } from '../reasons';
import type { EvaluationRequest } from '../request';
import { onSessionTokenCredentials, sessionTokenLimit } from '../sts/session-token';
import { OUTCOME } from '../trace/recorder';
import type { EvalState } from './state';

/** Why authentication failed and the events that decided it; undefined when the request goes on to the policies. */
export interface AuthenticationFailure {
  reason: ReasonCode;
  decisive: number[];
}

/** Runs the authenticate gate, recording it on the state's trace. */
export function authenticateGate(
  S: EvalState,
  req: EvaluationRequest,
  rc: RequestContext,
): AuthenticationFailure | undefined {
  const t = S.t;
  const p = req.principal;
  t.enter('gate.authenticate', 'authenticate');
  if (t.on) {
    for (const k of rc.ignoredKeys())
      t.check('context.principal-key-ignored', 'authenticate', { key: k, value: req.context?.[k] });
  }
  const expiresAt = credentialExpiry(p);
  if (expiresAt !== undefined && req.now !== undefined && Date.parse(req.now) >= Date.parse(expiresAt)) {
    const c = t.check('authenticate.expired', 'authenticate', {
      pattern: expiresAt,
      value: req.now,
      outcome: 'no-match',
    });
    const x = t.exit('authenticate.expired', 'authenticate', OUTCOME['implicitDeny']);
    return { reason: 'authenticate.expired', decisive: [c, x] };
  }
  if (onSessionTokenCredentials(p)) {
    const limit = sessionTokenLimit(req.action, p.mfa?.present === true);
    if (limit) {
      const c = t.check(limit, 'authenticate', { value: req.action, outcome: 'no-match' });
      const x = t.exit(limit, 'authenticate', OUTCOME['implicitDeny']);
      return { reason: limit, decisive: [c, x] };
    }
  }
  const authCode: ReasonCode =
    S.caller.kind === 'anonymous'
      ? 'authenticate.anonymous'
      : S.caller.kind === 'service'
        ? 'authenticate.service'
        : 'authenticate.ok';
  t.exit(authCode, 'authenticate', OUTCOME['match']);
  return undefined;
}
