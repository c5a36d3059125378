/**
 * Boxes (organizations, OUs, accounts, areas) as plain rectangles computed from the leaf positions, deepest first.
 * The view draws them as ordinary nodes under the leaves instead of Cytoscape compound nodes: compound nodes make
 * every style change walk parents, children and their edges, which dominated the first draw of large worlds.
 */
import type { GraphModel, GraphNode, Point, Positions } from './types';

/** A rectangle in graph coordinates (centre and size, as Cytoscape takes them). */
export interface BoxRect {
  x: number;
  y: number;
  w: number;
  h: number;
  /** Nesting depth: 0 for outermost boxes (drawn first, underneath). */
  depth: number;
}

/** How big leaves and box margins are, in graph units. */
export interface BoxMetrics {
  /** Width and height of a leaf node. */
  node: number;
  /** Label font size (the label sits under the node). */
  font: number;
  /** Space between a box's border and what it holds. */
  padding: number;
}

/** Metrics of the normal look (presenter mode passes bigger ones). */
export const DEFAULT_BOX_METRICS: BoxMetrics = { node: 40, font: 11, padding: 28 };

interface Extent {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

function grow(a: Extent | undefined, b: Extent): Extent {
  return a ? { x1: Math.min(a.x1, b.x1), y1: Math.min(a.y1, b.y1), x2: Math.max(a.x2, b.x2), y2: Math.max(a.y2, b.y2) } : { ...b };
}

/** The area a leaf covers with its label (labels are cut at 24 characters by the view). */
export function leafExtent(p: Point, label: string, m: BoxMetrics): Extent {
  const half = Math.max(m.node / 2, (Math.min(label.length, 24) * m.font * 0.56) / 2);
  return { x1: p.x - half, y1: p.y - m.node / 2, x2: p.x + half, y2: p.y + m.node / 2 + 4 + m.font * 1.3 };
}

/**
 * The rectangle of every node that holds other nodes, from its visible leaves (or from all of them when none is
 * visible, so a hidden box keeps a sensible size). Nodes without children are not boxes and are not returned.
 */
export function boxRects(model: GraphModel, positions: Positions, visible: ReadonlySet<string>, m: BoxMetrics = DEFAULT_BOX_METRICS): Map<string, BoxRect> {
  const byId = new Map<string, GraphNode>();
  const children = new Map<string, GraphNode[]>();
  for (const n of model.nodes) {
    byId.set(n.id, n);
    if (n.parent === undefined) continue;
    const list = children.get(n.parent);
    if (list) list.push(n);
    else children.set(n.parent, [n]);
  }
  const depthOf = new Map<string, number>();
  const depth = (id: string): number => {
    const known = depthOf.get(id);
    if (known !== undefined) return known;
    const parent = byId.get(id)?.parent;
    const d = parent !== undefined && byId.has(parent) ? depth(parent) + 1 : 0;
    depthOf.set(id, d);
    return d;
  };
  const boxes = [...children.keys()].filter((id) => byId.has(id)).sort((a, b) => depth(b) - depth(a));
  const extents = new Map<string, Extent>();
  const out = new Map<string, BoxRect>();
  for (const id of boxes) {
    const kids = children.get(id)!;
    let shown: Extent | undefined;
    let all: Extent | undefined;
    for (const k of kids) {
      let e: Extent | undefined = extents.get(k.id);
      if (!e) {
        const p = positions[k.id];
        if (!p) continue;
        e = leafExtent(p, k.label, m);
      }
      all = grow(all, e);
      if (visible.has(k.id)) shown = grow(shown, e);
    }
    const inner = shown ?? all ?? { x1: 0, y1: 0, x2: 0, y2: 0 };
    const e = { x1: inner.x1 - m.padding, y1: inner.y1 - m.padding, x2: inner.x2 + m.padding, y2: inner.y2 + m.padding };
    // A box holding nothing visible still counts for its parent only when it is visible itself.
    if (shown || visible.has(id)) extents.set(id, e);
    out.set(id, { x: (e.x1 + e.x2) / 2, y: (e.y1 + e.y2) / 2, w: e.x2 - e.x1, h: e.y2 - e.y1, depth: depth(id) });
  }
  return out;
}
