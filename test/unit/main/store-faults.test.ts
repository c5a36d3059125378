/**
 * Store fault tests against real temporary files: what happens to the app document (`iam-lab.json`) and the worlds
 * document (`worlds.json`) when the file on disk is truncated, from a wrong or newer version, random bytes, or was being
 * written when the process was killed. The rule in every case: the previous data is never lost — either it is still the
 * live document, or it sits untouched in a timestamped backup and `store:status` names it.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../../electron/main/handlers';
import { openStore, STORE_FILE_NAME } from '../../../electron/main/store';
import { openWorldsStore, tempFileOf, WORLDS_FILE_NAME } from '../../../electron/main/worldsStore';
import { crossAccountWorld } from '../../../shared/world/samples';
import { scenarioDocument } from '../../../shared/world/scenario/parse';
import { readWorldsDocument } from '../../../shared/world/store-doc';
import { tempFolder } from './tempFolder';

/** The generation a name written by the writer child carries (0 for none). */
const generationOfName = (name: string | undefined) => Number(/^generation (\d+)$/.exec(name ?? '')?.[1] ?? 0);

const fixedNow = () => new Date('2025-03-04T05:06:07.089Z');
const STAMP = '2025-03-04T05-06-07-089Z';
const WORLDS_BACKUP = `worlds.json.backup-${STAMP}.json`;
const APP_BACKUP = `iam-lab.json.backup-${STAMP}.json`;
const dir = tempFolder('iam-lab-faults-');

/** Opens the worlds store, adds the cross-account sample as a second world, and returns the file's text. */
async function twoWorlds(): Promise<string> {
  const store = await openWorldsStore({ dir: dir(), now: fixedNow });
  const handlers = createHandlers({} as never, {} as never, undefined, store);
  const created = await handlers['worlds:create']({
    name: 'Cross lab',
    scenario: scenarioDocument(crossAccountWorld()),
  });
  expect(created.ok).toBe(true);
  return readFile(join(dir(), WORLDS_FILE_NAME), 'utf8');
}

describe('worlds document faults', () => {
  it('starts with the welcome world, active, on first run', async () => {
    const store = await openWorldsStore({ dir: dir(), now: fixedNow });
    expect(store.status).toEqual({ location: join(dir(), WORLDS_FILE_NAME) });
    const doc = readWorldsDocument(JSON.parse(await readFile(join(dir(), WORLDS_FILE_NAME), 'utf8')));
    expect(doc.ok && Object.keys(doc.doc.worlds)).toEqual(['welcome']);
    expect(doc.ok && doc.doc.activeWorldId).toBe('welcome');
  });

  it('moves a truncated file aside; the backup holds exactly what was on disk', async () => {
    const full = await twoWorlds();
    const truncated = full.slice(0, Math.floor(full.length / 2));
    await writeFile(join(dir(), WORLDS_FILE_NAME), truncated);
    const store = await openWorldsStore({ dir: dir(), now: fixedNow });
    expect(store.status.backup).toEqual({ reason: 'corrupt', name: WORLDS_BACKUP });
    expect(await readFile(join(dir(), WORLDS_BACKUP), 'utf8')).toBe(truncated);
    expect(Object.keys(store.read().worlds)).toEqual(['welcome']);
  });

  it('moves random bytes aside byte for byte', async () => {
    const bytes = randomBytes(4096);
    await writeFile(join(dir(), WORLDS_FILE_NAME), bytes);
    const store = await openWorldsStore({ dir: dir(), now: fixedNow });
    expect(store.status.backup?.reason).toBe('corrupt');
    expect((await readFile(join(dir(), WORLDS_BACKUP))).equals(bytes)).toBe(true);
  });

  it.each([
    ['a wrong format marker', (d: Record<string, unknown>) => ({ ...d, format: 'something-else' })],
    ['a version that is not a number', (d: Record<string, unknown>) => ({ ...d, version: '1' })],
    ['no worlds at all', (d: Record<string, unknown>) => ({ ...d, worlds: {} })],
  ])('treats %s as corrupt and keeps it recoverable', async (_name, mangle) => {
    const doc = mangle(JSON.parse(await twoWorlds()));
    const text = JSON.stringify(doc);
    await writeFile(join(dir(), WORLDS_FILE_NAME), text);
    const store = await openWorldsStore({ dir: dir(), now: fixedNow });
    expect(store.status.backup?.reason).toBe('corrupt');
    expect(await readFile(join(dir(), WORLDS_BACKUP), 'utf8')).toBe(text);
  });

  it('never overwrites a newer document: it is moved aside untouched and its version reported', async () => {
    const doc = { ...JSON.parse(await twoWorlds()), version: 9, futureField: [1, 2, 3] };
    const text = JSON.stringify(doc);
    await writeFile(join(dir(), WORLDS_FILE_NAME), text);
    const store = await openWorldsStore({ dir: dir(), now: fixedNow });
    expect(store.status.backup).toEqual({ reason: 'newer-version', name: WORLDS_BACKUP, foundVersion: 9 });
    expect(await readFile(join(dir(), WORLDS_BACKUP), 'utf8')).toBe(text);
    expect(JSON.parse(await readFile(join(dir(), WORLDS_FILE_NAME), 'utf8')).version).toBe(1);
  });

  it('sets aside only the world that no longer validates: the others stay, the original is recoverable from the backup', async () => {
    const doc = JSON.parse(await twoWorlds());
    const cross = Object.values(
      doc.worlds as Record<string, { name: string; scenario: { world: { accounts: unknown } } }>,
    ).find((w) => w.name === 'Cross lab')!;
    cross.scenario.world.accounts = 'not accounts';
    await writeFile(join(dir(), WORLDS_FILE_NAME), JSON.stringify(doc));
    const store = await openWorldsStore({ dir: dir(), now: fixedNow });
    // Not a whole-document backup: the welcome world is kept, only "Cross lab" is set aside.
    expect(store.status.backup).toBeUndefined();
    const crossId = Object.keys(doc.worlds).find((id) => doc.worlds[id].name === 'Cross lab');
    expect(store.problems.list()).toEqual([
      {
        document: 'worlds',
        kind: 'entries-set-aside',
        entries: [`worlds.${crossId}`],
        location: join(dir(), WORLDS_FILE_NAME),
        backup: WORLDS_BACKUP,
      },
    ]);
    expect(Object.keys(store.read().worlds)).toEqual(['welcome']);
    // Recovering: the backup is plain JSON with both worlds; repairing the broken field makes it readable again.
    const backup = JSON.parse(await readFile(join(dir(), WORLDS_BACKUP), 'utf8'));
    expect(
      Object.values(backup.worlds as Record<string, { name: string }>)
        .map((w) => w.name)
        .sort(),
    ).toEqual(['Cross lab', 'Welcome']);
    const broken = Object.values(backup.worlds as typeof doc.worlds).find(
      (w) => (w as { name: string }).name === 'Cross lab',
    ) as typeof cross;
    broken.scenario.world.accounts = scenarioDocument(crossAccountWorld()).world.accounts;
    expect(readWorldsDocument(backup).ok).toBe(true);
  });

  it('reports the worlds backup through store:status beside the app document', async () => {
    await writeFile(join(dir(), WORLDS_FILE_NAME), 'garbage');
    const handlers = createHandlers(
      await openStore({ dir: dir(), now: fixedNow }),
      {} as never,
      undefined,
      await openWorldsStore({ dir: dir(), now: fixedNow }),
    );
    const status = await handlers['store:status']();
    expect(status).toEqual({
      ok: true,
      value: {
        location: join(dir(), STORE_FILE_NAME),
        worlds: { location: join(dir(), WORLDS_FILE_NAME), backup: { reason: 'corrupt', name: WORLDS_BACKUP } },
        problems: [
          { document: 'worlds', kind: 'corrupt', location: join(dir(), WORLDS_FILE_NAME), backup: WORLDS_BACKUP },
        ],
      },
    });
  });

  it('ignores and deletes a stray temporary file left by an interrupted write', async () => {
    const full = await twoWorlds();
    await writeFile(tempFileOf(join(dir(), WORLDS_FILE_NAME)), full.slice(0, 100));
    const store = await openWorldsStore({ dir: dir(), now: fixedNow });
    expect(store.status.backup).toBeUndefined();
    expect(Object.keys(store.read().worlds)).toHaveLength(2);
    expect((await readdir(dir())).sort()).toEqual([WORLDS_FILE_NAME]);
  });
});

describe('app document faults', () => {
  it('moves a truncated app document aside with its exact text', async () => {
    const store = await openStore({ dir: dir() });
    await store.update((d) => {
      d.settings.theme = 'dark';
    });
    const full = await readFile(join(dir(), STORE_FILE_NAME), 'utf8');
    await writeFile(join(dir(), STORE_FILE_NAME), full.slice(0, full.length - 5));
    const reopened = await openStore({ dir: dir(), now: fixedNow });
    expect(reopened.status.backup).toEqual({ reason: 'corrupt', name: APP_BACKUP });
    expect(await readFile(join(dir(), APP_BACKUP), 'utf8')).toBe(full.slice(0, full.length - 5));
  });

  it('moves random bytes aside byte for byte', async () => {
    const bytes = randomBytes(2048);
    await writeFile(join(dir(), STORE_FILE_NAME), bytes);
    const reopened = await openStore({ dir: dir(), now: fixedNow });
    expect(reopened.status.backup?.reason).toBe('corrupt');
    expect((await readFile(join(dir(), APP_BACKUP))).equals(bytes)).toBe(true);
  });

  it('treats version 0 as wrong and a newer version as newer; both are kept', async () => {
    await writeFile(join(dir(), STORE_FILE_NAME), '{"version":0}');
    expect((await openStore({ dir: dir(), now: fixedNow })).status.backup?.reason).toBe('corrupt');
    await rm(join(dir(), APP_BACKUP));
    await writeFile(join(dir(), STORE_FILE_NAME), '{"version":2,"settings":{}}');
    expect((await openStore({ dir: dir(), now: fixedNow })).status.backup).toMatchObject({
      reason: 'newer-version',
      foundVersion: 2,
    });
    expect(await readFile(join(dir(), APP_BACKUP), 'utf8')).toBe('{"version":2,"settings":{}}');
  });
});

/**
 * When to kill the writer: a moment after a write is seen starting on disk (a temporary file appears, or the document
 * file itself changes — which is what a non-atomic store would show), or a fraction of one save's duration after a save.
 */
type KillPlan = { afterWriteStartsMs: number } | { cycleFraction: number };

/** Identity of a file's current content as the file system shows it (inode, size, modification time). */
function fileStamp(path: string): string {
  try {
    const s = statSync(path);
    return `${s.ino}:${s.size}:${s.mtimeMs}`;
  } catch {
    return 'missing';
  }
}

/** The two stored documents, as the writer child names them, with their file and how to read the generation back. */
const KILLED_DOCS = {
  worlds: {
    file: WORLDS_FILE_NAME,
    async reopen(): Promise<{ problems: number; generations: Set<number>; entries: number }> {
      const store = await openWorldsStore({ dir: dir(), now: fixedNow });
      const worlds = Object.values(store.read().worlds);
      return {
        problems: store.problems.list().length + (store.status.backup ? 1 : 0),
        generations: new Set(worlds.map((w) => generationOfName(w.name))),
        entries: worlds.length,
      };
    },
  },
  app: {
    file: STORE_FILE_NAME,
    async reopen(): Promise<{ problems: number; generations: Set<number>; entries: number }> {
      const store = await openStore({ dir: dir(), now: fixedNow });
      const packs = store.db.data.lessonPacks ?? [];
      return {
        problems: store.problems.list().length + (store.status.backup ? 1 : 0),
        generations: new Set(packs.map((p) => generationOfName(p.title))),
        entries: packs.length,
      };
    },
  },
} as const;

/** Runs the writer child until it has saved once in this run, kills it as planned, and reports what it had saved. */
function killMidWrite(plan: KillPlan, doc: keyof typeof KILLED_DOCS): Promise<{ lastSaved: number; tmpLeft: boolean }> {
  const file = join(dir(), KILLED_DOCS[doc].file);
  const tmp = tempFileOf(file);
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', join(import.meta.dirname, 'worldsWriterChild.ts'), dir(), doc, '8', '2000000'],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let lastSaved = 0;
    let stderr = '';
    let armed = false;
    let poll: ReturnType<typeof setInterval> | undefined;
    const kill = () => child.kill('SIGKILL');
    child.stderr.on('data', (chunk) => (stderr += String(chunk)));
    child.stdout.on('data', (chunk) => {
      let lastMs = 0;
      for (const m of String(chunk).matchAll(/saved (\d+) (\d+)/g)) {
        lastSaved = Number(m[1]);
        lastMs = Number(m[2]);
      }
      if (armed || lastSaved === 0) return;
      armed = true;
      if ('afterWriteStartsMs' in plan) {
        const before = fileStamp(file);
        // Never wait forever: if no write is ever seen, kill after a few seconds anyway.
        setTimeout(kill, 5_000);
        poll = setInterval(() => {
          if (!existsSync(tmp) && fileStamp(file) === before) return;
          clearInterval(poll);
          setTimeout(kill, plan.afterWriteStartsMs);
        }, 1);
      } else {
        setTimeout(kill, Math.round(lastMs * plan.cycleFraction));
      }
    });
    child.on('exit', (_code, signal) => {
      clearInterval(poll);
      if (signal !== 'SIGKILL') return reject(new Error(`writer exited by itself: ${stderr}`));
      resolve({ lastSaved, tmpLeft: existsSync(tmp) });
    });
  });
}

describe('a write killed half-way', () => {
  it.each(Object.keys(KILLED_DOCS) as (keyof typeof KILLED_DOCS)[])(
    '%s: leaves either the previous or the new complete document, never a broken one',
    async (doc) => {
      const plans: KillPlan[] = [
        { afterWriteStartsMs: 0 },
        { afterWriteStartsMs: 3 },
        { afterWriteStartsMs: 10 },
        { cycleFraction: 0.2 },
        { cycleFraction: 0.5 },
        { cycleFraction: 0.9 },
      ];
      let previousGeneration = 0;
      let tmpLeftCount = 0;
      const outcomes: string[] = [];
      for (const plan of plans) {
        const { lastSaved, tmpLeft } = await killMidWrite(plan, doc);
        if (tmpLeft) tmpLeftCount++;
        const reopened = await KILLED_DOCS[doc].reopen();
        // Never a problem: what is on disk is always a complete, valid document.
        expect(reopened.problems).toBe(0);
        expect(reopened.generations.size).toBe(1);
        expect(reopened.entries).toBe(8);
        const generation = [...reopened.generations][0];
        // The last acknowledged save, or the one in flight when the process died: nothing older, nothing torn.
        expect(generation === lastSaved || generation === lastSaved + 1).toBe(true);
        expect(generation).toBeGreaterThanOrEqual(previousGeneration);
        // The stray temporary file is gone after opening.
        expect(existsSync(tempFileOf(join(dir(), KILLED_DOCS[doc].file)))).toBe(false);
        outcomes.push(
          `${JSON.stringify(plan)}: saved ${lastSaved}, on disk ${generation}, tmp ${tmpLeft ? 'left' : 'none'}`,
        );
        previousGeneration = generation;
      }
      console.info(`killed writes (${doc}): ${outcomes.join('; ')}`);
      // Only meaningful if some kills really hit a write in progress (a temporary file was left behind).
      expect(tmpLeftCount).toBeGreaterThanOrEqual(1);
    },
    180_000,
  );
});
