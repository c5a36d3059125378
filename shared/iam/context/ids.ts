/**
 * Stable unique ids (AIDA... for users, AROA... for roles) when the world does not supply one: derived from the ARN
 * with a small deterministic hash, so traces and golden files stay stable.
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** A 21-character id with the given 4-letter prefix, derived deterministically from `seed`. */
export function stableId(prefix: string, seed: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < seed.length; i++) {
    const c = seed.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 16777619) >>> 0;
    h2 = Math.imul(h2 ^ c, 2246822519) >>> 0;
  }
  let out = prefix;
  let a = h1;
  let b = h2;
  for (let i = 0; i < 17; i++) {
    const src = i % 2 === 0 ? a : b;
    out += ALPHABET[src & 31];
    if (i % 2 === 0) a = (a >>> 5) | ((a & 31) << 27);
    else b = (b >>> 5) | ((b & 31) << 27);
  }
  return out;
}
