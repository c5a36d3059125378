/**
 * The difference between two worlds as one reversible `WorldDiff`: what the terminal panel records when a command
 * line changed the world, so the whole line undoes in one step. Objects are compared key by key; arrays and scalars
 * are replaced whole when they differ.
 */
import type { Change, WorldDiff } from '../world/diff';
import type { World } from '../world/types';

const isPlainObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Deep equality of JSON values (key order ignored). */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((v, i) => sameJson(v, b[i]));
  }
  if (!isPlainObject(a) || !isPlainObject(b)) return false;
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  return ka.every((k) => Object.hasOwn(b, k) && sameJson(a[k], b[k]));
}

function walk(before: Record<string, unknown>, after: Record<string, unknown>, path: string[], out: Change[]): void {
  for (const key of Object.keys(before)) {
    if (!Object.hasOwn(after, key)) out.push({ path: [...path, key], before: before[key] });
  }
  for (const key of Object.keys(after)) {
    const p = [...path, key];
    if (!Object.hasOwn(before, key)) out.push({ path: p, after: after[key] });
    else if (isPlainObject(before[key]) && isPlainObject(after[key])) walk(before[key], after[key], p, out);
    else if (!sameJson(before[key], after[key])) out.push({ path: p, before: before[key], after: after[key] });
  }
}

/** The diff that turns `before` into `after` (empty when they are equal). */
export function diffWorlds(before: World, after: World): WorldDiff {
  const changes: Change[] = [];
  walk(before as unknown as Record<string, unknown>, after as unknown as Record<string, unknown>, [], changes);
  return { changes };
}
