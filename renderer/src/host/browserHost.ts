/**
 * The browser twin's host: the same `HostApi` the preload exposes in the desktop app, implemented over browser
 * storage. Arguments go through the same shared parsers as in main, so both hosts accept and refuse the same calls.
 */
import { ARG_PARSERS, type ChannelHandlers, type HostApi } from '../../../shared/ipc/contract';
import { ok } from '../../../shared/ipc/result';
import { openBrowserStore } from './browserStore';

/** Builds a host over the global `localStorage`; `version` is the app version shown in About. */
export function createBrowserHost(version: string, now?: () => Date): HostApi {
  const store = openBrowserStore(now);
  const handlers: ChannelHandlers = {
    'settings:get': async () => ok({ ...store.db.data.settings }),
    'settings:set': async (patch) => {
      store.db.update((doc) => {
        doc.settings = { ...doc.settings, ...patch };
      });
      return ok({ ...store.db.data.settings });
    },
    'store:status': async () => ok(store.status),
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
  return {
    getSettings: () => call('settings:get', []) as ReturnType<HostApi['getSettings']>,
    setSettings: (...args) => call('settings:set', args) as ReturnType<HostApi['setSettings']>,
    getStoreStatus: () => call('store:status', []) as ReturnType<HostApi['getStoreStatus']>,
    getAppInfo: () => call('app:info', []) as ReturnType<HostApi['getAppInfo']>,
    onMenuCommand: () => () => {},
  };
}
