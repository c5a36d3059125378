/**
 * Main's implementation of the contract's channels over the stored document. Arguments arrive already parsed.
 */
import type { AppInfo } from '../../shared/ipc/appInfo';
import type { ChannelHandlers } from '../../shared/ipc/contract';
import { ok } from '../../shared/ipc/result';
import { storedProgress } from '../../shared/ipc/progress';
import { NO_FILE_DIALOGS } from './files';
import type { AppStore } from './store';

/**
 * Builds the handlers; `info` is computed once by the caller (app version, runtime versions); `files` are the
 * dialog-backed `files:*` handlers (electron/main/files.ts), absent in tests that do not need them.
 */
export function createHandlers(
  store: AppStore,
  info: AppInfo,
  files: Pick<ChannelHandlers, 'files:open' | 'files:save'> = NO_FILE_DIALOGS,
): ChannelHandlers {
  return {
    ...files,
    'settings:get': async () => ok({ ...store.db.data.settings }),
    'settings:set': async (patch) => {
      await store.update((doc) => {
        doc.settings = { ...doc.settings, ...patch };
      });
      return ok({ ...store.db.data.settings });
    },
    'store:status': async () => ok(store.status),
    'app:info': async () => ok(info),
    'progress:get': async () => ok(storedProgress(store.db.data.progress)),
    'progress:set': async (progress) => {
      await store.update((doc) => {
        doc.progress = progress;
      });
      return ok(storedProgress(store.db.data.progress));
    },
  };
}
