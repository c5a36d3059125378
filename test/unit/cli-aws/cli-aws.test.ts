import { copyFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { runAwsCommand } from '../../../cli/aws/index';
import { welcomeWorld } from '../../../shared/world/samples';
import { crossAccountWorld } from '../../../shared/world/samples';
import { parseScenario, serializeScenario } from '../../../shared/world/scenario/parse';
import { tempIO, type FakeIO } from './fake-io';

let io: FakeIO;
const run = async (line: string | string[]) => {
  io.reset();
  const argv = Array.isArray(line) ? line : line.split(' ');
  return runAwsCommand(argv, io);
};
const json = () => JSON.parse(io.out);
const world = (file = 's.json') => {
  const p = parseScenario(io.read(file));
  if (!p.ok) throw new Error('scenario unreadable');
  return p.world;
};

beforeEach(() => {
  io = tempIO();
  io.write('s.json', serializeScenario(welcomeWorld()));
});

describe('iam-lab iam ... (aws-style)', () => {
  it('create-user, get-user, list-users and the saved scenario', async () => {
    expect(await run('iam create-user --user-name carol --scenario s.json')).toBe(0);
    expect(json().User).toMatchObject({ UserName: 'carol', Path: '/', Arn: 'arn:aws:iam::111122223333:user/carol' });
    expect(json().User.UserId).toMatch(/^AIDA/);
    expect(world().accounts['111122223333'].users.carol).toBeDefined();
    expect(await run('--scenario s.json iam get-user --user-name carol')).toBe(0);
    expect(json().User.UserName).toBe('carol');
    expect(await run('--scenario s.json iam list-users')).toBe(0);
    expect(json().Users.map((u: { UserName: string }) => u.UserName)).toEqual(['alice', 'bob', 'carol']);
  });

  it('a change keeps the dragged graph positions the scenario file carries', async () => {
    const alice = 'arn:aws:iam::111122223333:user/alice';
    io.write('s.json', serializeScenario(welcomeWorld(), { positions: { [alice]: { x: 812, y: -40 } } }));
    expect(await run('iam create-user --user-name carol --scenario s.json')).toBe(0);
    const p = parseScenario(io.read('s.json'));
    expect(p.ok && p.world.accounts['111122223333'].users.carol).toBeTruthy();
    expect(p.ok && p.layout?.positions[alice]).toEqual({ x: 812, y: -40 });
  });

  it('AWS-style service error and no change on refusal', async () => {
    const before = io.read('s.json');
    expect(await run('--scenario s.json iam get-user --user-name bobby')).toBe(1);
    expect(io.err).toBe(
      '\nAn error occurred (NoSuchEntity) when calling the GetUser operation: The user with name bobby cannot be found.\n',
    );
    expect(await run('--scenario s.json iam delete-user --user-name alice')).toBe(1);
    expect(io.err).toContain(
      'An error occurred (DeleteConflict) when calling the DeleteUser operation: Cannot delete entity, must delete login profile first.',
    );
    expect(io.read('s.json')).toBe(before);
  });

  it('usage errors name what was expected', async () => {
    expect(await run('--scenario s.json iam create-user')).toBe(2);
    expect(io.err).toContain('iam-lab: error: the following arguments are required: --user-name');
    expect(io.err).toContain('usage: iam-lab --scenario <file> iam create-user --user-name <value>');
    expect(await run('--scenario s.json iam create-usr --user-name x')).toBe(2);
    expect(io.err).toContain("Invalid choice 'create-usr'");
    expect(await run('--scenario s.json iam create-user --user-name x --colour blue')).toBe(2);
    expect(io.err).toContain('Unknown options: --colour');
    expect(await run('iam list-users')).toBe(2);
    expect(io.err).toContain('--scenario');
    expect(await run('--scenario s.json --output yaml iam list-users')).toBe(2);
    expect(await run('ec2 describe-instances')).toBe(2);
  });

  it('unreadable or bad scenario files exit 3 with the JSON path', async () => {
    expect(await run('--scenario nope.json iam list-users')).toBe(3);
    io.write('bad.json', '{"format":"iam-lab-scenario","version":1,"world":{"clock":"x"}}');
    expect(await run('--scenario bad.json iam list-users')).toBe(3);
    expect(io.err).toContain('world.clock does not have the expected form');
  });

  it('groups, policies, inline documents from file://, attached listing', async () => {
    io.write(
      'p.json',
      JSON.stringify({
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Action: 's3:ListAllMyBuckets', Resource: '*' }],
      }),
    );
    expect(await run('--scenario s.json iam create-group --group-name Ops')).toBe(0);
    expect(await run('--scenario s.json iam add-user-to-group --group-name Ops --user-name bob')).toBe(0);
    expect(io.out).toBe('');
    expect(await run('--scenario s.json iam create-policy --policy-name ListAll --policy-document file://p.json')).toBe(
      0,
    );
    const arn = json().Policy.Arn;
    expect(arn).toBe('arn:aws:iam::111122223333:policy/ListAll');
    expect(await run(`--scenario s.json iam attach-group-policy --group-name Ops --policy-arn ${arn}`)).toBe(0);
    expect(
      await run(
        '--scenario s.json iam attach-user-policy --user-name bob --policy-arn arn:aws:iam::aws:policy/ReadOnlyAccess',
      ),
    ).toBe(0);
    expect(await run('--scenario s.json iam list-attached-user-policies --user-name bob')).toBe(0);
    expect(json()).toEqual({
      AttachedPolicies: [{ PolicyName: 'ReadOnlyAccess', PolicyArn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' }],
    });
    expect(
      await run([
        '--scenario',
        's.json',
        'iam',
        'put-user-policy',
        '--user-name',
        'bob',
        '--policy-name',
        'inline1',
        '--policy-document',
        '{"Version":"2012-10-17","Statement":{"Effect":"Deny","Action":"s3:*","Resource":"*"}}',
      ]),
    ).toBe(0);
    expect(await run('--scenario s.json iam get-user-policy --user-name bob --policy-name inline1')).toBe(0);
    expect(json().PolicyDocument.Statement.Effect).toBe('Deny');
    expect(await run('--scenario s.json iam remove-user-from-group --group-name Ops --user-name bob')).toBe(0);
    expect(world().accounts['111122223333'].users.bob.groups).toEqual([]);
    expect(
      await run(
        `--scenario s.json iam create-policy-version --policy-arn ${arn} --policy-document file://p.json --set-as-default`,
      ),
    ).toBe(0);
    expect(json().PolicyVersion).toMatchObject({ VersionId: 'v2', IsDefaultVersion: true });
    expect(await run('--scenario s.json iam list-policies --scope Local')).toBe(0);
    expect(json().Policies.map((p: { PolicyName: string }) => p.PolicyName)).toEqual([
      'DevelopersReadWelcomeBucket',
      'ListAll',
    ]);
  });

  it('access keys: create, list, deactivate, delete; the third key is refused', async () => {
    expect(await run('--scenario s.json iam create-access-key --user-name bob')).toBe(0);
    const key = json().AccessKey;
    expect(key).toMatchObject({ UserName: 'bob', Status: 'Active' });
    expect(key.AccessKeyId).toMatch(/^AKIA[A-Z2-7]{16}$/);
    expect(key.SecretAccessKey).toHaveLength(40);
    expect(
      await run(
        `--scenario s.json iam update-access-key --user-name bob --access-key-id ${key.AccessKeyId} --status Inactive`,
      ),
    ).toBe(0);
    expect(await run('--scenario s.json iam list-access-keys --user-name bob')).toBe(0);
    expect(json().AccessKeyMetadata).toEqual([
      { UserName: 'bob', AccessKeyId: key.AccessKeyId, Status: 'Inactive', CreateDate: '2025-01-01T09:00:00+00:00' },
    ]);
    expect(await run('--scenario s.json iam create-access-key --user-name bob')).toBe(0);
    expect(await run('--scenario s.json iam create-access-key --user-name bob')).toBe(1);
    expect(io.err).toContain(
      '(LimitExceeded) when calling the CreateAccessKey operation: Cannot exceed quota for AccessKeysPerUser: 2',
    );
    expect(
      await run(`--scenario s.json iam delete-access-key --user-name bob --access-key-id ${key.AccessKeyId}`),
    ).toBe(0);
    expect(Object.keys(world().accounts['111122223333'].users.bob.accessKeys)).toHaveLength(1);
  });

  it('create-role with file:// trust, get-role, delete-role, get-account-authorization-details', async () => {
    io.write(
      'trust.json',
      JSON.stringify({
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }],
      }),
    );
    expect(
      await run(
        '--scenario s.json iam create-role --role-name App --assume-role-policy-document file://trust.json --max-session-duration 7200',
      ),
    ).toBe(0);
    expect(json().Role).toMatchObject({
      RoleName: 'App',
      MaxSessionDuration: 7200,
      AssumeRolePolicyDocument: { Version: '2012-10-17' },
    });
    expect(await run('--scenario s.json iam get-role --role-name App')).toBe(0);
    expect(json().Role.RoleId).toMatch(/^AROA/);
    expect(await run('--scenario s.json iam get-account-authorization-details')).toBe(0);
    const d = json();
    expect([d.UserDetailList.length, d.GroupDetailList.length, d.RoleDetailList.length]).toEqual([2, 1, 1]);
    expect(await run('--scenario s.json iam delete-role --role-name App')).toBe(0);
    expect(
      await run('--scenario s.json iam create-role --role-name Bad --assume-role-policy-document file://missing.json'),
    ).toBe(3);
  });

  it('--output table and text', async () => {
    expect(await run('--scenario s.json --output text iam list-users')).toBe(0);
    expect(io.out.split('\n')[0]).toMatch(/^USERS\t\//);
    expect(await run('--scenario s.json --output table iam get-user --user-name alice')).toBe(0);
    expect(io.out).toContain('GetUser');
    expect(io.out).toContain('| UserName');
  });
});

describe('simulate-principal-policy and simulate-custom-policy', () => {
  it('answers in AWS shape for the welcome world, with context shorthand and --explain', async () => {
    const code = await run([
      '--scenario',
      's.json',
      'iam',
      'simulate-principal-policy',
      '--policy-source-arn',
      'arn:aws:iam::111122223333:user/alice',
      '--action-names',
      's3:GetObject',
      's3:DeleteObject',
      '--resource-arns',
      'arn:aws:s3:::iam-lab-welcome-bucket/reports/q1.csv',
      '--context-entries',
      'ContextKeyName=aws:SourceIp,ContextKeyValues=1.2.3.4,ContextKeyType=ip',
    ]);
    expect(code).toBe(0);
    const r = json().EvaluationResults;
    expect(r.map((e: { EvalDecision: string }) => e.EvalDecision)).toEqual(['allowed', 'implicitDeny']);
    expect(r[0]).toMatchObject({
      EvalActionName: 's3:GetObject',
      EvalResourceName: 'arn:aws:s3:::iam-lab-welcome-bucket/reports/q1.csv',
      MatchedStatements: [
        {
          SourcePolicyId: 'arn:aws:iam::111122223333:policy/DevelopersReadWelcomeBucket',
          SourcePolicyType: 'user-managed',
        },
      ],
      MissingContextValues: [],
    });
    expect(
      await run(
        '--scenario s.json --explain iam simulate-principal-policy --policy-source-arn arn:aws:iam::111122223333:user/bob --action-names s3:GetObject',
      ),
    ).toBe(0);
    expect(io.out).toContain('IMPLICIT DENY');
  });

  it('context entries as JSON feed conditions', async () => {
    io.write(
      'p.json',
      JSON.stringify({
        Version: '2012-10-17',
        Statement: [
          {
            Effect: 'Allow',
            Action: 's3:*',
            Resource: '*',
            Condition: { IpAddress: { 'aws:SourceIp': '10.0.0.0/8' } },
          },
        ],
      }),
    );
    const base = [
      'iam',
      'simulate-custom-policy',
      '--policy-input-list',
      'file://p.json',
      '--action-names',
      's3:ListBucket',
    ];
    expect(
      await run([
        ...base,
        '--context-entries',
        '[{"ContextKeyName":"aws:SourceIp","ContextKeyValues":["10.1.2.3"],"ContextKeyType":"ip"}]',
      ]),
    ).toBe(0);
    expect(json().EvaluationResults[0]).toMatchObject({
      EvalDecision: 'allowed',
      MatchedStatements: [{ SourcePolicyId: 'PolicyInputList.1' }],
    });
    io.write(
      'multi.json',
      JSON.stringify(
        {
          Version: '2012-10-17',
          Statement: [
            { Effect: 'Deny', Action: 'ec2:*', Resource: '*' },
            { Effect: 'Allow', Action: 's3:*', Resource: '*' },
          ],
        },
        null,
        2,
      ),
    );
    expect(
      await run([
        'iam',
        'simulate-custom-policy',
        '--policy-input-list',
        'file://multi.json',
        '--action-names',
        's3:ListBucket',
      ]),
    ).toBe(0);
    expect(json().EvaluationResults[0].MatchedStatements[0]).toEqual({
      SourcePolicyId: 'PolicyInputList.1',
      SourcePolicyType: 'user',
      StartPosition: { Line: 9, Column: 5 },
      EndPosition: { Line: 13, Column: 6 },
    });
    expect(
      await run([
        ...base,
        '--context-entries',
        'ContextKeyName=aws:SourceIp,ContextKeyValues=192.168.0.1,ContextKeyType=ip',
      ]),
    ).toBe(0);
    expect(json().EvaluationResults[0].EvalDecision).toBe('implicitDeny');
    expect(await run(base)).toBe(0);
    expect(json().EvaluationResults[0].MissingContextValues).toEqual(['aws:SourceIp']);
    expect(
      await run([
        ...base,
        '--context-entries',
        'ContextKeyName=aws:SourceIp,ContextKeyValues=1.1.1.1,ContextKeyType=colour',
      ]),
    ).toBe(2);
  });

  it('on the imported real-account fixture', async () => {
    copyFileSync(
      '/work/shared/fixtures/authz-details/cloudsplaining-examples-files-example.json',
      resolve(io.cwd, 'authz.json'),
    );
    expect(await run('import authz-details authz.json --out imported.json')).toBe(0);
    expect(io.out).toContain('Imported 44 users, 5 groups, 78 roles');
    const code = await run([
      '--scenario',
      'imported.json',
      '--account',
      '012345678901',
      'iam',
      'simulate-principal-policy',
      '--policy-source-arn',
      'arn:aws:iam::012345678901:user/obama',
      '--action-names',
      's3:DeleteBucket',
      'iam:CreateUser',
      '--resource-arns',
      '*',
    ]);
    expect(code).toBe(0);
    const r = json().EvaluationResults;
    expect(r.map((e: { EvalDecision: string }) => e.EvalDecision)).toEqual(['allowed', 'allowed']);
    expect(r[0].MatchedStatements[0]).toEqual({
      SourcePolicyId: 'arn:aws:iam::aws:policy/AdministratorAccess',
      SourcePolicyType: 'aws-managed',
    });
    expect(await run('--scenario imported.json --account 200611803367 iam list-users')).toBe(0);
    expect(json().Users.length).toBeGreaterThan(20);
    expect(await run('--scenario imported.json export authz-details --out back.json')).toBe(0);
    const back = JSON.parse(io.read('back.json'));
    expect([
      back.UserDetailList.length,
      back.GroupDetailList.length,
      back.RoleDetailList.length,
      back.Policies.length,
    ]).toEqual([44, 5, 78, 84]);
    expect(await run('import authz-details s.json --out x.json')).toBe(3);
    expect(io.err).toContain('was not imported');
  });
});

describe('sts', () => {
  beforeEach(() => io.write('x.json', serializeScenario(crossAccountWorld())));

  it('get-caller-identity for --as and the current identity', async () => {
    expect(await run('--scenario x.json sts get-caller-identity')).toBe(0);
    expect(json()).toEqual({ UserId: '111111111111', Account: '111111111111', Arn: 'arn:aws:iam::111111111111:root' });
    expect(await run('--scenario x.json --as arn:aws:iam::111111111111:user/carol sts get-caller-identity')).toBe(0);
    expect(json()).toMatchObject({ Account: '111111111111', Arn: 'arn:aws:iam::111111111111:user/carol' });
  });

  it('assume-role across accounts records the session; the session reads the Prod bucket', async () => {
    const role = 'arn:aws:iam::222222222222:role/ProdS3Reader';
    const as = ['--scenario', 'x.json', '--as', 'arn:aws:iam::111111111111:user/carol'];
    expect(
      await run([
        ...as,
        'sts',
        'assume-role',
        '--role-arn',
        role,
        '--role-session-name',
        'carol-prod',
        '--duration-seconds',
        '900',
      ]),
    ).toBe(0);
    const out = json();
    expect(out.AssumedRoleUser.Arn).toBe('arn:aws:sts::222222222222:assumed-role/ProdS3Reader/carol-prod');
    expect(out.Credentials.AccessKeyId).toMatch(/^ASIA/);
    expect(out.Credentials.Expiration).toBe('2025-01-01T09:15:00+00:00');
    const session = out.AssumedRoleUser.Arn;
    expect(Object.keys(world('x.json').sessions)).toEqual([session]);
    expect(await run(['--scenario', 'x.json', '--as', session, 'sts', 'get-caller-identity'])).toBe(0);
    expect(json().UserId).toMatch(/^AROA[A-Z2-7]{17}:carol-prod$/);
    expect(
      await run([
        '--scenario',
        'x.json',
        'iam',
        'simulate-principal-policy',
        '--policy-source-arn',
        session,
        '--action-names',
        's3:GetObject',
        '--resource-arns',
        'arn:aws:s3:::lab-prod-data/f',
      ]),
    ).toBe(0);
    expect(json().EvaluationResults[0].EvalDecision).toBe('allowed');
  });

  it('assume-role is denied for a caller without permission, and over-long sessions are refused', async () => {
    const role = 'arn:aws:iam::222222222222:role/ProdS3Reader';
    expect(
      await run([
        '--scenario',
        'x.json',
        '--explain',
        'sts',
        'assume-role',
        '--role-arn',
        role,
        '--role-session-name',
        'root-try',
        '--as',
        'arn:aws:iam::222222222222:root',
      ]),
    ).toBe(1);
    expect(io.err).toContain('(AccessDenied) when calling the AssumeRole operation');
    expect(
      await run([
        '--scenario',
        'x.json',
        '--as',
        'arn:aws:iam::111111111111:user/carol',
        'sts',
        'assume-role',
        '--role-arn',
        role,
        '--role-session-name',
        'long',
        '--duration-seconds',
        '7200',
      ]),
    ).toBe(1);
    expect(io.err).toContain('DurationSeconds');
    expect(Object.keys(world('x.json').sessions)).toEqual([]);
  });
});
