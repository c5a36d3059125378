/**
 * Stored lesson packs: the IPC payload parsers, the listing of whatever the store holds, and both hosts (main over a
 * real lowdb file, the twin over a fake localStorage) — save, load after a restart, replace, remove, a corrupt entry
 * reported (and kept), a refused write changing nothing.
 */
import { FaultyFs } from '../reliability/faultFs';
import { readFile, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBrowserHost } from '../../../renderer/src/host/browserHost';
import { createHandlers } from '../../../electron/main/handlers';
import { dispatch } from '../../../electron/main/ipc';
import { openStore, STORE_FILE_NAME } from '../../../electron/main/store';
import { ARG_PARSERS } from '../../../shared/ipc/contract';
import {
  damagedPackId,
  listStoredPacks,
  parsePackIdArgs,
  parseSavePackArgs,
  type StoredLessonPack,
} from '../../../shared/ipc/lessonPacks';
import { checkStoredPacks } from '../../../shared/lessons/pack-library';
import type { HostApi } from '../../../shared/ipc/contract';
import { useMemoryStorage } from '../ipc/fakeStorage';
import { tempFolder } from '../main/tempFolder';

const FIXTURE = readFileSync(new URL('../../fixtures/lesson-pack-small.json', import.meta.url), 'utf8');
const PACK: StoredLessonPack = {
  id: 'class-pack',
  title: 'Class pack: first look',
  text: FIXTURE,
  importedAt: '2026-11-28T10:00:00.000Z',
};
/** The fixture with another title and one more lesson id changed, for replace tests. */
function packV2(): StoredLessonPack {
  const v = JSON.parse(FIXTURE);
  v.title = 'Class pack: second edition';
  v.lessons[0].title = 'Class: the three parts, again';
  return { id: 'class-pack', title: v.title, text: JSON.stringify(v) };
}
const info = { name: 'IAM Lab', version: 't', host: 'electron', runtime: {} } as never;

describe('progress:save-pack argument parser', () => {
  it('accepts a pack that passes the checker, with its own id and title', () => {
    expect(parseSavePackArgs([PACK])).toEqual({ ok: true, value: [PACK] });
    expect(ARG_PARSERS['progress:save-pack']([PACK])).toEqual({ ok: true, value: [PACK] });
    const noTime = { id: PACK.id, title: PACK.title, text: PACK.text };
    expect(parseSavePackArgs([noTime])).toEqual({ ok: true, value: [noTime] });
  });

  const bad = JSON.parse(FIXTURE);
  bad.lessons[0].steps[0].text = 'see <script>x</script>';
  it.each([
    ['no argument', [], 'ipc.bad-argument', 'args'],
    ['two arguments', [PACK, PACK], 'ipc.bad-argument', 'args'],
    ['not an object', ['text'], 'progress.bad-pack', 'args[0]'],
    ['an array', [[PACK]], 'progress.bad-pack', 'args[0]'],
    ['an unknown field', [{ ...PACK, extra: 1 }], 'progress.bad-pack', 'args[0].extra'],
    ['an id with capitals', [{ ...PACK, id: 'Class-Pack' }], 'progress.bad-pack-id', 'args[0].id'],
    ['an id that is not text', [{ ...PACK, id: 7 }], 'progress.bad-pack-id', 'args[0].id'],
    ['a damaged-entry id', [{ ...PACK, id: '#damaged-0' }], 'progress.bad-pack-id', 'args[0].id'],
    ['an empty title', [{ ...PACK, title: '' }], 'progress.bad-pack-title', 'args[0].title'],
    ['text that is not text', [{ ...PACK, text: { a: 1 } }], 'progress.bad-pack-text', 'args[0].text'],
    ['a huge text', [{ ...PACK, text: 'x'.repeat(2_000_001) }], 'progress.pack-too-large', 'args[0].text'],
    ['a bad import time', [{ ...PACK, importedAt: 'yesterday' }], 'progress.bad-pack', 'args[0].importedAt'],
    ['text that is not JSON', [{ ...PACK, text: '{' }], 'progress.pack-refused', 'args[0].text'],
    ['a lesson the checker refuses', [{ ...PACK, text: JSON.stringify(bad) }], 'progress.pack-refused', 'args[0].text'],
    ["an id that is not the pack file's", [{ ...PACK, id: 'other-pack' }], 'progress.pack-id-mismatch', 'args[0].id'],
    [
      "a title that is not the pack file's",
      [{ ...PACK, title: 'Other' }],
      'progress.pack-title-mismatch',
      'args[0].title',
    ],
  ])('refuses %s', (_name, args, code, path) => {
    const r = parseSavePackArgs(args as unknown[]);
    expect(r).toMatchObject({ ok: false, error: { code, path } });
    if (!r.ok) expect(r.error.message.length).toBeGreaterThan(10);
  });

  it('names the refused lesson and its diagnostic in the message', () => {
    const r = parseSavePackArgs([{ ...PACK, text: JSON.stringify(bad) }]);
    expect(!r.ok && r.error.message).toContain('lessons[0]: markdown.raw-html at steps[0].text');
  });
});

describe('progress:remove-pack and progress:packs argument parsers', () => {
  it.each([['class-pack'], ['a'], ['#damaged-3']])('accepts %s', (id) => {
    expect(parsePackIdArgs([id])).toEqual({ ok: true, value: [id] });
  });
  it.each([[[]], [['']], [['Class']], [['#damaged-']], [['#damaged-01']], [[3]], [['a', 'b']], [['x'.repeat(65)]]])(
    'refuses %j',
    (args) => {
      expect(parsePackIdArgs(args as unknown[]).ok).toBe(false);
    },
  );
  it('progress:packs takes no argument', () => {
    expect(ARG_PARSERS['progress:packs']([])).toEqual({ ok: true, value: [] });
    expect(ARG_PARSERS['progress:packs'](['x']).ok).toBe(false);
  });
});

describe('listStoredPacks', () => {
  it('lists nothing when nothing was stored, and good entries as they are', () => {
    expect(listStoredPacks(undefined)).toEqual([]);
    expect(listStoredPacks([PACK])).toEqual([PACK]);
  });

  it('keeps damaged entries listed under damaged ids (never dropped)', () => {
    const listed = listStoredPacks([
      42,
      { id: 'Bad Id', title: 'T', text: 'x' },
      PACK,
      { ...PACK, title: 'twin' },
      { id: 'no-text' },
    ]);
    expect(listed.map((p) => p.id)).toEqual([
      damagedPackId(0),
      damagedPackId(1),
      'class-pack',
      damagedPackId(3),
      damagedPackId(4),
    ]);
    expect(listed[0].text).toBe('42');
    expect(listed[1]).toMatchObject({ title: 'T', text: 'x' });
    expect(listed[4].text).toBe('{"id":"no-text"}');
    expect(listStoredPacks({ not: 'a list' }).map((p) => p.id)).toEqual([damagedPackId(0)]);
  });
});

/** The same scenario against any host: save, restart, replace, corrupt entry, remove. */
async function exercise(
  open: () => HostApi | Promise<HostApi>,
  corrupt: (raw: (list: unknown[]) => unknown[]) => Promise<void>,
): Promise<void> {
  const first = await open();
  expect(await first.listLessonPacks()).toEqual({ ok: true, value: [] });
  expect(await first.saveLessonPack(PACK)).toEqual({ ok: true, value: [PACK] });

  const restarted = await open();
  const loaded = await restarted.listLessonPacks();
  expect(loaded).toEqual({ ok: true, value: [PACK] });
  const library = checkStoredPacks(loaded.ok ? loaded.value : [], new Set());
  expect(library[0].issue).toBeUndefined();
  expect(library[0].lessons.map((l) => l.id)).toEqual(['class-first-look']);

  const replaced = await restarted.saveLessonPack(packV2());
  expect(replaced.ok && replaced.value.map((p) => p.title)).toEqual(['Class pack: second edition']);

  // A stored pack that no longer passes, and an entry that is not a pack entry at all.
  await corrupt((list) => [
    ...list,
    {
      id: 'old-pack',
      title: 'Old pack',
      text: '{"format":"iam-lab-lesson-pack","version":1,"title":"Old pack","lessons":[{"id":"x"}]}',
    },
    'garbage',
  ]);
  const afterCorrupt = await open();
  const listed = await afterCorrupt.listLessonPacks();
  expect(listed.ok && listed.value.map((p) => p.id)).toEqual(['class-pack', 'old-pack', damagedPackId(2)]);
  const checked = checkStoredPacks(listed.ok ? listed.value : [], new Set());
  expect(checked.map((p) => [p.id, p.issue?.code ?? 'ok', p.lessons.length])).toEqual([
    ['class-pack', 'ok', 1],
    ['old-pack', 'lesson.bad-format', 0],
    [damagedPackId(2), 'pack.not-object', 0],
  ]);
  expect(checked[1].issue?.source).toBe('lessons[0]');

  // Removing the damaged entry and the real pack; the unreadable pack stays until the user removes it.
  const r1 = await afterCorrupt.removeLessonPack(damagedPackId(2));
  expect(r1.ok && r1.value.map((p) => p.id)).toEqual(['class-pack', 'old-pack']);
  const r2 = await afterCorrupt.removeLessonPack('class-pack');
  expect(r2.ok && r2.value.map((p) => p.id)).toEqual(['old-pack']);
  expect(await afterCorrupt.removeLessonPack('class-pack')).toMatchObject({
    ok: false,
    error: { code: 'progress.pack-not-found' },
  });
  const last = await open();
  const end = await last.listLessonPacks();
  expect(end.ok && end.value.map((p) => p.id)).toEqual(['old-pack']);
  // A refused payload changes nothing.
  expect((await last.saveLessonPack({ ...PACK, id: 'nope' })).ok).toBe(false);
  const still = await (await open()).listLessonPacks();
  expect(still.ok && still.value.map((p) => p.id)).toEqual(['old-pack']);
}

describe('main: lesson packs in iam-lab.json', () => {
  const dir = tempFolder('iam-packs-');

  /** Main's handlers behind `dispatch` (sender check, shared parser), like the preload's calls. */
  async function mainHost(): Promise<HostApi> {
    const handlers = createHandlers(await openStore({ dir: dir() }), info);
    const call =
      (channel: 'progress:packs' | 'progress:save-pack' | 'progress:remove-pack') =>
      (...args: unknown[]) =>
        dispatch(channel, { sender: { id: 1 }, senderFrame: null }, args, handlers, () => true);
    return {
      listLessonPacks: call('progress:packs'),
      saveLessonPack: call('progress:save-pack'),
      removeLessonPack: call('progress:remove-pack'),
    } as unknown as HostApi;
  }

  it('saves, reloads after a restart, replaces, reports a corrupt entry and removes', async () => {
    await exercise(mainHost, async (change) => {
      const path = join(dir(), STORE_FILE_NAME);
      const doc = JSON.parse(await readFile(path, 'utf8'));
      doc.lessonPacks = change(doc.lessonPacks);
      await writeFile(path, JSON.stringify(doc));
    });
    const doc = JSON.parse(await readFile(join(dir(), STORE_FILE_NAME), 'utf8'));
    expect(doc.lessonPacks.map((p: StoredLessonPack) => p.id)).toEqual(['old-pack']);
    expect(doc.settings).toBeDefined();
  });

  it('refuses an untrusted sender before touching the store', async () => {
    const handlers = createHandlers(await openStore({ dir: dir() }), info);
    const r = await dispatch(
      'progress:save-pack',
      { sender: { id: 9 }, senderFrame: null },
      [PACK],
      handlers,
      () => false,
    );
    expect(r).toMatchObject({ ok: false, error: { code: 'ipc.untrusted-sender' } });
    expect(JSON.parse(await readFile(join(dir(), STORE_FILE_NAME), 'utf8')).lessonPacks).toBeUndefined();
  });

  it('a failed write answers progress.write-failed and keeps the previous list in memory', async () => {
    const fs = new FaultyFs();
    const store = await openStore({ dir: dir(), fs });
    const handlers = createHandlers(store, info);
    await handlers['progress:save-pack'](PACK);
    fs.fault = 'disk-full';
    const r = await handlers['progress:save-pack'](packV2());
    expect(r).toMatchObject({ ok: false, error: { code: 'progress.write-failed' } });
    expect(await handlers['progress:packs']()).toEqual({ ok: true, value: [PACK] });
  });
});

describe('browser twin: lesson packs in localStorage', () => {
  const storage = useMemoryStorage();

  it('saves, reloads, replaces, reports a corrupt entry and removes', async () => {
    await exercise(
      () => createBrowserHost('test'),
      async (change) => {
        const doc = JSON.parse(storage().getItem('iam-lab')!);
        doc.lessonPacks = change(doc.lessonPacks);
        storage().setItem('iam-lab', JSON.stringify(doc));
      },
    );
    expect(JSON.parse(storage().getItem('iam-lab')!).lessonPacks.map((p: StoredLessonPack) => p.id)).toEqual([
      'old-pack',
    ]);
  });

  it('a storage quota error answers progress.write-failed and keeps the stored list', async () => {
    const host = createBrowserHost('test');
    await host.saveLessonPack(PACK);
    storage().quota = 100; // any further write of the document is refused
    const r = await host.saveLessonPack(packV2());
    expect(r).toMatchObject({ ok: false, error: { code: 'progress.write-failed' } });
    expect(await host.listLessonPacks()).toEqual({ ok: true, value: [PACK] });
    storage().quota = Infinity; // opening the twin rewrites the document
    expect(await createBrowserHost('test').listLessonPacks()).toEqual({ ok: true, value: [PACK] });
  });
});
