/**
 * What part of the world the user is looking at: search text, hidden kinds, one account, "only what touches this
 * node". Pure filters from shared/graph do the work; this class holds the choices and derives the visible ids.
 */
import { visibleNodeIds, type GraphFilter, type NodeKind } from '../../../shared/graph';
import type { WorldStore } from './worldStore.svelte';
import { NeighbourhoodView } from '../graph/neighbourhoodView.svelte';

/** The World area's view filters. */
export class WorldView {
  query = $state('');
  hiddenKinds = $state<NodeKind[]>([]);
  account = $state<string | undefined>(undefined);
  focus = $state<string | undefined>(undefined);
  #store: WorldStore;

  filter: GraphFilter = $derived({ query: this.query, hiddenKinds: this.hiddenKinds, account: this.account, focus: this.focus });
  /** The neighbourhood view: when on, only a node and what lies a few steps from it are drawn. */
  readonly hood = new NeighbourhoodView(() => this.#storeGraph());
  /** What the filters leave, before the neighbourhood view (the explorer lists these). */
  filtered: Set<string> = $derived(visibleNodeIds(this.#storeGraph(), this.filter));
  visible: Set<string> = $derived(this.hood.restrict(this.filtered));

  constructor(store: WorldStore) {
    this.#store = store;
  }

  #storeGraph() {
    return this.#store.graph;
  }

  /** Shows or hides one kind. */
  toggleKind(kind: NodeKind): void {
    this.hiddenKinds = this.hiddenKinds.includes(kind) ? this.hiddenKinds.filter((k) => k !== kind) : [...this.hiddenKinds, kind];
  }

  /** Clears every filter. */
  clear(): void {
    this.query = '';
    this.hiddenKinds = [];
    this.account = undefined;
    this.focus = undefined;
    this.hood.leave();
  }
}
