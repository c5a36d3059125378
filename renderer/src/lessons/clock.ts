/** The renderer's clock, in one place: the lesson and practice states pass its readings into the pure functions. */

/** Milliseconds since the epoch, now. */
export function nowMs(): number {
  return Date.now();
}

/** An ISO-8601 time for `ms` (default: now). */
export function isoAt(ms: number = Date.now()): string {
  return new Date(ms).toISOString();
}
