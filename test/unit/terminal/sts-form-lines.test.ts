/**
 * The lines the inspector's STS forms run are real interpreter lines: switch role as a chosen caller (with MFA,
 * ExternalId, tags and a session policy), a GitHub token for one repository and branch exchanged with
 * assume-role-with-web-identity (another repository's token refused), and a SAML assertion for a directory user.
 */
import { describe, expect, it } from 'vitest';
import { applyCommands, emptyWorld, type World, type WorldCommand } from '../../../shared/world';
import { runTerminalLine } from '../../../shared/terminal/session';
import { MemoryFs } from '../../../shared/terminal/vfs';
import {
  assumeRoleLine,
  outputJson,
  samlAssertionLine,
  samlLine,
  tagWords,
  tokenLine,
  webIdentityLine,
} from '../../../renderer/src/inspector/sts/stsLines';

const ACCT = '111122223333';
const GH = `arn:aws:iam::${ACCT}:oidc-provider/token.actions.githubusercontent.com`;

function world(commands: WorldCommand[]): World {
  const r = applyCommands(emptyWorld('Lab'), [{ type: 'create-account', accountId: ACCT, name: 'Lab' }, ...commands]);
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.world;
}

async function run(w: World, line: string, files: Record<string, string> = {}) {
  const fs = new MemoryFs();
  for (const [k, v] of Object.entries(files)) fs.write(k, v);
  let out = '';
  let err = '';
  const o = await runTerminalLine(line, { fs, world: w, sink: (s, t) => (s === 'stdout' ? (out += t) : (err += t)) });
  return { code: o.exitCode, out, err, world: o.world };
}

const trust = (statement: object) => JSON.stringify({ Version: '2012-10-17', Statement: [statement] });

describe('STS form lines', () => {
  it('tags become Key=,Value= words and odd values are quoted', () => {
    expect(tagWords('team=blue\n\nproject = web site')).toEqual([
      'Key=team,Value=blue',
      "'Key=project,Value=web site'",
    ]);
  });

  it('switch role as a user of the account, with a session policy', async () => {
    const w = world([
      { type: 'create-user', account: ACCT, userName: 'maria' },
      {
        type: 'put-inline-policy',
        account: ACCT,
        to: 'user',
        name: 'maria',
        policyName: 'Assume',
        policyDocument: JSON.stringify({
          Version: '2012-10-17',
          Statement: [{ Effect: 'Allow', Action: ['sts:AssumeRole', 'sts:TagSession'], Resource: '*' }],
        }),
      },
      {
        type: 'create-role',
        account: ACCT,
        roleName: 'Reader',
        assumeRolePolicyDocument: trust({
          Effect: 'Allow',
          Principal: { AWS: `arn:aws:iam::${ACCT}:root` },
          Action: ['sts:AssumeRole', 'sts:TagSession'],
        }),
      },
    ]);
    const line = assumeRoleLine({
      callerArn: `arn:aws:iam::${ACCT}:user/maria`,
      roleArn: `arn:aws:iam::${ACCT}:role/Reader`,
      sessionName: 'maria',
      durationSeconds: 900,
      tags: 'team=blue',
      sessionPolicy: true,
    });
    const r = await run(w, line, {
      'session-policy.json': JSON.stringify({
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }],
      }),
    });
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect((outputJson(r.out)?.AssumedRoleUser as { Arn: string }).Arn).toBe(
      `arn:aws:sts::${ACCT}:assumed-role/Reader/maria`,
    );
    const session = Object.values(r.world!.sessions)[0];
    expect(session.policy).toBeDefined();
    expect(session.tags).toEqual({ team: 'blue' });
  });

  it('a GitHub token for the trusted repository and branch is exchanged; another branch is refused', async () => {
    const w = world([
      {
        type: 'create-oidc-provider',
        account: ACCT,
        url: 'https://token.actions.githubusercontent.com',
        clientIds: ['sts.amazonaws.com'],
      },
      {
        type: 'create-role',
        account: ACCT,
        roleName: 'GitHubDeploy',
        assumeRolePolicyDocument: trust({
          Effect: 'Allow',
          Principal: { Federated: GH },
          Action: 'sts:AssumeRoleWithWebIdentity',
          Condition: {
            StringEquals: {
              'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com',
              'token.actions.githubusercontent.com:sub': 'repo:example-org/website:ref:refs/heads/main',
            },
          },
        }),
      },
    ]);
    const good = await run(
      w,
      tokenLine({ provider: 'github', repo: 'example-org/website', trigger: 'branch', ref: 'main' }),
    );
    expect(good.code).toBe(0);
    const token = outputJson(good.out)!.WebIdentityToken as string;
    const ok = await run(w, webIdentityLine(`arn:aws:iam::${ACCT}:role/GitHubDeploy`, 'run-1', token));
    expect(ok.err).toBe('');
    expect(ok.code).toBe(0);
    expect(Object.keys(ok.world!.sessions)).toContain(`arn:aws:sts::${ACCT}:assumed-role/GitHubDeploy/run-1`);

    const other = await run(
      w,
      tokenLine({ provider: 'github', repo: 'example-org/website', trigger: 'branch', ref: 'feature' }),
    );
    const refused = await run(
      w,
      webIdentityLine(
        `arn:aws:iam::${ACCT}:role/GitHubDeploy`,
        'run-2',
        outputJson(other.out)!.WebIdentityToken as string,
      ),
    );
    expect(refused.code).not.toBe(0);
    expect(refused.err).toContain('AccessDenied');
  });

  it('a SAML assertion for a directory user is exchanged with assume-role-with-saml', async () => {
    const metadata =
      '<EntityDescriptor xmlns="urn:oasis:names:tc:SAML:2.0:metadata" entityID="https://adfs.example.com/adfs/services/trust"><IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol"/></EntityDescriptor>';
    const provider = `arn:aws:iam::${ACCT}:saml-provider/CorpAD`;
    const w = world([
      { type: 'create-saml-provider', account: ACCT, name: 'CorpAD', metadataDocument: metadata },
      {
        type: 'create-role',
        account: ACCT,
        roleName: 'CorpReadOnly',
        assumeRolePolicyDocument: trust({
          Effect: 'Allow',
          Principal: { Federated: provider },
          Action: 'sts:AssumeRoleWithSAML',
          Condition: { StringEquals: { 'SAML:aud': 'https://signin.aws.amazon.com/saml' } },
        }),
      },
    ]);
    const issued = await run(
      w,
      samlAssertionLine(provider, 'jdoe@example.com', ['Readers', `AWS-${ACCT}-CorpReadOnly`]),
    );
    expect(issued.err).toBe('');
    const assertion = outputJson(issued.out)!.SAMLAssertion as string;
    const r = await run(w, samlLine(`arn:aws:iam::${ACCT}:role/CorpReadOnly`, provider, assertion));
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
  });
});
