import { describe, expect, it } from 'vitest';
import { callerOf } from '../../../shared/iam/context/caller';
import { RequestContext } from '../../../shared/iam/context/request-context';
import type { EvaluationRequest, PrincipalSpec } from '../../../shared/iam/request';

// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html
const A = '111111111111';
function ctx(principal: PrincipalSpec, extra: Partial<EvaluationRequest> = {}) {
  const req: EvaluationRequest = {
    principal,
    action: 's3:GetObject',
    resource: { arn: 'arn:aws:s3:::b/k', account: A },
    policies: {},
    ...extra,
  };
  const c = new RequestContext(req, callerOf(principal, false), A);
  return (k: string) => c.get(k.toLowerCase());
}
const user: PrincipalSpec = {
  kind: 'user',
  account: A,
  arn: `arn:aws:iam::${A}:user/dev/alice`,
  userId: 'AIDAALICE',
  tags: { Team: 'red' },
  org: { orgId: 'o-1', path: 'o-1/r-1/ou-1/' },
};
const session: PrincipalSpec = {
  kind: 'role-session',
  account: A,
  roleArn: `arn:aws:iam::${A}:role/app`,
  sessionName: 's',
  roleId: 'AROAAPP',
  roleTags: { team: 'red', env: 'prod' },
  sessionTags: { team: 'blue' },
  issuedAt: '2026-01-01T00:00:00Z',
  sourceIdentity: 'alice',
};

describe('derived principal keys', () => {
  it('IAM user', () => {
    const g = ctx(user);
    expect(g('aws:username')).toBe('alice');
    expect(g('aws:userid')).toBe('AIDAALICE');
    expect(g('aws:PrincipalArn')).toBe(`arn:aws:iam::${A}:user/dev/alice`);
    expect(g('aws:PrincipalAccount')).toBe(A);
    expect(g('aws:PrincipalType')).toBe('User');
    expect(g('aws:PrincipalTag/team')).toBe('red');
    expect(g('aws:PrincipalOrgID')).toBe('o-1');
    expect(g('aws:PrincipalOrgPaths')).toEqual(['o-1/r-1/ou-1/']);
    expect(g('aws:PrincipalIsAWSService')).toBe(false);
    expect(g('aws:MultiFactorAuthPresent')).toBeUndefined();
    expect(g('aws:TokenIssueTime')).toBeUndefined();
  });
  it('role session', () => {
    const g = ctx(session);
    expect(g('aws:username')).toBeUndefined();
    expect(g('aws:userid')).toBe('AROAAPP:s');
    expect(g('aws:PrincipalArn')).toBe(`arn:aws:iam::${A}:role/app`);
    expect(g('aws:PrincipalType')).toBe('AssumedRole');
    expect(g('aws:PrincipalTag/team')).toBe('blue');
    expect(g('aws:PrincipalTag/env')).toBe('prod');
    expect(g('aws:MultiFactorAuthPresent')).toBe(false);
    expect(g('aws:MultiFactorAuthAge')).toBeUndefined();
    expect(g('aws:TokenIssueTime')).toBe('2026-01-01T00:00:00Z');
    expect(g('aws:SourceIdentity')).toBe('alice');
  });
  it('MFA present and age', () => {
    const g = ctx({ ...session, mfa: { present: true, ageSeconds: 120 } } as PrincipalSpec);
    expect(g('aws:MultiFactorAuthPresent')).toBe(true);
    expect(g('aws:MultiFactorAuthAge')).toBe(120);
  });
  it('federated user, root, anonymous, service', () => {
    const f = ctx({ kind: 'federated-user', account: A, name: 'bob', callerUserArn: `arn:aws:iam::${A}:user/bob` });
    expect(f('aws:userid')).toBe(`${A}:bob`);
    expect(f('aws:PrincipalArn')).toBe(`arn:aws:sts::${A}:federated-user/bob`);
    expect(f('aws:PrincipalType')).toBe('FederatedUser');
    const r = ctx({ kind: 'root', account: A });
    expect(r('aws:PrincipalType')).toBe('Account');
    expect(r('aws:userid')).toBe(A);
    expect(r('aws:PrincipalArn')).toBe(`arn:aws:iam::${A}:root`);
    const a = ctx({ kind: 'anonymous' });
    expect(a('aws:PrincipalType')).toBe('Anonymous');
    expect(a('aws:PrincipalAccount')).toBeUndefined();
    const s = ctx({ kind: 'service', account: A, service: 'ec2.amazonaws.com' });
    expect(s('aws:PrincipalIsAWSService')).toBe(true);
    expect(s('aws:PrincipalServiceName')).toBe('ec2.amazonaws.com');
  });
  it('ignores principal keys supplied in context, keeps environment keys', () => {
    const g = ctx(user, {
      context: { 'aws:username': 'mallory', 'AWS:PrincipalTag/team': 'x', 'aws:SourceIp': '10.0.0.1' },
    });
    expect(g('aws:username')).toBe('alice');
    expect(g('aws:PrincipalTag/team')).toBe('red');
    expect(g('aws:SourceIp')).toBe('10.0.0.1');
  });
  it('resource and time keys', () => {
    const g = ctx(user, {
      resource: { arn: 'arn:aws:s3:::b/k', account: A, tags: { Env: 'dev' }, org: { orgId: 'o-2' } },
      now: '2026-01-01T00:00:10Z',
    });
    expect(g('aws:ResourceTag/env')).toBe('dev');
    expect(g('aws:ResourceAccount')).toBe(A);
    expect(g('aws:ResourceOrgID')).toBe('o-2');
    expect(g('aws:CurrentTime')).toBe('2026-01-01T00:00:10Z');
    expect(g('aws:EpochTime')).toBe(1767225610);
  });
  it('default user ids are stable', () => {
    const a = ctx({ kind: 'user', account: A, arn: `arn:aws:iam::${A}:user/x` })('aws:userid');
    const b = ctx({ kind: 'user', account: A, arn: `arn:aws:iam::${A}:user/x` })('aws:userid');
    expect(a).toBe(b);
    expect(String(a)).toMatch(/^AIDA[A-Z2-7]{17}$/);
  });
});
