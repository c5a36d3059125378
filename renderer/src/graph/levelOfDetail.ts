/**
 * Level of detail's state for one graph: whether it is on (a large world), which boxes are open (their leaves drawn),
 * whether the view is zoomed in close, and which boxes are pinned open (they hold the selection or what the theatre
 * lights). `wanted` asks the pure `boxesToOpen` what to open; `queue` re-checks at the next animation frame after a
 * zoom or pan, and asks the controller to redraw only when the open set or the closeness changed.
 */
import type { Core } from 'cytoscape';
import { boxesInView, boxesToOpen, sameSet, DETAIL_ZOOM, type BoxRect } from '../../../shared/graph';

/** At most this many leaves are added per frame when boxes open, so zooming in stays responsive. */
const DETAIL_BATCH = 400;

/** What the state reads from the controller. */
export interface DetailHost {
  readonly cy: Core;
  alive(): boolean;
  rects(): ReadonlyMap<string, BoxRect>;
  /** Leaves each box holds directly. */
  leafCount(): ReadonlyMap<string, number>;
  /** How many nodes are drawn (none yet: the view is not ready to measure). */
  drawnCount(): number;
  later(fn: () => void): void;
  /** Draw what the open boxes show now. */
  redraw(): void;
}

/** The level-of-detail state of one graph. */
export class DetailState {
  /** On for a large world: only the boxes in `open` show their leaves. */
  on = false;
  open = new Set<string>();
  /** Zoomed in at least to `DETAIL_ZOOM` when the boxes were last drawn (merged edges are drawn thin then). */
  near = false;
  /** Boxes kept open whatever the zoom: they hold the selection or the theatre's highlighted nodes. */
  pinnedSelection: string | null = null;
  pinnedHighlight = new Set<string>();
  #queued = false;
  #host: DetailHost;

  constructor(host: DetailHost) {
    this.#host = host;
  }

  /**
   * The boxes to open: those in view when zoomed in close enough, and the pinned ones. `limit`: open at most
   * `DETAIL_BATCH` new leaves now (the rest at later frames), nearest the centre of the view first.
   */
  wanted(limit: boolean): Set<string> {
    const cy = this.#host.cy;
    const ready = cy.width() > 0 && cy.height() > 0 && this.#host.drawnCount() > 0;
    const extent = ready ? cy.extent() : null;
    const pinned = new Set(this.pinnedHighlight);
    if (this.pinnedSelection !== null) pinned.add(this.pinnedSelection);
    const rects = this.#host.rects();
    const leafCount = this.#host.leafCount();
    const { open, more } = boxesToOpen({
      inView: extent ? boxesInView(rects, new Set(leafCount.keys()), extent, cy.zoom()) : new Set(),
      pinned,
      open: this.open,
      rects,
      leafCount,
      centre: extent ? { x: (extent.x1 + extent.x2) / 2, y: (extent.y1 + extent.y2) / 2 } : { x: 0, y: 0 },
      ...(limit ? { budget: DETAIL_BATCH } : {}),
    });
    if (more) this.queue();
    this.open = open;
    return open;
  }

  /** Re-checks which boxes to open at the next frame (after a zoom, a pan, a selection). */
  queue(): void {
    if (this.#queued) return;
    this.#queued = true;
    this.#host.later(() => {
      this.#queued = false;
      this.#refresh();
    });
  }

  #refresh(): void {
    if (!this.on || !this.#host.alive()) return;
    const before = this.open;
    const open = this.wanted(true);
    const near = this.#host.cy.zoom() >= DETAIL_ZOOM;
    if (near === this.near && sameSet(open, before)) return;
    this.near = near;
    this.#host.redraw();
  }
}
