/**
 * Main's implementation of the contract's channels over the stored document. Arguments arrive already parsed.
 */
import type { AppInfo } from '../../shared/ipc/appInfo';
import type { ChannelHandlers } from '../../shared/ipc/contract';
import { ok, type Result } from '../../shared/ipc/result';
import { storedProgress } from '../../shared/ipc/progress';
import { appDocumentWriteFailed, withProblems } from '../../shared/ipc/storedDocument';
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
      // A failed write keeps the change in memory (the next save writes it) and says so.
      const saved = await saveAppDocument(store, 'settings', (doc) => {
        doc.settings = { ...doc.settings, ...patch };
      });
      return saved ?? ok({ ...store.db.data.settings });
    },
    'store:status': async () =>
      ok(
        worlds
          ? withProblems({ ...store.status, worlds: worlds.status }, store.problems, worlds.problems)
          : withProblems(store.status, store.problems),
      ),
    'app:info': async () => ok(info),
    'progress:get': async () => ok(storedProgress(store.db.data.progress)),
    'progress:set': async (progress) => {
      const saved = await saveAppDocument(store, 'progress', (doc) => {
        doc.progress = progress;
      });
      return saved ?? ok(storedProgress(store.db.data.progress));
    },
    ...createLessonPackHandlers({
      read: () => store.db.data.lessonPacks,
      // On a failed write the previous list is put back, so memory and disk stay the same.
      commit: (list) =>
        store.commit((doc) => {
          doc.lessonPacks = list as typeof doc.lessonPacks;
        }),
    }),
  };
}

/**
 * Writes a change of the app document; null when saved, else the `store.write-failed` answer (the change stays in
 * memory, so the renderer's retry — or any later save — writes it).
 */
async function saveAppDocument(
  store: Pick<AppStore, 'update'>,
  what: 'settings' | 'progress',
  change: Parameters<AppStore['update']>[0],
): Promise<Result<never> | null> {
  try {
    await store.update(change);
    return null;
  } catch (error) {
    return appDocumentWriteFailed(what, error, 'IAM Lab');
  }
}
