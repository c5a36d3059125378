/**
 * How graph elements are drawn in Cytoscape: node and edge definitions (data, position, classes) from the graph model,
 * the layout's box rectangles and the level of detail; the controller compares them with what is drawn and patches
 * only what changed.
 */
import type { ElementDefinition } from 'cytoscape';
import {
  edgeArcs,
  ARC_LIMIT,
  type BoxRect,
  type DrawnEdge,
  type GraphNode,
  type Positions,
} from '../../../shared/graph';

/** What is drawn for a node, to patch only what changed. */
export interface DrawnNode {
  classes: string;
  label: string;
  box: boolean;
}

/** Long names are cut here rather than by Cytoscape (its ellipsis measures text character by character). */
export function shortLabel(label: string, box: boolean, presenter = false): string {
  // Presenter type is ~1.5× larger: shorter leaf labels keep neighbouring columns (190 units apart) from overlapping.
  const max = box ? 60 : presenter ? 19 : 24;
  return label.length > max ? `${label.slice(0, max - 1)}…` : label;
}

/** How a node is drawn: its data, position and classes (compared with what is drawn to patch only what changed). */
export function nodeDef(
  n: GraphNode,
  rect: BoxRect | undefined,
  positions: Positions,
  hidden: boolean,
  closed: string | null,
  presenter: boolean,
  more = false,
): ElementDefinition {
  if (rect) {
    // A closed box (level of detail) says what it holds, in type large enough to read from far away.
    const label = closed === null ? shortLabel(n.label, true) : `${shortLabel(n.label, true)}\n${summaryLines(closed)}`;
    const fs = closed === null ? undefined : Math.round(Math.max(14, Math.min(160, rect.h / 9, rect.w / 14)));
    return {
      group: 'nodes',
      data: { id: n.id, kind: n.kind, label, w: rect.w, h: rect.h, ...(fs ? { fs } : {}) },
      position: { x: rect.x, y: rect.y },
      classes: `box b-${n.kind} z${Math.min(rect.depth, 3)}${closed === null ? '' : ' closed'}${hidden ? ' hidden' : ''}`,
    };
  }
  const p = positions[n.id];
  return {
    group: 'nodes',
    data: { id: n.id, kind: n.kind, label: shortLabel(n.label, false, presenter) },
    position: p ? { x: p.x, y: p.y } : { x: 0, y: 0 },
    classes: `k-${n.kind}${more ? ' more' : ''}${hidden ? ' hidden' : ''}`,
  };
}

/** A closed box's summary in lines of three counts, so that a count never wraps away from its noun. */
export function summaryLines(summary: string): string {
  const parts = summary.split(' · ');
  const lines: string[] = [];
  for (let i = 0; i < parts.length; i += 3) lines.push(parts.slice(i, i + 3).join(' · '));
  return lines.join('\n');
}

/** How an edge is drawn; merged edges (level of detail) carry their count and a width that grows with it. */
export function edgeDef(
  e: DrawnEdge,
  hidden: boolean,
  boxes: ReadonlyMap<string, BoxRect>,
  near: boolean,
  arc?: number,
): ElementDefinition {
  if (!e.merged) {
    return {
      group: 'edges',
      data: { id: e.id, kind: e.kind, source: e.source, target: e.target, ...(arc !== undefined ? { cpd: arc } : {}) },
      classes: `e-${e.kind}${e.conditional ? ' cond' : ''}${arc !== undefined ? ' arc' : ''}${hidden ? ' hidden' : ''}`,
    };
  }
  // Between two closed boxes, zoomed out, the edge is seen from far away: thick, with a large count. Zoomed in, it
  // passes near open boxes and stays thin.
  const far = !near && boxes.has(e.source) && boxes.has(e.target);
  const grow = Math.log2(e.count + 1);
  return {
    group: 'edges',
    data: {
      id: e.id,
      kind: e.kind,
      source: e.source,
      target: e.target,
      label: e.count > 1 ? String(e.count) : '',
      mw: far ? 8 + 8 * grow : 1.6 + grow,
      fs: far ? 120 : 12,
    },
    classes: `e-${e.kind} merged${e.conditional ? ' cond' : ''}${hidden ? ' hidden' : ''}`,
  };
}

/** What `elementDefsFor` reads besides the nodes and edges. */
export interface DefsContext {
  rects: ReadonlyMap<string, BoxRect>;
  positions: Positions;
  visible: ReadonlySet<string>;
  /** The summary a closed box shows (level of detail), or null when it is open or not a box. */
  closedSummary(id: string): string | null;
  /** Zoomed in close (merged edges drawn thin). */
  near: boolean;
  presenter: boolean;
  /** Leaves with neighbours that are not shown (the neighbourhood view): drawn with a dashed ring. */
  expandable?: ReadonlyMap<string, number>;
}

/**
 * The definitions of everything to draw. Edges that would run behind other nodes arc over them, in worlds small
 * enough to be read edge by edge (the samples, a learner's sandbox); bigger ones keep straight edges: dozens of arcs
 * read as a tangle, and curves cost drawing time (the imported example account's first draw measured up to ~25 %
 * slower with them).
 */
export function elementDefsFor(
  nodes: readonly GraphNode[],
  edges: readonly DrawnEdge[],
  c: DefsContext,
): {
  wanted: Map<string, ElementDefinition>;
  wantedEdges: Map<string, ElementDefinition>;
  edgeById: Map<string, DrawnEdge>;
} {
  const wanted = new Map<string, ElementDefinition>();
  for (const n of nodes) {
    const rect = c.rects.get(n.id);
    wanted.set(
      n.id,
      nodeDef(
        n,
        rect,
        c.positions,
        !c.visible.has(n.id),
        rect ? c.closedSummary(n.id) : null,
        c.presenter,
        c.expandable?.has(n.id) ?? false,
      ),
    );
  }
  const leaves = nodes.filter((n) => !c.rects.has(n.id)).map((n) => n.id);
  const arcs =
    nodes.length + edges.length > ARC_LIMIT
      ? new Map<string, number>()
      : edgeArcs(
          edges.filter((e) => !e.merged),
          c.positions,
          leaves,
        );
  const wantedEdges = new Map<string, ElementDefinition>();
  const edgeById = new Map<string, DrawnEdge>();
  for (const e of edges) {
    edgeById.set(e.id, e);
    wantedEdges.set(
      e.id,
      edgeDef(e, !(c.visible.has(e.source) && c.visible.has(e.target)), c.rects, c.near, arcs.get(e.id)),
    );
  }
  return { wanted, wantedEdges, edgeById };
}

/** What was drawn, kept to compare the next definitions with (`patchElements`). */
export function drawnRecords(
  wanted: ReadonlyMap<string, ElementDefinition>,
  wantedEdges: ReadonlyMap<string, ElementDefinition>,
  edgeById: ReadonlyMap<string, DrawnEdge>,
  rects: ReadonlyMap<string, BoxRect>,
): { nodes: Map<string, DrawnNode>; edges: Map<string, DrawnEdge & { classes: string }> } {
  return {
    nodes: new Map(
      [...wanted].map(([id, d]) => [
        id,
        { classes: d.classes as string, label: d.data.label as string, box: rects.has(id) },
      ]),
    ),
    edges: new Map([...wantedEdges].map(([id, d]) => [id, { ...edgeById.get(id)!, classes: d.classes as string }])),
  };
}
