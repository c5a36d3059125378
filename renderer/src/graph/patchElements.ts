/**
 * Small changes to what Cytoscape draws: remove, add and change only what differs between the element definitions
 * wanted now and what was drawn last (label, classes, position, box size, an arc's bow, a merged edge's count). A node
 * that became a box, or stopped being one, is replaced; edges to a replaced node went with it and are added again.
 */
import type { Core, ElementDefinition } from 'cytoscape';
import type { DrawnEdge } from '../../../shared/graph';
import type { DrawnNode } from './elementDefs';

/** Brings `cy` from what is drawn (`drawnNodes`, `drawnEdges`) to what is wanted, in the caller's batch. */
export function patchElements(
  cy: Core,
  drawnNodes: ReadonlyMap<string, DrawnNode>,
  drawnEdges: ReadonlyMap<string, DrawnEdge & { classes: string }>,
  isBox: (id: string) => boolean,
  wanted: ReadonlyMap<string, ElementDefinition>,
  wantedEdges: ReadonlyMap<string, ElementDefinition>,
): void {
  for (const id of drawnEdges.keys()) if (!wantedEdges.has(id)) cy.getElementById(id).remove();
  for (const id of drawnNodes.keys()) if (!wanted.has(id)) cy.getElementById(id).remove();
  const add: ElementDefinition[] = [];
  for (const [id, def] of wanted) {
    const old = drawnNodes.get(id);
    const el = old ? cy.getElementById(id) : undefined;
    const box = isBox(id);
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
    const old = drawnEdges.get(id);
    const el = old ? cy.getElementById(id) : undefined;
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
