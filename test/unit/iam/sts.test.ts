import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../shared/iam/evaluate/evaluate';
import type { PolicyInput, UserPrincipal } from '../../../shared/iam/request';
import {
  assumeRole,
  assumeRoleWithSAML,
  assumeRoleWithWebIdentity,
  getFederationToken,
  getSessionToken,
  launchWithInstanceProfile,
} from '../../../shared/iam/sts/index';
import type { AssumeRoleInput } from '../../../shared/iam/sts/assume-role';
import type { RoleInfo } from '../../../shared/iam/sts/types';
import type { WebIdentityInput } from '../../../shared/iam/sts/web-identity';

const A = '111111111111';
const B = '222222222222';
const NOW = '2026-01-01T00:00:00Z';
const alice: UserPrincipal = { kind: 'user', account: A, arn: `arn:aws:iam::${A}:user/alice` };
const pol = (id: string, ...Statement: object[]): PolicyInput => ({
  id,
  document: { Version: '2012-10-17', Statement } as unknown as PolicyInput['document'],
});
const allowAssume = pol('assume', { Effect: 'Allow', Action: 'sts:AssumeRole', Resource: '*' });
const trustAccount = (acct: string, extra: object = {}) =>
  pol('trust', {
    Effect: 'Allow',
    Principal: { AWS: `arn:aws:iam::${acct}:root` },
    Action: ['sts:AssumeRole', 'sts:TagSession'],
    ...extra,
  });
const role = (trust: PolicyInput, more: Partial<RoleInfo> = {}): RoleInfo => ({
  arn: `arn:aws:iam::${B}:role/deploy`,
  trustPolicy: trust,
  ...more,
});

/** AssumeRole by alice (allowed to call it) on the deploy role in B that trusts A, with the given changes. */
const aliceAssumes = (more: Partial<AssumeRoleInput> = {}) =>
  assumeRole({
    caller: alice,
    callerPolicies: { identity: [allowAssume] },
    role: role(trustAccount(A)),
    sessionName: 's',
    now: NOW,
    ...more,
  });
const externalIdTrust = trustAccount(A, { Condition: { StringEquals: { 'sts:ExternalId': 'xyz' } } });
const mfaTrust = trustAccount(A, { Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } } });
const assumeOnlyTrust = pol('trust', {
  Effect: 'Allow',
  Principal: { AWS: `arn:aws:iam::${A}:root` },
  Action: 'sts:AssumeRole',
});
const expiredSession = {
  kind: 'role-session' as const,
  account: A,
  roleArn: `arn:aws:iam::${A}:role/x`,
  sessionName: 'x',
  expiresAt: '2025-12-31T00:00:00Z',
};

describe('assumeRole (https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRole.html)', () => {
  it('cross-account: with caller permission and trust, a one-hour session in the role account', () => {
    const ok = aliceAssumes();
    expect(ok.ok).toBe(true);
    if (ok.ok) {
      expect(ok.session).toMatchObject({
        kind: 'role-session',
        account: B,
        roleArn: `arn:aws:iam::${B}:role/deploy`,
        sessionName: 's',
        expiresAt: '2026-01-01T01:00:00.000Z',
        via: 'assume-role',
      });
      expect(ok.trace.length).toBeGreaterThan(0);
    }
  });

  // [what, changes to the allowed call, expected code, expected decision or reason of the refusing result]
  const refusals: Array<[string, Partial<AssumeRoleInput>, string, Partial<{ decision: string; reason: string }>?]> = [
    ['no caller permission', { callerPolicies: {} }, 'sts.caller-permission', { decision: 'implicitDeny' }],
    ['a trust policy naming another account', { role: role(trustAccount(B)) }, 'sts.trust-policy'],
    ['a missing external id', { role: role(externalIdTrust) }, 'sts.external-id.missing'],
    ['no MFA when the trust policy wants it', { role: role(mfaTrust) }, 'sts.mfa.required'],
    ['a duration under 900 seconds', { durationSeconds: 899 }, 'sts.duration.too-short'],
    ['a duration over the role maximum', { durationSeconds: 7200 }, 'sts.duration.too-long'],
    ['session tags without sts:TagSession for the caller', { tags: { team: 'red' } }, 'sts.tag-session.denied'],
    [
      'session tags without sts:TagSession in the trust policy',
      {
        callerPolicies: { identity: [pol('p', { Effect: 'Allow', Action: 'sts:*', Resource: '*' })] },
        role: role(assumeOnlyTrust),
        tags: { a: 'b' },
      },
      'sts.tag-session.denied',
    ],
    ['a source identity without sts:SetSourceIdentity', { sourceIdentity: 'alice' }, 'sts.source-identity.denied'],
    [
      'more than 10 managed session policies',
      {
        policyArns: Array.from({ length: 11 }, (_, i) => pol(`m${i}`, { Effect: 'Allow', Action: '*', Resource: '*' })),
      },
      'sts.session-policy.too-many',
    ],
    [
      'expired caller credentials, before any policy',
      { caller: expiredSession },
      'sts.expired-caller',
      { reason: 'authenticate.expired' },
    ],
  ];
  it.each(refusals)('refuses %s (%s)', (_what, more, code, result) => {
    const r = aliceAssumes(more);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.code).toBe(code);
    if (result) expect(r.result).toMatchObject(result);
  });

  // [what, changes to the call]: each is allowed
  const accepted: Array<[string, Partial<AssumeRoleInput>]> = [
    ['the external id the trust policy asks for', { role: role(externalIdTrust), externalId: 'xyz' }],
    [
      'two hours when the role allows twelve',
      { durationSeconds: 7200, role: role(trustAccount(A), { maxSessionDuration: 43200 }) },
    ],
  ];
  it.each(accepted)('accepts %s', (_what, more) => {
    expect(aliceAssumes(more).ok).toBe(true);
  });

  it('MFA condition in the trust policy: a caller with MFA passes and the session keeps it', () => {
    const r = aliceAssumes({ caller: { ...alice, mfa: { present: true, ageSeconds: 30 } }, role: role(mfaTrust) });
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.session.mfa?.present).toBe(true);
  });
  it('role chaining is capped at one hour and carries transitive tags', () => {
    const tagToo = pol('p', { Effect: 'Allow', Action: ['sts:AssumeRole', 'sts:TagSession'], Resource: '*' });
    const first = aliceAssumes({
      callerPolicies: { identity: [tagToo] },
      role: role(trustAccount(A), { maxSessionDuration: 43200 }),
      tags: { team: 'red', tmp: 'x' },
      transitiveTagKeys: ['team'],
    });
    expect(first.ok).toBe(true);
    if (!first.ok) return;
    const second = { arn: `arn:aws:iam::${B}:role/next`, trustPolicy: trustAccount(B), maxSessionDuration: 43200 };
    const capped = aliceAssumes({ caller: first.session, role: second, sessionName: 'c', durationSeconds: 7200 });
    expect(!capped.ok && capped.code).toBe('sts.duration.chained-cap');
    const chained = aliceAssumes({ caller: first.session, role: second, sessionName: 'c' });
    expect(chained.ok).toBe(true);
    if (chained.ok) {
      expect(chained.session.via).toBe('role-chaining');
      expect(chained.session.sessionTags).toEqual({ team: 'red' });
    }
  });
  it('session policies travel on the session and narrow later requests', () => {
    const r = aliceAssumes({ sessionPolicy: pol('sp', { Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }) });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const rolePolicies = [pol('admin', { Effect: 'Allow', Action: '*', Resource: '*' })];
    const req = (action: string) =>
      evaluate({
        principal: r.session,
        action,
        resource: { arn: 'arn:aws:s3:::b/k', account: B },
        now: NOW,
        policies: { identity: rolePolicies },
      });
    expect(req('s3:GetObject').decision).toBe('allowed');
    expect(req('s3:PutObject').decision).toBe('implicitDeny');
    expect(req('s3:PutObject').reason).toBe('decision.session-no-allow');
  });
});

describe('web identity and SAML', () => {
  const gh = `arn:aws:iam::${B}:oidc-provider/token.actions.githubusercontent.com`;
  const trust = pol('trust', {
    Effect: 'Allow',
    Principal: { Federated: gh },
    Action: 'sts:AssumeRoleWithWebIdentity',
    Condition: {
      StringEquals: { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com' },
      StringLike: { 'token.actions.githubusercontent.com:sub': 'repo:org/app:*' },
    },
  });
  /** AssumeRoleWithWebIdentity on a role trusting GitHub's provider for repo org/app. */
  const webIdentity = (provider: string, sub: string, more: Partial<WebIdentityInput> = {}) =>
    assumeRoleWithWebIdentity({
      role: role(trust),
      provider,
      claims: { aud: 'sts.amazonaws.com', sub },
      sessionName: 'gh',
      now: NOW,
      ...more,
    });
  // [what, provider, sub claim, changes, expected code] (https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_providers_create_oidc.html)
  const webCases: Array<[string, string, string, Partial<WebIdentityInput>, string]> = [
    [
      'claims become <host>:claim keys the trust policy matches',
      gh,
      'repo:org/app:ref:refs/heads/main',
      {},
      'sts.web-identity.ok',
    ],
    ['a sub claim outside the trusted repo', gh, 'repo:evil/app:ref', {}, 'sts.web-identity.denied'],
    ['a different provider is not trusted', 'accounts.google.com', 'repo:org/app:x', {}, 'sts.web-identity.denied'],
    ['a duration under 900 seconds', gh, 'repo:org/app:x', { durationSeconds: 899 }, 'sts.duration.too-short'],
  ];
  it.each(webCases)('web identity: %s', (_what, provider, sub, more, code) => {
    expect(webIdentity(provider, sub, more).code).toBe(code);
  });
  it('web identity session: named by the caller, from the provider, in the role account', () => {
    const ok = webIdentity(gh, 'repo:org/app:ref:refs/heads/main');
    expect(ok.ok).toBe(true);
    if (ok.ok)
      expect(ok.session).toMatchObject({
        via: 'web-identity',
        federatedProvider: gh,
        sessionName: 'gh',
        account: B,
        expiresAt: '2026-01-01T01:00:00.000Z',
      });
  });

  const idp = `arn:aws:iam::${B}:saml-provider/Okta`;
  const samlTrust = pol('trust', {
    Effect: 'Allow',
    Principal: { Federated: idp },
    Action: 'sts:AssumeRoleWithSAML',
    Condition: { StringEquals: { 'SAML:aud': 'https://signin.aws.amazon.com/saml', 'SAML:sub_type': 'persistent' } },
  });
  const saml = (subType: string) =>
    assumeRoleWithSAML({
      role: role(samlTrust),
      providerArn: idp,
      assertion: { sub: 'u1', sub_type: subType, iss: 'https://okta' },
      now: NOW,
    });
  it('SAML assertion keys (https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_providers_create_saml.html)', () => {
    const ok = saml('persistent');
    expect(ok.ok).toBe(true);
    if (ok.ok) expect(ok.session).toMatchObject({ via: 'saml', federatedProvider: idp, sessionName: 'u1', account: B });
    expect(saml('transient').code).toBe('sts.saml.denied');
  });
});

describe('federation and session tokens', () => {
  const userPolicies = { identity: [pol('p', { Effect: 'Allow', Action: '*', Resource: '*' })] };
  it('GetFederationToken: no session policy → no permissions (https://docs.aws.amazon.com/STS/latest/APIReference/API_GetFederationToken.html)', () => {
    const r = getFederationToken({ caller: alice, callerPolicies: userPolicies, name: 'bob', now: NOW });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.session.expiresAt).toBe('2026-01-01T12:00:00.000Z');
    const e = evaluate({
      principal: r.session,
      action: 's3:GetObject',
      resource: { arn: 'arn:aws:s3:::b/k', account: A },
      policies: userPolicies,
    });
    expect(e.reason).toBe('decision.federated-no-session-policy');
  });
  it('GetFederationToken: with a session policy, the intersection', () => {
    const r = getFederationToken({
      caller: alice,
      callerPolicies: userPolicies,
      name: 'bob',
      sessionPolicy: pol('sp', { Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }),
      durationSeconds: 129600,
      now: NOW,
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const e = (action: string) =>
      evaluate({
        principal: r.session,
        action,
        resource: { arn: 'arn:aws:s3:::b/k', account: A },
        policies: userPolicies,
      }).decision;
    expect(e('s3:GetObject')).toBe('allowed');
    expect(e('s3:PutObject')).toBe('implicitDeny');
  });
  it('GetFederationToken over 36 hours, or from a role session, is refused', () => {
    expect(
      getFederationToken({ caller: alice, callerPolicies: userPolicies, name: 'b', durationSeconds: 129601, now: NOW })
        .ok,
    ).toBe(false);
    const s = { kind: 'role-session' as const, account: A, roleArn: `arn:aws:iam::${A}:role/r`, sessionName: 'x' };
    const r = getFederationToken({ caller: s, callerPolicies: userPolicies, name: 'b', now: NOW });
    expect(!r.ok && r.code).toBe('sts.role-session-cannot-federate');
  });
  it('GetSessionToken with MFA makes aws:MultiFactorAuthPresent true', () => {
    const mfaOnly = {
      identity: [
        pol('p', {
          Effect: 'Allow',
          Action: '*',
          Resource: '*',
          Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } },
        }),
      ],
    };
    const req = (principal: UserPrincipal) =>
      evaluate({ principal, action: 'ec2:StopInstances', resource: { arn: '*' }, policies: mfaOnly }).decision;
    expect(req(alice)).toBe('implicitDeny');
    const t = getSessionToken({ caller: alice, mfa: true, now: NOW });
    expect(t.ok).toBe(true);
    if (t.ok) expect(req(t.session as UserPrincipal)).toBe('allowed');
    const noMfa = getSessionToken({ caller: alice, now: NOW });
    if (noMfa.ok) expect(req(noMfa.session as UserPrincipal)).toBe('implicitDeny');
  });
});

describe('EC2 instance profile (https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_switch-role-ec2.html)', () => {
  const ec2Trust = pol('trust', {
    Effect: 'Allow',
    Principal: { Service: 'ec2.amazonaws.com' },
    Action: 'sts:AssumeRole',
  });
  const appRole: RoleInfo = { arn: `arn:aws:iam::${A}:role/app`, trustPolicy: ec2Trust };
  const runOnly = pol('run', { Effect: 'Allow', Action: 'ec2:RunInstances', Resource: '*' });
  const pass = pol('pass', {
    Effect: 'Allow',
    Action: 'iam:PassRole',
    Resource: appRole.arn,
    Condition: { StringEquals: { 'iam:PassedToService': 'ec2.amazonaws.com' } },
  });
  it('needs RunInstances and PassRole, then the trust policy', () => {
    const ok = launchWithInstanceProfile({
      launcher: alice,
      launcherPolicies: { identity: [runOnly, pass] },
      role: appRole,
      instanceId: 'i-123',
      now: NOW,
    });
    expect(ok.ok).toBe(true);
    if (ok.ok) expect(ok.session).toMatchObject({ sessionName: 'i-123', via: 'ec2-instance-profile' });
    const noPass = launchWithInstanceProfile({
      launcher: alice,
      launcherPolicies: { identity: [runOnly] },
      role: appRole,
      instanceId: 'i-1',
      now: NOW,
    });
    expect(!noPass.ok && noPass.code).toBe('sts.instance-profile.pass-role-denied');
    const badTrust = launchWithInstanceProfile({
      launcher: alice,
      launcherPolicies: { identity: [runOnly, pass] },
      role: { ...appRole, trustPolicy: trustAccount(A) },
      instanceId: 'i-1',
      now: NOW,
    });
    expect(!badTrust.ok && badTrust.code).toBe('sts.instance-profile.trust-denied');
  });
});
