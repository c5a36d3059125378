/** Starting the neighbourhood view from the toolbar, the inspector or the command palette. */
import type { WorldView } from '../state/worldView.svelte';

/**
 * Shows `id` and what is one step away from it. "Show only what touches this" is switched off: the neighbourhood
 * view does the same and more, and the two together would only cut each other down.
 */
export function showNeighbourhood(view: WorldView, id: string): void {
  view.focus = undefined;
  view.hood.show(id);
}
