/**
 * When the browser storage fills up during use, nothing the learner did is dropped: the progress store and the sandbox
 * persistence keep the change, say so (`storageProblem`), refuse to replace the open sandbox while its change is not
 * saved, and save everything on Retry once there is room. Over the real twin host and a fake localStorage.
 */
import { flushSync } from 'svelte';
import { describe, expect, it, vi } from 'vitest';
import { createBrowserHost } from '../../../renderer/src/host/browserHost';
import { ProgressStore } from '../../../renderer/src/lessons/progressStore.svelte';
import { WorldPersistence } from '../../../renderer/src/state/worldPersistence.svelte';
import { WorldStore } from '../../../renderer/src/state/worldStore.svelte';
import { useMemoryStorage } from '../ipc/fakeStorage';

const storage = useMemoryStorage();
const NOW = () => new Date('2025-06-01T10:00:00.000Z');
const lesson = { step: 2, done: ['a', 'b'], skipped: [], completed: true };

describe('progress when the storage is full', () => {
  it('keeps the lesson in memory, shows the problem, and Retry stores it', async () => {
    const progress = new ProgressStore(createBrowserHost('0', NOW));
    await progress.load();
    storage().quota = 0;
    await progress.setLesson('01-what-is-iam', lesson);
    expect(progress.lesson('01-what-is-iam')).toEqual(lesson);
    expect(progress.unsaved).toBe(true);
    expect(progress.storageProblem).toContain('QuotaExceededError');

    storage().quota = Infinity;
    await progress.retry();
    expect(progress.storageProblem).toBeNull();
    expect(JSON.parse(storage().getItem('iam-lab')!).progress.lessons['01-what-is-iam']).toEqual(lesson);
  });

  it('treats constructor and __proto__ as ordinary lesson ids', async () => {
    const progress = new ProgressStore(createBrowserHost('0', NOW));
    await progress.load();
    expect(progress.lesson('constructor')).toBeUndefined();
    expect(progress.lesson('__proto__')).toBeUndefined();
    expect(progress.value.lessons['toString']).toBeUndefined();
    await progress.setLesson('__proto__', lesson);
    await progress.setLesson('constructor', lesson);
    const again = new ProgressStore(createBrowserHost('0', NOW));
    await again.load();
    expect(Object.keys(again.value.lessons).sort()).toEqual(['__proto__', 'constructor']);
    expect(again.lesson('__proto__')).toEqual(lesson);
  });
});

describe('the sandbox when the storage is full', () => {
  it('keeps the change pending, refuses to switch away, and Retry saves it', async () => {
    const host = createBrowserHost('0', NOW);
    const store = new WorldStore();
    const persistence = new WorldPersistence(host, store, 5);
    await persistence.start();
    expect(await persistence.createFromSample('cross-account')).toBe(true);
    const crossId = persistence.index!.activeWorldId;
    storage().quota = 0;
    store.apply({ type: 'create-user', userName: 'kept' });
    flushSync();
    await vi.waitFor(() => expect(persistence.saveState).toBe('failed'), { timeout: 2000, interval: 5 });
    expect(persistence.storageProblem).toContain('not saved');

    // Switching would drop the change: refused, the sandbox stays open with the change.
    expect(await persistence.switchTo('welcome')).toBe(false);
    expect(persistence.index!.activeWorldId).toBe(crossId);
    expect(persistence.error).toContain('Not switched');

    storage().quota = Infinity;
    await persistence.retry();
    expect(persistence.storageProblem).toBeNull();
    const stored = JSON.parse(storage().getItem('iam-lab-worlds')!).worlds[crossId].scenario.world;
    expect(JSON.stringify(stored)).toContain('kept');
    expect(await persistence.switchTo('welcome')).toBe(true);
  });
});
