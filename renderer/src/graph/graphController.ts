/**
 * The one owner of the Cytoscape instance. The Svelte view hands it the graph model, the positions and the visible
 * ids (`update`) and the selection (`select`); it brings Cytoscape in line in one batch per call, adding, removing
 * and changing only what differs, and reports taps, drags and box changes back through callbacks.
 *
 * Speed: the instance lives as long as the view; a new world is one `cy.add` of every element with preset positions
 * (no layout run). Boxes (accounts, OUs, areas) are ordinary nodes sized from the layout (`boxRects`), not compound
 * nodes, which would make every style change walk parents and children. Large graphs drop icons and label halos and
 * use straight edges. Every late callback (timers, animation frames, resize) checks that the instance is
 * still alive. Where the picture opens and how it moves is `GraphViewport`'s (legible labels first); box drags are
 * `attachBoxDrag`'s; which boxes open is the pure `boxesToOpen`.
 */
import cytoscape, { type Core, type NodeSingular } from 'cytoscape';
import {
  boxRects,
  boxesHolding,
  sameSet,
  leafCounts,
  leavesByBox,
  boxSummary,
  detailView,
  DETAIL_THRESHOLD,
  DETAIL_ZOOM,
  type BoxMetrics,
  type BoxRect,
  type DetailView,
  type DrawnEdge,
  type GraphModel,
  type GraphNode,
  type Positions,
} from '../../../shared/graph';
import { readPalette, type GraphPalette } from './palette';
import { cytoscapeOptions, graphStyle, LARGE_GRAPH, styleMetrics } from './style';
import { attachBoxDrag } from './boxDrag';
import { drawnRecords, elementDefsFor, type DrawnNode } from './elementDefs';
import { runForceLayout } from './forceLayout';
import { applySelection } from './selection';
import { GraphViewport } from './graphViewport';
import { DetailState } from './levelOfDetail';
import { patchElements } from './patchElements';

/** What the controller reports back. */
export interface GraphCallbacks {
  onSelect(id: string | null): void;
  onDrag(id: string, x: number, y: number): void;
  onOpen(id: string): void;
  /** The picture does (true) or does not (false) fit on screen at a legible zoom: the view shows a minimap when not. */
  onOverview?(needed: boolean): void;
  /** The viewport moved or was resized (for the minimap). */
  onViewport?(): void;
}

/** What the view shows. `selected` is optional: the view sends selection changes through `select`. */
export interface GraphFrame {
  model: GraphModel;
  positions: Positions;
  visible: Set<string>;
  selected?: string | null;
  /** Leaves with neighbours not shown (the neighbourhood view): drawn with a dashed ring. */
  expandable?: ReadonlyMap<string, number>;
}

/** Owns one Cytoscape instance inside one container. */
export class GraphController {
  readonly cy: Core;
  #callbacks: GraphCallbacks;
  /** Every node of the model (drawn or not), for bounds and labels. */
  #nodes = new Map<string, GraphNode>();
  #model: GraphModel = { nodes: [], edges: [] };
  /** What is drawn: ids → the class string and label they were drawn with. */
  #drawnNodes = new Map<string, DrawnNode>();
  #drawnEdges = new Map<string, DrawnEdge & { classes: string }>();
  #rects = new Map<string, BoxRect>();
  #positions: Positions = {};
  #visible: Set<string> = new Set();
  #expandable: ReadonlyMap<string, number> = new Map();
  /** Box id → ids of the leaves inside it (at any depth), for dragging a box with its content. */
  #leavesOf = new Map<string, string[]>();
  /** Leaf id → the box that holds it directly. */
  #holder: ReadonlyMap<string, string> = new Map();
  /** Box id → how many leaves it holds directly (the boxes that can open), counted once per update. */
  #leafCount: ReadonlyMap<string, number> = new Map();
  #presenter = false;
  #large = false;
  #selected: string | null = null;
  #dead = false;
  #frames = new Set<number>();
  #resize: ResizeObserver | null = null;
  palette: GraphPalette;
  /** Fits, moves and the minimap's overview. */
  readonly viewport: GraphViewport;
  /** Level of detail (large worlds): which boxes are open. */
  readonly #d: DetailState;

  constructor(container: HTMLElement, callbacks: GraphCallbacks) {
    this.#callbacks = callbacks;
    this.palette = readPalette();
    this.cy = cytoscape(cytoscapeOptions(container, graphStyle(this.palette, false)));
    const cy = this.cy;
    // Test hook on the element (not a module global): specs read label sizes and the viewport through it.
    (container as HTMLElement & { __iamLabGraph?: GraphController }).__iamLabGraph = this;
    cy.on('tap', 'node', (e) => this.#alive() && this.#callbacks.onSelect((e.target as NodeSingular).id()));
    cy.on('tap', (e) => {
      if (this.#alive() && e.target === cy) this.#callbacks.onSelect(null);
    });
    cy.on('dbltap', 'node', (e) => this.#alive() && this.#callbacks.onOpen((e.target as NodeSingular).id()));
    this.#d = new DetailState({
      cy,
      alive: () => this.#alive(),
      rects: () => this.#rects,
      leafCount: () => this.#leafCount,
      drawnCount: () => this.#drawnNodes.size,
      later: (fn) => this.#later(fn),
      redraw: () => this.#drawOpen(undefined),
    });
    this.viewport = new GraphViewport({
      cy,
      alive: () => this.#alive(),
      metrics: () => this.#metrics(),
      presenter: () => this.#presenter,
      lod: () => this.#d.on,
      rects: () => this.#rects,
      positions: () => this.#positions,
      visible: () => this.#visible,
      node: (id) => this.#nodes.get(id),
      selected: () => this.#selected,
      later: (fn) => this.#later(fn),
      onOverview: (needed) => this.#callbacks.onOverview?.(needed),
    });
    cy.on('viewport', () => {
      this.viewport.noteMoved();
      if (this.#d.on) this.#d.queue();
      this.#callbacks.onViewport?.();
    });
    attachBoxDrag(cy, {
      alive: () => this.#alive(),
      leavesOf: (box) => this.#leavesOf.get(box) ?? [],
      positions: () => this.#positions,
      onDrag: (id, x, y) => this.#callbacks.onDrag(id, x, y),
    });
    // The container changes size when the terminal opens or the window is resized: redraw at the new size, and
    // fit again unless the user has moved the picture.
    if (typeof ResizeObserver !== 'undefined') {
      // Resize observers report after layout and before paint: the next frame is drawn at the right size.
      this.#resize = new ResizeObserver((entries) => {
        const box = entries[entries.length - 1]?.contentRect;
        if (this.#alive() && box) this.viewport.resized(box.width, box.height);
      });
      this.#resize.observe(container);
    }
  }

  #alive(): boolean {
    return !this.#dead && !this.cy.destroyed();
  }

  /** Runs `fn` at the next animation frame, unless the instance was destroyed by then. */
  #later(fn: () => void): void {
    const id = requestAnimationFrame(() => {
      this.#frames.delete(id);
      if (this.#alive()) fn();
    });
    this.#frames.add(id);
  }

  /** Fits now when the container has a size, else at the next frame (after the browser has laid it out). */
  fitSoon(): void {
    this.viewport.fitSoon();
  }

  /** True when the world is large and drawn with level of detail (closed boxes until zoomed in). */
  get levelOfDetail(): boolean {
    return this.#d.on;
  }

  /** The boxes whose leaves are drawn (level of detail), for tests and the bench. */
  get openBoxes(): ReadonlySet<string> {
    return this.#d.open;
  }

  /** Brings Cytoscape in line with the frame, in one batch. Returns whether elements were added or removed. */
  update(frame: GraphFrame): boolean {
    if (!this.#alive()) return false;
    const { model, positions, visible } = frame;
    const cy = this.cy;
    const size = model.nodes.length + model.edges.length;
    const large = size > LARGE_GRAPH;
    if (large !== this.#large) {
      this.#large = large;
      cy.style(graphStyle(this.palette, this.#presenter, large));
    }
    const newWorld = model !== this.#model && this.#drawnNodes.size === 0;
    const lod = size > DETAIL_THRESHOLD;
    if (lod !== this.#d.on || newWorld) this.#d.open = new Set();
    else this.#d.near = cy.zoom() >= DETAIL_ZOOM;
    this.#d.on = lod;
    const rects = boxRects(model, positions, visible, this.#metrics());
    this.#model = model;
    this.#rects = rects;
    this.#positions = positions;
    this.#visible = visible;
    this.#expandable = frame.expandable ?? new Map();
    this.#nodes = new Map(model.nodes.map((n) => [n.id, n]));
    this.#leafCount = leafCounts(model, rects);
    const view = detailView(model, visible, (id) => rects.has(id), lod ? this.#d.wanted(false) : 'all');
    this.#holder = view.holder;
    this.#leavesOf = leavesByBox(model, rects);
    return this.#draw(view.nodes, view.edges, view.counts, frame.selected);
  }

  /** Draws `nodes` and `edges`: one add when most things change, else remove, add and patch what differs. */
  #draw(
    nodes: GraphNode[],
    edges: DrawnEdge[],
    counts: DetailView['counts'],
    selected: string | null | undefined,
  ): boolean {
    const cy = this.cy;
    const rects = this.#rects;
    const { wanted, wantedEdges, edgeById } = elementDefsFor(nodes, edges, {
      rects,
      positions: this.#positions,
      visible: this.#visible,
      closedSummary: (id) =>
        this.#d.on && counts.has(id) && !this.#d.open.has(id) ? boxSummary(counts.get(id)) : null,
      near: this.#d.near,
      presenter: this.#presenter,
      expandable: this.#expandable,
    });
    const keepSelected = selected !== undefined ? selected : this.#selected;
    let removed = 0;
    for (const id of this.#drawnNodes.keys()) if (!wanted.has(id)) removed++;
    let added = 0;
    for (const id of wanted.keys()) if (!this.#drawnNodes.has(id)) added++;
    // A new world (or a big change): rebuild in one add, which is much cheaper than many small edits.
    const rebuild = this.#drawnNodes.size === 0 || removed + added > Math.max(100, this.#drawnNodes.size / 2);
    cy.startBatch();
    try {
      if (rebuild) {
        cy.elements().remove();
        cy.add([...wanted.values(), ...wantedEdges.values()]);
        this.#selected = null;
      } else {
        patchElements(cy, this.#drawnNodes, this.#drawnEdges, (id) => this.#rects.has(id), wanted, wantedEdges);
      }
      this.#applySelection(keepSelected);
    } finally {
      cy.endBatch();
    }
    // Automation hooks: how much is drawn (level of detail), for tests and the bench.
    const el = cy.container();
    if (el) {
      el.dataset.detail = this.#d.on ? 'boxes' : 'all';
      el.dataset.openBoxes = String(this.#d.on ? this.#d.open.size : 0);
      el.dataset.drawnNodes = String(wanted.size);
    }
    ({ nodes: this.#drawnNodes, edges: this.#drawnEdges } = drawnRecords(wanted, wantedEdges, edgeById, rects));
    return rebuild || removed + added > 0;
  }

  #metrics(): BoxMetrics {
    return styleMetrics(this.#presenter);
  }

  /** Draws what the open boxes show (level of detail), after `#open` changed outside an update. */
  #drawOpen(selected: string | null | undefined): void {
    const view = detailView(this.#model, this.#visible, (id) => this.#rects.has(id), this.#d.open);
    this.#draw(view.nodes, view.edges, view.counts, selected);
  }

  /** Selects a node (or clears the selection) and lights its edges and neighbours. */
  select(id: string | null): void {
    if (!this.#alive()) return;
    const box = id !== null && this.#d.on ? (this.#holder.get(id) ?? null) : null;
    if (box !== this.#d.pinnedSelection) {
      this.#d.pinnedSelection = box;
      // The selected leaf's box opens now, so that it can be selected and shown.
      if (box !== null && !this.#d.open.has(box)) {
        this.#d.open = new Set([...this.#d.open, box]);
        this.#drawOpen(id);
        if (id !== null) this.reveal(id);
        return;
      }
    }
    this.cy.batch(() => this.#applySelection(id));
    // A node just created (or picked in the explorer) may lie outside the picture: bring it into view.
    if (id !== null && this.#drawnNodes.size > 0) this.reveal(id);
  }

  #applySelection(selected: string | null): void {
    applySelection(this.cy, this.#selected, selected);
    this.#selected = selected;
  }

  /** Re-reads the palette (theme change) and applies presenter sizes. */
  restyle(presenter: boolean): void {
    if (!this.#alive()) return;
    const resize = presenter !== this.#presenter;
    this.#presenter = presenter;
    this.palette = readPalette();
    this.cy.style(graphStyle(this.palette, presenter, this.#large));
    // Bigger nodes need bigger boxes.
    if (resize && this.#nodes.size > 0) {
      this.update({ model: this.#model, positions: this.#positions, visible: this.#visible });
    }
  }

  get presenter(): boolean {
    return this.#presenter;
  }

  /** The default view (see `GraphViewport.fit`): legible labels, centred on what matters. */
  fit(): void {
    this.viewport.fit();
  }

  /** Says what matters most in this view (see `GraphViewport.setInterest`). */
  setInterest(ids: readonly string[]): void {
    this.viewport.setInterest(ids);
  }

  zoomBy(factor: number): void {
    this.viewport.zoomBy(factor);
  }

  /** Centres a node at a legible zoom. */
  focus(id: string, animate = true): void {
    this.viewport.focus(id, animate);
  }

  /** Keeps a node in view without moving the picture when it already is. */
  reveal(id: string): void {
    this.viewport.reveal(id);
  }

  /** The on-screen position of a node (for the keyboard focus ring overlay), or null. */
  renderedBox(id: string): { x1: number; y1: number; x2: number; y2: number } | null {
    if (!this.#alive()) return null;
    const node = this.cy.getElementById(id);
    return node.empty() ? null : node.renderedBoundingBox();
  }

  /** A PNG of the whole visible graph as a Blob. */
  png(): Blob {
    return this.cy.png({
      output: 'blob',
      full: true,
      bg: this.palette.background,
      scale: 2,
      maxWidth: 8000,
      maxHeight: 8000,
    }) as Blob;
  }

  /** Runs a force-directed layout (exploration) over the visible leaves; returns their new positions when it ends. */
  forceLayout(): Promise<Positions> {
    return runForceLayout(
      this.cy,
      () => this.#alive(),
      () => this.fitSoon(),
    );
  }

  /** Lights the elements of the current theatre frame (ids that are not in the graph are ignored). */
  highlight(nodes: readonly string[], edges: readonly string[]): void {
    if (!this.#alive()) return;
    // What the theatre lights (principal, resource, the policy in focus) is what matters in this view.
    this.setInterest(nodes);
    if (this.#d.on) {
      // The boxes holding highlighted nodes open, so the theatre's step is visible in a large world too.
      const pinned = boxesHolding(nodes, this.#holder);
      const same = sameSet(pinned, this.#d.pinnedHighlight);
      this.#d.pinnedHighlight = pinned;
      if (!same && [...pinned].some((b) => !this.#d.open.has(b))) {
        this.#d.open = new Set([...this.#d.open, ...pinned]);
        this.#drawOpen(undefined);
      }
    }
    this.cy.batch(() => {
      this.cy.elements('.trace-hl').removeClass('trace-hl');
      for (const id of [...nodes, ...edges]) this.cy.getElementById(id).addClass('trace-hl');
    });
  }

  /** Stops observers, pending frames and animations, then destroys the instance. Safe to call twice. */
  destroy(): void {
    if (this.#dead) return;
    this.#dead = true;
    this.#resize?.disconnect();
    this.#resize = null;
    for (const id of this.#frames) cancelAnimationFrame(id);
    this.#frames.clear();
    if (!this.cy.destroyed()) {
      this.cy.stop(true, false);
      this.cy.elements().stop(true, false);
      this.cy.removeAllListeners();
      this.cy.destroy();
    }
  }
}
