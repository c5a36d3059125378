/**
 * A small seeded pseudo-random generator (mulberry32) so practice sets and exam orders are reproducible:
 * the same seed always gives the same set. The seed comes from the caller (shared/ has no randomness).
 */

/** A function returning numbers in [0, 1), deterministic for its seed. */
export type Rng = () => number;

/** The generator and the string-to-seed hash are the ones the world's deterministic ids use. */
export { makeRng, seedFromString } from '../../world/ids';

/** Returns a shuffled copy (Fisher-Yates) of `list`; the input is not changed. */
export function shuffled<T>(list: readonly T[], rng: Rng): T[] {
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}
