/**
 * AssumeRole against a world, end to end and pure: build the caller's request with `requestFor`, run the engine's
 * AssumeRole flow (caller permission + trust policy + TagSession/SetSourceIdentity), and when admitted record the
 * session with the `assume-role` world command. The command line, the UI and lessons share it.
 */
import { evaluate } from '../iam/evaluate/evaluate';
import { assumeRole as engineAssumeRole } from '../iam/sts/assume-role';
import type { ContextValue, PolicyInput } from '../iam/request';
import type { EvaluationResult } from '../iam/result';
import { applyCommand, type CommandApplied } from './commands/apply';
import { readIamArn } from './arn';
import { worldError, type WorldError } from './errors';
import { findUserByArn } from './lookup';
import { own } from './own';
import { requestFor } from './request-for';
import { managedSessionPolicy, roleInfoOf } from './sts-inputs';
import type { PolicyDocument, Tags, World } from './types';

/** What the caller asks for. */
export interface AssumeRoleRequest {
  callerArn: string;
  roleArn: string;
  sessionName: string;
  durationSeconds?: number;
  externalId?: string;
  policy?: PolicyDocument;
  policyArns?: string[];
  tags?: Tags;
  sourceIdentity?: string;
  context?: Record<string, ContextValue>;
  /** Whether the caller signed in with MFA (aws:MultiFactorAuthPresent), when not proven by serialNumber + tokenCode. */
  mfa?: boolean;
  /** `--serial-number`: the caller's MFA device (a virtual device ARN or a hardware serial). Needs `tokenCode`. */
  serialNumber?: string;
  /** `--token-code`: the six digits from that device. Needs `serialNumber`. */
  tokenCode?: string;
  undoable?: boolean;
}

/** The outcome: the world with the new session, a refusal (bad input), or a denial with the engine's evaluations. */
export type AssumeRoleInWorldResult =
  | (CommandApplied & { steps: EvaluationResult[] })
  | { ok: false; kind: 'refused'; error: WorldError; steps?: EvaluationResult[] }
  | { ok: false; kind: 'denied'; code: string; result: EvaluationResult; steps: EvaluationResult[] };

/** Runs sts:AssumeRole in a world. */
export function assumeRoleInWorld(world: World, req: AssumeRoleRequest): AssumeRoleInWorldResult {
  const expired = expiredCaller(world, req.callerArn);
  if (expired) {
    // The engine's authentication step shows why (for --explain): the credentials expired before any policy is read.
    const probe = requestFor(world, req.callerArn, 'sts:AssumeRole', req.roleArn);
    return { ok: false, kind: 'refused', error: expired, steps: probe.ok ? [evaluate(probe.value)] : [] };
  }
  const mfa = mfaProof(world, req);
  if (mfa !== undefined && typeof mfa !== 'boolean') return { ok: false, kind: 'refused', error: mfa };
  const found = roleInfoOf(world, req.roleArn);
  if (!found)
    return {
      ok: false,
      kind: 'refused',
      error: worldError('NoSuchEntity', 'role.not-found', { roleName: req.roleArn }, 'roleArn'),
    };
  const caller = requestFor(
    world,
    req.callerArn,
    'sts:AssumeRole',
    req.roleArn,
    req.mfa || mfa ? { mfa: { present: true } } : {},
  );
  if (!caller.ok) return { ok: false, kind: 'refused', error: caller.error };
  const { info: role, account } = found;
  const { identity, boundary, scps, session } = caller.value.policies;
  const policyArns: PolicyInput[] = [];
  for (const arn of req.policyArns ?? []) {
    const input = managedSessionPolicy(world, arn);
    if (!input)
      return {
        ok: false,
        kind: 'refused',
        error: worldError('NoSuchEntity', 'policy.not-attachable', { policyArn: arn }, 'policyArns'),
      };
    policyArns.push(input);
  }
  const outcome = engineAssumeRole({
    caller: caller.value.principal,
    callerPolicies: { identity, boundary, scps, session },
    role,
    sessionName: req.sessionName,
    now: world.clock,
    ...(req.durationSeconds !== undefined ? { durationSeconds: req.durationSeconds } : {}),
    ...(req.externalId !== undefined ? { externalId: req.externalId } : {}),
    ...(req.tags ? { tags: req.tags } : {}),
    ...(req.sourceIdentity !== undefined ? { sourceIdentity: req.sourceIdentity } : {}),
    ...(req.policy !== undefined ? { sessionPolicy: { id: 'session-policy', document: req.policy } } : {}),
    ...(policyArns.length ? { policyArns } : {}),
    ...(req.context ? { context: req.context } : {}),
  });
  if (!outcome.ok)
    return { ok: false, kind: 'denied', code: outcome.code, result: outcome.result, steps: outcome.steps };
  const applied = applyCommand(world, {
    account,
    type: 'assume-role',
    roleArn: role.arn,
    roleSessionName: req.sessionName,
    callerArn: req.callerArn,
    undoable: req.undoable,
    ...(req.durationSeconds !== undefined ? { durationSeconds: req.durationSeconds } : {}),
    ...(req.policy !== undefined ? { policy: req.policy } : {}),
    ...(req.policyArns ? { policyArns: req.policyArns } : {}),
    ...(req.tags ? { tags: req.tags } : {}),
    ...(req.sourceIdentity !== undefined ? { sourceIdentity: req.sourceIdentity } : {}),
    ...(req.mfa || mfa ? { mfa: true } : {}),
  });
  if (!applied.ok) return { ok: false, kind: 'refused', error: applied.error };
  return { ...applied, steps: outcome.steps };
}

/**
 * ExpiredToken for a caller whose recorded session (role or federated) has expired by the world clock: STS refuses
 * expired credentials before it looks at any policy
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_temp_use-resources.html).
 */
export function expiredCaller(world: World, callerArn: string): WorldError | undefined {
  const session = Object.hasOwn(world.sessions, callerArn) ? world.sessions[callerArn] : undefined;
  if (!session || Date.parse(world.clock) < Date.parse(session.expiresAt)) return undefined;
  return worldError('ExpiredToken', 'session.expired', { sessionArn: callerArn }, 'callerArn');
}

/**
 * The MFA a call proves with `SerialNumber` + `TokenCode` (https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRole.html):
 * undefined when neither is given; AccessDenied when only one is, or when the serial is not an MFA device of the
 * calling IAM user or root user; ValidationError for a code that is not six digits. The lab has no clock on the
 * device, so any six digits from a registered device pass.
 */
export function mfaProof(
  world: World,
  req: { callerArn: string; serialNumber?: string; tokenCode?: string },
): true | undefined | WorldError {
  const { serialNumber, tokenCode } = req;
  if (serialNumber === undefined && tokenCode === undefined) return undefined;
  if (serialNumber === undefined || tokenCode === undefined)
    return worldError(
      'AccessDenied',
      'session.mfa-incomplete',
      {},
      serialNumber === undefined ? 'serialNumber' : 'tokenCode',
    );
  if (!/^\d{6}$/.test(tokenCode))
    return worldError('ValidationError', 'session.mfa-bad-code', { tokenCode }, 'tokenCode');
  const devices = callerMfaDevices(world, req.callerArn);
  if (!devices || !Object.hasOwn(devices, serialNumber))
    return worldError('AccessDenied', 'session.mfa-invalid', { serialNumber }, 'serialNumber');
  return true;
}

/** The MFA devices of the calling IAM user or root user (undefined for other callers: sessions hold no devices). */
function callerMfaDevices(world: World, callerArn: string): Record<string, unknown> | undefined {
  // GetSessionToken credentials are the user's (or root's) own: their devices.
  const token = own(world.sessions, callerArn);
  const owner = token?.kind === 'session-token' ? (token.callerArn ?? token.arn) : callerArn;
  const info = readIamArn(owner);
  if (!info) return undefined;
  if (info.kind === 'root')
    return Object.hasOwn(world.accounts, info.account) ? world.accounts[info.account].root.mfaDevices : undefined;
  if (info.kind === 'user') return findUserByArn(world, owner)?.user.mfaDevices;
  return undefined;
}
