/**
 * The transaction a command handler works in: reads the world, writes through `set`/`remove` (copy on write) and
 * records every write as a change, so the diff comes out exact and reversible. Generated ids come from `nextId`.
 */
import { getIn, hasIn, setIn, type Change, type WorldDiff } from './diff';
import { makeId, type IdKind } from './ids';
import type { World } from './types';

/** A command's working copy of the world plus the changes made so far. */
export class WorldTx {
  #world: World;
  readonly #changes: Change[] = [];
  /** Values a command wants to hand back (new ids, secrets, ARNs). */
  readonly output: Record<string, unknown> = {};

  constructor(world: World) {
    this.#world = world;
  }

  /** The world as it is now inside the transaction. */
  get world(): World {
    return this.#world;
  }

  /** The world clock. */
  get now(): string {
    return this.#world.clock;
  }

  /** Reads a value at a path. */
  get(path: readonly string[]): unknown {
    return getIn(this.#world, path);
  }

  /** Sets a value at a path (the parent must exist). */
  set(path: readonly string[], value: unknown): void {
    const change: Change = { path: [...path], after: value };
    if (hasIn(this.#world, path)) change.before = getIn(this.#world, path);
    this.#world = setIn(this.#world, path, value) as World;
    this.#changes.push(change);
  }

  /** Removes the key at a path (no-op when absent). */
  remove(path: readonly string[]): void {
    if (!hasIn(this.#world, path)) return;
    this.#changes.push({ path: [...path], before: getIn(this.#world, path) });
    this.#world = setIn(this.#world, path, undefined, true) as World;
  }

  /** A new deterministic id; advances the world's counter. */
  nextId(kind: IdKind): string {
    const seq = this.#world.seq;
    this.set(['seq'], seq + 1);
    return makeId(kind, this.#world.seed, seq);
  }

  /** The diff of everything done so far. */
  diff(): WorldDiff {
    return { changes: this.#changes.slice() };
  }
}
