/**
 * Where the graph opens: the pure decision behind the controller's fit. A picture is only useful when its labels can
 * be read, so the fit never zooms out below the zoom at which a node label reaches the legible size on screen (11 px,
 * 16 px in presenter mode). When the whole picture fits at that zoom it is centred whole; when it does not, it opens at
 * the legible zoom centred on what matters — the selection, a lesson's subject, the request's principal and resource —
 * or, with nothing to centre on, at the top-left corner where reading starts (the root user and the users), and says
 * so (`fitsLegibly: false`), so the view can show an overview minimap.
 */
import { leafExtent, type BoxMetrics, type BoxRect } from './boxes';
import type { Extent } from './detail';
import type { Positions } from './types';

/** Label size on screen (px) below which a label is not legible. */
export const LEGIBLE_LABEL_PX = 11;
/** The same in presenter mode, for a projector seen from the back row. */
export const LEGIBLE_LABEL_PX_PRESENTER = 16;

/** The smallest zoom at which labels drawn at `fontUnits` are at least `minPx` on screen. */
export function legibleZoom(fontUnits: number, minPx: number): number {
  return minPx / Math.max(1e-6, fontUnits);
}

/** What a viewport decision needs. */
export interface ViewportInput {
  /** The area the visible picture covers (graph units), or null when nothing is drawn. */
  bounds: Extent | null;
  /** The part that matters most, if any (graph units): it is centred when the whole does not fit legibly. */
  interest: Extent | null;
  width: number;
  height: number;
  /** Space kept free around the picture (px). */
  pad: number;
  /** The zoom below which labels are not legible. */
  legible: number;
  /** The largest zoom a fit may use (a tiny world is not blown up). */
  maxZoom: number;
}

/** A zoom and a pan (Cytoscape's model: screen = graph × zoom + pan). */
export interface ViewportChoice {
  zoom: number;
  pan: { x: number; y: number };
  /** True when the whole picture is on screen at a legible zoom. */
  fitsLegibly: boolean;
}

/** Pan that puts graph point (cx, cy) at screen point (sx, sy). */
function panFor(zoom: number, cx: number, cy: number, sx: number, sy: number): { x: number; y: number } {
  return { x: sx - zoom * cx, y: sy - zoom * cy };
}

/**
 * Keeps the picture filling the view: along an axis where it is larger than the view, no empty band is left beyond its
 * edge (centring something near a corner does not leave half the screen blank); where it is smaller, it is centred.
 */
function clampPan(
  pan: { x: number; y: number },
  b: Extent,
  zoom: number,
  w: number,
  h: number,
  pad: number,
): { x: number; y: number } {
  const axis = (p: number, lo: number, hi: number, size: number): number => {
    const span = (hi - lo) * zoom;
    if (span <= size - 2 * pad) return size / 2 - zoom * ((lo + hi) / 2);
    return Math.min(pad - zoom * lo, Math.max(size - pad - zoom * hi, p));
  };
  return { x: axis(pan.x, b.x1, b.x2, w), y: axis(pan.y, b.y1, b.y2, h) };
}

/** The viewport to open on (see the module comment). Null when there is nothing to show or no room. */
export function chooseViewport(input: ViewportInput): ViewportChoice | null {
  const { bounds: b, width: w, height: h, pad } = input;
  if (!b || w <= 0 || h <= 0) return null;
  const bw = Math.max(1, b.x2 - b.x1);
  const bh = Math.max(1, b.y2 - b.y1);
  const fitZoom = Math.min(input.maxZoom, (w - 2 * pad) / bw, (h - 2 * pad) / bh);
  if (fitZoom >= input.legible) {
    return {
      zoom: fitZoom,
      pan: panFor(fitZoom, (b.x1 + b.x2) / 2, (b.y1 + b.y2) / 2, w / 2, h / 2),
      fitsLegibly: true,
    };
  }
  const zoom = input.legible;
  const i = input.interest;
  if (i) {
    // Centre what matters; if it is larger than the view, start at its top-left corner instead.
    const iw = (i.x2 - i.x1) * zoom;
    const ih = (i.y2 - i.y1) * zoom;
    const sx = iw <= w - 2 * pad ? w / 2 : pad + iw / 2;
    const sy = ih <= h - 2 * pad ? h / 2 : pad + ih / 2;
    return {
      zoom,
      pan: clampPan(panFor(zoom, (i.x1 + i.x2) / 2, (i.y1 + i.y2) / 2, sx, sy), b, zoom, w, h, pad),
      fitsLegibly: false,
    };
  }
  // Nothing in particular: the top-left corner of the picture, where reading starts.
  return { zoom, pan: { x: pad - zoom * b.x1, y: pad - zoom * b.y1 }, fitsLegibly: false };
}

/**
 * The area the visible picture covers: the top-level boxes (with room for their titles above) and every visible
 * leaf with its label. No drawing engine involved: computed from the layout.
 */
export function pictureBounds(
  rects: ReadonlyMap<string, BoxRect>,
  positions: Positions,
  visible: ReadonlySet<string>,
  labelOf: (id: string) => string,
  m: BoxMetrics,
): Extent | null {
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  for (const [id, r] of rects) {
    if (!visible.has(id) || r.depth > 0) continue;
    x1 = Math.min(x1, r.x - r.w / 2);
    y1 = Math.min(y1, r.y - r.h / 2 - m.font * 2.2);
    x2 = Math.max(x2, r.x + r.w / 2);
    y2 = Math.max(y2, r.y + r.h / 2);
  }
  const leaves = leavesBounds(
    [...visible].filter((id) => !rects.has(id)),
    positions,
    labelOf,
    m,
  );
  if (leaves) {
    x1 = Math.min(x1, leaves.x1);
    y1 = Math.min(y1, leaves.y1);
    x2 = Math.max(x2, leaves.x2);
    y2 = Math.max(y2, leaves.y2);
  }
  return x1 === Infinity ? null : { x1, y1, x2, y2 };
}

/** The area some leaves cover with their labels (null when none has a position). */
export function leavesBounds(
  ids: Iterable<string>,
  positions: Positions,
  labelOf: (id: string) => string,
  m: BoxMetrics,
): Extent | null {
  let out: Extent | null = null;
  for (const id of ids) {
    const p = positions[id];
    if (!p) continue;
    const e = leafExtent(p, labelOf(id), m);
    out = out
      ? {
          x1: Math.min(out.x1, e.x1),
          y1: Math.min(out.y1, e.y1),
          x2: Math.max(out.x2, e.x2),
          y2: Math.max(out.y2, e.y2),
        }
      : e;
  }
  return out;
}

/**
 * What matters, as much of it as fits: the longest prefix of `ids` (most important first — the policy in focus, then
 * the principal, the group it comes through, the resource) whose bounds fit in the view at `zoom`; at least the first.
 */
export function fittingInterest(
  ids: readonly string[],
  positions: Positions,
  labelOf: (id: string) => string,
  m: BoxMetrics,
  view: { width: number; height: number; pad: number; zoom: number },
): Extent | null {
  let best: Extent | null = null;
  for (let n = 1; n <= ids.length; n++) {
    const e = leavesBounds(ids.slice(0, n), positions, labelOf, m);
    if (!e) continue;
    const fits =
      (e.x2 - e.x1) * view.zoom <= view.width - 2 * view.pad && (e.y2 - e.y1) * view.zoom <= view.height - 2 * view.pad;
    if (!fits && best) break;
    best = e;
    if (!fits) break;
  }
  return best;
}

/** Whether a graph point is inside the part of the graph a viewport shows, `margin` px inside its edges. */
export function inView(
  p: { x: number; y: number },
  zoom: number,
  pan: { x: number; y: number },
  width: number,
  height: number,
  margin = 0,
): boolean {
  const x = p.x * zoom + pan.x;
  const y = p.y * zoom + pan.y;
  return x >= margin && y >= margin && x <= width - margin && y <= height - margin;
}
