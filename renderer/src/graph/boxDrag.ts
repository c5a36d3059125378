/**
 * A box carries what it holds: while an account (or OU, or area) box is dragged its drawn leaves move along, and when
 * it is let go every leaf it holds — drawn or not (a closed box under level of detail) — is reported at its new place.
 * A dragged leaf is reported as itself.
 */
import type { Core, NodeSingular } from 'cytoscape';
import type { Positions } from '../../../shared/graph';

/** What the drag reads and reports. */
export interface BoxDragHost {
  alive(): boolean;
  /** The leaves a box holds at any depth. */
  leavesOf(box: string): readonly string[];
  positions(): Positions;
  onDrag(id: string, x: number, y: number): void;
}

/** Listens to Cytoscape's grab / drag / dragfree events for box and leaf drags. */
export function attachBoxDrag(cy: Core, host: BoxDragHost): void {
  let from: { x: number; y: number } | null = null;
  let grabAt: { x: number; y: number } | null = null;
  cy.on('grab', 'node.box', (e) => {
    const p = (e.target as NodeSingular).position();
    from = { x: p.x, y: p.y };
    grabAt = { x: p.x, y: p.y };
  });
  cy.on('drag', 'node.box', (e) => {
    const box = e.target as NodeSingular;
    if (!from || !host.alive()) return;
    const p = box.position();
    const dx = p.x - from.x;
    const dy = p.y - from.y;
    from = { x: p.x, y: p.y };
    cy.batch(() => {
      for (const id of host.leavesOf(box.id())) {
        const leaf = cy.getElementById(id);
        if (leaf.nonempty()) leaf.shift({ x: dx, y: dy });
      }
    });
  });
  cy.on('dragfree', 'node', (e) => {
    if (!host.alive()) return;
    const n = e.target as NodeSingular;
    if (!n.hasClass('box')) {
      host.onDrag(n.id(), n.position('x'), n.position('y'));
      return;
    }
    const start = grabAt;
    from = null;
    grabAt = null;
    const dx = start ? n.position('x') - start.x : 0;
    const dy = start ? n.position('y') - start.y : 0;
    const positions = host.positions();
    for (const id of host.leavesOf(n.id())) {
      const leaf = cy.getElementById(id);
      // Leaves of a closed box are not drawn: they move by what the box moved.
      const p = leaf.nonempty()
        ? leaf.position()
        : positions[id]
          ? { x: positions[id].x + dx, y: positions[id].y + dy }
          : null;
      if (p) host.onDrag(id, p.x, p.y);
    }
  });
}
