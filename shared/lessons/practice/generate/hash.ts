/**
 * A small pure string hash for stable generated ids: the same request always gives the same id, on every machine.
 * Two FNV-1a passes with different offsets, printed in base 36 (about 64 bits: collisions are not a practical concern
 * for a few thousand scenarios).
 */

function fnv1a(text: string, offset: number): number {
  let h = offset >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A lowercase base-36 hash of `text` (12 to 14 characters), stable across runs and platforms. */
export function stableHash(text: string): string {
  const a = fnv1a(text, 0x811c9dc5).toString(36).padStart(7, '0');
  const b = fnv1a(text, 0x050c5d1f).toString(36).padStart(7, '0');
  return `${a}${b}`;
}

/** JSON text of a value with object keys sorted at every level, so equal values always serialize the same way. */
export function stableStringify(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(',')}]`;
  if (value && typeof value === 'object') {
    const obj = value as Record<string, unknown>;
    const keys = Object.keys(obj)
      .filter((k) => obj[k] !== undefined)
      .sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${stableStringify(obj[k])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
