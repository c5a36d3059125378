/**
 * GetSessionToken against a world, end to end and pure: check the caller and the MFA code as STS does, run the
 * engine's GetSessionToken flow (no permission is needed: it is an authentication step) and record the credentials
 * with the `get-session-token` world command. Also the limits AWS puts on those credentials afterwards: no IAM API
 * call without MFA, no STS call but AssumeRole and GetCallerIdentity
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_temp_request.html,
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_sts-comparison.html).
 * The command line, the UI and lessons share it.
 */
import { getSessionToken as engineGetSessionToken, sessionTokenLimit } from '../iam/sts/session-token';
import type { EvaluationResult } from '../iam/result';
import { readIamArn } from './arn';
import { applyCommand, type CommandApplied } from './commands/apply';
import { sessionTokenDuration } from './commands/sts';
import { worldError, type WorldError } from './errors';
import { own } from './own';
import { requestFor } from './request-for';
import { expiredCaller, mfaProof } from './sts-flow';
import type { Session, World } from './types';

/** What the caller asks for. */
export interface SessionTokenRequest {
  /** The IAM user or root user calling with long-term credentials (their ARN). */
  callerArn: string;
  durationSeconds?: number;
  /** `--serial-number`: an MFA device of the caller. Needs `tokenCode`. */
  serialNumber?: string;
  /** `--token-code`: the six digits the device shows. Needs `serialNumber`. */
  tokenCode?: string;
  undoable?: boolean;
}

/** The outcome: the world with the new credentials (`output.session`, `output.secret`), or a refusal. */
export type SessionTokenInWorldResult =
  CommandApplied | { ok: false; kind: 'refused'; error: WorldError; steps?: EvaluationResult[] };

/** The GetSessionToken credentials a caller reference names (their access key id), if it names any. */
export function sessionTokenOf(world: World, ref: string): Session | undefined {
  const session = own(world.sessions, ref);
  return session?.kind === 'session-token' ? session : undefined;
}

/** True when the reference is temporary credentials of any kind (a recorded session, a role, a role session). */
function isSessionCaller(world: World, ref: string): boolean {
  if (own(world.sessions, ref)) return true;
  const kind = readIamArn(ref)?.kind;
  return kind === 'assumed-role' || kind === 'federated-user' || kind === 'role' || ref.startsWith('i-');
}

/** Runs sts:GetSessionToken in a world. */
export function getSessionTokenInWorld(world: World, req: SessionTokenRequest): SessionTokenInWorldResult {
  const refused = (error: WorldError, steps?: EvaluationResult[]): SessionTokenInWorldResult =>
    steps ? { ok: false, kind: 'refused', error, steps } : { ok: false, kind: 'refused', error };
  const expired = expiredCaller(world, req.callerArn);
  if (expired) return refused(expired);
  // Only long-term credentials may call it: AWS answers AccessDenied for any session.
  if (isSessionCaller(world, req.callerArn))
    return refused(
      worldError('AccessDenied', 'session.sts-with-session-credentials', { operation: 'GetSessionToken' }, 'callerArn'),
    );
  const caller = requestFor(world, req.callerArn, 'sts:GetSessionToken', '*');
  if (!caller.ok) return refused(caller.error);
  const principal = caller.value.principal;
  if (principal.kind !== 'user' && principal.kind !== 'root')
    return refused(worldError('AccessDenied', 'session.token-not-a-user', { callerArn: req.callerArn }, 'callerArn'));
  const duration = sessionTokenDuration(req.durationSeconds, principal.kind === 'root');
  if (typeof duration !== 'number') return refused(duration);
  const mfa = mfaProof(world, req);
  if (mfa !== undefined && mfa !== true) return refused(mfa);
  const outcome = engineGetSessionToken({
    caller: principal,
    mfa: mfa === true,
    durationSeconds: duration,
    now: world.clock,
  });
  if (!outcome.ok)
    return refused(worldError('AccessDenied', 'session.token-not-a-user', { callerArn: req.callerArn }, 'callerArn'), [
      outcome.result,
    ]);
  const applied = applyCommand(world, {
    type: 'get-session-token',
    account: principal.account,
    ...(principal.kind === 'user' ? { userName: nameOf(principal.arn) } : {}),
    ...(req.durationSeconds !== undefined ? { durationSeconds: req.durationSeconds } : {}),
    ...(mfa === true ? { serialNumber: req.serialNumber } : {}),
    ...(req.undoable !== undefined ? { undoable: req.undoable } : {}),
  });
  return applied.ok ? applied : refused(applied.error);
}

/** The user name at the end of a user ARN. */
function nameOf(userArn: string): string {
  const info = readIamArn(userArn);
  return info && 'name' in info ? info.name : '';
}

/**
 * What AWS refuses to a call made with GetSessionToken credentials, before any policy is read: ExpiredToken once they
 * expired; an IAM API call without MFA (the security token is invalid for IAM); an STS call other than AssumeRole and
 * GetCallerIdentity. Undefined when the caller is not such credentials or the call may go on to the policies.
 */
export function sessionTokenCallRefusal(world: World, callerRef: string, action: string): WorldError | undefined {
  const token = sessionTokenOf(world, callerRef);
  if (!token) return undefined;
  const expired = expiredCaller(world, callerRef);
  if (expired) return expired;
  const operation = action.slice(action.indexOf(':') + 1);
  // The engine's rule, so the terminal and the theatre refuse the same calls.
  const limit = sessionTokenLimit(action, token.mfa === true);
  if (limit === 'authenticate.session-token-iam-needs-mfa')
    return worldError('InvalidClientTokenId', 'session.token-no-mfa-for-iam', { action }, 'callerArn');
  if (limit === 'authenticate.session-token-sts-limited')
    return worldError('AccessDenied', 'session.sts-with-session-credentials', { operation }, 'callerArn');
  return undefined;
}
