/**
 * Keyboard navigation between nodes, as a pure function of positions: from the current node, the arrow keys move to
 * the nearest node in that direction (favouring nodes straight ahead), so a keyboard user walks the picture as a
 * mouse user sees it. Without a current node, the walk starts at the top-left node.
 */
import type { Point, Positions } from './types';

/** An arrow direction. */
export type Direction = 'left' | 'right' | 'up' | 'down';

const VECTORS: Record<Direction, Point> = { left: { x: -1, y: 0 }, right: { x: 1, y: 0 }, up: { x: 0, y: -1 }, down: { x: 0, y: 1 } };

/** The top-left node (smallest y, then smallest x), where a walk starts. */
export function firstNode(positions: Positions, ids: Iterable<string>): string | undefined {
  let best: string | undefined;
  for (const id of ids) {
    const p = positions[id];
    if (!p) continue;
    const b = best === undefined ? undefined : positions[best];
    if (!b || p.x < b.x - 1e-6 || (Math.abs(p.x - b.x) < 1e-6 && p.y < b.y)) best = id;
  }
  return best;
}

/** The nearest node from `current` in `direction` among `ids`, or undefined at the edge of the picture. */
export function nextNode(positions: Positions, ids: Iterable<string>, current: string, direction: Direction): string | undefined {
  const from = positions[current];
  if (!from) return firstNode(positions, ids);
  const v = VECTORS[direction];
  let best: string | undefined;
  let bestScore = Infinity;
  for (const id of ids) {
    if (id === current) continue;
    const p = positions[id];
    if (!p) continue;
    const dx = p.x - from.x;
    const dy = p.y - from.y;
    const along = dx * v.x + dy * v.y;
    if (along <= 0) continue;
    const across = Math.abs(dx * v.y - dy * v.x);
    // Sideways distance costs more than distance ahead, so "down" stays in the column when it can.
    const score = along + 3 * across;
    if (score < bestScore || (score === bestScore && best !== undefined && id < best)) {
      bestScore = score;
      best = id;
    }
  }
  return best;
}
