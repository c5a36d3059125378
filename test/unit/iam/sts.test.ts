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
import type { RoleInfo } from '../../../shared/iam/sts/types';

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

describe('assumeRole (https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRole.html)', () => {
  it('cross-account: needs caller permission and trust', () => {
    const ok = assumeRole({
      caller: alice,
      callerPolicies: { identity: [allowAssume] },
      role: role(trustAccount(A)),
      sessionName: 's',
      now: NOW,
    });
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
    const noPerm = assumeRole({
      caller: alice,
      callerPolicies: {},
      role: role(trustAccount(A)),
      sessionName: 's',
      now: NOW,
    });
    expect(noPerm.ok).toBe(false);
    if (!noPerm.ok) expect([noPerm.code, noPerm.result.decision]).toEqual(['sts.caller-permission', 'implicitDeny']);
    const noTrust = assumeRole({
      caller: alice,
      callerPolicies: { identity: [allowAssume] },
      role: role(trustAccount(B)),
      sessionName: 's',
      now: NOW,
    });
    expect(!noTrust.ok && noTrust.code).toBe('sts.trust-policy');
  });
  it('external id condition', () => {
    const trust = trustAccount(A, { Condition: { StringEquals: { 'sts:ExternalId': 'xyz' } } });
    const missing = assumeRole({
      caller: alice,
      callerPolicies: { identity: [allowAssume] },
      role: role(trust),
      sessionName: 's',
      now: NOW,
    });
    expect(!missing.ok && missing.code).toBe('sts.external-id.missing');
    expect(
      assumeRole({
        caller: alice,
        callerPolicies: { identity: [allowAssume] },
        role: role(trust),
        sessionName: 's',
        externalId: 'xyz',
        now: NOW,
      }).ok,
    ).toBe(true);
  });
  it('MFA condition in the trust policy', () => {
    const trust = trustAccount(A, { Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } } });
    const noMfa = assumeRole({
      caller: alice,
      callerPolicies: { identity: [allowAssume] },
      role: role(trust),
      sessionName: 's',
      now: NOW,
    });
    expect(!noMfa.ok && noMfa.code).toBe('sts.mfa.required');
    expect(
      assumeRole({
        caller: alice,
        callerPolicies: { identity: [allowAssume] },
        role: role(trust),
        sessionName: 's',
        now: NOW,
      }).ok,
    ).toBe(false);
    const r = assumeRole({
      caller: { ...alice, mfa: { present: true, ageSeconds: 30 } },
      callerPolicies: { identity: [allowAssume] },
      role: role(trust),
      sessionName: 's',
      now: NOW,
    });
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.session.mfa?.present).toBe(true);
  });
  it('duration limits', () => {
    const base = {
      caller: alice,
      callerPolicies: { identity: [allowAssume] },
      role: role(trustAccount(A)),
      sessionName: 's',
      now: NOW,
    };
    const short = assumeRole({ ...base, durationSeconds: 899 });
    expect(!short.ok && short.code).toBe('sts.duration.too-short');
    const long = assumeRole({ ...base, durationSeconds: 7200 });
    expect(!long.ok && long.code).toBe('sts.duration.too-long');
    expect(
      assumeRole({ ...base, durationSeconds: 7200, role: role(trustAccount(A), { maxSessionDuration: 43200 }) }).ok,
    ).toBe(true);
  });
  it('role chaining is capped at one hour and carries transitive tags', () => {
    const tagToo = pol('p', { Effect: 'Allow', Action: ['sts:AssumeRole', 'sts:TagSession'], Resource: '*' });
    const withoutTagPermission = assumeRole({
      caller: alice,
      callerPolicies: { identity: [allowAssume] },
      role: role(trustAccount(A)),
      sessionName: 's',
      tags: { team: 'red' },
      now: NOW,
    });
    expect(!withoutTagPermission.ok && withoutTagPermission.code).toBe('sts.tag-session.denied');
    const first = assumeRole({
      caller: alice,
      callerPolicies: { identity: [tagToo] },
      role: role(trustAccount(A), { maxSessionDuration: 43200 }),
      sessionName: 's',
      tags: { team: 'red', tmp: 'x' },
      transitiveTagKeys: ['team'],
      now: NOW,
    });
    expect(first.ok).toBe(true);
    if (!first.ok) return;
    const second = { arn: `arn:aws:iam::${B}:role/next`, trustPolicy: trustAccount(B), maxSessionDuration: 43200 };
    const capped = assumeRole({
      caller: first.session,
      callerPolicies: { identity: [allowAssume] },
      role: second,
      sessionName: 'c',
      durationSeconds: 7200,
      now: NOW,
    });
    expect(!capped.ok && capped.code).toBe('sts.duration.chained-cap');
    const chained = assumeRole({
      caller: first.session,
      callerPolicies: { identity: [allowAssume] },
      role: second,
      sessionName: 'c',
      now: NOW,
    });
    expect(chained.ok).toBe(true);
    if (chained.ok) {
      expect(chained.session.via).toBe('role-chaining');
      expect(chained.session.sessionTags).toEqual({ team: 'red' });
    }
  });
  it('session tags need sts:TagSession in the trust policy', () => {
    const trust = pol('trust', {
      Effect: 'Allow',
      Principal: { AWS: `arn:aws:iam::${A}:root` },
      Action: 'sts:AssumeRole',
    });
    const r = assumeRole({
      caller: alice,
      callerPolicies: { identity: [pol('p', { Effect: 'Allow', Action: 'sts:*', Resource: '*' })] },
      role: role(trust),
      sessionName: 's',
      tags: { a: 'b' },
      now: NOW,
    });
    expect(!r.ok && r.code).toBe('sts.tag-session.denied');
  });
  it('source identity needs sts:SetSourceIdentity', () => {
    const r = assumeRole({
      caller: alice,
      callerPolicies: { identity: [allowAssume] },
      role: role(trustAccount(A)),
      sessionName: 's',
      sourceIdentity: 'alice',
      now: NOW,
    });
    expect(!r.ok && r.code).toBe('sts.source-identity.denied');
  });
  it('session policies travel on the session and narrow later requests', () => {
    const sp = pol('sp', { Effect: 'Allow', Action: 's3:GetObject', Resource: '*' });
    const r = assumeRole({
      caller: alice,
      callerPolicies: { identity: [allowAssume] },
      role: role(trustAccount(A)),
      sessionName: 's',
      sessionPolicy: sp,
      now: NOW,
    });
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
  it('more than 10 managed session policies are refused', () => {
    const many = Array.from({ length: 11 }, (_, i) => pol(`m${i}`, { Effect: 'Allow', Action: '*', Resource: '*' }));
    const r = assumeRole({
      caller: alice,
      callerPolicies: { identity: [allowAssume] },
      role: role(trustAccount(A)),
      sessionName: 's',
      policyArns: many,
      now: NOW,
    });
    expect(!r.ok && r.code).toBe('sts.session-policy.too-many');
  });
  it('expired caller credentials fail before any policy', () => {
    const session = {
      kind: 'role-session' as const,
      account: A,
      roleArn: `arn:aws:iam::${A}:role/x`,
      sessionName: 'x',
      expiresAt: '2025-12-31T00:00:00Z',
    };
    const r = assumeRole({
      caller: session,
      callerPolicies: { identity: [allowAssume] },
      role: role(trustAccount(A)),
      sessionName: 's',
      now: NOW,
    });
    expect(!r.ok && r.result.reason).toBe('authenticate.expired');
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
  it('claims become <host>:claim keys (https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_providers_create_oidc.html)', () => {
    const ok = assumeRoleWithWebIdentity({
      role: role(trust),
      provider: gh,
      claims: { aud: 'sts.amazonaws.com', sub: 'repo:org/app:ref:refs/heads/main' },
      sessionName: 'gh',
      now: NOW,
    });
    expect(ok.ok).toBe(true);
    if (ok.ok) expect(ok.session).toMatchObject({ via: 'web-identity', federatedProvider: gh });
    const bad = assumeRoleWithWebIdentity({
      role: role(trust),
      provider: gh,
      claims: { aud: 'sts.amazonaws.com', sub: 'repo:evil/app:ref' },
      sessionName: 'gh',
      now: NOW,
    });
    expect(!bad.ok && bad.code).toBe('sts.web-identity.denied');
  });
  it('a different provider is not trusted', () => {
    const r = assumeRoleWithWebIdentity({
      role: role(trust),
      provider: 'accounts.google.com',
      claims: { aud: 'sts.amazonaws.com', sub: 'repo:org/app:x' },
      sessionName: 'g',
      now: NOW,
    });
    expect(r.ok).toBe(false);
  });
  it('SAML assertion keys (https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_providers_create_saml.html)', () => {
    const idp = `arn:aws:iam::${B}:saml-provider/Okta`;
    const t = pol('trust', {
      Effect: 'Allow',
      Principal: { Federated: idp },
      Action: 'sts:AssumeRoleWithSAML',
      Condition: { StringEquals: { 'SAML:aud': 'https://signin.aws.amazon.com/saml', 'SAML:sub_type': 'persistent' } },
    });
    const ok = assumeRoleWithSAML({
      role: role(t),
      providerArn: idp,
      assertion: { sub: 'u1', sub_type: 'persistent', iss: 'https://okta' },
      now: NOW,
    });
    expect(ok.ok).toBe(true);
    const bad = assumeRoleWithSAML({
      role: role(t),
      providerArn: idp,
      assertion: { sub: 'u1', sub_type: 'transient', iss: 'https://okta' },
      now: NOW,
    });
    expect(bad.ok).toBe(false);
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
