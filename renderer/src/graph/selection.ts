/**
 * The selection as Cytoscape shows it: one selected node, its edges and neighbours lit (`.active`), everything else
 * plain. Called inside the controller's batch.
 */
import type { Core } from 'cytoscape';

/** Moves the selection from `previous` to `selected` (null clears it). */
export function applySelection(cy: Core, previous: string | null, selected: string | null): void {
  const before = previous !== null ? cy.getElementById(previous) : null;
  if (before && before.nonempty() && previous !== selected) before.unselect();
  cy.elements('.active').removeClass('active');
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
