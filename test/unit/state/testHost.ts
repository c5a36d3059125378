/** `@host` for unit tests of renderer state: no host at all (each test passes its own fake to the class it tests). */
import type { HostApi } from '../../../shared/ipc/contract';

export const host = new Proxy({} as HostApi, {
  get: (_t, name) => () => Promise.reject(new Error(`no host in unit tests (${String(name)})`)),
});
