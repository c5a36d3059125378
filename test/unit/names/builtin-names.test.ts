/**
 * Every valid IAM name works as a name, JavaScript built-ins included (issue #13): `__proto__`, `constructor`,
 * `toString`, `hasOwnProperty`, ... For each name of `Object.prototype`, the aws-style command line (the interpreter
 * the app's terminal runs too) creates, reads, attaches, tags, evaluates and deletes users, groups, roles, inline and
 * managed policies so named, and the saved scenario reads back with them. The engine evaluates with tags and context
 * keys so named.
 */
import { describe, expect, it } from 'vitest';
import { runAwsCommand } from '../../../shared/terminal/aws/index';
import type { CliIO } from '../../../shared/terminal/io';
import { evaluate } from '../../../shared/iam/index';
import type { EvaluationRequest } from '../../../shared/iam/request';
import { welcomeWorld } from '../../../shared/world/samples';
import { parseScenario, serializeScenario } from '../../../shared/world/scenario/parse';
import { BUILTIN_NAMES } from './builtin-names';

const ACCOUNT = '111122223333';

/** An in-memory CliIO whose files live in a Map (so that a file named `constructor` is a file too). */
function memoryIO() {
  const files = new Map<string, string>();
  let out = '';
  let err = '';
  const io: CliIO = {
    cwd: '/mem',
    stdout: (t) => void (out += t),
    stderr: (t) => void (err += t),
    async readFile(p) {
      const text = files.get(p);
      if (text === undefined) throw Object.assign(new Error(`ENOENT: no such file, open '${p}'`), { code: 'ENOENT' });
      return text;
    },
    async writeFileAtomic(p, text) {
      files.set(p, text);
    },
  };
  const run = async (...argv: string[]) => {
    out = '';
    err = '';
    const code = await runAwsCommand(['--scenario', 's.json', ...argv], io);
    return { code, out, err, json: () => JSON.parse(out) as Record<string, unknown> };
  };
  return { files, io, run };
}

const allowAll = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: ['s3:GetObject', 'sts:AssumeRole'], Resource: '*' }],
});
const trust = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` }, Action: 'sts:AssumeRole' }],
});

describe.each(BUILTIN_NAMES)('the name %s', (name) => {
  it('works for users, groups, roles, inline and managed policies, tags and evaluation (command line)', async () => {
    const { files, run } = memoryIO();
    files.set('s.json', serializeScenario(welcomeWorld()));
    files.set('p.json', allowAll);
    files.set('trust.json', trust);
    const ok = async (...argv: string[]) => {
      const r = await run(...argv);
      expect(r.err, argv.join(' ')).toBe('');
      expect(r.code, argv.join(' ')).toBe(0);
      return r;
    };

    // Users
    expect((await ok('iam', 'create-user', '--user-name', name)).json().User).toMatchObject({ UserName: name });
    expect((await ok('iam', 'get-user', '--user-name', name)).json().User).toMatchObject({
      UserName: name,
      Arn: `arn:aws:iam::${ACCOUNT}:user/${name}`,
    });
    const users = (await ok('iam', 'list-users')).json().Users as Array<{ UserName: string }>;
    expect(users.map((u) => u.UserName)).toContain(name);
    const dup = await run('iam', 'create-user', '--user-name', name.toUpperCase());
    expect(dup.code).toBe(1);
    expect(dup.err).toContain('EntityAlreadyExists');
    const missing = await run('iam', 'get-user', '--user-name', `${name}x`);
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('NoSuchEntity');

    // Tags named like a built-in
    await ok('iam', 'tag-user', '--user-name', name, '--tags', `Key=${name},Value=${name}`);
    const tagged = (await ok('iam', 'get-user', '--user-name', name)).json().User as { Tags?: unknown };
    expect(tagged.Tags).toEqual([{ Key: name, Value: name }]);

    // Inline policy, group and membership
    await ok(
      'iam',
      'put-user-policy',
      '--user-name',
      name,
      '--policy-name',
      name,
      '--policy-document',
      'file://p.json',
    );
    expect((await ok('iam', 'get-user-policy', '--user-name', name, '--policy-name', name)).json()).toMatchObject({
      UserName: name,
      PolicyName: name,
    });
    expect((await ok('iam', 'list-user-policies', '--user-name', name)).json().PolicyNames).toEqual([name]);
    await ok('iam', 'create-group', '--group-name', name);
    await ok('iam', 'add-user-to-group', '--group-name', name, '--user-name', name);
    const group = (await ok('iam', 'get-group', '--group-name', name)).json();
    expect((group.Users as Array<{ UserName: string }>).map((u) => u.UserName)).toEqual([name]);

    // Managed policy, attached to the user and the group
    const created = (
      await ok('iam', 'create-policy', '--policy-name', name, '--policy-document', 'file://p.json')
    ).json().Policy as { Arn: string };
    expect(created.Arn).toBe(`arn:aws:iam::${ACCOUNT}:policy/${name}`);
    await ok('iam', 'attach-user-policy', '--user-name', name, '--policy-arn', created.Arn);
    await ok('iam', 'attach-group-policy', '--group-name', name, '--policy-arn', created.Arn);
    const attached = (await ok('iam', 'list-attached-user-policies', '--user-name', name)).json().AttachedPolicies;
    expect(attached).toEqual([{ PolicyName: name, PolicyArn: created.Arn }]);

    // Role
    await ok('iam', 'create-role', '--role-name', name, '--assume-role-policy-document', 'file://trust.json');
    expect((await ok('iam', 'get-role', '--role-name', name)).json().Role).toMatchObject({ RoleName: name });
    await ok(
      'iam',
      'put-role-policy',
      '--role-name',
      name,
      '--policy-name',
      name,
      '--policy-document',
      'file://p.json',
    );
    await ok('iam', 'tag-role', '--role-name', name, '--tags', `Key=${name},Value=${name}`);
    await ok('iam', 'create-instance-profile', '--instance-profile-name', name);
    await ok('iam', 'add-role-to-instance-profile', '--instance-profile-name', name, '--role-name', name);
    const profile = (await ok('iam', 'get-instance-profile', '--instance-profile-name', name)).json();
    expect(profile.InstanceProfile).toMatchObject({ InstanceProfileName: name });

    // A session of the role, named like a built-in too
    const session = (
      await ok(
        '--as',
        `arn:aws:iam::${ACCOUNT}:user/${name}`,
        'sts',
        'assume-role',
        '--role-arn',
        `arn:aws:iam::${ACCOUNT}:role/${name}`,
        '--role-session-name',
        name,
      )
    ).json().AssumedRoleUser as { Arn: string };
    expect(session.Arn).toBe(`arn:aws:sts::${ACCOUNT}:assumed-role/${name}/${name}`);
    const details = (await ok('iam', 'get-account-authorization-details')).json();
    expect(JSON.stringify(details)).toContain(`user/${name}`);

    // Evaluation in the world: the user's policies allow s3:GetObject
    const sim = (
      await ok(
        'iam',
        'simulate-principal-policy',
        '--policy-source-arn',
        `arn:aws:iam::${ACCOUNT}:user/${name}`,
        '--action-names',
        's3:GetObject',
      )
    ).json().EvaluationResults as Array<{ EvalDecision: string }>;
    expect(sim[0].EvalDecision).toBe('allowed');

    // The saved scenario reads back with every entity
    const parsed = parseScenario(files.get('s.json')!);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) {
      const account = parsed.world.accounts[ACCOUNT];
      expect(Object.hasOwn(account.users, name)).toBe(true);
      expect(Object.hasOwn(account.groups, name)).toBe(true);
      expect(Object.hasOwn(account.roles, name)).toBe(true);
      expect(Object.hasOwn(account.policies, name)).toBe(true);
      expect(Object.hasOwn(account.users[name].inlinePolicies, name)).toBe(true);
      expect(Object.hasOwn(account.users[name].tags, name)).toBe(true);
    }

    // Delete everything again, in the order AWS requires
    await ok('iam', 'detach-user-policy', '--user-name', name, '--policy-arn', created.Arn);
    await ok('iam', 'detach-group-policy', '--group-name', name, '--policy-arn', created.Arn);
    await ok('iam', 'delete-policy', '--policy-arn', created.Arn);
    await ok('iam', 'remove-user-from-group', '--group-name', name, '--user-name', name);
    await ok('iam', 'delete-group', '--group-name', name);
    await ok('iam', 'delete-user-policy', '--user-name', name, '--policy-name', name);
    await ok('iam', 'untag-user', '--user-name', name, '--tag-keys', name);
    await ok('iam', 'delete-user', '--user-name', name);
    await ok('iam', 'remove-role-from-instance-profile', '--instance-profile-name', name, '--role-name', name);
    await ok('iam', 'delete-instance-profile', '--instance-profile-name', name);
    await ok('iam', 'untag-role', '--role-name', name, '--tag-keys', name);
    await ok('iam', 'delete-role-policy', '--role-name', name, '--policy-name', name);
    await ok('iam', 'delete-role', '--role-name', name);
    const gone = await run('iam', 'get-user', '--user-name', name);
    expect(gone.code).toBe(1);
    expect(gone.err).toContain('NoSuchEntity');
    const after = parseScenario(files.get('s.json')!);
    expect(after.ok && Object.hasOwn(after.world.accounts[ACCOUNT].users, name)).toBe(false);
  });

  it('works as a tag key, a context key and a policy variable in the engine', () => {
    const request: EvaluationRequest = {
      principal: {
        kind: 'user',
        account: ACCOUNT,
        arn: `arn:aws:iam::${ACCOUNT}:user/${name}`,
        userId: 'AIDAEXAMPLEEXAMPLE',
        tags: JSON.parse(`{${JSON.stringify(name)}: "team"}`),
      },
      action: 's3:GetObject',
      resource: { arn: `arn:aws:s3:::bucket/${name}/team`, account: ACCOUNT },
      now: '2025-06-01T12:00:00Z',
      context: JSON.parse(`{${JSON.stringify(`aws:RequestTag/${name}`)}: "x", ${JSON.stringify(name)}: "y"}`),
      policies: {
        identity: [
          {
            id: `user/${name}#inline/${name}`,
            document: {
              Version: '2012-10-17',
              Statement: {
                Effect: 'Allow',
                Action: 's3:GetObject',
                Resource: `arn:aws:s3:::bucket/\${aws:username}/\${aws:PrincipalTag/${name}}`,
                Condition: {
                  StringEquals: { [`aws:PrincipalTag/${name}`]: 'team', [`aws:RequestTag/${name}`]: 'x' },
                },
              },
            },
          },
        ],
      },
    };
    expect(evaluate(request).decision).toBe('allowed');
    // A key that is absent must not be read from Object.prototype.
    const other = JSON.parse(JSON.stringify(request)) as EvaluationRequest;
    (other.principal as { tags?: Record<string, string> }).tags = {};
    other.context = {};
    expect(evaluate(other).decision).toBe('implicitDeny');
  });
});
