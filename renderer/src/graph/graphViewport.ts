/**
 * The graph's viewport: where the picture opens and how it moves. The fit is the pure decision of
 * `shared/graph/viewport.ts` (legible labels first, then what matters); this class applies it to Cytoscape, follows the
 * container's size, remembers whether the user moved the picture (then a resize keeps their view), and serves the
 * minimap (`overview`, `centreOn`). The controller owns one and hands it what is drawn through `ViewportHost`.
 */
import type { Core } from 'cytoscape';
import {
  chooseViewport,
  fittingInterest,
  inView,
  leavesBounds,
  legibleZoom,
  pictureBounds,
  DETAIL_ZOOM,
  LEGIBLE_LABEL_PX,
  LEGIBLE_LABEL_PX_PRESENTER,
  type BoxMetrics,
  type BoxRect,
  type Extent,
  type GraphNode,
  type Positions,
} from '../../../shared/graph';

/** What the viewport reads from the controller. */
export interface ViewportHost {
  readonly cy: Core;
  alive(): boolean;
  metrics(): BoxMetrics;
  presenter(): boolean;
  /** Level of detail is on (a large world): it opens as its boxed overview. */
  lod(): boolean;
  rects(): ReadonlyMap<string, BoxRect>;
  positions(): Positions;
  visible(): ReadonlySet<string>;
  node(id: string): GraphNode | undefined;
  selected(): string | null;
  /** Runs `fn` at the next animation frame unless the instance died. */
  later(fn: () => void): void;
  onOverview?(needed: boolean): void;
}

/** What the minimap draws. */
export interface Overview {
  bounds: Extent | null;
  leaves: Array<{ x: number; y: number; kind: GraphNode['kind'] }>;
  view: Extent;
}

/** Applies fits and moves to one Cytoscape instance. */
export class GraphViewport {
  /** True once the user moved or zoomed the picture; a resize then keeps their view instead of fitting. */
  userMoved = false;
  /**
   * Space kept free around the fitted picture (px). The neighbourhood view asks for less: its few nodes then fit a
   * small pane at a legible zoom more often.
   */
  pad = 40;
  /**
   * The largest zoom a fit may use, when set (else 2.2 in presenter mode, 1.6 otherwise): a picture laid out to fit
   * at the legible zoom (the Evaluate area's compact request) is not blown past it, where estimated label widths run
   * short of the real ones.
   */
  maxFitZoom: number | null = null;
  #host: ViewportHost;
  #auto = false;
  #interest: readonly string[] = [];
  #overviewNeeded = false;
  /** Where the container was when Cytoscape last measured it. */
  #measured: { x: number; y: number; w: number; h: number } | null = null;

  constructor(host: ViewportHost) {
    this.#host = host;
  }

  /** Cytoscape reported a viewport change: the user's, unless a fit is being applied. */
  noteMoved(): void {
    if (!this.#auto) this.userMoved = true;
  }

  /** Tells Cytoscape the container's size and place when they changed since it last measured them. */
  syncSize(): void {
    const r = this.#host.cy.container()?.getBoundingClientRect();
    if (!r) return;
    const m = this.#measured;
    if (m && m.x === r.left && m.y === r.top && m.w === r.width && m.h === r.height) return;
    this.#measured = { x: r.left, y: r.top, w: r.width, h: r.height };
    this.#host.cy.resize();
  }

  /** The container reports a size: redraw at it (if Cytoscape does not know it yet) and fit unless the user moved. */
  resized(width: number, height: number): void {
    const cy = this.#host.cy;
    if (Math.round(width) === Math.round(cy.width()) && Math.round(height) === Math.round(cy.height())) return;
    this.syncSize();
    if (!this.userMoved) this.fit();
  }

  /** The zoom at which node labels are legible on screen (11 px; 16 px in presenter mode). */
  get legibleZoom(): number {
    return legibleZoom(
      this.#host.metrics().font,
      this.#host.presenter() ? LEGIBLE_LABEL_PX_PRESENTER : LEGIBLE_LABEL_PX,
    );
  }

  /** True when the whole picture does not fit at a legible zoom (the view shows its minimap then). */
  get overviewNeeded(): boolean {
    return this.#overviewNeeded;
  }

  #label = (id: string): string => this.#host.node(id)?.label ?? '';

  #bounds(): Extent | null {
    const h = this.#host;
    return pictureBounds(h.rects(), h.positions(), h.visible(), this.#label, h.metrics());
  }

  /**
   * The leaves that matter now: the selection, then the interest, among the visible laid-out leaves; with neither,
   * the root and IAM users.
   */
  #interestIds(): string[] {
    const h = this.#host;
    const selected = h.selected();
    const ids = [...(selected !== null ? [selected] : []), ...this.#interest];
    const shown = (id: string) => h.visible().has(id) && !h.rects().has(id) && h.positions()[id] !== undefined;
    const picked = ids.filter(shown);
    if (picked.length > 0) return picked;
    // Nothing picked: the people who act in the world (root users and IAM users) are where reading starts.
    const people: string[] = [];
    for (const id of h.visible()) {
      const kind = h.node(id)?.kind;
      if ((kind === 'root' || kind === 'user') && shown(id)) people.push(id);
    }
    return people;
  }

  /**
   * Says what matters most in this view (a lesson's subject, a request's principal and resource). The picture is
   * centred on it when the world does not fit legibly; if it is out of view and the user has not moved the picture,
   * the view opens on it again now.
   */
  setInterest(ids: readonly string[]): void {
    this.#interest = ids;
    const h = this.#host;
    if (!h.alive() || this.userMoved || !this.#overviewNeeded) return;
    const cy = h.cy;
    // The most important of them (the policy in focus, else the selection) decides.
    const first = this.#interestIds()[0];
    const outside =
      first !== undefined && !inView(h.positions()[first], cy.zoom(), cy.pan(), cy.width(), cy.height(), 20);
    if (outside) this.fit();
  }

  /** Fits now when the container has a size, else at the next frame (after the browser has laid it out). */
  fitSoon(): void {
    const cy = this.#host.cy;
    if (this.#host.alive() && cy.width() > 0 && cy.height() > 0) this.fit();
    else this.#host.later(() => this.fit());
  }

  /**
   * The default view: the whole picture when it fits at a legible zoom (a tiny world is not blown up), else a legible
   * zoom centred on the selection and what matters, or on the top-left corner. A large world opens as its overview.
   */
  fit(): void {
    // A fit scheduled for later can arrive after the view was destroyed (switching areas quickly).
    const h = this.#host;
    if (!h.alive()) return;
    const cy = h.cy;
    // The container may have moved or changed size (a message bar, the terminal): Cytoscape caches both. Telling it
    // costs a re-allocation of every canvas layer (~70 ms for the example account), so only when something changed.
    this.syncSize();
    const seen = this.#seenBand();
    // The minimap sits above the part of the pane that is hidden below the fold.
    cy.container()?.parentElement?.style.setProperty(
      '--graph-hidden-below',
      `${Math.max(0, Math.round(cy.height() - seen.top - seen.height))}px`,
    );
    // A large world opens as its overview (closed boxes that say what they hold, in type sized for the distance).
    const legible = h.lod() ? cy.minZoom() : this.legibleZoom;
    const choice = chooseViewport({
      bounds: this.#bounds(),
      // As much of what matters as fits, most important first (the policy in focus before the principal).
      interest: fittingInterest(this.#interestIds(), h.positions(), this.#label, h.metrics(), {
        width: cy.width(),
        height: seen.height,
        pad: this.pad,
        zoom: legible,
      }),
      width: cy.width(),
      height: seen.height,
      pad: this.pad,
      legible,
      maxZoom: this.maxFitZoom ?? (h.presenter() ? 2.2 : 1.6),
    });
    if (!choice) return;
    this.#set(choice.zoom, { x: choice.pan.x, y: choice.pan.y + seen.top });
    this.userMoved = false;
    if (choice.fitsLegibly === this.#overviewNeeded) {
      this.#overviewNeeded = !choice.fitsLegibly;
      h.onOverview?.(this.#overviewNeeded);
    }
  }

  /** Opens on some nodes at a legible zoom, whatever the user did before ("Focus on…": one kind of node). */
  focusOn(ids: readonly string[]): void {
    const h = this.#host;
    if (!h.alive()) return;
    const cy = h.cy;
    const shown = ids.filter((id) => h.visible().has(id) && !h.rects().has(id) && h.positions()[id] !== undefined);
    const c = chooseViewport({
      bounds: this.#bounds(),
      interest: leavesBounds(shown, h.positions(), this.#label, h.metrics()),
      width: cy.width(),
      height: cy.height(),
      pad: this.pad,
      legible: this.legibleZoom,
      maxZoom: h.presenter() ? 2.2 : 1.6,
    });
    if (c) this.#set(c.zoom, c.pan);
  }

  /**
   * The band of the container that can be seen now: a graph pane taller than the scrolled area around it (Evaluate's,
   * beside a long stage) opens centred on its visible part, not on rows hidden below the fold.
   */
  #seenBand(): { top: number; height: number } {
    const cy = this.#host.cy;
    const el = cy.container();
    const full = { top: 0, height: cy.height() };
    if (!el || typeof getComputedStyle !== 'function') return full;
    let clip: Element | null = el.parentElement;
    while (clip && !/(auto|scroll|hidden)/.test(getComputedStyle(clip).overflowY)) clip = clip.parentElement;
    const r = el.getBoundingClientRect();
    const c = clip ? clip.getBoundingClientRect() : { top: 0, bottom: window.innerHeight };
    const top = Math.max(0, c.top - r.top);
    const bottom = Math.min(r.height, c.bottom - r.top);
    // Only when a real part is hidden and enough is left to show something.
    return bottom - top >= 160 && bottom - top < r.height - 1 ? { top, height: bottom - top } : full;
  }

  /** Shows the whole picture whatever the label size. */
  fitAll(): void {
    const h = this.#host;
    if (!h.alive()) return;
    this.syncSize();
    const cy = h.cy;
    const c = chooseViewport({
      bounds: this.#bounds(),
      interest: null,
      width: cy.width(),
      height: cy.height(),
      pad: this.pad,
      legible: cy.minZoom(),
      maxZoom: h.presenter() ? 2.2 : 1.6,
    });
    if (c) this.#set(c.zoom, c.pan);
  }

  #set(zoom: number, pan: { x: number; y: number }): void {
    this.#auto = true;
    try {
      this.#host.cy.viewport({ zoom, pan });
    } finally {
      this.#auto = false;
    }
  }

  /** Centres graph point `p` at the current zoom (the minimap). */
  centreOn(p: { x: number; y: number }): void {
    if (!this.#host.alive()) return;
    const cy = this.#host.cy;
    cy.pan({ x: cy.width() / 2 - cy.zoom() * p.x, y: cy.height() / 2 - cy.zoom() * p.y });
  }

  /** The picture's bounds, the visible leaves with their kind, and the part on screen. */
  overview(): Overview {
    const h = this.#host;
    const leaves: Overview['leaves'] = [];
    for (const id of h.visible()) {
      const p = h.positions()[id];
      const n = h.node(id);
      if (p && n && !h.rects().has(id)) leaves.push({ x: p.x, y: p.y, kind: n.kind });
    }
    const e = h.alive() ? h.cy.extent() : { x1: 0, y1: 0, x2: 0, y2: 0 };
    return { bounds: this.#bounds(), leaves, view: { x1: e.x1, y1: e.y1, x2: e.x2, y2: e.y2 } };
  }

  /** Zooms by `factor` around the viewport's centre. */
  zoomBy(factor: number): void {
    if (!this.#host.alive()) return;
    const cy = this.#host.cy;
    cy.zoom({ level: cy.zoom() * factor, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
  }

  /** Where a node is in graph coordinates: drawn, or from the layout when its box is closed (level of detail). */
  #pointOf(id: string): { x: number; y: number } | null {
    const node = this.#host.cy.getElementById(id);
    if (node.nonempty()) return node.position();
    return this.#host.positions()[id] ?? null;
  }

  /** Centres a node, zooming in to a legible size when further out (which opens its box when the world is large). */
  focus(id: string, animate = true): void {
    if (!this.#host.alive()) return;
    const p = this.#pointOf(id);
    if (!p) return;
    const cy = this.#host.cy;
    const zoom = Math.max(cy.zoom(), this.legibleZoom);
    const pan = { x: cy.width() / 2 - zoom * p.x, y: cy.height() / 2 - zoom * p.y };
    if (animate) cy.animate({ zoom, pan }, { duration: 250 });
    else cy.viewport({ zoom, pan });
  }

  /** Keeps a node in view without moving the picture when it already is (16 px inside the edges). */
  reveal(id: string): void {
    if (!this.#host.alive()) return;
    const p = this.#pointOf(id);
    if (!p) return;
    const cy = this.#host.cy;
    if (!inView(p, cy.zoom(), cy.pan(), cy.width(), cy.height(), 16) || (this.#host.lod() && cy.zoom() < DETAIL_ZOOM))
      this.focus(id);
  }
}
