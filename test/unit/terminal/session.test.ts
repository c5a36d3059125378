/** A typed terminal line against the current world: the same interpreter as the bin, over the in-memory file system. */
import { beforeEach, describe, expect, it } from 'vitest';
import { MemoryFs } from '../../../shared/terminal/vfs';
import { runTerminalLine, WORLD_FILE, type LineOutcome } from '../../../shared/terminal/session';
import { welcomeWorld } from '../../../shared/world/samples';
import type { World } from '../../../shared/world/types';

const ACCOUNT = '111122223333';
let fs: MemoryFs;
let world: World;
let out: string;
let err: string;

async function run(line: string): Promise<LineOutcome> {
  out = '';
  err = '';
  const r = await runTerminalLine(line, { fs, world, sink: (s, t) => (s === 'stdout' ? (out += t) : (err += t)) });
  if (r.world) world = r.world;
  return r;
}

beforeEach(() => {
  fs = new MemoryFs();
  world = welcomeWorld();
});

describe('runTerminalLine', () => {
  it('creates a user in the world, lists it, and returns the changed world only when it changed', async () => {
    const created = await run('iam create-user --user-name zed');
    expect(created.exitCode).toBe(0);
    expect(created.world?.accounts[ACCOUNT].users.zed).toBeDefined();
    expect(JSON.parse(out).User.Arn).toBe(`arn:aws:iam::${ACCOUNT}:user/zed`);
    const listed = await run('aws iam list-users');
    expect(listed.world).toBeUndefined();
    expect(JSON.parse(out).Users.map((u: { UserName: string }) => u.UserName)).toContain('zed');
  });

  it('prints the AWS-style error on stderr for a refused command and changes nothing', async () => {
    const r = await run('iam create-user --user-name alice');
    expect(r.exitCode).toBe(1);
    expect(r.world).toBeUndefined();
    expect(err).toMatch(/An error occurred \(EntityAlreadyExists\) when calling the CreateUser operation/);
  });

  it('answers usage mistakes the way the CLI does', async () => {
    expect((await run('iam create-user')).exitCode).toBe(2);
    expect(err).toContain('the following arguments are required: --user-name');
    expect((await run('iam frobnicate')).exitCode).toBe(2);
    expect(err).toContain("Invalid choice 'frobnicate'");
    expect((await run('kubectl get pods')).exitCode).toBe(2);
    expect(err).toContain("unknown command 'kubectl'");
    expect((await run("write a.json '{")).exitCode).toBe(2);
    expect(err).toContain('quote is not closed');
  });

  it('renders --output table and text', async () => {
    await run('iam list-users --output table');
    expect(out).toMatch(/^\+-+\+\n\|\s+ListUsers\s+\|/);
    expect(out).toContain('alice');
    await run('--output text iam list-users');
    expect(out.split('\n')[0]).toMatch(/^USERS\t/);
  });

  it('reads file:// documents written with `write`, and inline JSON', async () => {
    const trust = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }] });
    expect((await run(`write trust.json '${trust}'`)).exitCode).toBe(0);
    expect(fs.read('/trust.json')).toBe(`${trust}\n`);
    const r = await run('iam create-role --role-name web --assume-role-policy-document file://trust.json');
    expect(r.exitCode).toBe(0);
    expect(world.accounts[ACCOUNT].roles.web).toBeDefined();
    const inline = await run(`iam put-user-policy --user-name alice --policy-name inline1 --policy-document '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:ListBucket","Resource":"*"}]}'`);
    expect(inline.exitCode).toBe(0);
    expect(world.accounts[ACCOUNT].users.alice.inlinePolicies.inline1).toBeDefined();
    expect((await run('iam create-role --role-name x --assume-role-policy-document file://missing.json')).exitCode).toBe(3);
    expect(err).toContain('Unable to load paramfile file://missing.json');
  });

  it('has ls, cat, rm, help and clear built in, and refuses to remove the world', async () => {
    await run("write a.json '{}'");
    await run('ls');
    expect(out).toContain('/a.json');
    expect(out).toContain(WORLD_FILE);
    await run('cat a.json');
    expect(out).toBe('{}\n');
    expect((await run('rm a.json')).exitCode).toBe(0);
    expect((await run('cat a.json')).exitCode).toBe(2);
    expect((await run(`rm ${WORLD_FILE}`)).exitCode).toBe(2);
    await run('help');
    expect(out).toContain('create-user');
    expect((await run('clear')).clear).toBe(true);
  });

  it('loads a valid scenario written over /world.json and refuses a broken one, keeping the world', async () => {
    const r = await run(`write ${WORLD_FILE} '{"format":"iam-lab-scenario","version":1,"world":42}'`);
    expect(r.exitCode).toBe(3);
    expect(r.world).toBeUndefined();
    expect(err).toContain('world');
    await run('export authz-details --out export.json');
    const imported = await run(`import authz-details export.json --out ${WORLD_FILE}`);
    expect(imported.exitCode).toBe(0);
    expect(imported.world?.accounts[ACCOUNT].users.alice).toBeDefined();
  });

  it('takes the world fresh on every line (a change made elsewhere in the app is seen)', async () => {
    await run('iam create-user --user-name zed');
    world = welcomeWorld();
    await run('iam list-users');
    expect(JSON.parse(out).Users.map((u: { UserName: string }) => u.UserName)).not.toContain('zed');
  });
});
