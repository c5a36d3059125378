import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../shared/iam';
import { applyCommand } from '../../../shared/world/commands/apply';
import { requestFor } from '../../../shared/world/request-for';
import {
  crossAccountWorld,
  ec2World,
  federationWorld,
  organizationWorld,
  welcomeWorld,
} from '../../../shared/world/samples';
import type { World } from '../../../shared/world/types';

const A = '111122223333';
const ALICE = `arn:aws:iam::${A}:user/alice`;
const OBJECT = 'arn:aws:s3:::iam-lab-welcome-bucket/reports/q1.csv';

function decide(world: World, who: string, action: string, resource: string, env = {}) {
  const r = requestFor(world, who, action, resource, env);
  if (!r.ok) throw new Error(r.error.reason);
  return evaluate(r.value).decision;
}

describe('requestFor', () => {
  it('gathers a user’s own and group policies with origin and via', () => {
    const r = requestFor(welcomeWorld(), ALICE, 's3:GetObject', OBJECT);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const ids = r.value.policies.identity!.map((p) => [p.id, p.origin, p.via]);
    expect(ids).toEqual([
      ['arn:aws:iam::aws:policy/IAMUserChangePassword', 'aws-managed', undefined],
      [`arn:aws:iam::${A}:policy/DevelopersReadWelcomeBucket`, 'group-managed', `arn:aws:iam::${A}:group/Developers`],
    ]);
    expect(r.value.principal).toMatchObject({ kind: 'user', account: A, arn: ALICE, tags: { team: 'web' } });
    expect(r.value.resource).toMatchObject({ arn: OBJECT, account: A });
    expect(r.value.now).toBe('2025-01-01T09:00:00Z');
  });

  it('welcome world: Alice may read the object, Bob may not', () => {
    const w = welcomeWorld();
    expect(decide(w, ALICE, 's3:GetObject', OBJECT)).toBe('allowed');
    expect(decide(w, `arn:aws:iam::${A}:user/bob`, 's3:GetObject', OBJECT)).toBe('implicitDeny');
    expect(decide(w, ALICE, 's3:DeleteObject', OBJECT)).toBe('implicitDeny');
  });

  it('an inline deny on the group is an explicit deny', () => {
    const r = applyCommand(welcomeWorld(), {
      type: 'put-inline-policy',
      to: 'group',
      name: 'Developers',
      policyName: 'NoReports',
      policyDocument: {
        Version: '2012-10-17',
        Statement: [
          { Effect: 'Deny', Action: 's3:GetObject', Resource: 'arn:aws:s3:::iam-lab-welcome-bucket/reports/*' },
        ],
      },
    });
    if (!r.ok) throw new Error(r.error.reason);
    const req = requestFor(r.world, ALICE, 's3:GetObject', OBJECT);
    expect(req.ok && req.value.policies.identity!.find((p) => p.origin === 'group-inline')!.id).toBe(
      `arn:aws:iam::${A}:group/Developers#inline/NoReports`,
    );
    expect(decide(r.world, ALICE, 's3:GetObject', OBJECT)).toBe('explicitDeny');
  });

  it('a boundary limits the user', () => {
    const r = applyCommand(welcomeWorld(), {
      type: 'put-permissions-boundary',
      to: 'user',
      name: 'alice',
      policyArn: 'arn:aws:iam::aws:policy/AmazonEC2FullAccess',
    });
    if (!r.ok) throw new Error(r.error.reason);
    const req = requestFor(r.world, ALICE, 's3:GetObject', OBJECT);
    expect(req.ok && req.value.policies.boundary!.id).toBe('arn:aws:iam::aws:policy/AmazonEC2FullAccess');
    expect(decide(r.world, ALICE, 's3:GetObject', OBJECT)).toBe('implicitDeny');
  });

  it('cross-account: trust policy for AssumeRole, bucket policy for the object', () => {
    const w = crossAccountWorld();
    const role = 'arn:aws:iam::222222222222:role/ProdS3Reader';
    const req = requestFor(w, 'arn:aws:iam::111111111111:user/carol', 'sts:AssumeRole', role);
    expect(req.ok && req.value.policies.trust!.id).toBe(`${role}#trust`);
    expect(decide(w, 'arn:aws:iam::111111111111:user/carol', 'sts:AssumeRole', role)).toBe('allowed');
    const obj = requestFor(w, role, 's3:GetObject', 'arn:aws:s3:::lab-prod-data/x');
    expect(obj.ok && obj.value.policies.resource!.id).toBe('arn:aws:s3:::lab-prod-data#policy');
    expect(decide(w, role, 's3:GetObject', 'arn:aws:s3:::lab-prod-data/x')).toBe('allowed');
  });

  it('recorded sessions carry session policies and expiry', () => {
    const w = crossAccountWorld();
    const role = 'arn:aws:iam::222222222222:role/ProdS3Reader';
    const r = applyCommand(w, {
      account: '222222222222',
      type: 'assume-role',
      roleArn: role,
      roleSessionName: 'carol',
      callerArn: 'arn:aws:iam::111111111111:user/carol',
      policy: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:ListBucket', Resource: '*' }] },
    });
    if (!r.ok) throw new Error(r.error.reason);
    const session = 'arn:aws:sts::222222222222:assumed-role/ProdS3Reader/carol';
    const req = requestFor(r.world, session, 's3:GetObject', 'arn:aws:s3:::lab-prod-data/x');
    expect(req.ok && req.value.principal).toMatchObject({
      kind: 'role-session',
      expiresAt: '2025-01-01T10:00:00Z',
      via: 'assume-role',
    });
    expect(req.ok && req.value.policies.session!.map((p) => p.id)).toEqual([`${session}#session-policy`]);
    const later = applyCommand(r.world, { type: 'advance-clock', seconds: 3601 });
    if (!later.ok) throw new Error('clock');
    expect(decide(later.world, session, 's3:ListBucket', 'arn:aws:s3:::lab-prod-data')).toBe('implicitDeny');
  });

  it('an EC2 instance acts as its profile role', () => {
    const w = ec2World();
    const id = Object.keys(w.accounts['444455556666'].instances)[0];
    const req = requestFor(w, id, 's3:GetObject', 'arn:aws:s3:::app-data-444455556666/a');
    expect(req.ok && req.value.principal).toMatchObject({
      kind: 'role-session',
      via: 'ec2-instance-profile',
      sessionName: id,
    });
    expect(decide(w, id, 's3:GetObject', 'arn:aws:s3:::app-data-444455556666/a')).toBe('allowed');
  });

  it('SCPs per level for a member account; the admin is still denied', () => {
    const w = organizationWorld();
    const dana = 'arn:aws:iam::200000000002:user/dana';
    const req = requestFor(w, dana, 's3:DeleteBucket', 'arn:aws:s3:::workloads-prod-logs');
    expect(req.ok && req.value.policies.scps!.map((l) => [l.level, l.policies.map((p) => p.name)])).toEqual([
      ['root', ['FullAWSAccess']],
      ['ou', ['FullAWSAccess', 'DenyBucketDeletion']],
      ['account', ['FullAWSAccess']],
    ]);
    expect(req.ok && req.value.principal).toMatchObject({ org: { isManagementAccount: false } });
    expect(decide(w, dana, 's3:DeleteBucket', 'arn:aws:s3:::workloads-prod-logs')).toBe('explicitDeny');
    expect(decide(w, dana, 's3:GetObject', 'arn:aws:s3:::workloads-prod-logs/x')).toBe('allowed');
  });

  it('federation roles answer AssumeRoleWithWebIdentity through their trust policy', () => {
    const w = federationWorld();
    const req = requestFor(
      w,
      'arn:aws:iam::333333333333:role/GitHubDeploy',
      'sts:AssumeRoleWithWebIdentity',
      'arn:aws:iam::333333333333:role/GitHubDeploy',
    );
    expect(req.ok && req.value.policies.trust).toBeDefined();
  });

  it('an instance without a profile role, root and service principals', () => {
    const r = applyCommand(welcomeWorld(), { type: 'run-instance', name: 'bare' });
    if (!r.ok) throw new Error(r.error.reason);
    const id = (r.output.instance as { id: string }).id;
    expect(requestFor(r.world, id, 's3:GetObject', OBJECT)).toMatchObject({
      ok: false,
      error: { reason: 'instance.no-role' },
    });
    expect(requestFor(r.world, `arn:aws:iam::${A}:root`, 's3:GetObject', OBJECT)).toMatchObject({
      ok: true,
      value: { principal: { kind: 'root', account: A } },
    });
    expect(decide(r.world, `arn:aws:iam::${A}:root`, 's3:GetObject', OBJECT)).toBe('allowed');
    expect(requestFor(r.world, 'ec2.amazonaws.com', 'sts:AssumeRole', '*')).toMatchObject({
      ok: true,
      value: { principal: { kind: 'service' } },
    });
  });

  it('unknown principals are refused as data', () => {
    const r = requestFor(welcomeWorld(), `arn:aws:iam::${A}:user/nobody`, 's3:GetObject', OBJECT);
    expect(r).toMatchObject({ ok: false, error: { code: 'NoSuchEntity', reason: 'principal.not-found' } });
  });
});
