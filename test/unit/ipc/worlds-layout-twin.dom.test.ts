/**
 * The browser twin keeps a world's graph layout (dragged positions) in its localStorage worlds document like main:
 * saved, read back after a reload, copied with the world, and refused with its JSON path when a value is bad.
 */
import { describe, expect, it } from 'vitest';
import { welcomeWorld } from '../../../shared/world/samples';
import type { ScenarioLayout } from '../../../shared/world/scenario/layout';
import { scenarioDocument } from '../../../shared/world/scenario/parse';
import { twinHost, useMemoryStorage } from './fakeStorage';

const KEY = 'iam-lab-worlds';
const ALICE = 'arn:aws:iam::111122223333:user/alice';
const LAYOUT: ScenarioLayout = { positions: { [ALICE]: { x: -20, y: 415 } } };

const storage = useMemoryStorage();
const host = twinHost;

describe('twin world layout', () => {
  it('keeps a saved layout across a reload and in a copy', async () => {
    const first = await host();
    expect((await first.saveWorld('welcome', scenarioDocument(welcomeWorld(), LAYOUT))).ok).toBe(true);
    expect(JSON.parse(storage().items.get(KEY)!).worlds.welcome.scenario.layout).toEqual(LAYOUT);

    const second = await host();
    const opened = await second.openWorld();
    expect(opened.ok && opened.value.scenario.layout).toEqual(LAYOUT);
    const copy = await second.duplicateWorld('welcome', 'Copy');
    expect(copy.ok && copy.value.scenario.layout).toEqual(LAYOUT);
  });

  it('refuses a non-finite coordinate with its path', async () => {
    const h = await host();
    const bad = { ...scenarioDocument(welcomeWorld()), layout: { positions: { [ALICE]: { x: 0, y: Infinity } } } };
    expect(await h.saveWorld('welcome', bad)).toMatchObject({
      ok: false,
      error: { code: 'worlds.bad-scenario', path: `args[1].layout.positions.${ALICE}.y` },
    });
  });
});
