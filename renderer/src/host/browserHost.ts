/**
 * The browser twin's host: the same `HostApi` the preload exposes in the desktop app, implemented over browser
 * storage. Arguments go through the same shared parsers as in main, so both hosts accept and refuse the same calls.
 */
import { ARG_PARSERS, HOST_METHODS, type ChannelHandlers, type HostApi } from '../../../shared/ipc/contract';
import { fail, ok, type Result } from '../../../shared/ipc/result';
import { storedProgress } from '../../../shared/ipc/progress';
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

/** Builds a host over the global `localStorage`; `version` is the app version shown in About. */
export function createBrowserHost(version: string, now?: () => Date, files?: BrowserFileAccess): HostApi {
  const store = openBrowserStore(now);
  const worlds = openBrowserWorlds(now);
  const handlers: ChannelHandlers = {
    ...createWorldsHandlers(worlds),
    'settings:get': async () => ok({ ...store.db.data.settings }),
    'settings:set': async (patch) => {
      store.db.update((doc) => {
        doc.settings = { ...doc.settings, ...patch };
      });
      return ok({ ...store.db.data.settings });
    },
    'store:status': async () => ok({ ...store.status, worlds: worlds.status }),
    'progress:get': async () => ok(storedProgress(store.db.data.progress)),
    'progress:set': async (progress) => {
      store.db.update((doc) => {
        doc.progress = progress;
      });
      return ok(storedProgress(store.db.data.progress));
    },
    ...createLessonPackHandlers({
      read: () => store.db.data.lessonPacks,
      // A refused write (storage quota) puts the previous list back, so memory and storage stay the same.
      commit: (list) => {
        const before = store.db.data.lessonPacks;
        try {
          store.db.update((doc) => {
            doc.lessonPacks = list as typeof doc.lessonPacks;
          });
        } catch (error) {
          store.db.data.lessonPacks = before;
          throw error;
        }
      },
    }),
    'files:open': async (request) => (files ? files.open(request) : fail('files.unavailable', 'Opening files is not available here.')),
    'files:save': async (request) => (files ? files.save(request) : fail('files.unavailable', 'Saving files is not available here.')),
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
