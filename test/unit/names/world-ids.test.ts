/**
 * World ids and JavaScript built-in names (issue #13): a fresh id is never a name of Object.prototype, a stored
 * document whose ids are such names still reads, and the worlds handlers answer "not found" for `constructor`
 * instead of taking Object.prototype's member for a world.
 */
import { describe, expect, it } from 'vitest';
import { createWorldsHandlers } from '../../../shared/ipc/worldsService';
import { isPrototypeName } from '../../../shared/world/ids';
import {
  addWorld,
  freshWorldId,
  initialWorldsDocument,
  readWorldsDocument,
  type WorldsDocument,
} from '../../../shared/world/store-doc';
import { welcomeWorld } from '../../../shared/world/samples';
import { BUILTIN_NAMES } from './builtin-names';

const NOW = '2026-01-01T00:00:00Z';

describe('world ids', () => {
  it('every built-in name is recognised', () => {
    for (const n of BUILTIN_NAMES) expect(isPrototypeName(n), n).toBe(true);
    expect(isPrototypeName('welcome')).toBe(false);
    expect(isPrototypeName('constructor-2')).toBe(false);
  });

  it.each(BUILTIN_NAMES)('a world named %s gets an id that is not a built-in name', (name) => {
    const doc = initialWorldsDocument(NOW);
    const id = freshWorldId(doc, name);
    expect(isPrototypeName(id)).toBe(false);
    const added = addWorld(doc, name, welcomeWorld(), NOW);
    expect(Object.hasOwn(added.doc.worlds, added.id)).toBe(true);
    expect(added.doc.worlds[added.id].name).toBe(name);
  });

  it.each(BUILTIN_NAMES)('a stored document with the id %s reads back with that world', (id) => {
    const doc = initialWorldsDocument(NOW);
    const raw = JSON.parse(JSON.stringify(doc)) as { worlds: Record<string, unknown>; activeWorldId: string };
    Object.defineProperty(raw.worlds, id, {
      value: { ...doc.worlds.welcome, id, name: `world ${id}` },
      enumerable: true,
      writable: true,
      configurable: true,
    });
    raw.activeWorldId = id;
    const read = readWorldsDocument(JSON.parse(JSON.stringify(raw)));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(Object.keys(read.doc.worlds).sort()).toEqual([id, 'welcome'].sort());
    expect(read.doc.activeWorldId).toBe(id);
    expect(read.doc.worlds[id].name).toBe(`world ${id}`);
  });

  it('the active id falls back to a real world when the document names a built-in that is not stored', () => {
    const raw = { ...initialWorldsDocument(NOW), activeWorldId: 'constructor' };
    const read = readWorldsDocument(JSON.parse(JSON.stringify(raw)));
    expect(read.ok && read.doc.activeWorldId).toBe('welcome');
  });

  it.each(BUILTIN_NAMES)('the worlds handlers do not find a world %s that was never stored', async (id) => {
    let doc: WorldsDocument = initialWorldsDocument(NOW);
    const h = createWorldsHandlers({ read: () => doc, commit: (d) => void (doc = d), now: () => NOW });
    for (const r of [
      await h['worlds:open'](id),
      await h['worlds:rename'](id, 'x'),
      await h['worlds:duplicate'](id, 'x'),
      await h['worlds:delete'](id),
    ]) {
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.code).toBe('worlds.not-found');
    }
    expect(Object.keys(doc.worlds)).toEqual(['welcome']);
  });
});
