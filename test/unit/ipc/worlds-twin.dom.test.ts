/**
 * The browser twin's `worlds:*` channels over a fake localStorage: the same handlers and parsers as main, the same
 * backup rule for an unusable document, and a refused write (storage quota) that keeps the last saved state.
 */
import { describe, expect, it } from 'vitest';
import { crossAccountWorld, welcomeWorld } from '../../../shared/world/samples';
import { scenarioDocument } from '../../../shared/world/scenario/parse';
import { twinHost, useMemoryStorage } from './fakeStorage';

const KEY = 'iam-lab-worlds';
const BACKUP = 'iam-lab-worlds.backup-2025-06-01T10-00-00-000Z.json';
const storage = useMemoryStorage();
const host = twinHost;

describe('twin worlds', () => {
  it('creates the welcome world on first start and keeps created worlds and the active one across reloads', async () => {
    const first = await host();
    expect(await first.listWorlds()).toMatchObject({
      ok: true,
      value: { activeWorldId: 'welcome', worlds: [{ id: 'welcome' }] },
    });
    const created = await first.createWorld({ name: 'Cross lab', scenario: scenarioDocument(crossAccountWorld()) });
    expect(created).toMatchObject({ ok: true, value: { id: 'cross-lab', index: { activeWorldId: 'cross-lab' } } });
    expect(JSON.parse(storage().getItem(KEY)!)).toMatchObject({
      format: 'iam-lab-worlds',
      version: 1,
      activeWorldId: 'cross-lab',
    });

    const second = await host();
    const opened = await second.openWorld();
    expect(opened.ok && opened.value.id).toBe('cross-lab');
    expect(opened.ok && opened.value.scenario.world).toEqual(crossAccountWorld());
    const status = await second.getStoreStatus();
    expect(status).toMatchObject({ ok: true, value: { worlds: { location: 'localStorage:iam-lab-worlds' } } });
    expect(status.ok && status.value.worlds?.backup).toBeUndefined();
  });

  it('refuses bad arguments with the same parsers as main', async () => {
    const h = await host();
    const bad = await (h.saveWorld as (...a: unknown[]) => Promise<unknown>)('welcome', { format: 'x' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'worlds.bad-scenario', path: 'args[1].format' } });
    expect(await h.deleteWorld('welcome')).toMatchObject({ ok: false, error: { code: 'worlds.last-world' } });
  });

  it('moves a corrupt worlds document to a backup key, starts with the welcome world, and reports it', async () => {
    const old = JSON.stringify({
      format: 'iam-lab-worlds',
      version: 1,
      activeWorldId: 'a',
      worlds: { a: { name: 'Mine', scenario: 'broken' } },
    });
    storage().setItem(KEY, old);
    const h = await host();
    const status = await h.getStoreStatus();
    expect(status.ok && status.value.worlds?.backup).toEqual({ reason: 'corrupt', name: BACKUP });
    expect(storage().getItem(BACKUP)).toBe(old);
    const opened = await h.openWorld();
    expect(opened.ok && opened.value.scenario.world).toEqual(welcomeWorld());
  });

  it('never overwrites a newer worlds document', async () => {
    const newer = JSON.stringify({ format: 'iam-lab-worlds', version: 5, activeWorldId: 'x', worlds: {} });
    storage().setItem(KEY, newer);
    const h = await host();
    const status = await h.getStoreStatus();
    expect(status.ok && status.value.worlds?.backup).toEqual({
      reason: 'newer-version',
      name: BACKUP,
      foundVersion: 5,
    });
    expect(storage().getItem(BACKUP)).toBe(newer);
  });

  it('reports a write the browser refuses and keeps the last saved state', async () => {
    const h = await host();
    const before = storage().getItem(KEY);
    storage().fullFor = KEY;
    const r = await h.createWorld({ name: 'Too big', scenario: scenarioDocument(crossAccountWorld()) });
    expect(r).toMatchObject({ ok: false, error: { code: 'worlds.write-failed' } });
    expect(storage().getItem(KEY)).toBe(before);
    const list = await h.listWorlds();
    expect(list.ok && list.value.worlds.map((w) => w.id)).toEqual(['welcome']);
  });
});
