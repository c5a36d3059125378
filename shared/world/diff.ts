/**
 * Reversible diffs of the world: a list of changes, each setting one JSON path from `before` to `after`
 * (an absent `before` means the key was created, an absent `after` that it was removed). Undo applies the inverted
 * diff; redo applies the diff again. Diffs are plain JSON, so they can be stored and sent over IPC.
 */
import type { World } from './types';

/** One change at one path. A missing `before`/`after` key means "absent". */
export interface Change {
  path: string[];
  before?: unknown;
  after?: unknown;
}

/** The changes one command made, in order. */
export interface WorldDiff {
  changes: Change[];
}

/** Reads the value at `path`, or undefined when absent. */
export function getIn(root: unknown, path: readonly string[]): unknown {
  let cur: unknown = root;
  for (const key of path) {
    // Own keys only: a user named `constructor` must not find Object.prototype's member.
    if (cur === null || typeof cur !== 'object' || !Object.hasOwn(cur, key)) return undefined;
    cur = (cur as Record<string, unknown>)[key];
  }
  return cur;
}

/** True when the key at `path` exists. */
export function hasIn(root: unknown, path: readonly string[]): boolean {
  if (path.length === 0) return true;
  const parent = getIn(root, path.slice(0, -1));
  return parent !== null && typeof parent === 'object' && Object.hasOwn(parent, path[path.length - 1]);
}

/** Returns a copy of `root` with `path` set to `value` (or removed when `remove`), copying only along the path. */
export function setIn(root: unknown, path: readonly string[], value: unknown, remove = false): unknown {
  if (path.length === 0) return value;
  if (root === null || typeof root !== 'object') {
    throw new Error(`setIn: no object at ${path[0]}`);
  }
  const [head, ...rest] = path;
  const copy: Record<string, unknown> = Array.isArray(root)
    ? ([...root] as unknown as Record<string, unknown>)
    : { ...(root as Record<string, unknown>) };
  // Stored as an own data property (for `__proto__`, plain assignment would set the copy's prototype instead).
  const put = (v: unknown) =>
    Object.defineProperty(copy, head, { value: v, writable: true, enumerable: true, configurable: true });
  if (rest.length === 0) {
    if (remove) delete copy[head];
    else put(value);
  } else {
    put(setIn(Object.hasOwn(copy, head) ? copy[head] : undefined, rest, value, remove));
  }
  return copy;
}

/** Applies one change in the forward direction. */
function applyChange(world: unknown, change: Change): unknown {
  return Object.hasOwn(change, 'after')
    ? setIn(world, change.path, change.after)
    : setIn(world, change.path, undefined, true);
}

/** Applies a diff to a world (forward). */
export function applyDiff(world: World, diff: WorldDiff): World {
  let cur: unknown = world;
  for (const change of diff.changes) cur = applyChange(cur, change);
  return cur as World;
}

/** The diff that undoes `diff`: changes reversed, before and after swapped. */
export function invertDiff(diff: WorldDiff): WorldDiff {
  return {
    changes: diff.changes
      .slice()
      .reverse()
      .map((c) => {
        const inv: Change = { path: c.path };
        if (Object.hasOwn(c, 'after')) inv.before = c.after;
        if (Object.hasOwn(c, 'before')) inv.after = c.before;
        return inv;
      }),
  };
}

/** True when the diff changes nothing. */
export function isEmptyDiff(diff: WorldDiff): boolean {
  return diff.changes.length === 0;
}
