/**
 * The app's terminal panel (runTerminalLine over the in-memory file system, the world held in memory) with names that
 * are JavaScript built-ins: create, read, attach, evaluate and delete work, and the world it hands back keeps the
 * entity as an own key (issue #13: "lookups of such names end in internal error ... in the terminal").
 */
import { describe, expect, it } from 'vitest';
import { runTerminalLine } from '../../../shared/terminal/session';
import { MemoryFs } from '../../../shared/terminal/vfs';
import { welcomeWorld } from '../../../shared/world/samples';
import type { World } from '../../../shared/world/types';
import { BUILTIN_NAMES } from './builtin-names';

const ACCOUNT = '111122223333';

describe.each(BUILTIN_NAMES)('terminal: the name %s', (name) => {
  it('create-user, get-user, put-user-policy, simulate, delete', async () => {
    const fs = new MemoryFs({
      '/p.json': JSON.stringify({
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }],
      }),
    });
    let world: World = welcomeWorld();
    let out = '';
    let err = '';
    const run = async (line: string) => {
      out = '';
      err = '';
      const r = await runTerminalLine(line, { fs, world, sink: (s, t) => (s === 'stdout' ? (out += t) : (err += t)) });
      if (r.world) world = r.world;
      expect(err, line).toBe('');
      expect(r.exitCode, line).toBe(0);
      return out;
    };
    await run(`iam create-user --user-name ${name}`);
    expect(Object.hasOwn(world.accounts[ACCOUNT].users, name)).toBe(true);
    expect(JSON.parse(await run(`iam get-user --user-name ${name}`)).User.UserName).toBe(name);
    await run(`iam put-user-policy --user-name ${name} --policy-name ${name} --policy-document file:///p.json`);
    const sim = JSON.parse(
      await run(
        `iam simulate-principal-policy --policy-source-arn arn:aws:iam::${ACCOUNT}:user/${name} --action-names s3:GetObject`,
      ),
    );
    expect(sim.EvaluationResults[0].EvalDecision).toBe('allowed');
    await run(`iam delete-user-policy --user-name ${name} --policy-name ${name}`);
    await run(`iam delete-user --user-name ${name}`);
    expect(Object.hasOwn(world.accounts[ACCOUNT].users, name)).toBe(false);
  });
});
