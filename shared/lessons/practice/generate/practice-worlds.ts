/**
 * The worlds practice questions are generated from: the five built-in sample worlds as they ship, plus a
 * "practice" variant of each that adds what the samples leave out on purpose (they teach one idea each): conditions
 * on MFA, source IP, region and TLS, a permissions boundary, a bucket policy with a grant and a deny, an RCP, live
 * sessions with a session policy and federated sessions. Variants are built with ordinary world commands, so every
 * question is still "this world, this request, what does the engine say".
 */
import { applyCommands } from '../../../world/commands/apply';
import type { WorldCommand } from '../../../world/commands/types';
import { SAMPLE_WORLDS } from '../../../world/samples';
import { ORG_SAMPLE_ACCOUNTS } from '../../../world/samples/organization';
import type { World } from '../../../world/types';

/** One world to generate from: a kebab-case id (used in item ids) and a builder. */
export interface PracticeWorld {
  id: string;
  build: () => World;
}

/** Applies commands to a sample; a refusal is a bug in this file, so it throws. */
function extend(base: World, commands: (world: World) => WorldCommand[]): World {
  const r = applyCommands(base, commands(base));
  if (!r.ok) throw new Error(`practice world: command ${r.index} refused: ${r.error.reason}`);
  return r.world;
}

function sample(id: string): World {
  const found = SAMPLE_WORLDS.find((s) => s.id === id);
  if (!found) throw new Error(`practice world: no sample ${id}`);
  return found.build();
}

const doc = (Statement: unknown[]) => ({ Version: '2012-10-17', Statement }) as never;

/** Welcome + Bob's MFA-guarded delete and office-only upload, Erin capped by a boundary, and a bucket policy. */
function welcomePractice(): World {
  const acct = '111122223333';
  const bucket = 'arn:aws:s3:::iam-lab-welcome-bucket';
  return extend(sample('welcome'), () => [
    {
      type: 'put-inline-policy',
      to: 'user',
      name: 'bob',
      policyName: 'DeleteOnlyWithMfa',
      policyDocument: doc([
        { Sid: 'AllowDelete', Effect: 'Allow', Action: 's3:DeleteObject', Resource: `${bucket}/*` },
        {
          Sid: 'DenyDeleteWithoutMfa',
          Effect: 'Deny',
          Action: 's3:DeleteObject',
          Resource: '*',
          Condition: { BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' } },
        },
      ]),
    },
    {
      type: 'put-inline-policy',
      to: 'user',
      name: 'bob',
      policyName: 'UploadFromOffice',
      policyDocument: doc([
        {
          Sid: 'UploadFromOfficeNetwork',
          Effect: 'Allow',
          Action: 's3:PutObject',
          Resource: `${bucket}/*`,
          Condition: { IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } },
        },
      ]),
    },
    {
      type: 'create-policy',
      policyName: 'S3ReadOnlyBoundary',
      description: 'Permissions boundary: S3 reads only',
      policyDocument: doc([{ Sid: 'ReadsOnly', Effect: 'Allow', Action: ['s3:Get*', 's3:List*'], Resource: '*' }]),
    },
    {
      type: 'create-user',
      userName: 'erin',
      permissionsBoundary: `arn:aws:iam::${acct}:policy/S3ReadOnlyBoundary`,
    },
    { type: 'attach-policy', to: 'user', name: 'erin', policyArn: 'arn:aws:iam::aws:policy/AmazonS3FullAccess' },
    {
      type: 'put-resource-policy',
      arn: bucket,
      policy: doc([
        {
          Sid: 'BobReadsReports',
          Effect: 'Allow',
          Principal: { AWS: `arn:aws:iam::${acct}:user/bob` },
          Action: 's3:GetObject',
          Resource: `${bucket}/reports/*`,
        },
        {
          Sid: 'NobodyDeletesTheBucket',
          Effect: 'Deny',
          Principal: '*',
          Action: 's3:DeleteBucket',
          Resource: bucket,
        },
      ]),
    },
  ]);
}

/** Cross-account + a live session of Carol with a session policy, and a Prod user Pat. */
function crossAccountPractice(): World {
  const prod = '222222222222';
  return extend(sample('cross-account'), () => [
    {
      type: 'assume-role',
      roleArn: `arn:aws:iam::${prod}:role/ProdS3Reader`,
      roleSessionName: 'carol-list-only',
      callerArn: 'arn:aws:iam::111111111111:user/carol',
      policy: doc([{ Sid: 'ListOnly', Effect: 'Allow', Action: 's3:ListBucket', Resource: '*' }]),
    },
    {
      account: prod,
      type: 'put-resource-policy',
      arn: 'arn:aws:s3:::lab-prod-data',
      policy: doc([
        {
          Sid: 'ReaderRoleMayRead',
          Effect: 'Allow',
          Principal: { AWS: `arn:aws:iam::${prod}:role/ProdS3Reader` },
          Action: ['s3:GetObject', 's3:ListBucket'],
          Resource: ['arn:aws:s3:::lab-prod-data', 'arn:aws:s3:::lab-prod-data/*'],
        },
        {
          Sid: 'PrivateStaysPrivate',
          Effect: 'Deny',
          Principal: '*',
          Action: 's3:*',
          Resource: 'arn:aws:s3:::lab-prod-data/private/*',
        },
      ]),
    },
    { account: prod, type: 'create-user', userName: 'pat' },
    {
      account: prod,
      type: 'put-inline-policy',
      to: 'user',
      name: 'pat',
      policyName: 'ProdDataWrite',
      policyDocument: doc([
        { Effect: 'Allow', Action: ['s3:PutObject', 's3:GetObject'], Resource: 'arn:aws:s3:::lab-prod-data/*' },
      ]),
    },
  ]);
}

/** Federation + one web-identity session of GitHubDeploy and one SAML session of SAMLDevelopers. */
function federationPractice(): World {
  const acct = '333333333333';
  return extend(sample('federation'), () => [
    {
      type: 'assume-role',
      roleArn: `arn:aws:iam::${acct}:role/GitHubDeploy`,
      roleSessionName: 'gha-website-main',
      via: 'web-identity',
      providerArn: `arn:aws:iam::${acct}:oidc-provider/token.actions.githubusercontent.com`,
    },
    {
      type: 'assume-role',
      roleArn: `arn:aws:iam::${acct}:role/SAMLDevelopers`,
      roleSessionName: 'jdoe@example.com',
      via: 'saml',
      providerArn: `arn:aws:iam::${acct}:saml-provider/ExampleIdP`,
    },
    {
      type: 'put-inline-policy',
      to: 'role',
      name: 'GitHubDeploy',
      policyName: 'NeverTouchPrivate',
      policyDocument: doc([
        {
          Sid: 'DenyPrivatePrefix',
          Effect: 'Deny',
          Action: 's3:*',
          Resource: 'arn:aws:s3:::example-website/private/*',
        },
      ]),
    },
    { type: 'create-resource', kind: 's3-bucket', name: 'example-website-logs' },
  ]);
}

/** EC2 + a boundary on the instance role that drops SSM, and a second bucket the role cannot write. */
function ec2Practice(): World {
  const acct = '444455556666';
  return extend(sample('ec2'), () => [
    {
      type: 'create-policy',
      policyName: 'AppServerBoundary',
      policyDocument: doc([
        { Sid: 'S3Only', Effect: 'Allow', Action: 's3:*', Resource: '*' },
        { Sid: 'PassNothing', Effect: 'Deny', Action: 'iam:PassRole', Resource: '*' },
      ]),
    },
    {
      type: 'put-permissions-boundary',
      to: 'role',
      name: 'AppServerRole',
      policyArn: `arn:aws:iam::${acct}:policy/AppServerBoundary`,
    },
    {
      type: 'create-resource',
      kind: 's3-bucket',
      name: 'app-backups-444455556666',
      policy: doc([
        {
          Sid: 'InstanceRoleMayWriteBackups',
          Effect: 'Allow',
          Principal: { AWS: `arn:aws:iam::${acct}:role/AppServerRole` },
          Action: 's3:PutObject',
          Resource: 'arn:aws:s3:::app-backups-444455556666/*',
        },
      ]),
    },
  ]);
}

/** Organization + a region SCP, an RCP requiring TLS, a member reader and a management-account admin. */
function organizationPractice(): World {
  const { management: mgmt, member } = ORG_SAMPLE_ACCOUNTS;
  let world = extend(sample('organization'), () => [
    { type: 'enable-policy-type', policyType: 'RESOURCE_CONTROL_POLICY' },
    {
      type: 'create-org-policy',
      policyType: 'SERVICE_CONTROL_POLICY',
      name: 'OnlyApprovedRegions',
      document: doc([
        {
          Sid: 'DenyOtherRegions',
          Effect: 'Deny',
          NotAction: ['iam:*', 'sts:*', 's3:ListAllMyBuckets'],
          Resource: '*',
          Condition: { StringNotEquals: { 'aws:RequestedRegion': ['eu-west-1', 'us-east-1'] } },
        },
      ]),
    },
    {
      type: 'create-org-policy',
      policyType: 'RESOURCE_CONTROL_POLICY',
      name: 'RequireTls',
      document: doc([
        {
          Sid: 'DenyPlainHttp',
          Effect: 'Deny',
          Principal: '*',
          Action: 's3:*',
          Resource: '*',
          Condition: { BoolIfExists: { 'aws:SecureTransport': 'false' } },
        },
      ]),
    },
  ]);
  const org = world.organization!;
  const ouId = Object.values(org.ous).find((o) => o.name === 'Workloads')!.id;
  const byName = (name: string) => Object.values(org.policies).find((p) => p.name === name)!.id;
  world = extend(world, () => [
    { type: 'attach-org-policy', policyId: byName('OnlyApprovedRegions'), targetId: ouId },
    { type: 'attach-org-policy', policyId: byName('RequireTls'), targetId: ouId },
    { account: member, type: 'create-user', userName: 'eli' },
    {
      account: member,
      type: 'attach-policy',
      to: 'user',
      name: 'eli',
      policyArn: 'arn:aws:iam::aws:policy/ReadOnlyAccess',
    },
    { account: mgmt, type: 'create-user', userName: 'mia' },
    {
      account: mgmt,
      type: 'attach-policy',
      to: 'user',
      name: 'mia',
      policyArn: 'arn:aws:iam::aws:policy/AdministratorAccess',
    },
    { account: mgmt, type: 'create-resource', kind: 's3-bucket', name: 'management-audit-logs' },
  ]);
  return world;
}

/** Every world the generated bank draws from: the samples first, then their practice variants. */
export const PRACTICE_WORLDS: readonly PracticeWorld[] = [
  ...SAMPLE_WORLDS.map((s) => ({ id: s.id, build: s.build })),
  { id: 'welcome-practice', build: welcomePractice },
  { id: 'cross-account-practice', build: crossAccountPractice },
  { id: 'federation-practice', build: federationPractice },
  { id: 'ec2-practice', build: ec2Practice },
  { id: 'organization-practice', build: organizationPractice },
];
