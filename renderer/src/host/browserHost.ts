/**
 * The browser twin's host: the same `HostApi` the preload exposes in the desktop app, implemented over browser
 * storage. Arguments go through the same shared parsers as in main, so both hosts accept and refuse the same calls.
 */
import { ARG_PARSERS, HOST_METHODS, type ChannelHandlers, type HostApi } from '../../../shared/ipc/contract';
import { fail, ok, type Result } from '../../../shared/ipc/result';
import { storedProgress } from '../../../shared/ipc/progress';
import { appDocumentWriteFailed, withProblems } from '../../../shared/ipc/storedDocument';
import type { StorageLike } from './storedKey';
import { openBrowserStore } from './browserStore';
import { openBrowserWorlds } from './browserWorlds';
import { createWorldsHandlers } from '../../../shared/ipc/worldsService';
import { createLessonPackHandlers } from '../../../shared/ipc/lessonPacksService';
import type { OpenedFile, OpenFileRequest, SavedFile, SaveFileRequest } from '../../../shared/ipc/files';

/** The twin's file picker and download (renderer/src/files/browserFiles.ts); absent in Node tests. */
export interface BrowserFileAccess {
  open(request: OpenFileRequest): Promise<Result<OpenedFile | null>>;
  save(request: SaveFileRequest): Promise<Result<SavedFile>>;
}

/**
 * Builds a host over the page's `localStorage` (or `storage`, for tests); `version` is the app version shown in About.
 * Never throws: storage that is full, disabled or unreadable becomes problems in `store:status`.
 */
export function createBrowserHost(
  version: string,
  now?: () => Date,
  files?: BrowserFileAccess,
  storage?: StorageLike | Error,
): HostApi {
  const store = openBrowserStore(now, storage);
  const worlds = openBrowserWorlds(now, storage);
  /** Stores a change of the app document; a refusal keeps it in memory (a retry writes it) and is answered as such. */
  const save = (what: 'settings' | 'progress', change: Parameters<typeof store.update>[0]) => {
    try {
      store.update(change);
      return null;
    } catch (error) {
      return appDocumentWriteFailed(what, error, 'this page');
    }
  };
  const handlers: ChannelHandlers = {
    ...createWorldsHandlers(worlds),
    'settings:get': async () => ok({ ...store.db.data.settings }),
    'settings:set': async (patch) =>
      save('settings', (doc) => {
        doc.settings = { ...doc.settings, ...patch };
      }) ?? ok({ ...store.db.data.settings }),
    'store:status': async () =>
      ok(withProblems({ ...store.status, worlds: worlds.status }, store.problems, worlds.problems)),
    'progress:get': async () => ok(storedProgress(store.db.data.progress)),
    'progress:set': async (progress) =>
      save('progress', (doc) => {
        doc.progress = progress;
      }) ?? ok(storedProgress(store.db.data.progress)),
    ...createLessonPackHandlers({
      read: () => store.db.data.lessonPacks,
      // A refused write (storage quota) puts the previous list back, so memory and storage stay the same.
      commit: (list) =>
        store.commit((doc) => {
          doc.lessonPacks = list as typeof doc.lessonPacks;
        }),
    }),
    'files:open': async (request) =>
      files ? files.open(request) : fail('files.unavailable', 'Opening files is not available here.'),
    'files:save': async (request) =>
      files ? files.save(request) : fail('files.unavailable', 'Saving files is not available here.'),
    'app:info': async () =>
      ok({
        name: 'IAM Lab',
        version,
        host: 'browser' as const,
        runtime: { browser: (globalThis as { navigator?: { userAgent?: string } }).navigator?.userAgent ?? 'unknown' },
      }),
  };
  const call = async (channel: keyof ChannelHandlers, args: unknown[]) => {
    const parsed = ARG_PARSERS[channel](args);
    if (!parsed.ok) return parsed;
    const handler = handlers[channel] as (...a: unknown[]) => ReturnType<ChannelHandlers[typeof channel]>;
    return handler(...(parsed.value as unknown[]));
  };
  // One function per contract method, like the preload builds them: a new channel needs no change here.
  const api: Record<string, unknown> = { onMenuCommand: () => () => {} };
  for (const [method, channel] of Object.entries(HOST_METHODS)) {
    api[method] = (...args: unknown[]) => call(channel, args);
  }
  return api as HostApi;
}
