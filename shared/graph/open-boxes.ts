/**
 * Level of detail: which closed boxes to open. Pure: given the boxes in view, the ones pinned open (they hold the
 * selection or what the theatre lights) and the ones open now, it returns the next open set and whether more should
 * open at a later frame. Unpaced (`budget` undefined): what is open and still wanted stays, pinned boxes open at once,
 * the rest waits for the paced path. Paced: new boxes open nearest the view's centre first until `budget` leaves were
 * added, so zooming in on a large world stays responsive.
 */
import type { BoxRect } from './boxes';
import type { GraphModel } from './types';

/** What the decision reads. */
export interface OpenBoxesInput {
  /** Boxes in view (close enough to draw their leaves). */
  inView: ReadonlySet<string>;
  /** Boxes kept open whatever the zoom. */
  pinned: ReadonlySet<string>;
  open: ReadonlySet<string>;
  rects: ReadonlyMap<string, BoxRect>;
  /** Leaves each box holds directly. */
  leafCount: ReadonlyMap<string, number>;
  /** The centre of the view (graph units). */
  centre: { x: number; y: number };
  /** Leaves that may be added now; undefined: unpaced. */
  budget?: number;
}

/** Distance from a box's centre to a point (a missing box is infinitely far). */
export function boxDistance(r: BoxRect | undefined, p: { x: number; y: number }): number {
  return r ? Math.hypot(r.x - p.x, r.y - p.y) : Infinity;
}

/** The boxes to open next, and whether some wanted ones are left for a later frame. */
export function boxesToOpen(input: OpenBoxesInput): { open: Set<string>; more: boolean } {
  const want = new Set<string>([...input.pinned, ...input.inView]);
  if (input.budget === undefined) {
    const keep = new Set<string>();
    for (const id of want) if (input.open.has(id) || input.pinned.has(id)) keep.add(id);
    return { open: keep, more: [...want].some((id) => !keep.has(id)) };
  }
  const next = new Set<string>();
  for (const id of want) if (input.open.has(id)) next.add(id);
  const fresh = [...want]
    .filter((id) => !next.has(id))
    .sort((a, b) => boxDistance(input.rects.get(a), input.centre) - boxDistance(input.rects.get(b), input.centre));
  let budget = input.budget;
  let more = false;
  for (const id of fresh) {
    if (budget <= 0) {
      more = true;
      break;
    }
    next.add(id);
    budget -= input.leafCount.get(id) ?? 0;
  }
  return { open: next, more };
}

/** Box id → the leaves it holds at any depth. */
export function leavesByBox(model: GraphModel, rects: Map<string, BoxRect>): Map<string, string[]> {
  const parentOf = new Map<string, string>();
  for (const n of model.nodes) if (n.parent !== undefined) parentOf.set(n.id, n.parent);
  const out = new Map<string, string[]>();
  for (const n of model.nodes) {
    if (rects.has(n.id)) continue;
    for (let p = parentOf.get(n.id); p !== undefined; p = parentOf.get(p)) {
      const list = out.get(p);
      if (list) list.push(n.id);
      else out.set(p, [n.id]);
    }
  }
  return out;
}

/** Box id → how many leaves it holds directly: the boxes level of detail can open, and what opening one adds. */
export function leafCounts(model: GraphModel, rects: ReadonlyMap<string, BoxRect>): Map<string, number> {
  const out = new Map<string, number>();
  for (const n of model.nodes) {
    if (n.parent === undefined || rects.has(n.id)) continue;
    out.set(n.parent, (out.get(n.parent) ?? 0) + 1);
  }
  return out;
}

/** The boxes that directly hold some of `ids` (a large world opens them so those nodes are drawn). */
export function boxesHolding(ids: Iterable<string>, holder: ReadonlyMap<string, string>): Set<string> {
  const out = new Set<string>();
  for (const id of ids) {
    const box = holder.get(id);
    if (box !== undefined) out.add(box);
  }
  return out;
}

/** Whether two sets hold the same ids. */
export function sameSet(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  return a.size === b.size && [...a].every((x) => b.has(x));
}
