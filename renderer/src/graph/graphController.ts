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
import { boxRects, leafExtent, type BoxMetrics, type BoxRect, type GraphEdge, type GraphModel, type GraphNode, type Positions } from '../../../shared/graph';
import { readPalette, type GraphPalette } from './palette';
import { graphStyle, LARGE_GRAPH, styleMetrics } from './style';

/** What the controller reports back. */
export interface GraphCallbacks {
  onSelect(id: string | null): void;
  onDrag(id: string, x: number, y: number): void;
  onOpen(id: string): void;
}

/** What the view shows. `selected` is optional: the view sends selection changes through `select`. */
export interface GraphFrame {
  model: GraphModel;
  positions: Positions;
  visible: Set<string>;
  selected?: string | null;
}

/** Long names are cut here rather than by Cytoscape (its ellipsis measures text character by character). */
function shortLabel(label: string, box: boolean): string {
  const max = box ? 60 : 24;
  return label.length > max ? `${label.slice(0, max - 1)}…` : label;
}

function nodeDef(n: GraphNode, rect: BoxRect | undefined, positions: Positions, hidden: boolean): ElementDefinition {
  if (rect) {
    return {
      group: 'nodes',
      data: { id: n.id, kind: n.kind, label: shortLabel(n.label, true), w: rect.w, h: rect.h },
      position: { x: rect.x, y: rect.y },
      classes: `box b-${n.kind} z${Math.min(rect.depth, 3)}${hidden ? ' hidden' : ''}`,
    };
  }
  const p = positions[n.id];
  return {
    group: 'nodes',
    data: { id: n.id, kind: n.kind, label: shortLabel(n.label, false) },
    position: p ? { x: p.x, y: p.y } : { x: 0, y: 0 },
    classes: `k-${n.kind}${hidden ? ' hidden' : ''}`,
  };
}

function edgeDef(e: GraphEdge, hidden: boolean): ElementDefinition {
  return {
    group: 'edges',
    data: { id: e.id, kind: e.kind, source: e.source, target: e.target },
    classes: `e-${e.kind}${e.conditional ? ' cond' : ''}${hidden ? ' hidden' : ''}`,
  };
}

/** Owns one Cytoscape instance inside one container. */
export class GraphController {
  readonly cy: Core;
  #callbacks: GraphCallbacks;
  #nodes = new Map<string, GraphNode>();
  #edges = new Map<string, GraphEdge>();
  #rects = new Map<string, BoxRect>();
  #positions: Positions = {};
  #visible: Set<string> = new Set();
  /** Box id → ids of the leaves inside it (at any depth), for dragging a box with its content. */
  #leavesOf = new Map<string, string[]>();
  #presenter = false;
  #large = false;
  #selected: string | null = null;
  #dead = false;
  /** True once the user moved or zoomed the picture; a resize then keeps their view instead of fitting. */
  #userMoved = false;
  #auto = false;
  #frames = new Set<number>();
  #resize: ResizeObserver | null = null;
  #dragFrom: { x: number; y: number } | null = null;
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
    cy.on('tap', 'node', (e) => this.#alive() && this.#callbacks.onSelect((e.target as NodeSingular).id()));
    cy.on('tap', (e) => {
      if (this.#alive() && e.target === cy) this.#callbacks.onSelect(null);
    });
    cy.on('dbltap', 'node', (e) => this.#alive() && this.#callbacks.onOpen((e.target as NodeSingular).id()));
    cy.on('viewport', () => {
      if (!this.#auto) this.#userMoved = true;
    });
    // A box carries what it holds: move its leaves along while it is dragged, report them when it is let go.
    cy.on('grab', 'node.box', (e) => {
      const p = (e.target as NodeSingular).position();
      this.#dragFrom = { x: p.x, y: p.y };
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
        this.#dragFrom = null;
        for (const id of this.#leavesOf.get(n.id()) ?? []) {
          const leaf = cy.getElementById(id);
          if (leaf.nonempty()) this.#callbacks.onDrag(id, leaf.position('x'), leaf.position('y'));
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
        if (!this.#alive() || !box || (Math.round(box.width) === Math.round(this.cy.width()) && Math.round(box.height) === Math.round(this.cy.height()))) return;
        this.cy.resize();
        if (!this.#userMoved) this.fit();
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
    if (this.#alive() && this.cy.width() > 0 && this.cy.height() > 0) this.fit();
    else this.#later(() => this.fit());
  }

  /** Brings Cytoscape in line with the frame, in one batch. Returns whether elements were added or removed. */
  update(frame: GraphFrame): boolean {
    if (!this.#alive()) return false;
    const { model, positions, visible } = frame;
    const cy = this.cy;
    const large = model.nodes.length + model.edges.length > LARGE_GRAPH;
    if (large !== this.#large) {
      this.#large = large;
      cy.style(graphStyle(this.palette, this.#presenter, large));
    }
    const rects = boxRects(model, positions, visible, this.#metrics());
    const nextNodes = new Map<string, GraphNode>();
    for (const n of model.nodes) nextNodes.set(n.id, n);
    const nextEdges = new Map<string, GraphEdge>();
    for (const e of model.edges) nextEdges.set(e.id, e);
    let removed = 0;
    for (const id of this.#nodes.keys()) if (!nextNodes.has(id)) removed++;
    let added = 0;
    for (const id of nextNodes.keys()) if (!this.#nodes.has(id)) added++;
    // A new world (or a big change): rebuild in one add, which is much cheaper than many small edits.
    const rebuild = this.#nodes.size === 0 || removed + added > 100;
    cy.startBatch();
    try {
      if (rebuild) {
        cy.elements().remove();
        const defs: ElementDefinition[] = [];
        for (const n of model.nodes) defs.push(nodeDef(n, rects.get(n.id), positions, !visible.has(n.id)));
        for (const e of model.edges) defs.push(edgeDef(e, !(visible.has(e.source) && visible.has(e.target))));
        cy.add(defs);
        this.#selected = null;
      } else {
        this.#patch(model, positions, visible, rects, nextNodes, nextEdges);
      }
      if (frame.selected !== undefined) this.#applySelection(frame.selected);
      else if (rebuild) this.#applySelection(this.#selected);
    } finally {
      cy.endBatch();
    }
    this.#nodes = nextNodes;
    this.#edges = nextEdges;
    this.#rects = rects;
    this.#positions = positions;
    this.#visible = visible;
    this.#leavesOf = leavesByBox(model, rects);
    return rebuild || removed + added > 0;
  }

  #metrics(): BoxMetrics {
    return styleMetrics(this.#presenter);
  }

  /** Small changes: remove, add and change only what differs. */
  #patch(
    model: GraphModel,
    positions: Positions,
    visible: Set<string>,
    rects: Map<string, BoxRect>,
    nextNodes: Map<string, GraphNode>,
    nextEdges: Map<string, GraphEdge>,
  ): void {
    const cy = this.cy;
    for (const id of this.#edges.keys()) if (!nextEdges.has(id)) cy.getElementById(id).remove();
    for (const id of this.#nodes.keys()) if (!nextNodes.has(id)) cy.getElementById(id).remove();
    const add: ElementDefinition[] = [];
    for (const n of model.nodes) {
      const rect = rects.get(n.id);
      const hidden = !visible.has(n.id);
      const old = this.#nodes.get(n.id);
      const el = old ? cy.getElementById(n.id) : undefined;
      // A node that became a box (or stopped being one) is replaced.
      if (!el || el.empty() || el.hasClass('box') !== !!rect) {
        if (el?.nonempty()) el.remove();
        add.push(nodeDef(n, rect, positions, hidden));
        continue;
      }
      if (old && old.label !== n.label) el.data('label', shortLabel(n.label, !!rect));
      if (hidden !== el.hasClass('hidden')) el.toggleClass('hidden', hidden);
      const cur = el.position();
      if (rect) {
        if (cur.x !== rect.x || cur.y !== rect.y) el.position({ x: rect.x, y: rect.y });
        if (el.data('w') !== rect.w || el.data('h') !== rect.h) el.data({ w: rect.w, h: rect.h });
      } else {
        const p = positions[n.id];
        if (p && (cur.x !== p.x || cur.y !== p.y)) el.position({ x: p.x, y: p.y });
      }
    }
    for (const e of model.edges) {
      const hidden = !(visible.has(e.source) && visible.has(e.target));
      const old = this.#edges.get(e.id);
      const el = old ? cy.getElementById(e.id) : undefined;
      // Edges to a replaced node went with it.
      if (!el || el.empty()) {
        add.push(edgeDef(e, hidden));
        continue;
      }
      if (!!old?.conditional !== !!e.conditional) el.toggleClass('cond', !!e.conditional);
      if (hidden !== el.hasClass('hidden')) el.toggleClass('hidden', hidden);
    }
    if (add.length > 0) cy.add(add);
  }

  /** Selects a node (or clears the selection) and lights its edges and neighbours. */
  select(id: string | null): void {
    if (!this.#alive()) return;
    this.cy.batch(() => this.#applySelection(id));
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
      this.update({ model: { nodes: [...this.#nodes.values()], edges: [...this.#edges.values()] }, positions: this.#positions, visible: this.#visible });
    }
  }

  get presenter(): boolean {
    return this.#presenter;
  }

  /** The area the visible elements cover, from the layout (no Cytoscape bounding-box pass). */
  #bounds(): { x1: number; y1: number; x2: number; y2: number } | null {
    let x1 = Infinity;
    let y1 = Infinity;
    let x2 = -Infinity;
    let y2 = -Infinity;
    const m = this.#metrics();
    for (const [id, r] of this.#rects) {
      if (!this.#visible.has(id) || r.depth > 0) continue;
      x1 = Math.min(x1, r.x - r.w / 2);
      y1 = Math.min(y1, r.y - r.h / 2 - m.font * 2.2);
      x2 = Math.max(x2, r.x + r.w / 2);
      y2 = Math.max(y2, r.y + r.h / 2);
    }
    for (const id of this.#visible) {
      const p = this.#positions[id];
      if (!p || this.#rects.has(id)) continue;
      const e = leafExtent(p, this.#nodes.get(id)?.label ?? '', m);
      x1 = Math.min(x1, e.x1);
      y1 = Math.min(y1, e.y1);
      x2 = Math.max(x2, e.x2);
      y2 = Math.max(y2, e.y2);
    }
    return x1 === Infinity ? null : { x1, y1, x2, y2 };
  }

  /** Fits the visible elements in the viewport (a tiny world is not blown up to giant nodes). */
  fit(): void {
    // A fit scheduled for later can arrive after the view was destroyed (switching areas quickly).
    if (!this.#alive()) return;
    const cy = this.cy;
    // The container may have moved or changed size (a message bar, the terminal): Cytoscape caches both.
    cy.resize();
    const b = this.#bounds();
    const w = cy.width();
    const h = cy.height();
    if (!b || w === 0 || h === 0) return;
    const pad = 40;
    const zoom = Math.max(cy.minZoom(), Math.min(1.6, (w - 2 * pad) / Math.max(1, b.x2 - b.x1), (h - 2 * pad) / Math.max(1, b.y2 - b.y1)));
    this.#auto = true;
    try {
      cy.viewport({ zoom, pan: { x: w / 2 - zoom * ((b.x1 + b.x2) / 2), y: h / 2 - zoom * ((b.y1 + b.y2) / 2) } });
    } finally {
      this.#auto = false;
    }
    this.#userMoved = false;
  }

  /** Zooms by `factor` around the viewport's centre. */
  zoomBy(factor: number): void {
    if (!this.#alive()) return;
    const cy = this.cy;
    cy.zoom({ level: cy.zoom() * factor, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
  }

  /** Centres a node, zooming in to a readable size when far out. */
  focus(id: string, animate = true): void {
    if (!this.#alive()) return;
    const node = this.cy.getElementById(id);
    if (node.empty()) return;
    const zoom = Math.max(this.cy.zoom(), 1);
    if (animate) this.cy.animate({ center: { eles: node }, zoom }, { duration: 250 });
    else this.cy.center(node);
  }

  /** Keeps a node in view without moving the picture when it already is. */
  reveal(id: string): void {
    if (!this.#alive()) return;
    const node = this.cy.getElementById(id);
    if (node.empty()) return;
    const p = node.renderedPosition();
    if (p.x < 0 || p.y < 0 || p.x > this.cy.width() || p.y > this.cy.height()) this.focus(id);
  }

  /** The on-screen position of a node (for the keyboard focus ring overlay), or null. */
  renderedBox(id: string): { x1: number; y1: number; x2: number; y2: number } | null {
    if (!this.#alive()) return null;
    const node = this.cy.getElementById(id);
    return node.empty() ? null : node.renderedBoundingBox();
  }

  /** A PNG of the whole visible graph as a Blob. */
  png(): Blob {
    return this.cy.png({ output: 'blob', full: true, bg: this.palette.background, scale: 2, maxWidth: 8000, maxHeight: 8000 }) as Blob;
  }

  /** Runs a force-directed layout (exploration) over the visible leaves; returns their new positions when it ends. */
  forceLayout(): Promise<Positions> {
    return new Promise((resolve) => {
      if (!this.#alive()) return resolve({});
      const eles = this.cy.elements(':visible').not('.box');
      const layout = eles.layout({ name: 'cose', animate: false, randomize: false, fit: false, nodeDimensionsIncludeLabels: true, numIter: 600 } as never);
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

/** Box id → the leaves it holds at any depth. */
function leavesByBox(model: GraphModel, rects: Map<string, BoxRect>): Map<string, string[]> {
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
