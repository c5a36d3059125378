/**
 * A small seeded pseudo-random generator (mulberry32) so practice sets and exam orders are reproducible:
 * the same seed always gives the same set. The seed comes from the caller (shared/ has no randomness).
 */

/** A function returning numbers in [0, 1), deterministic for its seed. */
export type Rng = () => number;

/** Makes a generator from a 32-bit integer seed. */
export function makeRng(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Turns any string (a session id, a date) into a 32-bit seed (FNV-1a). */
export function seedFromString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Returns a shuffled copy (Fisher-Yates) of `list`; the input is not changed. */
export function shuffled<T>(list: readonly T[], rng: Rng): T[] {
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}
