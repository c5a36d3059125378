/**
 * Main keeps a world's graph layout (dragged positions) in `worlds.json` exactly as the renderer sends it: saved,
 * read back after a restart, copied with the world, removed when a save comes without one, and refused with its JSON
 * path when a position is bad.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WORLDS_FILE_NAME } from '../../../electron/main/worldsStore';
import type { OpenedWorld } from '../../../shared/ipc/worlds';
import { welcomeWorld } from '../../../shared/world/samples';
import type { ScenarioLayout } from '../../../shared/world/scenario/layout';
import { scenarioDocument } from '../../../shared/world/scenario/parse';
import { call, value, worldsFolder } from './worldsHarness';

const ALICE = 'arn:aws:iam::111122223333:user/alice';
const LAYOUT: ScenarioLayout = { positions: { [ALICE]: { x: 640, y: -75.5 } } };

const { dir, start } = worldsFolder('iam-lab-layout-');

describe('world layout in main', () => {
  it('keeps a saved layout across a restart, in the file, and in a copy', async () => {
    const h = await start();
    value(await call(h, 'worlds:save', 'welcome', scenarioDocument(welcomeWorld(), LAYOUT)));
    const file = JSON.parse(await readFile(join(dir(), WORLDS_FILE_NAME), 'utf8'));
    expect(file.worlds.welcome.scenario.layout).toEqual(LAYOUT);

    const again = await start();
    const opened = value(await call<OpenedWorld>(again, 'worlds:open'));
    expect(opened.scenario.layout).toEqual(LAYOUT);
    const copy = value(await call<OpenedWorld>(again, 'worlds:duplicate', 'welcome', 'Arranged copy'));
    expect(copy.scenario.layout).toEqual(LAYOUT);
  });

  it('keeps the layout a new world is created with', async () => {
    const h = await start();
    const created = value(
      await call<OpenedWorld>(h, 'worlds:create', {
        name: 'Shared',
        scenario: scenarioDocument(welcomeWorld(), LAYOUT),
      }),
    );
    expect(created.scenario.layout).toEqual(LAYOUT);
  });

  it('forgets the layout when a save comes without one (after "Tidy")', async () => {
    const h = await start();
    value(await call(h, 'worlds:save', 'welcome', scenarioDocument(welcomeWorld(), LAYOUT)));
    value(await call(h, 'worlds:save', 'welcome', scenarioDocument(welcomeWorld())));
    const opened = value(await call<OpenedWorld>(await start(), 'worlds:open'));
    expect(opened.scenario).not.toHaveProperty('layout');
  });

  it('refuses a bad position with its path and keeps what was stored', async () => {
    const h = await start();
    const bad = { ...scenarioDocument(welcomeWorld()), layout: { positions: { [ALICE]: { x: 'far', y: 0 } } } };
    expect(await call(h, 'worlds:save', 'welcome', bad)).toMatchObject({
      ok: false,
      error: { code: 'worlds.bad-scenario', path: `args[1].layout.positions.${ALICE}.x` },
    });
    const opened = value(await call<OpenedWorld>(h, 'worlds:open'));
    expect(opened.scenario.layout).toBeUndefined();
  });
});
