/**
 * Handlers that create and end sessions, and move the clock. This is the thin session factory of the world: it
 * checks the facts AWS checks on the role (it exists, duration within MaxSessionDuration, role chaining capped at an
 * hour, session name rules). Whether the caller may assume the role is an evaluation (trust + identity policies),
 * done by the caller of the command with `requestFor` and the engine (shared/iam/sts will own that flow).
 */
import { assumedRoleArn, federatedUserArn, readIamArn } from '../arn';
import { CommandRefused, refuse, worldError, type WorldError } from '../errors';
import { findRoleByArn } from '../lookup';
import { isValidName, LIMITS } from '../rules';
import type { WorldTx } from '../tx';
import type { Session } from '../types';
import { accountOf, addSeconds, checkDocument, formatIso, requireAttachablePolicy, requireUser } from './context';
import type { CommandOf } from './types';
import { own } from '../own';

/** Refuses session policies that are malformed or too many managed ARNs (ten at most). */
function checkSessionPolicies(tx: WorldTx, policy: unknown, policyArns: string[] | undefined): void {
  if (policy !== undefined) checkDocument(policy as Session['policy'] & {}, 'policy');
  if (policyArns !== undefined) {
    if (policyArns.length > 10) refuse('LimitExceeded', 'session.too-many-policy-arns', { max: 10 }, 'policyArns');
    policyArns.forEach((arn, i) => requireAttachablePolicy(tx.world, arn, `policyArns[${i}]`));
  }
}

/** True when the session at `arn` has expired by the world clock. */
export function isExpired(session: Session, now: string): boolean {
  return Date.parse(now) >= Date.parse(session.expiresAt);
}

/** assume-role (also web identity and SAML through `via`): records a new session. */
export function assumeRole(tx: WorldTx, cmd: CommandOf<'assume-role'>): void {
  const found = findRoleByArn(tx.world, cmd.roleArn);
  if (!found)
    refuse(
      'NoSuchEntity',
      'role.not-found',
      {
        roleName:
          readIamArn(String(cmd.roleArn))?.kind === 'role'
            ? (readIamArn(cmd.roleArn) as { name: string }).name
            : String(cmd.roleArn),
      },
      'roleArn',
    );
  const { account, role } = found;
  if (!isValidName('roleSessionName', cmd.roleSessionName)) {
    refuse('ValidationError', 'session.bad-name', { name: String(cmd.roleSessionName) }, 'roleSessionName');
  }
  const via = cmd.via ?? 'assumed-role';
  let chained = false;
  if (via === 'assumed-role' && cmd.callerArn !== undefined) {
    const callerInfo = readIamArn(cmd.callerArn);
    if (callerInfo?.kind === 'assumed-role') {
      const caller = own(tx.world.sessions, cmd.callerArn);
      if (!caller) refuse('NoSuchEntity', 'session.not-found', { sessionArn: cmd.callerArn }, 'callerArn');
      if (isExpired(caller, tx.now))
        refuse('ExpiredToken', 'session.expired', { sessionArn: cmd.callerArn }, 'callerArn');
      chained = true;
    }
  }
  if (via !== 'assumed-role') {
    const provider = cmd.providerArn === undefined ? undefined : own(account.identityProviders, cmd.providerArn);
    const wanted = via === 'web-identity' ? 'oidc' : 'saml';
    if (!provider || provider.kind !== wanted)
      refuse('InvalidInput', 'session.provider-not-found', { providerArn: String(cmd.providerArn) }, 'providerArn');
  }
  const max = chained ? LIMITS.roleChainingMaxDuration : role.maxSessionDuration;
  const duration = cmd.durationSeconds ?? 3600;
  if (!Number.isInteger(duration) || duration < LIMITS.minSessionDuration || duration > max) {
    refuse(
      'ValidationError',
      chained ? 'session.chaining-duration' : 'session.duration-over-max',
      { durationSeconds: Number(duration), max, min: LIMITS.minSessionDuration },
      'durationSeconds',
    );
  }
  checkSessionPolicies(tx, cmd.policy, cmd.policyArns);
  const session: Session = {
    arn: assumedRoleArn(account.id, role.name, cmd.roleSessionName),
    kind: via,
    account: account.id,
    roleArn: role.arn,
    sessionName: cmd.roleSessionName,
    accessKeyId: tx.nextId('sessionKey'),
    issuedAt: tx.now,
    expiresAt: addSeconds(tx.now, duration),
  };
  if (cmd.callerArn !== undefined) session.callerArn = cmd.callerArn;
  if (cmd.providerArn !== undefined) session.providerArn = cmd.providerArn;
  if (cmd.policy !== undefined) session.policy = cmd.policy;
  if (cmd.policyArns !== undefined) session.policyArns = [...cmd.policyArns];
  if (cmd.tags !== undefined) session.tags = { ...cmd.tags };
  if (cmd.sourceIdentity !== undefined) session.sourceIdentity = cmd.sourceIdentity;
  if (cmd.mfa) session.mfa = true;
  if (chained) session.chained = true;
  tx.set(['sessions', session.arn], session);
  tx.output.session = session;
  tx.output.assumedRoleId = `${role.id}:${cmd.roleSessionName}`;
  tx.output.secret = tx.nextId('secret');
}

/** get-federation-token: a federated user session of an IAM user (900 s .. 36 h, default 12 h). */
export function getFederationToken(tx: WorldTx, cmd: CommandOf<'get-federation-token'>): void {
  const account = accountOf(tx, cmd.account);
  const user = requireUser(account, cmd.userName);
  if (typeof cmd.name !== 'string' || !/^[\w+=,.@-]{2,32}$/.test(cmd.name)) {
    refuse('ValidationError', 'session.bad-name', { name: String(cmd.name) }, 'name');
  }
  const duration = cmd.durationSeconds ?? 43200;
  if (
    !Number.isInteger(duration) ||
    duration < LIMITS.minSessionDuration ||
    duration > LIMITS.federationTokenMaxDuration
  ) {
    refuse(
      'ValidationError',
      'session.duration-over-max',
      { durationSeconds: Number(duration), max: LIMITS.federationTokenMaxDuration, min: LIMITS.minSessionDuration },
      'durationSeconds',
    );
  }
  checkSessionPolicies(tx, cmd.policy, cmd.policyArns);
  const session: Session = {
    arn: federatedUserArn(account.id, cmd.name),
    kind: 'federated',
    account: account.id,
    sessionName: cmd.name,
    callerArn: user.arn,
    accessKeyId: tx.nextId('sessionKey'),
    issuedAt: tx.now,
    expiresAt: addSeconds(tx.now, duration),
  };
  if (cmd.policy !== undefined) session.policy = cmd.policy;
  if (cmd.policyArns !== undefined) session.policyArns = [...cmd.policyArns];
  tx.set(['sessions', session.arn], session);
  tx.output.session = session;
}

/** Longest GetSessionToken credentials of the root user: longer requests get one hour. */
const ROOT_SESSION_TOKEN_MAX = 3600;

/**
 * How long GetSessionToken credentials last: the request (default 12 h) when within 900 s .. 36 h, else the
 * ValidationError AWS answers; the root user's are cut to one hour.
 */
export function sessionTokenDuration(requested: number | undefined, root: boolean): number | WorldError {
  const d = requested ?? 43200;
  const { minSessionDuration: min, federationTokenMaxDuration: max } = LIMITS;
  if (!Number.isInteger(d) || d < min || d > max)
    return worldError(
      'ValidationError',
      'session.token-duration',
      { durationSeconds: Number(d), ...(d < min ? { min } : { max }) },
      'durationSeconds',
    );
  return root ? Math.min(d, ROOT_SESSION_TOKEN_MAX) : d;
}

/**
 * get-session-token: an IAM user's (or, without `userName`, the root user's) own temporary credentials, kept under
 * their access key id. Duration 900 s .. 36 h (default 12 h); the root user's last one hour at most, a longer request
 * gets one hour (https://docs.aws.amazon.com/STS/latest/APIReference/API_GetSessionToken.html). `serialNumber` must be
 * an MFA device of that user; the credentials then carry MFA.
 */
export function getSessionToken(tx: WorldTx, cmd: CommandOf<'get-session-token'>): void {
  const account = accountOf(tx, cmd.account);
  const user = cmd.userName === undefined ? undefined : requireUser(account, cmd.userName);
  const duration = sessionTokenDuration(cmd.durationSeconds, user === undefined);
  if (typeof duration !== 'number') throw new CommandRefused(duration);
  const devices = user ? user.mfaDevices : account.root.mfaDevices;
  if (cmd.serialNumber !== undefined && !own(devices, cmd.serialNumber))
    refuse('AccessDenied', 'session.mfa-invalid', { serialNumber: String(cmd.serialNumber) }, 'serialNumber');
  const accessKeyId = tx.nextId('sessionKey');
  const identity = user ? user.arn : account.root.arn;
  const session: Session = {
    arn: identity,
    kind: 'session-token',
    account: account.id,
    sessionName: user ? user.name : 'root',
    callerArn: identity,
    accessKeyId,
    issuedAt: tx.now,
    expiresAt: addSeconds(tx.now, duration),
  };
  if (cmd.serialNumber !== undefined) session.mfa = true;
  tx.set(['sessions', accessKeyId], session);
  tx.output.session = session;
  tx.output.secret = tx.nextId('secret');
}

/** revoke-session: the session's credentials stop working. */
export function revokeSession(tx: WorldTx, cmd: CommandOf<'revoke-session'>): void {
  if (!own(tx.world.sessions, cmd.sessionArn))
    refuse('NoSuchEntity', 'session.not-found', { sessionArn: String(cmd.sessionArn) }, 'sessionArn');
  tx.remove(['sessions', cmd.sessionArn]);
}

/** advance-clock: moves the simulated clock forward (sessions may expire). */
export function advanceClock(tx: WorldTx, cmd: CommandOf<'advance-clock'>): void {
  if (!Number.isFinite(cmd.seconds) || cmd.seconds <= 0)
    refuse('ValidationError', 'clock.bad-step', { seconds: Number(cmd.seconds) }, 'seconds');
  tx.set(['clock'], addSeconds(tx.now, cmd.seconds));
}

/** set-clock: sets the simulated clock to an ISO-8601 time. */
export function setClock(tx: WorldTx, cmd: CommandOf<'set-clock'>): void {
  const ms = typeof cmd.time === 'string' ? Date.parse(cmd.time) : NaN;
  if (Number.isNaN(ms)) refuse('ValidationError', 'clock.bad-time', { time: String(cmd.time) }, 'time');
  tx.set(['clock'], formatIso(ms));
}

/** set-current-identity: who the command line acts as by default (omit `arn` to clear). */
export function setCurrentIdentity(tx: WorldTx, cmd: CommandOf<'set-current-identity'>): void {
  if (cmd.arn === undefined) tx.remove(['currentIdentity']);
  else tx.set(['currentIdentity'], cmd.arn);
}
