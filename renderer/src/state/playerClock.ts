/**
 * The clock a `TracePlayer` runs on. The player only ever asks "call me back in `ms`", so tests hand it a fake clock
 * they advance by hand (no waiting on real time), and the app hands it `frameClock()`, which waits on animation frames
 * (a step is shown on the frame it is due, and the bench can read how long each frame took).
 */

/** Schedules one callback; the handle cancels it. */
export interface PlayerClock {
  setTimeout(fn: () => void, ms: number): number;
  clearTimeout(handle: number): void;
  /** Durations (ms) of recent animation frames while something was scheduled, when the clock measures them. */
  readonly frameTimes?: number[];
}

/**
 * A clock driven by requestAnimationFrame (falls back to setTimeout where there is none): the callback runs on the
 * first frame at least `ms` after scheduling. Records the last 600 frame durations in `frameTimes`.
 */
export function frameClock(): PlayerClock {
  // Read from globalThis: this module is also type-checked (and unit-tested) outside the DOM.
  const g = globalThis as {
    requestAnimationFrame?: (cb: (now: number) => void) => number;
    cancelAnimationFrame?: (id: number) => void;
  };
  const requestAnimationFrame = g.requestAnimationFrame;
  const cancelAnimationFrame = g.cancelAnimationFrame;
  if (typeof requestAnimationFrame !== 'function' || typeof cancelAnimationFrame !== 'function') {
    return {
      setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms) as unknown as number,
      clearTimeout: (h) => globalThis.clearTimeout(h),
    };
  }
  const frameTimes: number[] = [];
  /** Our handle → the pending animation frame. */
  const pending = new Map<number, number>();
  let next = 1;
  return {
    frameTimes,
    setTimeout(fn, ms) {
      const handle = next++;
      const start = performance.now();
      let last = start;
      const tick = (now: number) => {
        if (frameTimes.length >= 600) frameTimes.shift();
        frameTimes.push(now - last);
        last = now;
        if (now - start >= ms) {
          pending.delete(handle);
          fn();
        } else pending.set(handle, requestAnimationFrame(tick));
      };
      pending.set(handle, requestAnimationFrame(tick));
      return handle;
    },
    clearTimeout(handle) {
      const raf = pending.get(handle);
      if (raf !== undefined) cancelAnimationFrame(raf);
      pending.delete(handle);
    },
  };
}
