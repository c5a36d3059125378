/**
 * Main's implementation of the contract's channels over the stored document. Arguments arrive already parsed.
 */
import type { AppInfo } from '../../shared/ipc/appInfo';
import type { ChannelHandlers } from '../../shared/ipc/contract';
import { ok } from '../../shared/ipc/result';
import type { AppStore } from './store';

/** Builds the handlers; `info` is computed once by the caller (app version, runtime versions). */
export function createHandlers(store: AppStore, info: AppInfo): ChannelHandlers {
  return {
    'settings:get': async () => ok({ ...store.db.data.settings }),
    'settings:set': async (patch) => {
      await store.update((doc) => {
        doc.settings = { ...doc.settings, ...patch };
      });
      return ok({ ...store.db.data.settings });
    },
    'store:status': async () => ok(store.status),
    'app:info': async () => ok(info),
  };
}
