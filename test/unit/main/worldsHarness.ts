/**
 * What the `worlds:*` tests in main share: a fresh temporary folder per test with a ticking clock, handlers opened
 * over it as an app start would, and channel calls through the same dispatch the IPC registration uses.
 */
import { beforeEach } from 'vitest';
import { createHandlers } from '../../../electron/main/handlers';
import { dispatch } from '../../../electron/main/ipc';
import { openWorldsStore } from '../../../electron/main/worldsStore';
import type { Channel, ChannelHandlers } from '../../../shared/ipc/contract';
import type { Result } from '../../../shared/ipc/result';
import { tempFolder } from './tempFolder';

/**
 * Registers a temporary folder (named after `prefix`) made before and removed after each test; `dir()` is the
 * current one and `start()` opens handlers over its worlds document (each call is a fresh start of the app).
 */
export function worldsFolder(prefix: string): { dir: () => string; start: () => Promise<ChannelHandlers> } {
  const dir = tempFolder(prefix);
  let clock = 0;
  const now = () => new Date(Date.UTC(2025, 0, 1, 0, 0, clock++));
  beforeEach(() => {
    clock = 0;
  });
  return {
    dir,
    start: async () => createHandlers({} as never, {} as never, undefined, await openWorldsStore({ dir: dir(), now })),
  };
}

/** Calls a channel like the renderer would (raw arguments, trusted sender). */
export function call<T>(handlers: ChannelHandlers, channel: Channel, ...args: unknown[]): Promise<Result<T>> {
  return dispatch(channel, {} as never, args, handlers, () => true) as Promise<Result<T>>;
}

/** The value of an ok result; a failed one fails the test with its code, path and message. */
export function value<T>(r: Result<T>): T {
  if (!r.ok) throw new Error(`expected ok, got ${r.error.code} at ${r.error.path}: ${r.error.message}`);
  return r.value;
}
