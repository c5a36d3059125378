import { describe, expect, it } from 'vitest';
import { applyLessonCommands, loadLessonWorld } from '../../../shared/lessons/world-bridge';
import type { LessonCommand } from '../../../shared/lessons/lesson-types';
import type { World } from '../../../shared/world/types';
import type { JsonValue } from '../../../shared/iam/request';
import { checkNoNewAccess, externalAccessFindings, unusedAccessFindings } from '../../../shared/iam/analyzer';

const A = '111122223333';
const B = '444455556666';
const OUT = '999988887777';
const doc = (...Statement: JsonValue[]): JsonValue => ({ Version: '2012-10-17', Statement });

function apply(world: World, commands: LessonCommand[]): World {
  const r = applyLessonCommands(world, commands, false);
  if (!r.ok) throw new Error(`${r.index} ${r.code}`);
  return r.world;
}

/** Accounts A and B in one organization, OUT outside it; resources and roles that exercise each rule. */
function buildWorld(): World {
  const start = loadLessonWorld({ builtin: 'empty' });
  if (!start.ok) throw new Error(start.code);
  let w = apply(start.world, [
    { type: 'create-account', accountId: A },
    { type: 'create-organization', managementAccountId: A },
  ]);
  const root = w.organization!.rootId;
  const orgId = w.organization!.id;
  w = apply(w, [
    { type: 'create-account', accountId: B, parentId: root },
    { type: 'create-account', accountId: OUT },
    {
      type: 'create-resource',
      account: B,
      kind: 's3-bucket',
      name: 'public-site',
      policy: doc({ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::public-site/*' }),
    },
    {
      type: 'create-resource',
      account: B,
      kind: 's3-bucket',
      name: 'org-data',
      policy: doc({
        Effect: 'Allow',
        Principal: '*',
        Action: 's3:GetObject',
        Resource: 'arn:aws:s3:::org-data/*',
        Condition: { StringEquals: { 'aws:PrincipalOrgID': orgId } },
      }),
    },
    {
      type: 'create-resource',
      account: B,
      kind: 's3-bucket',
      name: 'partner-drop',
      policy: doc(
        {
          Effect: 'Allow',
          Principal: { AWS: OUT },
          Action: ['s3:PutObject', 's3:GetObject'],
          Resource: 'arn:aws:s3:::partner-drop/*',
        },
        {
          Effect: 'Deny',
          Principal: '*',
          Action: 's3:GetObject',
          Resource: 'arn:aws:s3:::partner-drop/*',
          Condition: { StringNotEquals: { 'aws:PrincipalAccount': B } },
        },
      ),
    },
    {
      type: 'create-resource',
      account: B,
      kind: 'sqs-queue',
      name: 'events',
      policy: doc({
        Effect: 'Allow',
        Principal: { Service: 'sns.amazonaws.com' },
        Action: 'sqs:SendMessage',
        Resource: '*',
      }),
    },
    {
      type: 'create-role',
      account: B,
      roleName: 'Vendor',
      assumeRolePolicyDocument: doc({
        Effect: 'Allow',
        Principal: { AWS: `arn:aws:iam::${OUT}:root` },
        Action: 'sts:AssumeRole',
        Condition: { StringEquals: { 'sts:ExternalId': 'ext-42' } },
      }),
    },
    {
      type: 'create-role',
      account: B,
      roleName: 'InOrg',
      assumeRolePolicyDocument: doc({
        Effect: 'Allow',
        Principal: { AWS: `arn:aws:iam::${A}:root` },
        Action: 'sts:AssumeRole',
      }),
    },
    {
      type: 'create-oidc-provider',
      account: B,
      url: 'https://token.actions.githubusercontent.com',
      clientIds: ['sts.amazonaws.com'],
    },
    {
      type: 'create-role',
      account: B,
      roleName: 'Deploy',
      assumeRolePolicyDocument: doc({
        Effect: 'Allow',
        Principal: { Federated: `arn:aws:iam::${B}:oidc-provider/token.actions.githubusercontent.com` },
        Action: 'sts:AssumeRoleWithWebIdentity',
      }),
    },
  ]);
  return w;
}

const world = buildWorld();

describe('Access Analyzer external access', () => {
  const org = externalAccessFindings(world, { kind: 'organization' });
  const byResource = (arn: string) => org.filter((f) => f.resource === arn);

  it('reports a bucket open to everyone as public, with the actions it allows', () => {
    const [f] = byResource('arn:aws:s3:::public-site');
    expect(f.access).toBe('public');
    expect(f.actions).toEqual(['s3:GetObject']);
  });

  it('reports nothing for a bucket limited by aws:PrincipalOrgID when the zone is the organization', () => {
    expect(byResource('arn:aws:s3:::org-data')).toEqual([]);
  });

  it('honours Deny statements: the partner may write but not read', () => {
    const [f] = byResource('arn:aws:s3:::partner-drop');
    expect(f.access).toBe('account');
    expect(f.principal).toBe(OUT);
    expect(f.actions).toEqual(['s3:PutObject']);
  });

  it('skips service principals and principals inside the zone', () => {
    expect(byResource(`arn:aws:sqs:us-east-1:${B}:events`)).toEqual([]);
    expect(byResource(`arn:aws:iam::${B}:role/InOrg`)).toEqual([]);
  });

  it('reports a vendor trust with the external-id condition it depends on', () => {
    const [f] = byResource(`arn:aws:iam::${B}:role/Vendor`);
    expect(f).toMatchObject({ access: 'account', actions: ['sts:AssumeRole'], conditions: ['sts:ExternalId'] });
  });

  it('reports a trust in an identity provider as federated access', () => {
    const [f] = byResource(`arn:aws:iam::${B}:role/Deploy`);
    expect(f).toMatchObject({ access: 'federated', actions: ['sts:AssumeRoleWithWebIdentity'] });
  });

  it('with one account as the zone, the organization bucket and the in-org trust become external', () => {
    const acct = externalAccessFindings(world, { kind: 'account', accountId: B });
    expect(acct.some((f) => f.resource === `arn:aws:iam::${B}:role/InOrg`)).toBe(true);
    // aws:PrincipalOrgID still holds for A's principals, but a probe from outside the org is refused
    expect(acct.some((f) => f.resource === 'arn:aws:s3:::org-data')).toBe(false);
  });
});

describe('check no new access', () => {
  const read = doc({ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::public-site/*' });
  const readWrite = doc({
    Effect: 'Allow',
    Action: ['s3:GetObject', 's3:PutObject'],
    Resource: 'arn:aws:s3:::public-site/*',
  });

  it('finds the write an update adds', () => {
    expect(checkNoNewAccess(world, B, read, readWrite)).toEqual([
      { action: 's3:PutObject', resource: 'arn:aws:s3:::public-site/*' },
    ]);
  });

  it('finds nothing when the update only narrows or repeats', () => {
    expect(checkNoNewAccess(world, B, readWrite, read)).toEqual([]);
    expect(checkNoNewAccess(world, B, read, read)).toEqual([]);
  });

  it('sees a wildcard widening to IAM', () => {
    const admin = doc({ Effect: 'Allow', Action: '*', Resource: '*' });
    const added = checkNoNewAccess(world, B, read, admin);
    expect(added.some((n) => n.action === 'iam:CreateUser')).toBe(true);
  });
});

describe('unused access', () => {
  const w = apply(world, [
    { type: 'create-user', account: B, userName: 'old' },
    { type: 'create-access-key', account: B, userName: 'old' },
    {
      type: 'put-inline-policy',
      account: B,
      to: 'user',
      name: 'old',
      policyName: 'Work',
      policyDocument: doc({ Effect: 'Allow', Action: ['s3:GetObject', 'dynamodb:Query'], Resource: '*' }),
    },
  ]);
  const created = w.accounts[B].users.old.createDate;
  const later = (days: number) => new Date(Date.parse(created) + days * 86_400_000).toISOString();

  it('flags keys and roles unused for longer than the window, not recent ones', () => {
    const soon = unusedAccessFindings(w, { now: later(10), unusedDays: 90 });
    expect(soon).toEqual([]);
    const late = unusedAccessFindings(w, { now: later(120), unusedDays: 90 });
    expect(late.filter((f) => f.kind === 'unused-access-key').map((f) => f.arn)).toEqual([
      `arn:aws:iam::${B}:user/old`,
    ]);
    expect(late.filter((f) => f.kind === 'unused-role').length).toBe(3);
  });

  it('flags allowed services missing from access-advisor data', () => {
    const advisor = new Map([[`arn:aws:iam::${B}:user/old`, new Map([['s3', later(5)]])]]);
    const f = unusedAccessFindings(w, { now: later(10), unusedDays: 90, serviceLastAccessed: advisor });
    expect(f).toEqual([{ kind: 'unused-permission', arn: `arn:aws:iam::${B}:user/old`, detail: 'dynamodb' }]);
  });
});
