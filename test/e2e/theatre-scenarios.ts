/**
 * Writes the theatre e2e scenarios as share files: `tsx test/e2e/theatre-scenarios.ts <dir>`. Run in a child process
 * because Playwright's loader cannot import the world's JSON catalog; tsx can.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyCommands, welcomeWorld, type World } from '../../shared/world';
import { crossAccountWorld, ec2World, federationWorld } from '../../shared/world/samples';
import { makeShare, type RequestDraft } from '../../shared/theatre';

/** The welcome world's account, Alice and the report object. */
export const ACCOUNT = '111122223333';
export const ALICE = `arn:aws:iam::${ACCOUNT}:user/alice`;
export const OBJECT = 'arn:aws:s3:::iam-lab-welcome-bucket/reports/q1.csv';

function denyWorld(): World {
  const r = applyCommands(welcomeWorld(), [
    {
      type: 'put-inline-policy',
      to: 'user',
      name: 'alice',
      policyName: 'NoReports',
      policyDocument: {
        Version: '2012-10-17',
        Statement: [
          {
            Sid: 'NoReportsOverHttp',
            Effect: 'Deny',
            Action: 's3:GetObject',
            Resource: 'arn:aws:s3:::iam-lab-welcome-bucket/reports/*',
            Condition: { Bool: { 'aws:SecureTransport': 'false' } },
          },
        ],
      },
    },
  ]);
  if (!r.ok) throw new Error('set-up failed');
  return r.world;
}

/** The federation sample with `SAML:sub` added to the SAML role's trust conditions. */
function samlWorld(): World {
  const acct = '333333333333';
  const r = applyCommands(federationWorld(), [
    {
      type: 'update-assume-role-policy',
      roleName: 'SAMLDevelopers',
      policyDocument: {
        Version: '2012-10-17',
        Statement: [
          {
            Effect: 'Allow',
            Principal: { Federated: `arn:aws:iam::${acct}:saml-provider/ExampleIdP` },
            Action: 'sts:AssumeRoleWithSAML',
            Condition: {
              StringEquals: { 'SAML:aud': 'https://signin.aws.amazon.com/saml' },
              StringLike: { 'SAML:sub': '*@example.com' },
            },
          },
        ],
      },
    },
  ]);
  if (!r.ok) throw new Error('set-up failed');
  return r.world;
}

/** Alice may call GetFederationToken. */
function federateWorld(): World {
  const r = applyCommands(welcomeWorld(), [
    {
      type: 'put-inline-policy',
      to: 'user',
      name: 'alice',
      policyName: 'MayFederate',
      policyDocument: {
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Action: 'sts:GetFederationToken', Resource: '*' }],
      },
    },
  ]);
  if (!r.ok) throw new Error('set-up failed');
  return r.world;
}

/** Alice with the AWS managed ReadOnlyAccess (about 1,800 actions) attached. */
function readOnlyWorld(): World {
  const r = applyCommands(welcomeWorld(), [
    { type: 'attach-policy', to: 'user', name: 'alice', policyArn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' },
  ]);
  if (!r.ok) throw new Error('set-up failed');
  return r.world;
}

const narrow = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: 's3:ListBucket', Resource: '*' }],
});

const SCENARIOS: Record<string, { world: World; request: RequestDraft }> = {
  deny: {
    world: denyWorld(),
    request: {
      flow: 'call',
      principal: ALICE,
      action: 's3:GetObject',
      resource: OBJECT,
      env: { secureTransport: false },
    },
  },
  cross: {
    world: crossAccountWorld(),
    request: {
      flow: 'call',
      principal: 'arn:aws:iam::111111111111:user/carol',
      action: 'sts:AssumeRole',
      resource: 'arn:aws:iam::222222222222:role/ProdS3Reader',
      env: {},
    },
  },
  assume: {
    world: crossAccountWorld(),
    request: {
      flow: 'assume-role',
      principal: 'arn:aws:iam::111111111111:user/carol',
      roleArn: 'arn:aws:iam::222222222222:role/ProdS3Reader',
      sessionPolicy: narrow,
      action: 's3:GetObject',
      resource: 'arn:aws:s3:::lab-prod-data/report.csv',
      env: {},
    },
  },
  'web-identity': {
    world: federationWorld(),
    request: {
      flow: 'web-identity',
      principal: '',
      roleArn: 'arn:aws:iam::333333333333:role/GitHubDeploy',
      provider: 'arn:aws:iam::333333333333:oidc-provider/token.actions.githubusercontent.com',
      claims: { aud: 'sts.amazonaws.com', sub: 'repo:example-org/website:ref:refs/heads/main' },
      action: 's3:PutObject',
      resource: 'arn:aws:s3:::example-website/index.html',
      env: {},
    },
  },
  saml: {
    world: samlWorld(),
    request: {
      flow: 'saml',
      principal: '',
      roleArn: 'arn:aws:iam::333333333333:role/SAMLDevelopers',
      provider: 'arn:aws:iam::333333333333:saml-provider/ExampleIdP',
      claims: { sub: 'dana@example.com', department: 'engineering' },
      action: 's3:ListBucket',
      resource: 'arn:aws:s3:::example-website',
      env: {},
    },
  },
  'federation-token': {
    world: federateWorld(),
    request: {
      flow: 'federation-token',
      principal: ALICE,
      sessionName: 'partner',
      sessionPolicy: JSON.stringify({
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Action: 's3:ListBucket', Resource: '*' }],
      }),
      action: 's3:GetObject',
      resource: OBJECT,
      env: {},
    },
  },
  'read-only': {
    world: readOnlyWorld(),
    request: { flow: 'call', principal: ALICE, action: 's3:PutObject', resource: OBJECT, env: {} },
  },
  ec2: (() => {
    const world = ec2World();
    const instance = Object.keys(Object.values(world.accounts)[0].instances)[0];
    return {
      world,
      request: {
        flow: 'ec2' as const,
        principal: instance,
        action: 's3:GetObject',
        resource: 'arn:aws:s3:::app-data-444455556666/config.json',
        env: {},
      },
    };
  })(),
};

const out = process.argv[2];
if (out)
  for (const [name, s] of Object.entries(SCENARIOS))
    writeFileSync(join(out, `${name}.json`), JSON.stringify(makeShare(s.world, s.request, 0)));
