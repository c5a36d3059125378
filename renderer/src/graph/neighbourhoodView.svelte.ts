/**
 * The neighbourhood view's state for one world view: which node it is about, how far out it reaches, the nodes
 * expanded or added one by one, and what follows from that (the ids shown, the part of the model to draw, its own
 * layout in bands around the centre, the nodes at the edge that can be expanded). The pure work is
 * `shared/graph/neighbourhood.ts` and `neighbourhood-layout.ts`. Positions dragged while the view is on stay here:
 * they belong to this picture, not to the world's layout.
 */
import {
  legibleZoom,
  LEGIBLE_LABEL_PX,
  LEGIBLE_LABEL_PX_PRESENTER,
  NODE_KIND_LABELS,
  COMPOUND_KINDS,
  type GraphModel,
  type GraphNode,
  type Positions,
} from '../../../shared/graph';
import {
  addNode,
  expandNode,
  hiddenNeighbours,
  leafAdjacency,
  neighbourhoodIds,
  neighbourhoodModel,
  oneStepFurther,
  restrictToNeighbourhood,
  type NeighbourhoodSpec,
} from '../../../shared/graph/neighbourhood';
import {
  neighbourhoodLayout,
  DEFAULT_NEIGHBOURHOOD_LAYOUT,
  type NeighbourhoodLayoutOptions,
} from '../../../shared/graph/neighbourhood-layout';
import { styleMetrics } from './style';

const NONE: ReadonlySet<string> = new Set();
/** A compact picture's labels are cut at this many characters (the ellipsis included). */
const COMPACT_LABEL = 16;

/** The model with its leaves' labels cut at `COMPACT_LABEL` characters when `compact`, else as it is. */
function compactLabels(model: GraphModel, compact: boolean): GraphModel {
  if (!compact) return model;
  const cut = (l: string) => (l.length > COMPACT_LABEL ? `${l.slice(0, COMPACT_LABEL - 1)}…` : l);
  return { ...model, nodes: model.nodes.map((n) => ({ ...n, label: cut(n.label) })) };
}

/** The neighbourhood view of one world view (held by `WorldView` as `hood`). */
export class NeighbourhoodView {
  /** What is asked for; null when the view is off. */
  spec = $state<NeighbourhoodSpec | null>(null);
  /** Bumped each time the user changes what is shown (show, expand, add, leave): the graph fits what it shows. */
  generation = $state(0);
  #dragged = $state<Positions>({});
  /** The grid of the view's layout: as many columns as the graph's pane holds at a legible zoom. */
  grid = $state<NeighbourhoodLayoutOptions>({ ...DEFAULT_NEIGHBOURHOOD_LAYOUT });
  /**
   * Compact (the Evaluate area's request on the presenter's short pane): one band in rows (`flat` layout), labels cut
   * at 16 characters and columns as narrow as such a label, so three fit side by side in a 576-pixel pane.
   */
  compact = $state(false);
  #graph: () => GraphModel;

  constructor(graph: () => GraphModel) {
    this.#graph = graph;
  }

  /** The whole world's graph model (read lazily: the fields below are derived from it). */
  #world(): GraphModel {
    return this.#graph();
  }

  adjacency = $derived(leafAdjacency(this.#world()));
  /** The leaves shown (empty when the view is off, or its centre was deleted). */
  shown: ReadonlySet<string> = $derived(this.spec ? neighbourhoodIds(this.#world(), this.spec, this.adjacency) : NONE);
  /** On, and its centre still exists. */
  active: boolean = $derived(this.shown.size > 0);
  /** The part of the model to draw: the shown leaves, the boxes around them, the edges between them. */
  model: GraphModel = $derived(
    this.active ? compactLabels(neighbourhoodModel(this.#world(), this.shown), this.compact) : this.#world(),
  );
  /** The shown part laid out in bands around the centre (`neighbourhoodLayout`), with what was dragged in this view. */
  positions: Positions = $derived(
    this.active && this.spec
      ? neighbourhoodLayout(
          this.model,
          this.spec.centre,
          this.shown,
          { ...this.grid, flat: this.compact },
          this.#dragged,
        )
      : {},
  );
  /** Shown leaves with neighbours that are not shown → how many (they can be expanded). */
  more: ReadonlyMap<string, number> = $derived(hiddenNeighbours(this.adjacency, this.shown));
  /** How many leaves the whole world has (the "of N" in `extent`). */
  total: number = $derived(this.#world().nodes.filter((n) => !COMPOUND_KINDS.includes(n.kind)).length);

  /** The centre node, when the view is on. */
  get centre(): GraphNode | undefined {
    const id = this.active ? this.spec?.centre : undefined;
    return id === undefined ? undefined : this.#world().nodes.find((n) => n.id === id);
  }

  /** True when `id` is a leaf the view can be about (boxes are not). */
  canShow(id: string | null | undefined): id is string {
    return id != null && this.adjacency.has(id);
  }

  /** Shows `id` and what is one step away from it (starts the view over). */
  show(id: string): void {
    if (!this.canShow(id)) return;
    this.spec = { centre: id, steps: 1, expanded: [], added: [] };
    this.#dragged = {};
    this.generation++;
  }

  /**
   * Shows exactly `ids` (the first is the centre), not what lies around them: the part of the world a request touches
   * (the Evaluate area). Nothing changes when the same ids are shown already; with none of them a leaf, the view is off.
   */
  showOnly(ids: readonly string[]): void {
    const leaves = ids.filter((id) => this.canShow(id));
    const [centre, ...added] = leaves;
    const s = this.spec;
    if (s && s.centre === centre && s.steps === 0 && s.added.join('\n') === added.join('\n')) return;
    if (centre === undefined) return this.leave();
    this.spec = { centre, steps: 0, expanded: [], added };
    this.#dragged = {};
    this.generation++;
  }

  /** Turns the compact picture on or off (the graph fits it again). */
  setCompact(on: boolean): void {
    if (on === this.compact) return;
    this.compact = on;
    this.generation++;
  }

  /** Adds the direct neighbours of `id` (a node at the edge of the view). */
  expand(id: string): void {
    if (!this.spec || !this.active) return;
    this.#set(expandNode(this.spec, id));
  }

  /** Reaches one whole step further out from the centre. */
  further(): void {
    if (!this.spec || !this.active) return;
    this.#set(oneStepFurther(this.spec));
  }

  /** Shows a node that is not in the view on its own (it was picked in the explorer, the palette or a link). */
  include(id: string | null): void {
    if (!this.spec || !this.active || !this.canShow(id) || this.shown.has(id)) return;
    this.#set(addNode(this.spec, id));
  }

  /** Leaves the view: everything is shown again. */
  leave(): void {
    if (this.spec === null) return;
    this.spec = null;
    this.#dragged = {};
    this.generation++;
  }

  /**
   * Fits the layout's columns to the graph's pane (`width` px): as many as a cut label needs at the zoom where labels
   * are legible (11 px, 16 px in presenter mode), at least 2.
   */
  fitPane(width: number, presenter: boolean): void {
    const { font } = styleMetrics(presenter);
    const zoom = legibleZoom(font, presenter ? LEGIBLE_LABEL_PX_PRESENTER : LEGIBLE_LABEL_PX);
    // Compact: a column as wide as a label cut at 16 characters (166 units in presenter type, 122 otherwise) and a gap.
    const label = presenter ? 166 : 122;
    const columnWidth = this.compact ? label + 8 : presenter ? 195 : 180;
    // Rows as close as a node and its label allow (40 + 4 + 11 × 1.3 units; 48 + 4 + 15 × 1.3 in presenter mode).
    const rowHeight = presenter ? 76 : 62;
    // The last column needs room for its label only, not a whole column's gap.
    const columns = this.compact
      ? Math.max(2, Math.floor((width / zoom - 12 - label) / columnWidth) + 1)
      : Math.max(2, Math.floor((width / zoom - 24) / columnWidth));
    // Bands a fifth of a row apart; a tenth in presenter mode, where the pane is short (1280×720, larger type).
    const bandGap = presenter ? 0.1 : 0.2;
    const g = this.grid;
    if (columns !== g.columns || columnWidth !== g.columnWidth || rowHeight !== g.rowHeight || bandGap !== g.bandGap) {
      this.grid = { columns, columnWidth, rowHeight, bandGap };
      // A compact picture is fitted to its pane: a new grid is a new picture.
      if (this.compact) this.generation++;
    }
  }

  /** A node was dragged while the view was on. */
  drag(id: string, x: number, y: number): void {
    this.#dragged = { ...this.#dragged, [id]: { x, y } };
  }

  /** What to draw: the ids the other filters leave (`visible`), cut down to the view when it is on. */
  restrict(visible: Set<string>): Set<string> {
    return this.active ? restrictToNeighbourhood(visible, this.shown) : visible;
  }

  /** What the view is about, in words: "role Admin", "IAM user alice" (empty when off). */
  get subject(): string {
    const c = this.centre;
    if (!c) return '';
    const kind = NODE_KIND_LABELS[c.kind];
    // "role Admin", but "IAM user alice": a kind that starts with an acronym keeps its capitals.
    const word = /^[A-Z]{2}/.test(kind) ? kind : kind[0].toLowerCase() + kind.slice(1);
    return `${word} ${c.label}`;
  }

  /** How far it reaches and how much it shows: "2 steps + 1 expanded · 14 of 256" (empty when off). */
  get extent(): string {
    if (!this.spec || !this.active) return '';
    const { steps, expanded, added } = this.spec;
    const parts = [`${steps} step${steps === 1 ? '' : 's'}`];
    if (expanded.length > 0) parts.push(`${expanded.length} expanded`);
    if (added.length > 0) parts.push(`${added.length} added`);
    return `${parts.join(' + ')} · ${this.shown.size} of ${this.total}`;
  }

  #set(spec: NeighbourhoodSpec): void {
    if (spec === this.spec) return;
    this.spec = spec;
    this.generation++;
  }
}
