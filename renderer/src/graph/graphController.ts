/**
 * The one owner of the Cytoscape instance. The Svelte view hands it the graph model, the positions, the visible ids
 * and the selection; it brings Cytoscape in line in a single `cy.batch()` per update (adding, removing and changing
 * only what differs), and reports taps, drags and box changes back through callbacks.
 */
import cytoscape, { type Core, type ElementDefinition, type NodeSingular } from 'cytoscape';
import type { GraphEdge, GraphModel, GraphNode, Positions } from '../../../shared/graph';
import { readPalette, type GraphPalette } from './palette';
import { graphStyle } from './style';

/** Above this many nodes, icons are left out (drawing them dominates the first paint). */
const LARGE_GRAPH = 800;

/** What the controller reports back. */
export interface GraphCallbacks {
  onSelect(id: string | null): void;
  onDrag(id: string, x: number, y: number): void;
  onOpen(id: string): void;
}

/** What the view shows. */
export interface GraphFrame {
  model: GraphModel;
  positions: Positions;
  visible: Set<string>;
  selected: string | null;
}

/** Long names are cut here rather than by Cytoscape (its ellipsis measures text character by character). */
function shortLabel(label: string, compound: boolean): string {
  const max = compound ? 60 : 24;
  return label.length > max ? `${label.slice(0, max - 1)}…` : label;
}

function nodeData(n: GraphNode): Record<string, unknown> {
  const compound = n.kind === 'account' || n.kind === 'area' || n.kind === 'organization' || n.kind === 'ou';
  const data: Record<string, unknown> = { id: n.id, kind: n.kind, label: shortLabel(n.label, compound) };
  if (n.parent !== undefined) data.parent = n.parent;
  return data;
}

function edgeData(e: GraphEdge): Record<string, unknown> {
  const data: Record<string, unknown> = { id: e.id, kind: e.kind, source: e.source, target: e.target };
  if (e.conditional) data.conditional = true;
  return data;
}

/** Owns one Cytoscape instance inside one container. */
export class GraphController {
  readonly cy: Core;
  #callbacks: GraphCallbacks;
  #nodes = new Map<string, GraphNode>();
  #edges = new Map<string, GraphEdge>();
  #presenter = false;
  #large = false;
  palette: GraphPalette;

  constructor(container: HTMLElement, callbacks: GraphCallbacks) {
    this.#callbacks = callbacks;
    this.palette = readPalette();
    this.cy = cytoscape({
      container,
      elements: [],
      style: graphStyle(this.palette, false),
      layout: { name: 'preset' },
      minZoom: 0.05,
      maxZoom: 4,
      boxSelectionEnabled: false,
      selectionType: 'single',
      // Pan and zoom move a cached picture, then redraw once: smooth with thousands of elements.
      textureOnViewport: true,
      hideEdgesOnViewport: false,
      hideLabelsOnViewport: false,
      pixelRatio: 'auto',
    });
    this.cy.on('tap', 'node', (e) => this.#callbacks.onSelect((e.target as NodeSingular).id()));
    this.cy.on('tap', (e) => {
      if (e.target === this.cy) this.#callbacks.onSelect(null);
    });
    this.cy.on('dbltap', 'node', (e) => this.#callbacks.onOpen((e.target as NodeSingular).id()));
    this.cy.on('dragfree', 'node', (e) => {
      const n = e.target as NodeSingular;
      if (n.isParent()) {
        n.descendants().forEach((d) => {
          if (!d.isParent()) this.#callbacks.onDrag(d.id(), d.position('x'), d.position('y'));
        });
      } else {
        this.#callbacks.onDrag(n.id(), n.position('x'), n.position('y'));
      }
    });
  }

  /** Brings Cytoscape in line with the frame, in one batch. Returns whether elements were added or removed. */
  update(frame: GraphFrame): boolean {
    const { model, positions, visible, selected } = frame;
    const cy = this.cy;
    const nextNodes = new Map(model.nodes.map((n) => [n.id, n]));
    const nextEdges = new Map(model.edges.map((e) => [e.id, e]));
    let removed = 0;
    for (const id of this.#nodes.keys()) if (!nextNodes.has(id)) removed++;
    let added = 0;
    for (const id of nextNodes.keys()) if (!this.#nodes.has(id)) added++;
    // A new world (or a big change): rebuild in one add, which is much cheaper than many small edits.
    const rebuild = this.#nodes.size === 0 || removed + added > 100;
    const large = model.nodes.length > LARGE_GRAPH;
    if (large !== this.#large) {
      this.#large = large;
      this.cy.style(graphStyle(this.palette, this.#presenter, large));
    }
    cy.batch(() => {
      if (rebuild) {
        cy.elements().remove();
        const defs: ElementDefinition[] = [];
        for (const n of model.nodes) {
          const pos = positions[n.id];
          defs.push({ group: 'nodes', data: nodeData(n), position: pos ? { ...pos } : undefined, classes: visible.has(n.id) ? undefined : 'hidden' });
        }
        for (const e of model.edges) {
          const show = visible.has(e.source) && visible.has(e.target);
          defs.push({ group: 'edges', data: edgeData(e), classes: show ? undefined : 'hidden' });
        }
        cy.add(defs);
      } else {
        this.#patch(model, positions, visible, nextNodes, nextEdges);
      }
      this.#applySelection(selected);
    });
    this.#nodes = nextNodes;
    this.#edges = nextEdges;
    return rebuild || removed + added > 0;
  }

  /** Small changes: remove, add and change only what differs. */
  #patch(model: GraphModel, positions: Positions, visible: Set<string>, nextNodes: Map<string, GraphNode>, nextEdges: Map<string, GraphEdge>): void {
    const cy = this.cy;
    for (const id of this.#edges.keys()) if (!nextEdges.has(id)) cy.getElementById(id).remove();
    for (const id of this.#nodes.keys()) {
      if (nextNodes.has(id)) continue;
      const el = cy.getElementById(id);
      // Keep children alive if they move to another parent; Cytoscape removes descendants with a parent.
      el.children().move({ parent: null });
      el.remove();
    }
    const add: ElementDefinition[] = [];
    for (const n of model.nodes) {
      const old = this.#nodes.get(n.id);
      const pos = positions[n.id];
      if (!old) {
        add.push({ group: 'nodes', data: nodeData(n), position: pos ? { ...pos } : undefined });
        continue;
      }
      const el = cy.getElementById(n.id);
      if (old.label !== n.label) el.data('label', shortLabel(n.label, false));
      if (old.parent !== n.parent) el.move({ parent: n.parent ?? null });
    }
    for (const e of model.edges) {
      const old = this.#edges.get(e.id);
      if (!old) add.push({ group: 'edges', data: edgeData(e) });
      else if (!!old.conditional !== !!e.conditional) cy.getElementById(e.id).data('conditional', !!e.conditional);
    }
    if (add.length > 0) cy.add(add);
    cy.nodes().forEach((n) => {
      const p = positions[n.id()];
      if (!p || n.isParent()) return;
      const cur = n.position();
      if (cur.x !== p.x || cur.y !== p.y) n.position({ x: p.x, y: p.y });
    });
    cy.elements().forEach((el: cytoscape.SingularElementArgument) => {
      const show = el.isNode() ? visible.has(el.id()) : visible.has(String(el.data('source'))) && visible.has(String(el.data('target')));
      if (show === el.hasClass('hidden')) el.toggleClass('hidden', !show);
    });
  }

  #applySelection(selected: string | null): void {
    const cy = this.cy;
    cy.elements('.active').removeClass('active');
    const current = cy.$(':selected');
    if (selected === null) {
      current.unselect();
      return;
    }
    const node = cy.getElementById(selected);
    if (node.empty()) return;
    if (!node.selected()) {
      current.unselect();
      node.select();
    }
    node.connectedEdges().addClass('active');
    node.neighborhood('node').addClass('active');
  }

  /** Re-reads the palette (theme change) and applies presenter sizes. */
  restyle(presenter: boolean): void {
    this.#presenter = presenter;
    this.palette = readPalette();
    this.cy.style(graphStyle(this.palette, presenter, this.#large));
  }

  get presenter(): boolean {
    return this.#presenter;
  }

  /** Fits the visible elements in the viewport. */
  fit(): void {
    // A fit scheduled for the next frame can arrive after the view was destroyed (switching areas quickly).
    if (this.cy.destroyed()) return;
    this.cy.resize();
    this.cy.fit(this.cy.elements(':visible'), 40);
    // A tiny world should not be blown up to giant nodes.
    if (this.cy.zoom() > 1.6) {
      this.cy.zoom(1.6);
      this.cy.center(this.cy.elements(':visible'));
    }
  }

  /** Zooms by `factor` around the viewport's centre. */
  zoomBy(factor: number): void {
    const cy = this.cy;
    cy.zoom({ level: cy.zoom() * factor, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
  }

  /** Centres a node, zooming in to a readable size when far out. */
  focus(id: string, animate = true): void {
    const node = this.cy.getElementById(id);
    if (node.empty()) return;
    const zoom = Math.max(this.cy.zoom(), 1);
    if (animate) this.cy.animate({ center: { eles: node }, zoom }, { duration: 250 });
    else this.cy.center(node);
  }

  /** Keeps a node in view without moving the picture when it already is. */
  reveal(id: string): void {
    const node = this.cy.getElementById(id);
    if (node.empty()) return;
    const bb = node.renderedBoundingBox();
    if (bb.x1 < 0 || bb.y1 < 0 || bb.x2 > this.cy.width() || bb.y2 > this.cy.height()) this.focus(id);
  }

  /** The on-screen position of a node (for the keyboard focus ring overlay), or null. */
  renderedBox(id: string): { x1: number; y1: number; x2: number; y2: number } | null {
    const node = this.cy.getElementById(id);
    return node.empty() ? null : node.renderedBoundingBox();
  }

  /** A PNG of the whole visible graph as a Blob. */
  png(): Blob {
    return this.cy.png({ output: 'blob', full: true, bg: this.palette.background, scale: 2, maxWidth: 8000, maxHeight: 8000 }) as Blob;
  }

  /** Runs a force-directed layout (exploration); returns the new leaf positions when it ends. */
  forceLayout(): Promise<Positions> {
    return new Promise((resolve) => {
      const eles = this.cy.elements(':visible');
      const layout = eles.layout({ name: 'cose', animate: false, randomize: false, fit: true, nodeDimensionsIncludeLabels: true, numIter: 600 } as never);
      layout.one('layoutstop', () => {
        const out: Positions = {};
        this.cy.nodes().forEach((n) => {
          if (!n.isParent()) out[n.id()] = { x: Math.round(n.position('x')), y: Math.round(n.position('y')) };
        });
        resolve(out);
      });
      layout.run();
    });
  }

  /** Lights the elements of the current theatre frame (ids that are not in the graph are ignored). */
  highlight(nodes: readonly string[], edges: readonly string[]): void {
    this.cy.batch(() => {
      this.cy.elements('.trace-hl').removeClass('trace-hl');
      for (const id of [...nodes, ...edges]) this.cy.getElementById(id).addClass('trace-hl');
    });
  }

  /** Destroys the instance. */
  destroy(): void {
    this.cy.destroy();
  }
}
