/**
 * The `worlds:*` channels in main, through the same dispatch the IPC registration uses (sender check, shared argument
 * parsers), over a real `worlds.json` in a temporary folder: several named worlds, the active one remembered across
 * restarts, and every refusal as a result value.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../../electron/main/handlers';
import { WORLDS_FILE_NAME } from '../../../electron/main/worldsStore';
import type { OpenedWorld, WorldsIndex, WorldSummary } from '../../../shared/ipc/worlds';
import { applyCommand } from '../../../shared/world/commands/apply';
import { crossAccountWorld, welcomeWorld } from '../../../shared/world/samples';
import { scenarioDocument } from '../../../shared/world/scenario/parse';
import type { World } from '../../../shared/world/types';
import { call, value, worldsFolder } from './worldsHarness';

const { dir, start } = worldsFolder('iam-lab-worlds-');

const userNames = (world: World) =>
  Object.values(world.accounts)
    .flatMap((a) => Object.keys(a.users))
    .sort();

describe('worlds channels in main', () => {
  it('starts with the welcome world open', async () => {
    const h = await start();
    const index = value(await call<WorldsIndex>(h, 'worlds:list'));
    expect(index.activeWorldId).toBe('welcome');
    expect(index.worlds.map((w) => w.name)).toEqual([welcomeWorld().meta.name]);
    const opened = value(await call<OpenedWorld>(h, 'worlds:open'));
    expect(opened.id).toBe('welcome');
    expect(opened.scenario.world).toEqual(welcomeWorld());
  });

  it('creates a second world from a sample, opens it, and remembers both and the active one after a restart', async () => {
    const h = await start();
    const created = value(
      await call<OpenedWorld>(h, 'worlds:create', {
        name: '  Cross lab ',
        scenario: scenarioDocument(crossAccountWorld()),
      }),
    );
    expect(created.id).toBe('cross-lab');
    expect(created.index.activeWorldId).toBe('cross-lab');
    expect(created.index.worlds.map((w) => w.name)).toEqual(['Welcome', 'Cross lab']);
    expect(created.index.worlds[1].accounts).toBe(Object.keys(crossAccountWorld().accounts).length);

    const again = await start();
    const opened = value(await call<OpenedWorld>(again, 'worlds:open'));
    expect(opened.id).toBe('cross-lab');
    expect(opened.scenario.world).toEqual(crossAccountWorld());
    expect(value(await call<WorldsIndex>(again, 'worlds:list')).worlds).toHaveLength(2);
  });

  it('saves a changed world and switches between worlds without mixing their content', async () => {
    const h = await start();
    value(await call(h, 'worlds:create', { name: 'Cross lab', scenario: scenarioDocument(crossAccountWorld()) }));
    const changed = applyCommand(crossAccountWorld(), { type: 'create-user', userName: 'persisted-pat' });
    if (!changed.ok) throw new Error(changed.error.code);
    const summary = value(await call<WorldSummary>(h, 'worlds:save', 'cross-lab', scenarioDocument(changed.world)));
    expect(summary.updatedAt > summary.createdAt).toBe(true);

    const welcome = value(await call<OpenedWorld>(h, 'worlds:open', 'welcome'));
    expect(userNames(welcome.scenario.world)).not.toContain('persisted-pat');
    const restarted = await start();
    expect(value(await call<OpenedWorld>(restarted, 'worlds:open')).id).toBe('welcome');
    const cross = value(await call<OpenedWorld>(restarted, 'worlds:open', 'cross-lab'));
    expect(userNames(cross.scenario.world)).toContain('persisted-pat');
  });

  it('renames, duplicates and deletes', async () => {
    const h = await start();
    const renamed = value(await call<WorldsIndex>(h, 'worlds:rename', 'welcome', 'My first sandbox'));
    expect(renamed.worlds[0]).toMatchObject({ id: 'welcome', name: 'My first sandbox' });

    const copy = value(await call<OpenedWorld>(h, 'worlds:duplicate', 'welcome', 'My first sandbox (copy)'));
    expect(copy.id).toBe('my-first-sandbox-copy');
    expect(copy.index.activeWorldId).toBe(copy.id);
    expect(copy.scenario.world).toEqual(welcomeWorld());

    const afterDelete = value(await call<OpenedWorld>(h, 'worlds:delete', copy.id));
    expect(afterDelete.index.worlds.map((w) => w.id)).toEqual(['welcome']);
    expect(afterDelete.id).toBe('welcome');
    expect(
      JSON.parse(await readFile(join(dir(), WORLDS_FILE_NAME), 'utf8')).worlds['my-first-sandbox-copy'],
    ).toBeUndefined();
  });

  it('refuses to delete the last world', async () => {
    const h = await start();
    const r = await call(h, 'worlds:delete', 'welcome');
    expect(r).toMatchObject({ ok: false, error: { code: 'worlds.last-world', path: 'args[0]' } });
    expect(value(await call<WorldsIndex>(h, 'worlds:list')).worlds).toHaveLength(1);
  });

  it.each([
    ['an unknown id', 'worlds:open', ['nope'], 'worlds.not-found', 'args[0]'],
    ['saving an unknown id', 'worlds:save', ['nope', scenarioDocument(welcomeWorld())], 'worlds.not-found', 'args[0]'],
    ['an id with capitals', 'worlds:open', ['Welcome'], 'ipc.bad-argument', 'args[0]'],
    ['an empty name', 'worlds:rename', ['welcome', '   '], 'worlds.bad-name', 'args[1]'],
    ['a name with a newline', 'worlds:rename', ['welcome', 'a\nb'], 'worlds.bad-name', 'args[1]'],
    ['a name too long', 'worlds:duplicate', ['welcome', 'x'.repeat(61)], 'worlds.bad-name', 'args[1]'],
    [
      'a scenario that is not one',
      'worlds:save',
      ['welcome', { format: 'nope' }],
      'worlds.bad-scenario',
      'args[1].format',
    ],
    [
      'a world missing its accounts',
      'worlds:create',
      [{ name: 'x', scenario: { ...scenarioDocument(welcomeWorld()), world: { ...welcomeWorld(), accounts: 3 } } }],
      'worlds.bad-scenario',
      'args[0].scenario.world.accounts',
    ],
    [
      'an unknown request field',
      'worlds:create',
      [{ name: 'x', scenario: scenarioDocument(welcomeWorld()), extra: 1 }],
      'ipc.bad-argument',
      'args[0].extra',
    ],
    ['too many arguments', 'worlds:list', [1], 'ipc.bad-argument', 'args'],
  ] as const)('refuses %s', async (_name, channel, args, code, path) => {
    const h = await start();
    const before = await readFile(join(dir(), WORLDS_FILE_NAME), 'utf8');
    const r = await call(h, channel, ...args);
    expect(r).toMatchObject({ ok: false, error: { code, path } });
    expect(await readFile(join(dir(), WORLDS_FILE_NAME), 'utf8')).toBe(before);
  });

  it('keeps no temporary file after many quick saves, and the last save wins', async () => {
    const h = await start();
    let world = welcomeWorld();
    const saves: Promise<unknown>[] = [];
    for (let i = 0; i < 20; i++) {
      const r = applyCommand(world, { type: 'create-user', userName: `user-${i}` });
      if (!r.ok) throw new Error(r.error.code);
      world = r.world;
      saves.push(call(h, 'worlds:save', 'welcome', scenarioDocument(world)));
    }
    await Promise.all(saves);
    expect(await readdir(dir())).toEqual([WORLDS_FILE_NAME]);
    const reopened = value(await call<OpenedWorld>(await start(), 'worlds:open'));
    expect(userNames(reopened.scenario.world)).toEqual(userNames(world));
  });

  it('answers worlds:* with worlds.unavailable when main has no worlds store', async () => {
    const h = createHandlers({} as never, {} as never);
    expect(await h['worlds:list']()).toMatchObject({ ok: false, error: { code: 'worlds.unavailable' } });
  });
});
