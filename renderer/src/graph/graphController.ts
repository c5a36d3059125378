/**
 * The one owner of the Cytoscape instance. The Svelte view hands it the graph model, the positions and the visible
 * ids (`update`) and the selection (`select`); it brings Cytoscape in line in one batch per call, adding, removing
 * and changing only what differs, and reports taps, drags and box changes back through callbacks.
 *
 * Speed: the instance lives as long as the view; a new world is one `cy.add` of every element with preset positions
 * (no layout run). Boxes (accounts, OUs, areas) are ordinary nodes sized from the layout (`boxRects`), not compound
 * nodes, which would make every style change walk parents and children. Large graphs drop icons and label halos and
 * use straight edges. Every late callback (timers, animation frames, resize) checks that the instance is
 * still alive.
 */
import cytoscape, { type Core, type ElementDefinition, type NodeSingular } from 'cytoscape';
import {
  boxRects,
  boxesInView,
  chooseViewport,
  inView,
  leavesBounds,
  legibleZoom,
  pictureBounds,
  LEGIBLE_LABEL_PX,
  LEGIBLE_LABEL_PX_PRESENTER,
  boxSummary,
  edgeArcs,
  ARC_LIMIT,
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
import { graphStyle, LARGE_GRAPH, styleMetrics } from './style';
import { distance, edgeDef, leafCounts, leavesByBox, nodeDef, type DrawnNode } from './elementDefs';

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
}

/** At most this many leaves are added per frame when boxes open (level of detail), so zooming in stays responsive. */
const DETAIL_BATCH = 400;

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
  /** Box id → ids of the leaves inside it (at any depth), for dragging a box with its content. */
  #leavesOf = new Map<string, string[]>();
  /** Leaf id → the box that holds it directly. */
  #holder: ReadonlyMap<string, string> = new Map();
  /** Level of detail is on (a large world): only the boxes in `#open` show their leaves. */
  #lod = false;
  #open = new Set<string>();
  /** Box id → how many leaves it holds directly (the boxes that can open), counted once per update. */
  #leafCount: ReadonlyMap<string, number> = new Map();
  /** Zoomed in at least to `DETAIL_ZOOM` when the boxes were last drawn (merged edges are drawn thin then). */
  #near = false;
  /** Boxes kept open whatever the zoom: they hold the selection or the theatre's highlighted nodes. */
  #pinnedSelection: string | null = null;
  #pinnedHighlight = new Set<string>();
  #detailQueued = false;
  #presenter = false;
  #large = false;
  #selected: string | null = null;
  #dead = false;
  /** True once the user moved or zoomed the picture; a resize then keeps their view instead of fitting. */
  #userMoved = false;
  #auto = false;
  #frames = new Set<number>();
  #resize: ResizeObserver | null = null;
  /** What matters most (a lesson's subject, the request's principal and resource): centred when the world is too big. */
  #interest: readonly string[] = [];
  #overviewNeeded = false;
  #dragFrom: { x: number; y: number } | null = null;
  #grabAt: { x: number; y: number } | null = null;
  palette: GraphPalette;

  constructor(container: HTMLElement, callbacks: GraphCallbacks) {
    this.#callbacks = callbacks;
    this.palette = readPalette();
    this.cy = cytoscape({
      container,
      elements: [],
      style: graphStyle(this.palette, false),
      layout: { name: 'preset' },
      minZoom: 0.03,
      maxZoom: 4,
      boxSelectionEnabled: false,
      selectionType: 'single',
      // Pan and zoom move a cached picture, then redraw once: smooth with thousands of elements. Edges stay
      // while panning: hiding them makes Cytoscape draw every node on its own instead of its cached layers,
      // which measured far slower (see docs/graph.md).
      textureOnViewport: true,
      hideEdgesOnViewport: false,
      hideLabelsOnViewport: false,
      pixelRatio: 'auto',
    });
    const cy = this.cy;
    // Test hook on the element (not a module global): specs read label sizes and the viewport through it.
    (container as HTMLElement & { __iamLabGraph?: GraphController }).__iamLabGraph = this;
    cy.on('tap', 'node', (e) => this.#alive() && this.#callbacks.onSelect((e.target as NodeSingular).id()));
    cy.on('tap', (e) => {
      if (this.#alive() && e.target === cy) this.#callbacks.onSelect(null);
    });
    cy.on('dbltap', 'node', (e) => this.#alive() && this.#callbacks.onOpen((e.target as NodeSingular).id()));
    cy.on('viewport', () => {
      if (!this.#auto) this.#userMoved = true;
      if (this.#lod) this.#queueDetail();
      this.#callbacks.onViewport?.();
    });
    // A box carries what it holds: move its leaves along while it is dragged, report them when it is let go.
    cy.on('grab', 'node.box', (e) => {
      const p = (e.target as NodeSingular).position();
      this.#dragFrom = { x: p.x, y: p.y };
      this.#grabAt = { x: p.x, y: p.y };
    });
    cy.on('drag', 'node.box', (e) => {
      const box = e.target as NodeSingular;
      if (!this.#dragFrom || !this.#alive()) return;
      const p = box.position();
      const dx = p.x - this.#dragFrom.x;
      const dy = p.y - this.#dragFrom.y;
      this.#dragFrom = { x: p.x, y: p.y };
      cy.batch(() => {
        for (const id of this.#leavesOf.get(box.id()) ?? []) {
          const leaf = cy.getElementById(id);
          if (leaf.nonempty()) leaf.shift({ x: dx, y: dy });
        }
      });
    });
    cy.on('dragfree', 'node', (e) => {
      if (!this.#alive()) return;
      const n = e.target as NodeSingular;
      if (n.hasClass('box')) {
        const from = this.#grabAt;
        this.#dragFrom = null;
        this.#grabAt = null;
        const dx = from ? n.position('x') - from.x : 0;
        const dy = from ? n.position('y') - from.y : 0;
        for (const id of this.#leavesOf.get(n.id()) ?? []) {
          const leaf = cy.getElementById(id);
          // Leaves of a closed box are not drawn: they move by what the box moved.
          const p = leaf.nonempty()
            ? leaf.position()
            : this.#positions[id]
              ? { x: this.#positions[id].x + dx, y: this.#positions[id].y + dy }
              : null;
          if (p) this.#callbacks.onDrag(id, p.x, p.y);
        }
      } else {
        this.#callbacks.onDrag(n.id(), n.position('x'), n.position('y'));
      }
    });
    // The container changes size when the terminal opens or the window is resized: redraw at the new size, and
    // fit again unless the user has moved the picture.
    if (typeof ResizeObserver !== 'undefined') {
      // Resize observers report after layout and before paint: the next frame is drawn at the right size.
      this.#resize = new ResizeObserver((entries) => {
        const box = entries[entries.length - 1]?.contentRect;
        // Only a size Cytoscape does not know yet (a fit may already have read it): a redraw is not free.
        if (
          !this.#alive() ||
          !box ||
          (Math.round(box.width) === Math.round(this.cy.width()) &&
            Math.round(box.height) === Math.round(this.cy.height()))
        )
          return;
        this.#syncSize();
        if (!this.#userMoved) this.fit();
      });
      this.#resize.observe(container);
    }
  }

  /** Where the container was when Cytoscape last measured it. */
  #measured: { x: number; y: number; w: number; h: number } | null = null;

  /** Tells Cytoscape the container's size and place when they changed since it last measured them. */
  #syncSize(): void {
    const r = this.cy.container()?.getBoundingClientRect();
    if (!r) return;
    const m = this.#measured;
    if (m && m.x === r.left && m.y === r.top && m.w === r.width && m.h === r.height) return;
    this.#measured = { x: r.left, y: r.top, w: r.width, h: r.height };
    this.cy.resize();
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
    if (this.#alive() && this.cy.width() > 0 && this.cy.height() > 0) this.fit();
    else this.#later(() => this.fit());
  }

  /** True when the world is large and drawn with level of detail (closed boxes until zoomed in). */
  get levelOfDetail(): boolean {
    return this.#lod;
  }

  /** The boxes whose leaves are drawn (level of detail), for tests and the bench. */
  get openBoxes(): ReadonlySet<string> {
    return this.#open;
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
    if (lod !== this.#lod || newWorld) this.#open = new Set();
    else this.#near = cy.zoom() >= DETAIL_ZOOM;
    this.#lod = lod;
    const rects = boxRects(model, positions, visible, this.#metrics());
    this.#model = model;
    this.#rects = rects;
    this.#positions = positions;
    this.#visible = visible;
    const nodesById = new Map<string, GraphNode>();
    for (const n of model.nodes) nodesById.set(n.id, n);
    this.#nodes = nodesById;
    this.#leafCount = leafCounts(model, rects);
    const view = detailView(model, visible, (id) => rects.has(id), lod ? this.#wantedOpen(false) : 'all');
    this.#holder = view.holder;
    this.#leavesOf = leavesByBox(model, rects);
    const changed = this.#draw(view.nodes, view.edges, view.counts, frame.selected);
    return changed;
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
    const positions = this.#positions;
    const visible = this.#visible;
    const wanted = new Map<string, ElementDefinition>();
    for (const n of nodes) {
      const rect = rects.get(n.id);
      const closed =
        rect && this.#lod && counts.has(n.id) && !this.#open.has(n.id) ? boxSummary(counts.get(n.id)) : null;
      wanted.set(n.id, nodeDef(n, rect, positions, !visible.has(n.id), closed, this.#presenter));
    }
    const wantedEdges = new Map<string, ElementDefinition>();
    const edgeById = new Map<string, DrawnEdge>();
    // Edges that would run behind other nodes arc over them, in worlds small enough to be read edge by edge (the
    // samples, a learner's sandbox). Bigger ones keep straight edges: dozens of arcs read as a tangle, and curves
    // cost drawing time (the imported example account's first draw measured up to ~25 % slower with them).
    const leaves = nodes.filter((n) => !rects.has(n.id)).map((n) => n.id);
    const arcs =
      nodes.length + edges.length > ARC_LIMIT
        ? new Map<string, number>()
        : edgeArcs(
            edges.filter((e) => !e.merged),
            positions,
            leaves,
          );
    for (const e of edges) {
      edgeById.set(e.id, e);
      const arc = arcs.get(e.id);
      wantedEdges.set(e.id, edgeDef(e, !(visible.has(e.source) && visible.has(e.target)), rects, this.#near, arc));
    }
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
        this.#patch(wanted, wantedEdges);
      }
      this.#applySelection(keepSelected);
    } finally {
      cy.endBatch();
    }
    // Automation hooks: how much is drawn (level of detail), for tests and the bench.
    const el = cy.container();
    if (el) {
      el.dataset.detail = this.#lod ? 'boxes' : 'all';
      el.dataset.openBoxes = String(this.#lod ? this.#open.size : 0);
      el.dataset.drawnNodes = String(wanted.size);
    }
    this.#drawnNodes = new Map(
      [...wanted].map(([id, d]) => [
        id,
        { classes: d.classes as string, label: d.data.label as string, box: rects.has(id) },
      ]),
    );
    this.#drawnEdges = new Map(
      [...wantedEdges].map(([id, d]) => [id, { ...edgeById.get(id)!, classes: d.classes as string }]),
    );
    return rebuild || removed + added > 0;
  }

  #metrics(): BoxMetrics {
    return styleMetrics(this.#presenter);
  }

  /** Small changes: remove, add and change only what differs from what is drawn. */
  #patch(wanted: Map<string, ElementDefinition>, wantedEdges: Map<string, ElementDefinition>): void {
    const cy = this.cy;
    for (const id of this.#drawnEdges.keys()) if (!wantedEdges.has(id)) cy.getElementById(id).remove();
    for (const id of this.#drawnNodes.keys()) if (!wanted.has(id)) cy.getElementById(id).remove();
    const add: ElementDefinition[] = [];
    for (const [id, def] of wanted) {
      const old = this.#drawnNodes.get(id);
      const el = old ? cy.getElementById(id) : undefined;
      const box = this.#rects.has(id);
      // A node that became a box (or stopped being one) is replaced.
      if (!old || !el || el.empty() || old.box !== box) {
        if (el?.nonempty()) el.remove();
        add.push(def);
        continue;
      }
      const data = def.data;
      if (old.label !== data.label) el.data('label', data.label);
      if (old.classes !== def.classes) el.classes(def.classes as string);
      const cur = el.position();
      const p = def.position!;
      if (cur.x !== p.x || cur.y !== p.y) el.position({ x: p.x, y: p.y });
      if (box && (el.data('w') !== data.w || el.data('h') !== data.h || el.data('fs') !== data.fs))
        el.data({ w: data.w, h: data.h, fs: data.fs });
    }
    for (const [id, def] of wantedEdges) {
      const old = this.#drawnEdges.get(id);
      const el = old ? cy.getElementById(id) : undefined;
      // Edges to a replaced node went with it.
      if (!old || !el || el.empty()) {
        add.push(def);
        continue;
      }
      if (old.classes !== def.classes) el.classes(def.classes as string);
      if (def.data.cpd !== undefined && el.data('cpd') !== def.data.cpd) el.data('cpd', def.data.cpd);
      if (old.merged && (el.data('label') !== def.data.label || el.data('mw') !== def.data.mw))
        el.data({ label: def.data.label, mw: def.data.mw, fs: def.data.fs });
    }
    if (add.length > 0) cy.add(add);
  }

  /**
   * The boxes to open (level of detail): those in view when zoomed in close enough, and those holding the selection
   * or the theatre's highlighted nodes. `limit`: open at most this many new leaves now (the rest at later frames),
   * nearest the centre of the view first, so zooming in stays responsive.
   */
  #wantedOpen(limit: boolean): Set<string> {
    const rects = this.#rects;
    const cy = this.cy;
    const ready = cy.width() > 0 && cy.height() > 0 && this.#drawnNodes.size > 0;
    const extent = ready ? cy.extent() : null;
    const inView = extent ? boxesInView(rects, new Set(this.#leafCount.keys()), extent, cy.zoom()) : new Set<string>();
    const want = new Set<string>([...this.#pinnedHighlight]);
    if (this.#pinnedSelection !== null) want.add(this.#pinnedSelection);
    for (const id of inView) want.add(id);
    if (!limit) {
      // Keep what is open and still wanted; what is newly wanted opens through the paced path.
      const keep = new Set<string>();
      for (const id of want)
        if (this.#open.has(id) || id === this.#pinnedSelection || this.#pinnedHighlight.has(id)) keep.add(id);
      if ([...want].some((id) => !keep.has(id))) this.#queueDetail();
      this.#open = keep;
      return keep;
    }
    const next = new Set<string>();
    for (const id of want) if (this.#open.has(id)) next.add(id);
    const centre = extent ? { x: (extent.x1 + extent.x2) / 2, y: (extent.y1 + extent.y2) / 2 } : { x: 0, y: 0 };
    const fresh = [...want]
      .filter((id) => !next.has(id))
      .sort((a, b) => distance(rects.get(a), centre) - distance(rects.get(b), centre));
    let budget = DETAIL_BATCH;
    for (const id of fresh) {
      if (budget <= 0) {
        this.#queueDetail();
        break;
      }
      next.add(id);
      budget -= this.#leafCount.get(id) ?? 0;
    }
    this.#open = next;
    return next;
  }

  /** Re-checks which boxes to open at the next frame (after a zoom, a pan, a selection). */
  #queueDetail(): void {
    if (this.#detailQueued) return;
    this.#detailQueued = true;
    this.#later(() => {
      this.#detailQueued = false;
      this.#refreshDetail();
    });
  }

  #refreshDetail(): void {
    if (!this.#lod || !this.#alive()) return;
    const before = this.#open;
    const open = this.#wantedOpen(true);
    const near = this.cy.zoom() >= DETAIL_ZOOM;
    if (near === this.#near && open.size === before.size && [...open].every((id) => before.has(id))) return;
    this.#near = near;
    this.#drawOpen(undefined);
  }

  /** Draws what the open boxes show (level of detail), after `#open` changed outside an update. */
  #drawOpen(selected: string | null | undefined): void {
    const view = detailView(this.#model, this.#visible, (id) => this.#rects.has(id), this.#open);
    this.#draw(view.nodes, view.edges, view.counts, selected);
  }

  /** Selects a node (or clears the selection) and lights its edges and neighbours. */
  select(id: string | null): void {
    if (!this.#alive()) return;
    const box = id !== null && this.#lod ? (this.#holder.get(id) ?? null) : null;
    if (box !== this.#pinnedSelection) {
      this.#pinnedSelection = box;
      // The selected leaf's box opens now, so that it can be selected and shown.
      if (box !== null && !this.#open.has(box)) {
        this.#open = new Set([...this.#open, box]);
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
    const cy = this.cy;
    const previous = this.#selected !== null ? cy.getElementById(this.#selected) : null;
    if (previous && previous.nonempty() && this.#selected !== selected) {
      previous.unselect();
    }
    cy.elements('.active').removeClass('active');
    this.#selected = selected;
    if (selected === null) {
      cy.$(':selected').unselect();
      return;
    }
    const node = cy.getElementById(selected);
    if (node.empty()) return;
    if (!node.selected()) {
      cy.$(':selected').unselect();
      node.select();
    }
    node.connectedEdges().addClass('active');
    node.neighborhood('node').addClass('active');
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

  /** The area the visible elements cover, from the layout (no Cytoscape bounding-box pass). */
  #bounds(): { x1: number; y1: number; x2: number; y2: number } | null {
    return pictureBounds(
      this.#rects,
      this.#positions,
      this.#visible,
      (id) => this.#nodes.get(id)?.label ?? '',
      this.#metrics(),
    );
  }

  /** The zoom at which node labels are legible on screen (11 px; 16 px in presenter mode). */
  get legibleZoom(): number {
    return legibleZoom(this.#metrics().font, this.#presenter ? LEGIBLE_LABEL_PX_PRESENTER : LEGIBLE_LABEL_PX);
  }

  /** True when the whole picture does not fit at a legible zoom (the view shows its minimap then). */
  get overviewNeeded(): boolean {
    return this.#overviewNeeded;
  }

  /** The leaves that matter now: the selection, then the interest, as drawn-or-laid-out visible leaves. */
  #interestIds(): string[] {
    const ids = [...(this.#selected !== null ? [this.#selected] : []), ...this.#interest];
    return ids.filter((id) => this.#visible.has(id) && !this.#rects.has(id) && this.#positions[id] !== undefined);
  }

  /**
   * Says what matters most in this view (a lesson's subject, a request's principal and resource). The picture is
   * centred on it when the world does not fit legibly; if it is out of view and the user has not moved the picture,
   * the view opens on it again now.
   */
  setInterest(ids: readonly string[]): void {
    this.#interest = ids;
    if (!this.#alive() || this.#userMoved || !this.#overviewNeeded) return;
    const cy = this.cy;
    const outside = this.#interestIds().some(
      (id) => !inView(this.#positions[id], cy.zoom(), cy.pan(), cy.width(), cy.height(), 20),
    );
    if (outside) this.fit();
  }

  /**
   * The default view: the whole picture when it fits at a legible zoom (a tiny world is not blown up), else a legible
   * zoom centred on the selection and what matters (`setInterest`), or on the top-left corner (see shared/graph/viewport.ts).
   */
  fit(): void {
    // A fit scheduled for later can arrive after the view was destroyed (switching areas quickly).
    if (!this.#alive()) return;
    const cy = this.cy;
    // The container may have moved or changed size (a message bar, the terminal): Cytoscape caches both. Telling it
    // costs a re-allocation of every canvas layer (~70 ms for the example account), so only when something changed.
    this.#syncSize();
    const m = this.#metrics();
    const choice = chooseViewport({
      bounds: this.#bounds(),
      interest: leavesBounds(this.#interestIds(), this.#positions, (id) => this.#nodes.get(id)?.label ?? '', m),
      width: cy.width(),
      height: cy.height(),
      pad: 40,
      // A large world opens as its overview (closed boxes that say what they hold, in type sized for the distance).
      legible: this.#lod ? cy.minZoom() : this.legibleZoom,
      maxZoom: this.#presenter ? 2.2 : 1.6,
    });
    if (!choice) return;
    this.#setViewport(choice.zoom, choice.pan);
    this.#userMoved = false;
    if (choice.fitsLegibly === this.#overviewNeeded) {
      this.#overviewNeeded = !choice.fitsLegibly;
      this.#callbacks.onOverview?.(this.#overviewNeeded);
    }
  }

  /** Shows the whole picture whatever the label size (the toolbar's "Show all"; the minimap is the other way). */
  fitAll(): void {
    if (!this.#alive()) return;
    const cy = this.cy;
    this.#syncSize();
    const choice = chooseViewport({
      bounds: this.#bounds(),
      interest: null,
      width: cy.width(),
      height: cy.height(),
      pad: 40,
      legible: cy.minZoom(),
      maxZoom: this.#presenter ? 2.2 : 1.6,
    });
    if (choice) this.#setViewport(choice.zoom, choice.pan);
  }

  /** Centres graph point `p` at the current zoom (the minimap). */
  centreOn(p: { x: number; y: number }): void {
    if (!this.#alive()) return;
    const cy = this.cy;
    cy.pan({ x: cy.width() / 2 - cy.zoom() * p.x, y: cy.height() / 2 - cy.zoom() * p.y });
  }

  /** What the minimap draws: the picture's bounds, the visible leaves with their kind, and the part on screen. */
  overview(): {
    bounds: { x1: number; y1: number; x2: number; y2: number } | null;
    leaves: Array<{ x: number; y: number; kind: GraphNode['kind'] }>;
    view: { x1: number; y1: number; x2: number; y2: number };
  } {
    const leaves: Array<{ x: number; y: number; kind: GraphNode['kind'] }> = [];
    for (const id of this.#visible) {
      const p = this.#positions[id];
      const n = this.#nodes.get(id);
      if (p && n && !this.#rects.has(id)) leaves.push({ x: p.x, y: p.y, kind: n.kind });
    }
    const e = this.#alive() ? this.cy.extent() : { x1: 0, y1: 0, x2: 0, y2: 0 };
    return { bounds: this.#bounds(), leaves, view: { x1: e.x1, y1: e.y1, x2: e.x2, y2: e.y2 } };
  }

  #setViewport(zoom: number, pan: { x: number; y: number }): void {
    this.#auto = true;
    try {
      this.cy.viewport({ zoom, pan });
    } finally {
      this.#auto = false;
    }
  }

  /** Zooms by `factor` around the viewport's centre. */
  zoomBy(factor: number): void {
    if (!this.#alive()) return;
    const cy = this.cy;
    cy.zoom({ level: cy.zoom() * factor, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
  }

  /** Where a node is in graph coordinates: drawn, or from the layout when its box is closed (level of detail). */
  #pointOf(id: string): { x: number; y: number } | null {
    const node = this.cy.getElementById(id);
    if (node.nonempty()) return node.position();
    return this.#positions[id] ?? null;
  }

  /** Centres a node, zooming in to a readable size when far out (which opens its box when the world is large). */
  focus(id: string, animate = true): void {
    if (!this.#alive()) return;
    const p = this.#pointOf(id);
    if (!p) return;
    const cy = this.cy;
    const zoom = Math.max(cy.zoom(), this.legibleZoom);
    const pan = { x: cy.width() / 2 - zoom * p.x, y: cy.height() / 2 - zoom * p.y };
    if (animate) cy.animate({ zoom, pan }, { duration: 250 });
    else cy.viewport({ zoom, pan });
  }

  /** Keeps a node in view without moving the picture when it already is. */
  reveal(id: string): void {
    if (!this.#alive()) return;
    const p = this.#pointOf(id);
    if (!p) return;
    const cy = this.cy;
    const x = p.x * cy.zoom() + cy.pan().x;
    const y = p.y * cy.zoom() + cy.pan().y;
    const m = 16;
    if (x < m || y < m || x > cy.width() - m || y > cy.height() - m || (this.#lod && cy.zoom() < DETAIL_ZOOM))
      this.focus(id);
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
    return new Promise((resolve) => {
      if (!this.#alive()) return resolve({});
      const eles = this.cy.elements(':visible').not('.box');
      const layout = eles.layout({
        name: 'cose',
        animate: false,
        randomize: false,
        fit: false,
        nodeDimensionsIncludeLabels: true,
        numIter: 600,
      } as never);
      layout.one('layoutstop', () => {
        const out: Positions = {};
        if (this.#alive()) {
          eles.nodes().forEach((n) => {
            out[n.id()] = { x: Math.round(n.position('x')), y: Math.round(n.position('y')) };
          });
          this.fitSoon();
        }
        resolve(out);
      });
      layout.run();
    });
  }

  /** Lights the elements of the current theatre frame (ids that are not in the graph are ignored). */
  highlight(nodes: readonly string[], edges: readonly string[]): void {
    if (!this.#alive()) return;
    // What the theatre lights (principal, resource, the policy in focus) is what matters in this view.
    this.setInterest(nodes);
    if (this.#lod) {
      // The boxes holding highlighted nodes open, so the theatre's step is visible in a large world too.
      const pinned = new Set<string>();
      for (const id of nodes) {
        const box = this.#holder.get(id);
        if (box !== undefined) pinned.add(box);
      }
      const same = pinned.size === this.#pinnedHighlight.size && [...pinned].every((b) => this.#pinnedHighlight.has(b));
      this.#pinnedHighlight = pinned;
      if (!same && [...pinned].some((b) => !this.#open.has(b))) {
        this.#open = new Set([...this.#open, ...pinned]);
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
