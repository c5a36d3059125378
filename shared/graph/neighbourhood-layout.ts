/**
 * The neighbourhood view's own layout: bands of rows that follow the edges' direction. The centre sits in the middle
 * band; what acts on it (who can assume the role, the members of the group, the instance profile) sits in the band
 * above, what it acts on (its policies, its groups, its boundary) in the band below; each further step goes one band
 * further up or down the same way. A band holds its nodes in rows of at most `columns` (chosen by the view so that
 * the picture fits its pane at a legible zoom), sorted by kind then name, each row centred. Deterministic, pure.
 */
import { NODE_KINDS } from './kinds';
import type { GraphEdge, GraphModel, GraphNode, Positions } from './types';

/** Spacing of the neighbourhood's grid, in graph units. */
export interface NeighbourhoodLayoutOptions {
  /** At most this many nodes side by side in a row. */
  columns: number;
  columnWidth: number;
  rowHeight: number;
  /** Extra space between two bands, in rows. */
  bandGap: number;
  /**
   * One band for every node, in rows by kind then name: for a short pane with no room for bands (the Evaluate area's
   * request in presenter mode). Off by default.
   */
  flat?: boolean;
}

/** The default grid: columns a cut bold label wide (24 characters at 11 units), rows a node and its label high. */
export const DEFAULT_NEIGHBOURHOOD_LAYOUT: NeighbourhoodLayoutOptions = {
  columns: 3,
  columnWidth: 180,
  rowHeight: 62,
  bandGap: 0.2,
};

/**
 * Node id → band: 0 for the centre, negative above (what acts on it), positive below (what it acts on). Walks the
 * edges between the given leaves breadth-first from the centre; an edge into the node already placed puts the new
 * node one band above it, an edge out of it one band below. Leaves not connected to the centre through the shown
 * ones (added on their own) go one band below the lowest.
 */
export function neighbourhoodBands(model: GraphModel, centre: string, shown: ReadonlySet<string>): Map<string, number> {
  const edgesOf = new Map<string, GraphEdge[]>();
  for (const e of model.edges) {
    if (!shown.has(e.source) || !shown.has(e.target) || e.source === e.target) continue;
    for (const end of [e.source, e.target]) {
      const list = edgesOf.get(end) ?? [];
      list.push(e);
      edgesOf.set(end, list);
    }
  }
  const band = new Map<string, number>();
  if (!shown.has(centre)) return band;
  band.set(centre, 0);
  let ring = [centre];
  while (ring.length > 0) {
    const next: string[] = [];
    for (const id of ring) {
      const here = band.get(id)!;
      for (const e of edgesOf.get(id) ?? []) {
        const other = e.source === id ? e.target : e.source;
        if (band.has(other)) continue;
        band.set(other, e.source === id ? here + 1 : here - 1);
        next.push(other);
      }
    }
    ring = next;
  }
  const lowest = Math.max(0, ...band.values());
  for (const id of shown) if (!band.has(id)) band.set(id, lowest + 1);
  return band;
}

const KIND_ORDER = new Map<string, number>(NODE_KINDS.map((k, i) => [k, i]));

/** Kind, then label, then id: the order of nodes inside a band. */
function byKindThenName(a: GraphNode, b: GraphNode): number {
  return (
    (KIND_ORDER.get(a.kind) ?? 0) - (KIND_ORDER.get(b.kind) ?? 0) ||
    a.label.localeCompare(b.label, 'en') ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/**
 * Positions of the shown leaves in bands (see the module comment). The centre is at (0, 0); `dragged` positions win.
 */
export function neighbourhoodLayout(
  model: GraphModel,
  centre: string,
  shown: ReadonlySet<string>,
  options: Partial<NeighbourhoodLayoutOptions> = {},
  dragged: Positions = {},
): Positions {
  const o = { ...DEFAULT_NEIGHBOURHOOD_LAYOUT, ...options };
  const columns = Math.max(1, Math.floor(o.columns));
  const bands = o.flat ? new Map([...shown].map((id) => [id, 0])) : neighbourhoodBands(model, centre, shown);
  const members = new Map<number, GraphNode[]>();
  for (const n of model.nodes) {
    const b = bands.get(n.id);
    if (b === undefined) continue;
    const list = members.get(b) ?? [];
    list.push(n);
    members.set(b, list);
  }
  const order = [...members.keys()].sort((a, b) => a - b);
  const rowsOf = (b: number) => Math.ceil((members.get(b)?.length ?? 0) / columns);
  // The top of each band, in rows, with the centre's band starting at row 0.
  const top = new Map<number, number>();
  let y = 0;
  for (const b of order.filter((b) => b >= 0)) {
    top.set(b, y);
    y += rowsOf(b) + o.bandGap;
  }
  y = 0;
  for (const b of order.filter((b) => b < 0).reverse()) {
    y -= rowsOf(b) + o.bandGap;
    top.set(b, y);
  }
  // Node ids come from the world (a trust policy may name any service): a record without a prototype.
  const out: Positions = Object.create(null) as Positions;
  for (const b of order) {
    const nodes = members.get(b)!.sort(byKindThenName);
    nodes.forEach((n, i) => {
      const row = Math.floor(i / columns);
      const inRow = Math.min(columns, nodes.length - row * columns);
      const col = i % columns;
      out[n.id] = (Object.hasOwn(dragged, n.id) ? dragged[n.id] : undefined) ?? {
        x: Math.round((col - (inRow - 1) / 2) * o.columnWidth),
        y: Math.round((top.get(b)! + row) * o.rowHeight),
      };
    });
  }
  return out;
}
