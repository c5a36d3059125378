/**
 * GetSessionToken in the world model: the session kind it records (kept under its access key id), what a request made
 * with those credentials carries (shared/world/request-for.ts), the limits AWS puts on them
 * (shared/world/session-token-flow.ts), their SDK equivalent, and a scenario file holding them.
 * Rules: https://docs.aws.amazon.com/STS/latest/APIReference/API_GetSessionToken.html and
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_temp_request.html.
 */
import { describe, expect, it } from 'vitest';
import { equivalentsOf } from '../../../shared/sdk';
import { applyCommand } from '../../../shared/world/commands/apply';
import { requestFor } from '../../../shared/world/request-for';
import { parseScenario, serializeScenario } from '../../../shared/world/scenario/parse';
import { getSessionTokenInWorld, sessionTokenCallRefusal } from '../../../shared/world/session-token-flow';
import type { Session, World } from '../../../shared/world/types';
import { mfaLab } from '../terminal/mfa-lab';

const A = '111122223333';
const ALICE = `arn:aws:iam::${A}:user/alice`;
const ALICE_MFA = `arn:aws:iam::${A}:mfa/alice`;

/** Gets credentials for alice (with MFA when asked) and returns the world and their key. */
function issue(mfa: boolean, durationSeconds?: number): { world: World; key: string; session: Session } {
  const r = getSessionTokenInWorld(mfaLab(), {
    callerArn: ALICE,
    ...(mfa ? { serialNumber: ALICE_MFA, tokenCode: '123456' } : {}),
    ...(durationSeconds !== undefined ? { durationSeconds } : {}),
  });
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  const session = r.output.session as Session;
  return { world: r.world, key: session.accessKeyId, session };
}

const advance = (world: World, seconds: number): World => {
  const r = applyCommand(world, { type: 'advance-clock', seconds });
  if (!r.ok) throw new Error('clock refused');
  return r.world;
};

describe('GetSessionToken in the world', () => {
  it('records a session-token session under its access key id, as the user, one undo step', () => {
    const r = getSessionTokenInWorld(mfaLab(), { callerArn: ALICE, serialNumber: ALICE_MFA, tokenCode: '123456' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const session = r.output.session as Session;
    expect(Object.keys(r.world.sessions)).toEqual([session.accessKeyId]);
    expect(session).toMatchObject({
      kind: 'session-token',
      arn: ALICE,
      callerArn: ALICE,
      account: A,
      mfa: true,
      issuedAt: '2025-01-01T09:00:00Z',
      expiresAt: '2025-01-01T21:00:00Z',
    });
    expect(r.output.secret).toMatch(/^.{40}$/);
    expect(r.undoable).toBe(true);
    expect(r.diff.changes.map((c) => c.path.join('/'))).toContain(`sessions/${session.accessKeyId}`);
  });

  it('a request with the credentials is the user with aws:TokenIssueTime, expiry and MFA aged from issue', () => {
    const { world, key } = issue(true);
    const later = advance(world, 600);
    const req = requestFor(later, key, 's3:ListAllMyBuckets', '*');
    expect(req.ok).toBe(true);
    if (!req.ok) return;
    expect(req.value.principal).toMatchObject({
      kind: 'user',
      arn: ALICE,
      issuedAt: '2025-01-01T09:00:00Z',
      expiresAt: '2025-01-01T21:00:00Z',
      mfa: { present: true, ageSeconds: 600 },
    });
    // The user's own policies come along.
    expect(req.value.policies.identity?.map((p) => p.name)).toEqual(['Lab']);
  });

  it('without MFA the request says MFA is absent; the long-term user carries no MFA state at all', () => {
    const { world, key } = issue(false);
    const withToken = requestFor(world, key, 's3:ListAllMyBuckets', '*');
    const longTerm = requestFor(world, ALICE, 's3:ListAllMyBuckets', '*');
    expect(withToken.ok && (withToken.value.principal as { mfa?: unknown }).mfa).toEqual({ present: false });
    expect(longTerm.ok && longTerm.value.principal).not.toHaveProperty('issuedAt');
    expect(longTerm.ok && longTerm.value.principal).not.toHaveProperty('mfa');
  });

  it('limits: IAM needs MFA, STS only AssumeRole and GetCallerIdentity, nothing once expired', () => {
    const plain = issue(false);
    const mfa = issue(true, 900);
    expect(sessionTokenCallRefusal(plain.world, plain.key, 'iam:ListUsers')?.code).toBe('InvalidClientTokenId');
    expect(sessionTokenCallRefusal(mfa.world, mfa.key, 'iam:ListUsers')).toBeUndefined();
    expect(sessionTokenCallRefusal(mfa.world, mfa.key, 's3:GetObject')).toBeUndefined();
    expect(sessionTokenCallRefusal(mfa.world, mfa.key, 'sts:AssumeRole')).toBeUndefined();
    expect(sessionTokenCallRefusal(mfa.world, mfa.key, 'sts:GetCallerIdentity')).toBeUndefined();
    expect(sessionTokenCallRefusal(mfa.world, mfa.key, 'sts:GetFederationToken')).toMatchObject({
      code: 'AccessDenied',
      data: { operation: 'GetFederationToken' },
    });
    expect(sessionTokenCallRefusal(advance(mfa.world, 900), mfa.key, 's3:GetObject')?.code).toBe('ExpiredToken');
    // Long-term credentials and role sessions are not limited by this.
    expect(sessionTokenCallRefusal(plain.world, ALICE, 'iam:ListUsers')).toBeUndefined();
  });

  it('the command checks the device belongs to the user and cuts the root user to one hour', () => {
    const world = mfaLab();
    const bob = applyCommand(world, { type: 'get-session-token', userName: 'bob', serialNumber: ALICE_MFA });
    expect(!bob.ok && bob.error).toMatchObject({ code: 'AccessDenied', reason: 'session.mfa-invalid' });
    const root = applyCommand(world, { type: 'get-session-token', durationSeconds: 129600 });
    expect(root.ok && (root.output.session as Session)).toMatchObject({
      arn: `arn:aws:iam::${A}:root`,
      sessionName: 'root',
      expiresAt: '2025-01-01T10:00:00Z',
    });
  });

  it('a scenario file keeps the credentials and reads them back', () => {
    const { world, key } = issue(true);
    const parsed = parseScenario(serializeScenario(world));
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.world.sessions[key]).toEqual(world.sessions[key]);
  });

  it('has the SDK equivalent GetSessionToken', () => {
    const eq = equivalentsOf({
      type: 'get-session-token',
      userName: 'alice',
      durationSeconds: 900,
      serialNumber: ALICE_MFA,
    });
    expect(eq?.cli).toBe(
      `aws sts get-session-token --duration-seconds 900 --serial-number ${ALICE_MFA} --token-code '<code-from-the-device>'`,
    );
    expect(eq?.javascript).toContain('GetSessionTokenCommand');
    expect(eq?.python).toContain('get_session_token');
  });
});
