import { describe, expect, it } from 'vitest';
import { crossAccountWorld, welcomeWorld } from '../../../shared/world/samples';
import {
  addWorld,
  deleteWorld,
  initialWorldsDocument,
  putWorld,
  readWorldsDocument,
  renameWorld,
  setActiveWorld,
} from '../../../shared/world/store-doc';

const NOW = '2025-02-03T04:05:06Z';

describe('worlds document', () => {
  it('starts with the welcome world and reads back what it writes', () => {
    const doc = initialWorldsDocument(NOW);
    const read = readWorldsDocument(JSON.parse(JSON.stringify(doc)));
    expect(read).toEqual({ ok: true, doc });
    expect(doc.worlds.welcome.scenario.world).toEqual(welcomeWorld());
  });

  it('adds, renames, replaces, activates and deletes worlds', () => {
    const added = addWorld(initialWorldsDocument(NOW), 'Cross account!', crossAccountWorld(), NOW);
    let doc = added.doc;
    expect(added.id).toBe('cross-account');
    expect(doc.activeWorldId).toBe('cross-account');
    doc = addWorld(doc, 'Cross account', crossAccountWorld(), NOW).doc;
    expect(Object.keys(doc.worlds)).toEqual(['welcome', 'cross-account', 'cross-account-2']);
    doc = renameWorld(doc, 'welcome', 'Home', '2025-03-01T00:00:00Z');
    expect(doc.worlds.welcome).toMatchObject({ name: 'Home', updatedAt: '2025-03-01T00:00:00Z' });
    const changed = { ...welcomeWorld(), clock: '2030-01-01T00:00:00Z' };
    doc = putWorld(doc, 'welcome', changed, NOW);
    expect(doc.worlds.welcome.scenario.world.clock).toBe('2030-01-01T00:00:00Z');
    doc = setActiveWorld(doc, 'welcome');
    doc = deleteWorld(doc, 'welcome');
    expect(doc.activeWorldId).toBe('cross-account');
    doc = deleteWorld(deleteWorld(doc, 'cross-account'), 'cross-account-2');
    expect(Object.keys(doc.worlds)).toEqual(['cross-account-2']);
  });

  it('refuses a newer version, garbage, and a bad world inside (host moves the file aside)', () => {
    expect(readWorldsDocument({ ...initialWorldsDocument(NOW), version: 7 })).toEqual({
      ok: false,
      problem: { code: 'store.newer-version', version: 7 },
    });
    expect(readWorldsDocument('garbage')).toMatchObject({ ok: false, problem: { code: 'store.corrupt' } });
    expect(readWorldsDocument(null)).toMatchObject({ ok: false, problem: { code: 'store.corrupt' } });
    const doc = JSON.parse(JSON.stringify(initialWorldsDocument(NOW)));
    doc.worlds.welcome.scenario.world.accounts['111122223333'].users.alice.groups = ['Nope'];
    expect(readWorldsDocument(doc)).toMatchObject({
      ok: false,
      problem: { code: 'store.bad-world', worldId: 'welcome' },
    });
  });
});
