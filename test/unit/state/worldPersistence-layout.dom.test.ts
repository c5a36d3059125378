/**
 * WorldPersistence keeps the positions the user dragged per world: a drag is saved (debounced, like a world change)
 * without becoming an undo step; "Tidy" and "Spread out" are saved too; opening a world — at start, after a switch,
 * or a new one from a file — brings its positions back, minus nodes the world no longer draws. Runs over the real
 * browser-twin host and a fake localStorage.
 */
import { flushSync } from 'svelte';
import { describe, expect, it, vi } from 'vitest';
import type { HostApi } from '../../../shared/ipc/contract';
import { crossAccountWorld, welcomeWorld } from '../../../shared/world/samples';
import { scenarioDocument } from '../../../shared/world/scenario/parse';
import { createBrowserHost } from '../../../renderer/src/host/browserHost';
import { WorldPersistence } from '../../../renderer/src/state/worldPersistence.svelte';
import { WorldStore } from '../../../renderer/src/state/worldStore.svelte';
import { useMemoryStorage } from '../ipc/fakeStorage';

const KEY = 'iam-lab-worlds';
const ALICE = 'arn:aws:iam::111122223333:user/alice';
const BOB = 'arn:aws:iam::111122223333:user/bob';
const DELAY = 5;

const storage = useMemoryStorage();

/** A fresh app over the same storage (what a page reload does): a host, a store, and their persistence, started. */
async function app(): Promise<{ host: HostApi; store: WorldStore; persistence: WorldPersistence }> {
  const host = createBrowserHost('0.0.0', () => new Date('2025-06-01T10:00:00.000Z'));
  const store = new WorldStore();
  const persistence = new WorldPersistence(host, store, DELAY);
  await persistence.start();
  flushSync();
  return { host, store, persistence };
}

/** The positions stored for a sandbox (undefined: none). */
function stored(id: string): Record<string, { x: number; y: number }> | undefined {
  return JSON.parse(storage().items.get(KEY) ?? '{}').worlds?.[id]?.scenario?.layout?.positions;
}

/** Lets the debounced save run. */
async function saved(persistence: WorldPersistence): Promise<void> {
  await vi.waitFor(() => expect(persistence.saveState).toBe('saved'), { timeout: 2000, interval: DELAY });
}

describe('WorldPersistence and dragged positions', () => {
  it('saves a drag shortly after it ends, with no undo step, and brings it back after a reload', async () => {
    const { store, persistence } = await app();
    expect(persistence.saveState).toBe('idle');
    store.drag(ALICE, 500.4, -120.6);
    flushSync();
    expect(persistence.saveState).toBe('pending');
    expect(store.canUndo).toBe(false);
    expect(store.history.past).toHaveLength(0);
    await saved(persistence);
    expect(stored('welcome')).toEqual({ [ALICE]: { x: 500, y: -121 } });

    const reloaded = await app();
    expect(reloaded.store.dragged).toEqual({ [ALICE]: { x: 500, y: -121 } });
    expect(reloaded.store.positions[ALICE]).toEqual({ x: 500, y: -121 });
    // Opening is not a change: nothing is saved again.
    expect(reloaded.persistence.saveState).toBe('idle');
  });

  it('saves "Tidy" (no layout left) and "Spread out" (every position)', async () => {
    const { store, persistence } = await app();
    store.drag(ALICE, 10, 20);
    flushSync();
    await saved(persistence);
    store.resetLayout();
    flushSync();
    await vi.waitFor(() => expect(stored('welcome')).toBeUndefined(), { timeout: 2000, interval: DELAY });

    store.setDragged({ [ALICE]: { x: 1, y: 2 }, [BOB]: { x: 3, y: 4 } });
    flushSync();
    await vi.waitFor(() => expect(stored('welcome')).toEqual({ [ALICE]: { x: 1, y: 2 }, [BOB]: { x: 3, y: 4 } }), {
      timeout: 2000,
      interval: DELAY,
    });
  });

  it('keeps each sandbox its own positions across switches', async () => {
    const { store, persistence } = await app();
    store.drag(ALICE, 77, 88);
    flushSync();
    // Creating another sandbox writes the pending drag first, to the world it belongs to.
    expect(await persistence.createFromSample('cross-account', 'Cross lab')).toBe(true);
    expect(stored('welcome')).toEqual({ [ALICE]: { x: 77, y: 88 } });
    expect(store.dragged).toEqual({});
    expect(await persistence.switchTo('welcome')).toBe(true);
    expect(store.dragged).toEqual({ [ALICE]: { x: 77, y: 88 } });
    expect(store.canUndo).toBe(false);
  });

  it('drops stored positions of nodes the world no longer draws', async () => {
    const first = await app();
    const layout = { positions: { [ALICE]: { x: 5, y: 6 }, 'arn:aws:iam::111122223333:user/gone': { x: 7, y: 8 } } };
    expect((await first.host.saveWorld('welcome', scenarioDocument(welcomeWorld(), layout))).ok).toBe(true);
    const { store } = await app();
    expect(store.dragged).toEqual({ [ALICE]: { x: 5, y: 6 } });
  });

  it('opens a world read from a file with its arrangement', async () => {
    const { store, persistence } = await app();
    const account = Object.keys(crossAccountWorld().accounts)[0];
    const layout = { positions: { [account]: { x: 40, y: 50 } } };
    // An account id is a box, not a leaf: still a node the world draws, so it is kept.
    expect(await persistence.createFromWorld(crossAccountWorld(), 'Shared', layout)).toBe(true);
    expect(store.dragged).toEqual(layout.positions);
    expect(stored('shared')).toEqual(layout.positions);
  });
});
