/**
 * Deterministic ids: every generated id (AIDA..., AKIA..., secrets, i-..., ou-...) is a hash of the world's seed and
 * a counter kept in the world, so the same commands on the same world always yield the same ids. No randomness.
 */

const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const HEX = '0123456789abcdef';
const SECRET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Turns any string (a world seed and counter, a session id, a date) into a 32-bit seed (FNV-1a). */
export function seedFromString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * A small deterministic generator (mulberry32) from a 32-bit seed: numbers in [0, 1). The ids use it, and so do
 * practice sets (shared/lessons/practice/prng.ts), which must be reproducible too.
 */
export function makeRng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `length` characters from `alphabet`, determined by `seedText`. */
export function deterministicChars(seedText: string, alphabet: string, length: number): string {
  const next = makeRng(seedFromString(seedText));
  let out = '';
  for (let i = 0; i < length; i++) out += alphabet[Math.floor(next() * alphabet.length)];
  return out;
}

/** The id kinds and how AWS shapes them. */
export const ID_SHAPES = {
  user: { prefix: 'AIDA', alphabet: UPPER, length: 17 },
  group: { prefix: 'AGPA', alphabet: UPPER, length: 17 },
  role: { prefix: 'AROA', alphabet: UPPER, length: 17 },
  policy: { prefix: 'ANPA', alphabet: UPPER, length: 17 },
  instanceProfile: { prefix: 'AIPA', alphabet: UPPER, length: 17 },
  accessKey: { prefix: 'AKIA', alphabet: UPPER, length: 16 },
  sessionKey: { prefix: 'ASIA', alphabet: UPPER, length: 16 },
  secret: { prefix: '', alphabet: SECRET, length: 40 },
  instance: { prefix: 'i-', alphabet: HEX, length: 17 },
  kmsKey: { prefix: '', alphabet: HEX, length: 32 },
  org: { prefix: 'o-', alphabet: '0123456789abcdefghijklmnopqrstuvwxyz', length: 10 },
  root: { prefix: 'r-', alphabet: '0123456789abcdefghijklmnopqrstuvwxyz', length: 4 },
  ou: { prefix: '', alphabet: '0123456789abcdefghijklmnopqrstuvwxyz', length: 8 },
  orgPolicy: { prefix: 'p-', alphabet: '0123456789abcdefghijklmnopqrstuvwxyz', length: 8 },
  account: { prefix: '', alphabet: '0123456789', length: 12 },
} as const;

/** One id kind. */
export type IdKind = keyof typeof ID_SHAPES;

/** The id of kind `kind` for counter value `seq` in a world seeded with `seed`. */
export function makeId(kind: IdKind, seed: string, seq: number): string {
  const shape = ID_SHAPES[kind];
  return shape.prefix + deterministicChars(`${seed}:${kind}:${seq}`, shape.alphabet, shape.length);
}

/** A KMS key id in its UUID shape (8-4-4-4-12 hex). */
export function formatKmsKeyId(hex32: string): string {
  return `${hex32.slice(0, 8)}-${hex32.slice(8, 12)}-${hex32.slice(12, 16)}-${hex32.slice(16, 20)}-${hex32.slice(20)}`;
}

/**
 * True for the names of `Object.prototype`'s members and `__proto__`. Generated record keys (world ids) avoid them, so
 * that no code reading a plain object by such a key can take a built-in for a stored entry (issue #13). User-chosen
 * names (IAM names) may be these words; they are read with `own()` (shared/world/own.ts).
 */
export function isPrototypeName(key: string): boolean {
  return key === '__proto__' || Object.hasOwn(Object.prototype, key);
}
