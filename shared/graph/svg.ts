/**
 * Export of the graph as a standalone SVG document, built from the model and the positions alone (no Cytoscape), so
 * it is pure, testable, and opens in any browser or vector editor. Boxes (accounts, OUs, areas) wrap their children.
 */
import { ARC_LIMIT, edgeArcs } from './arcs';
import type { EdgeKind, NodeKind } from './kinds';
import type { GraphModel, GraphNode, Point, Positions } from './types';

/** The colours the export uses (the view passes the current theme's). */
export interface SvgPalette {
  background: string;
  text: string;
  box: string;
  boxBorder: string;
  edge: string;
  kinds: Partial<Record<NodeKind, string>>;
  edges?: Partial<Record<EdgeKind, string>>;
}

interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

const NODE_R = 18;
const PAD = 34;

/** Escapes text for XML. */
export function xmlEscape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function boxesOf(model: GraphModel, visible: Set<string>, positions: Positions): Map<string, Box> {
  const boxes = new Map<string, Box>();
  const byId = new Map(model.nodes.map((n) => [n.id, n]));
  const grow = (id: string, b: Box): void => {
    const cur = boxes.get(id);
    boxes.set(id, cur ? { x1: Math.min(cur.x1, b.x1), y1: Math.min(cur.y1, b.y1), x2: Math.max(cur.x2, b.x2), y2: Math.max(cur.y2, b.y2) } : b);
  };
  // Leaves first, then boxes from the deepest up (each box pads what it holds).
  const depth = (n: GraphNode): number => (n.parent ? 1 + depth(byId.get(n.parent)!) : 0);
  const compounds = new Set(model.nodes.filter((n) => n.parent).map((n) => n.parent!));
  for (const n of model.nodes) {
    const p = positions[n.id];
    if (!visible.has(n.id) || compounds.has(n.id) || !p || !n.parent) continue;
    grow(n.parent, { x1: p.x - PAD, y1: p.y - PAD, x2: p.x + PAD, y2: p.y + PAD + 14 });
  }
  const ordered = model.nodes.filter((n) => compounds.has(n.id)).sort((a, b) => depth(b) - depth(a));
  for (const n of ordered) {
    const b = boxes.get(n.id);
    if (b && n.parent) grow(n.parent, { x1: b.x1 - PAD / 2, y1: b.y1 - PAD, x2: b.x2 + PAD / 2, y2: b.y2 + PAD / 2 });
  }
  return boxes;
}

function center(id: string, positions: Positions, boxes: Map<string, Box>): Point | undefined {
  const b = boxes.get(id);
  if (b) return { x: (b.x1 + b.x2) / 2, y: b.y1 };
  return positions[id];
}

/** Builds the SVG text of the visible part of the graph. */
export function graphToSvg(model: GraphModel, positions: Positions, palette: SvgPalette, visible?: Set<string>): string {
  const shown = visible ?? new Set(model.nodes.map((n) => n.id));
  const boxes = boxesOf(model, shown, positions);
  const parts: string[] = [];
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  const extend = (b: Box) => ((x1 = Math.min(x1, b.x1)), (y1 = Math.min(y1, b.y1)), (x2 = Math.max(x2, b.x2)), (y2 = Math.max(y2, b.y2)));
  const byId = new Map(model.nodes.map((n) => [n.id, n]));
  const depth = (n: GraphNode): number => (n.parent ? 1 + depth(byId.get(n.parent)!) : 0);
  const boxNodes = model.nodes.filter((n) => boxes.has(n.id) && shown.has(n.id)).sort((a, b) => depth(a) - depth(b));
  for (const n of boxNodes) {
    const b = boxes.get(n.id)!;
    extend(b);
    parts.push(
      `<g class="box ${n.kind}"><rect x="${b.x1}" y="${b.y1}" width="${b.x2 - b.x1}" height="${b.y2 - b.y1}" rx="10" fill="${palette.box}" fill-opacity="0.5" stroke="${palette.boxBorder}"/>` +
        `<text x="${b.x1 + 10}" y="${b.y1 + 18}" font-size="13" font-weight="600" fill="${palette.text}">${xmlEscape(n.label)}</text></g>`,
    );
  }
  // Edges that would run behind other nodes arc over them, as on screen (`edgeArcs`).
  const shownEdges = model.edges.filter((e) => shown.has(e.source) && shown.has(e.target));
  const shownLeaves = model.nodes.filter((n) => shown.has(n.id) && !boxes.has(n.id)).map((n) => n.id);
  const arcs = shownLeaves.length + shownEdges.length > ARC_LIMIT ? new Map<string, number>() : edgeArcs(shownEdges, positions, shownLeaves);
  for (const e of shownEdges) {
    const a = center(e.source, positions, boxes);
    const b = center(e.target, positions, boxes);
    if (!a || !b) continue;
    const colour = palette.edges?.[e.kind] ?? palette.edge;
    const dash = e.conditional ? ' stroke-dasharray="6 4"' : '';
    const bow = arcs.get(e.id);
    if (bow === undefined) {
      parts.push(`<line class="edge ${e.kind}" x1="${a.x}" y1="${a.y}" x2="${b.x}" y2="${b.y}" stroke="${colour}" stroke-width="1.5"${dash} marker-end="url(#arrow)"/>`);
      continue;
    }
    // A quadratic curve whose control point sits `bow` to the left of a → b at its middle (Cytoscape's convention).
    const len = Math.hypot(b.x - a.x, b.y - a.y);
    const cx = Math.round((a.x + b.x) / 2 + (bow * -(b.y - a.y)) / len);
    const cy = Math.round((a.y + b.y) / 2 + (bow * (b.x - a.x)) / len);
    parts.push(`<path class="edge ${e.kind}" d="M${a.x},${a.y} Q${cx},${cy} ${b.x},${b.y}" fill="none" stroke="${colour}" stroke-width="1.5"${dash} marker-end="url(#arrow)"/>`);
  }
  for (const n of model.nodes) {
    const p = positions[n.id];
    if (!shown.has(n.id) || boxes.has(n.id) || !p) continue;
    extend({ x1: p.x - 60, y1: p.y - NODE_R, x2: p.x + 60, y2: p.y + NODE_R + 18 });
    const fill = palette.kinds[n.kind] ?? palette.edge;
    parts.push(
      `<g class="node ${n.kind}"><title>${xmlEscape(n.arn ?? n.id)}</title><circle cx="${p.x}" cy="${p.y}" r="${NODE_R}" fill="${fill}" stroke="${palette.text}" stroke-width="1"/>` +
        `<text x="${p.x}" y="${p.y + NODE_R + 14}" font-size="12" text-anchor="middle" fill="${palette.text}">${xmlEscape(n.label)}</text></g>`,
    );
  }
  if (x1 === Infinity) {
    x1 = 0;
    y1 = 0;
    x2 = 100;
    y2 = 100;
  }
  const m = 20;
  const w = x2 - x1 + 2 * m;
  const h = y2 - y1 + 2 * m;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${x1 - m} ${y1 - m} ${w} ${h}" width="${Math.round(w)}" height="${Math.round(h)}" font-family="system-ui, sans-serif">`,
    `<defs><marker id="arrow" viewBox="0 0 10 10" refX="28" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="${palette.edge}"/></marker></defs>`,
    `<rect x="${x1 - m}" y="${y1 - m}" width="${w}" height="${h}" fill="${palette.background}"/>`,
    ...parts,
    '</svg>',
  ].join('\n');
}
