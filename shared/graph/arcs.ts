/**
 * Edges that would run straight behind other nodes get an arc. In the column layout, an edge from a user to an AWS
 * managed policy on the far right, or a trust edge from one account's root to another account's role, crosses every
 * node on its row: a learner would read "user → bucket → policy". Such edges bow upwards by a share of their length
 * (Cytoscape's `control-point-distances`); edges with a clear straight path stay straight.
 */
import type { GraphEdge, Point, Positions } from './types';

/**
 * Up to this many drawn nodes plus edges, edges in the way of other nodes arc. Bigger pictures keep straight edges:
 * dozens of arcs read as a tangle, and curves cost drawing time.
 */
export const ARC_LIMIT = 300;

/** How close (graph units) a node's centre may come to an edge's straight line before the edge arcs. */
export const ARC_CLEARANCE = 26;

/** Distance from `p` to the segment a–b. */
function distanceToSegment(p: Point, a: Point, b: Point): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / len2));
  return Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}

/** How far an edge from `a` to `b` bows: a share of its length, upwards on screen for either direction. */
export function arcBow(a: Point, b: Point): number {
  const bow = Math.round(Math.max(36, Math.min(220, Math.hypot(b.x - a.x, b.y - a.y) * 0.12)));
  // Cytoscape measures the distance to the left of source → target: up for an edge drawn left to right.
  return b.x >= a.x ? -bow : bow;
}

/**
 * The edges (by id) whose straight line passes within `clearance` of a node other than their ends, with their bow.
 * `nodes` are the ids drawn as leaves (boxes are not obstacles: edges cross box borders on purpose).
 */
export function edgeArcs(edges: readonly GraphEdge[], positions: Positions, nodes: Iterable<string>, clearance = ARC_CLEARANCE): Map<string, number> {
  const points: { id: string; p: Point }[] = [];
  for (const id of nodes) {
    const p = positions[id];
    if (p) points.push({ id, p });
  }
  const out = new Map<string, number>();
  for (const e of edges) {
    const a = positions[e.source];
    const b = positions[e.target];
    if (!a || !b || e.source === e.target) continue;
    const x1 = Math.min(a.x, b.x) - clearance;
    const x2 = Math.max(a.x, b.x) + clearance;
    const y1 = Math.min(a.y, b.y) - clearance;
    const y2 = Math.max(a.y, b.y) + clearance;
    for (const { id, p } of points) {
      if (id === e.source || id === e.target || p.x < x1 || p.x > x2 || p.y < y1 || p.y > y2) continue;
      if (distanceToSegment(p, a, b) < clearance) {
        out.set(e.id, arcBow(a, b));
        break;
      }
    }
  }
  return out;
}
