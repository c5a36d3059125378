/**
 * The answer shape of every host call. A user mistake or an unusable argument is a value (`ok: false`), never a
 * thrown error: Electron only carries `error.message` across `invoke`, and the browser twin must behave the same.
 *
 * CAUTION: this is part of the IPC contract; the renderer, the preload, main and the browser twin all read it.
 */

/** What went wrong, in data: a dotted code for programs, a short message for people, a JSON path when it helps. */
export interface HostError {
  /** Dotted code such as `ipc.bad-argument` or `ipc.untrusted-sender`. */
  code: string;
  /** One sentence a user can read. */
  message: string;
  /** Where in the argument the problem is, e.g. `args[0].theme`. */
  path?: string;
}

/** Either the value or the error. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: HostError };

/** Wraps a value as a success. */
export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

/** Builds a failure with a code, a message and an optional JSON path. */
export function fail<T = never>(code: string, message: string, path?: string): Result<T> {
  return { ok: false, error: path === undefined ? { code, message } : { code, message, path } };
}
