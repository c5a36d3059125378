/**
 * The browser twin keeps a world's graph layout (dragged positions) in its localStorage worlds document like main:
 * saved, read back after a reload, copied with the world, and refused with its JSON path when a value is bad.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { HostApi } from '../../../shared/ipc/contract';
import { welcomeWorld } from '../../../shared/world/samples';
import type { ScenarioLayout } from '../../../shared/world/scenario/layout';
import { scenarioDocument } from '../../../shared/world/scenario/parse';

const KEY = 'iam-lab-worlds';
const ALICE = 'arn:aws:iam::111122223333:user/alice';
const LAYOUT: ScenarioLayout = { positions: { [ALICE]: { x: -20, y: 415 } } };

let items: Map<string, string>;
const now = () => new Date('2025-06-01T10:00:00.000Z');

beforeEach(() => {
  items = new Map();
  vi.stubGlobal('localStorage', {
    getItem: (k: string) => items.get(k) ?? null,
    setItem: (k: string, v: string) => void items.set(k, String(v)),
    removeItem: (k: string) => void items.delete(k),
  });
  vi.stubGlobal('navigator', { userAgent: 'test-agent' });
});

async function host(): Promise<HostApi> {
  const { createBrowserHost } = await import('../../../renderer/src/host/browserHost');
  return createBrowserHost('1.2.3', now);
}

describe('twin world layout', () => {
  it('keeps a saved layout across a reload and in a copy', async () => {
    const first = await host();
    expect((await first.saveWorld('welcome', scenarioDocument(welcomeWorld(), LAYOUT))).ok).toBe(true);
    expect(JSON.parse(items.get(KEY)!).worlds.welcome.scenario.layout).toEqual(LAYOUT);

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
