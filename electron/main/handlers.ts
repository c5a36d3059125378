/**
 * Main's implementation of the contract's channels over the stored document. Arguments arrive already parsed.
 */
import type { AppInfo } from '../../shared/ipc/appInfo';
import type { ChannelHandlers } from '../../shared/ipc/contract';
import { ok } from '../../shared/ipc/result';
import { storedProgress } from '../../shared/ipc/progress';
import { NO_FILE_DIALOGS } from './files';
import type { AppStore } from './store';
import { createWorldsHandlers, type WorldsHandlers } from '../../shared/ipc/worldsService';
import { fail } from '../../shared/ipc/result';
import type { WorldsStore } from './worldsStore';
import { createLessonPackHandlers } from '../../shared/ipc/lessonPacksService';

/** Stand-ins for the `worlds:*` channels when no worlds store was opened (tests of other channels). */
const NO_WORLDS: WorldsHandlers = {
  'worlds:list': async () => fail('worlds.unavailable', 'No worlds store is open.'),
  'worlds:open': async () => fail('worlds.unavailable', 'No worlds store is open.'),
  'worlds:create': async () => fail('worlds.unavailable', 'No worlds store is open.'),
  'worlds:save': async () => fail('worlds.unavailable', 'No worlds store is open.'),
  'worlds:rename': async () => fail('worlds.unavailable', 'No worlds store is open.'),
  'worlds:duplicate': async () => fail('worlds.unavailable', 'No worlds store is open.'),
  'worlds:delete': async () => fail('worlds.unavailable', 'No worlds store is open.'),
};

/**
 * Builds the handlers; `info` is computed once by the caller (app version, runtime versions); `files` are the
 * dialog-backed `files:*` handlers (electron/main/files.ts), absent in tests that do not need them; `worlds` is the
 * opened worlds document (electron/main/worldsStore.ts) behind the `worlds:*` channels.
 */
export function createHandlers(
  store: AppStore,
  info: AppInfo,
  files: Pick<ChannelHandlers, 'files:open' | 'files:save'> = NO_FILE_DIALOGS,
  worlds?: WorldsStore,
): ChannelHandlers {
  return {
    ...files,
    ...(worlds ? createWorldsHandlers(worlds) : NO_WORLDS),
    'settings:get': async () => ok({ ...store.db.data.settings }),
    'settings:set': async (patch) => {
      await store.update((doc) => {
        doc.settings = { ...doc.settings, ...patch };
      });
      return ok({ ...store.db.data.settings });
    },
    'store:status': async () => ok(worlds ? { ...store.status, worlds: worlds.status } : store.status),
    'app:info': async () => ok(info),
    'progress:get': async () => ok(storedProgress(store.db.data.progress)),
    'progress:set': async (progress) => {
      await store.update((doc) => {
        doc.progress = progress;
      });
      return ok(storedProgress(store.db.data.progress));
    },
    ...createLessonPackHandlers({
      read: () => store.db.data.lessonPacks,
      // On a failed write the previous list is put back, so memory and disk stay the same.
      commit: async (list) => {
        const before = store.db.data.lessonPacks;
        try {
          await store.update((doc) => {
            doc.lessonPacks = list as typeof doc.lessonPacks;
          });
        } catch (error) {
          store.db.data.lessonPacks = before;
          throw error;
        }
      },
    }),
  };
}
