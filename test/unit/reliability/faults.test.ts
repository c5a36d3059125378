/**
 * The fault-injection suite: every case of faults.json runs against main's stores (real files in a temporary folder,
 * faults injected through `FaultyFs`) and against the browser twin's stores (an in-memory localStorage that can be
 * full or disabled). Each case checks what the user is told (the problems in `store:status` and the notice's words),
 * what they still have (completed lessons, attempts, theme, sandboxes, packs), what is stored, and that the original
 * document sits byte for byte in the backup the notice names.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createHandlers } from '../../../electron/main/handlers';
import { dispatch } from '../../../electron/main/ipc';
import { openStore, STORE_FILE_NAME } from '../../../electron/main/store';
import { openWorldsStore, WORLDS_FILE_NAME } from '../../../electron/main/worldsStore';
import { createBrowserHost } from '../../../renderer/src/host/browserHost';
import { HOST_METHODS, type Channel, type HostApi } from '../../../shared/ipc/contract';
import type { LearnerProgress } from '../../../shared/ipc/progress';
import type { Result } from '../../../shared/ipc/result';
import { storeNoticeText } from '../../../shared/ipc/storeNotice';
import type { StoreProblem, StoreStatus } from '../../../shared/ipc/storeStatus';
import { crossAccountWorld } from '../../../shared/world/samples';
import { scenarioDocument } from '../../../shared/world/scenario/parse';
import { MemoryStorage } from '../ipc/fakeStorage';
import cases from './faults.json';
import { FaultyFs, type FsFault } from './faultFs';
import { APP_SEEDS, PACK_TEXT, WORLDS_SEEDS } from './seeds';

type DocName = 'app' | 'worlds';
type Fault = Exclude<FsFault, 'none'>;
type Action = 'complete-lesson' | 'set-theme' | 'save-world' | 'save-pack' | 'remove-pack';

interface Outcome {
  problems?: { document: DocName; kind: string; backup?: boolean; entries?: string[]; foundVersion?: number }[];
  notice?: string[];
  backupHoldsOriginal?: DocName;
  completed?: number;
  attempts?: number;
  theme?: string;
  worlds?: number;
  packs?: string[];
  stored?: DocName[];
  storedCompleted?: number;
  storedTheme?: string;
  storedUnchanged?: DocName[];
  answer?: string;
  afterRetry?: Outcome;
}

interface FaultCase {
  name: string;
  hosts?: ('desktop' | 'browser')[];
  seed: { app?: string; worlds?: string };
  fault?: Fault;
  during?: Fault;
  action?: Action;
  expect: Outcome;
  restart?: Outcome;
}

const NOW = () => new Date('2025-06-01T10:00:00.000Z');
type Call = (channel: Channel, ...args: unknown[]) => Promise<Result<unknown>>;

/** One host under test: seeds its storage, opens (a start), injects faults, and reads what is stored. */
interface Bench {
  seed(doc: DocName, text: string): Promise<void>;
  setFault(fault: Fault | 'none'): void;
  start(): Promise<Call>;
  stored(doc: DocName): Promise<string | null>;
  backup(doc: DocName, name: string): Promise<string | null>;
  cleanup(): Promise<void>;
}

async function desktopBench(): Promise<Bench> {
  const dir = await mkdtemp(join(tmpdir(), 'iam-lab-faults-'));
  const fs = new FaultyFs();
  const file = (doc: DocName) => join(dir, doc === 'app' ? STORE_FILE_NAME : WORLDS_FILE_NAME);
  const read = (path: string) => readFile(path, 'utf8').catch(() => null);
  return {
    seed: (doc, text) => writeFile(file(doc), text),
    setFault: (fault) => (fs.fault = fault),
    async start() {
      const handlers = createHandlers(
        await openStore({ dir, now: NOW, fs }),
        { name: 'IAM Lab', version: '0', host: 'desktop', runtime: {} },
        undefined,
        await openWorldsStore({ dir, now: NOW, fs }),
      );
      return (channel, ...args) =>
        dispatch(channel, { sender: { id: 1 }, senderFrame: null }, args, handlers, () => true);
    },
    stored: (doc) => read(file(doc)),
    backup: (_doc, name) => read(join(dir, name)),
    cleanup: () => rm(dir, { recursive: true, force: true }),
  };
}

async function browserBench(): Promise<Bench> {
  const storage = new MemoryStorage();
  let disabled = false;
  const key = (doc: DocName) => (doc === 'app' ? 'iam-lab' : 'iam-lab-worlds');
  const METHOD_OF = Object.fromEntries(Object.entries(HOST_METHODS).map(([m, c]) => [c, m])) as Record<
    Channel,
    keyof HostApi
  >;
  return {
    seed: async (doc, text) => void storage.items.set(key(doc), text),
    setFault(fault) {
      // The browser has no read-only storage: a full one (every write refused) stands in for both.
      storage.quota = fault === 'disk-full' || fault === 'read-only' ? 0 : Infinity;
      disabled = fault === 'unreadable';
    },
    async start() {
      const host = createBrowserHost(
        '0',
        NOW,
        undefined,
        disabled ? new DOMException('The operation is insecure.', 'SecurityError') : storage,
      );
      return (channel, ...args) =>
        (host[METHOD_OF[channel]] as unknown as (...a: unknown[]) => Promise<Result<unknown>>)(...args);
    },
    stored: async (doc) => storage.items.get(key(doc)) ?? null,
    backup: async (_doc, name) => storage.items.get(name) ?? null,
    cleanup: async () => {},
  };
}

/** The value of a call that must succeed. */
async function value<T>(call: Call, channel: Channel, ...args: unknown[]): Promise<T> {
  const r = await call(channel, ...args);
  if (!r.ok) throw new Error(`${channel} failed: ${r.error.code} ${r.error.message}`);
  return r.value as T;
}

const completedIn = (p: LearnerProgress | undefined) =>
  Object.values(p?.lessons ?? {}).filter((l) => l.completed).length;

/** Performs a case's action; answers its result code ('ok' or the error code). */
async function act(call: Call, action: Action): Promise<string> {
  let r: Result<unknown>;
  if (action === 'complete-lesson') {
    const p = await value<LearnerProgress>(call, 'progress:get');
    r = await call('progress:set', {
      ...p,
      lessons: { ...p.lessons, 'lesson-f': { step: 3, done: ['a', 'b', 'c'], skipped: [], completed: true } },
    });
  } else if (action === 'set-theme') r = await call('settings:set', { theme: 'light' });
  else if (action === 'save-world') r = await call('worlds:save', 'welcome', scenarioDocument(crossAccountWorld()));
  else if (action === 'save-pack')
    r = await call('progress:save-pack', { id: 'class-pack', title: 'Class pack: first look', text: PACK_TEXT });
  else r = await call('progress:remove-pack', 'class-pack');
  return r.ok ? 'ok' : r.error.code;
}

/** Checks one outcome against the host as it is now. */
async function check(bench: Bench, call: Call, seed: FaultCase['seed'], want: Outcome, seeded: Map<DocName, string>) {
  const status = await value<StoreStatus>(call, 'store:status');
  const problems: StoreProblem[] = status.problems ?? [];
  if (want.problems) {
    expect(
      problems.map((p) => ({
        document: p.document,
        kind: p.kind,
        ...(p.backup ? { backup: true } : {}),
        ...(p.entries ? { entries: p.entries } : {}),
        ...(p.foundVersion !== undefined ? { foundVersion: p.foundVersion } : {}),
      })),
    ).toEqual(want.problems);
  }
  // What the user reads: every problem has words, and a backup is always named in them.
  const texts = problems.map((p) => {
    const t = storeNoticeText(p);
    if (p.backup) expect(t.help).toContain(p.backup);
    return `${t.headline} ${t.help ?? ''}`;
  });
  for (const words of want.notice ?? []) expect(texts.join('\n')).toContain(words);
  if (want.backupHoldsOriginal) {
    const doc = want.backupHoldsOriginal;
    const named = problems.find((p) => p.document === doc && p.backup)?.backup;
    expect(named, 'the notice names a backup').toBeTruthy();
    expect(await bench.backup(doc, named!)).toBe(seeded.get(doc));
  }
  const progress = await value<LearnerProgress>(call, 'progress:get');
  if (want.completed !== undefined) expect(completedIn(progress)).toBe(want.completed);
  if (want.attempts !== undefined) expect(progress.attempts).toHaveLength(want.attempts);
  if (want.theme) expect((await value<{ theme: string }>(call, 'settings:get')).theme).toBe(want.theme);
  if (want.worlds !== undefined)
    expect((await value<{ worlds: unknown[] }>(call, 'worlds:list')).worlds).toHaveLength(want.worlds);
  if (want.packs) expect((await value<{ id: string }[]>(call, 'progress:packs')).map((p) => p.id)).toEqual(want.packs);
  if (want.stored)
    for (const doc of ['app', 'worlds'] as const)
      expect(await bench.stored(doc), `${doc} stored`).toSatisfy(
        (t: string | null) => (t !== null) === want.stored!.includes(doc),
      );
  const storedApp = async () => JSON.parse((await bench.stored('app')) ?? '{}');
  if (want.storedCompleted !== undefined) expect(completedIn((await storedApp()).progress)).toBe(want.storedCompleted);
  if (want.storedTheme) expect((await storedApp()).settings.theme).toBe(want.storedTheme);
  for (const doc of want.storedUnchanged ?? [])
    expect(await bench.stored(doc), `${doc} untouched`).toBe(seed[doc] === undefined ? null : seeded.get(doc));
}

const HOSTS = { desktop: desktopBench, browser: browserBench };

for (const [hostName, makeBench] of Object.entries(HOSTS)) {
  describe(`faults: ${hostName}`, () => {
    let bench: Bench | null = null;
    afterEach(async () => {
      await bench?.cleanup();
      bench = null;
    });
    for (const c of (cases.cases as FaultCase[]).filter((c) => !c.hosts || c.hosts.includes(hostName as 'desktop'))) {
      it(c.name, async () => {
        bench = await makeBench();
        const seeded = new Map<DocName, string>();
        if (c.seed.app) seeded.set('app', APP_SEEDS[c.seed.app]());
        if (c.seed.worlds) seeded.set('worlds', WORLDS_SEEDS[c.seed.worlds]());
        for (const [doc, text] of seeded) await bench.seed(doc, text);
        bench.setFault(c.fault ?? 'none');
        const call = await bench.start();
        if (c.during) bench.setFault(c.during);
        if (c.action) expect(await act(call, c.action)).toBe(c.expect.answer);
        await check(bench, call, c.seed, c.expect, seeded);
        if (c.expect.afterRetry) {
          bench.setFault('none');
          expect(await act(call, c.action!)).toBe('ok');
          await check(bench, call, c.seed, c.expect.afterRetry, seeded);
        }
        if (c.restart) {
          bench.setFault('none');
          await check(bench, await bench.start(), c.seed, c.restart, seeded);
        }
      });
    }
  });
}
