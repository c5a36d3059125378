/**
 * Level of detail for large worlds. Zoomed out, 2,000 nodes are specks without labels: a learner reads nothing and
 * the renderer spends seconds on them. So a large world is drawn as its boxes (accounts, OUs, areas) with what they
 * hold counted, and the leaves of a box are drawn once it comes into view close enough to read. An edge whose end is
 * in a box that is not open is drawn to that box instead, and edges that fall together are merged with a count.
 * Pure: the view decides which boxes are open (`boxesInView`), this module decides what is drawn.
 */
import type { BoxRect } from './boxes';
import { NODE_KIND_LABELS, NODE_KINDS, type EdgeKind, type NodeKind } from './kinds';
import type { GraphEdge, GraphModel, GraphNode } from './types';

/** Above this many nodes plus edges a world is drawn with level of detail. The example account (~500) is below. */
export const DETAIL_THRESHOLD = 1500;

/** From this zoom level on, the leaves of the boxes in view are drawn (below it, only boxes and merged edges). */
export const DETAIL_ZOOM = 0.3;

/** An edge as drawn: a model edge, or several merged into one between boxes (`count` > 1 or a box at an end). */
export interface DrawnEdge extends GraphEdge {
  /** How many model edges this one stands for (1 for a model edge drawn as it is). */
  count: number;
  /** True when an end was moved to a box. */
  merged: boolean;
}

/** What to draw for a set of open boxes. */
export interface DetailView {
  /** Boxes and the leaves of open boxes, in model order. */
  nodes: GraphNode[];
  edges: DrawnEdge[];
  /** The box holding each leaf directly (its `parent`), for leaves that have one. */
  holder: ReadonlyMap<string, string>;
  /** Visible leaves per box that holds them directly, counted by kind (for a closed box's summary). */
  counts: ReadonlyMap<string, Partial<Record<NodeKind, number>>>;
}

/**
 * Nodes and edges to draw when only the boxes in `open` show their leaves (`open === 'all'`: every box). Leaves not in
 * a box are always drawn. Edges hidden by the filter (`visible`) are left out of the merged edges and the counts.
 */
export function detailView(model: GraphModel, visible: ReadonlySet<string>, isBox: (id: string) => boolean, open: ReadonlySet<string> | 'all'): DetailView {
  const holder = new Map<string, string>();
  const counts = new Map<string, Partial<Record<NodeKind, number>>>();
  const nodes: GraphNode[] = [];
  for (const n of model.nodes) {
    if (isBox(n.id)) {
      nodes.push(n);
      continue;
    }
    if (n.parent !== undefined) {
      holder.set(n.id, n.parent);
      if (visible.has(n.id)) {
        const c = counts.get(n.parent) ?? {};
        c[n.kind] = (c[n.kind] ?? 0) + 1;
        counts.set(n.parent, c);
      }
    }
    if (open === 'all' || n.parent === undefined || open.has(n.parent)) nodes.push(n);
  }
  if (open === 'all') return { nodes, holder, counts, edges: model.edges.map((e) => ({ ...e, count: 1, merged: false })) };
  const drawnEnd = (id: string): string => {
    const box = holder.get(id);
    return box === undefined || open.has(box) ? id : box;
  };
  const edges: DrawnEdge[] = [];
  const mergedById = new Map<string, DrawnEdge>();
  for (const e of model.edges) {
    const source = drawnEnd(e.source);
    const target = drawnEnd(e.target);
    if (source === e.source && target === e.target) {
      edges.push({ ...e, count: 1, merged: false });
      continue;
    }
    // Inside one closed box: the summary counts it. Hidden by the filter: not drawn.
    if (source === target || !visible.has(e.source) || !visible.has(e.target)) continue;
    const id = mergedEdgeId(e.kind, source, target);
    const known = mergedById.get(id);
    if (known) {
      known.count++;
      known.conditional = known.conditional === true && e.conditional === true;
      continue;
    }
    const drawn: DrawnEdge = { id, kind: e.kind, source, target, count: 1, merged: true, ...(e.conditional ? { conditional: true } : {}) };
    mergedById.set(id, drawn);
    edges.push(drawn);
  }
  return { nodes, holder, counts, edges };
}

/** The id of a merged edge (distinct from model edge ids, which have no `merged:` prefix). */
export function mergedEdgeId(kind: EdgeKind, source: string, target: string): string {
  return `merged:${kind}:${source}->${target}`;
}

/** A closed box's summary: "60 users · 8 groups · 60 roles", kinds in the order of the columns, at most `max` kinds. */
export function boxSummary(counts: Partial<Record<NodeKind, number>> | undefined, max = 5): string {
  const entries = Object.entries(counts ?? {}) as [NodeKind, number][];
  if (entries.length === 0) return 'nothing shown';
  entries.sort((a, b) => NODE_KINDS.indexOf(a[0]) - NODE_KINDS.indexOf(b[0]));
  const parts = entries.slice(0, max).map(([kind, n]) => `${n} ${plural(KIND_SHORT[kind] ?? NODE_KIND_LABELS[kind].toLowerCase(), n)}`);
  const rest = entries.slice(max).reduce((s, [, n]) => s + n, 0);
  if (rest > 0) parts.push(`${rest} more`);
  return parts.join(' · ');
}

const KIND_SHORT: Partial<Record<NodeKind, string>> = {
  root: 'root user',
  user: 'user',
  group: 'group',
  role: 'role',
  policy: 'policy',
  'aws-policy': 'AWS managed policy',
  'inline-policy': 'inline policy',
  scp: 'SCP',
  rcp: 'RCP',
  idp: 'identity provider',
  service: 'service',
  'instance-profile': 'instance profile',
  instance: 'instance',
  resource: 'resource',
  external: 'outside principal',
};

function plural(word: string, n: number): string {
  if (n === 1) return word;
  if (word.endsWith('policy')) return `${word.slice(0, -1)}ies`;
  return `${word}s`;
}

/** A rectangle in graph coordinates, edges given. */
export interface Extent {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/**
 * The boxes to open for a viewport: none below `DETAIL_ZOOM`; else every box that holds leaves directly and overlaps
 * the visible area grown by `margin` (a fraction of its size, so panning a little does not open and close boxes).
 */
export function boxesInView(rects: ReadonlyMap<string, BoxRect>, holders: ReadonlySet<string>, view: Extent, zoom: number, margin = 0.25): Set<string> {
  const open = new Set<string>();
  if (zoom < DETAIL_ZOOM) return open;
  const mx = (view.x2 - view.x1) * margin;
  const my = (view.y2 - view.y1) * margin;
  for (const id of holders) {
    const r = rects.get(id);
    if (!r) continue;
    if (r.x + r.w / 2 >= view.x1 - mx && r.x - r.w / 2 <= view.x2 + mx && r.y + r.h / 2 >= view.y1 - my && r.y - r.h / 2 <= view.y2 + my) open.add(id);
  }
  return open;
}
