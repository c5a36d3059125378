/**
 * The optional `layout` of a scenario document (version 2 on): where the user dragged graph nodes, by node id, so an
 * arranged world looks the same after a reload, a sandbox switch, or an export shared with a class. The layout is
 * about the picture only — it is not part of the `World` and never an undo step.
 */
import type { Shape } from './shape';

/** A node position in graph coordinates. */
export interface LayoutPoint {
  x: number;
  y: number;
}

/** The `layout` field: dragged positions by graph node id (ARN, account id, inline-policy id). */
export interface ScenarioLayout {
  positions: Record<string, LayoutPoint>;
}

/** The largest coordinate accepted (far beyond any drawn world; keeps hostile files from placing nodes at 1e308). */
export const MAX_LAYOUT_COORDINATE = 1_000_000;

const coordinate: Shape = { kind: 'number', min: -MAX_LAYOUT_COORDINATE, max: MAX_LAYOUT_COORDINATE };

/** The shape of the `layout` field (validated like the rest of the file, with JSON paths). */
export const LAYOUT_SHAPE: Shape = {
  kind: 'object',
  description: 'Where the user placed graph nodes (optional; ids the world does not draw are ignored on load)',
  props: {
    positions: {
      kind: 'record',
      description: 'graph node id → position',
      values: { kind: 'object', props: { x: coordinate, y: coordinate } },
    },
  },
};

/**
 * The layout to store for some dragged positions: plain `{x, y}` copies (no extra keys, no reactive proxies), or
 * undefined when nothing was dragged — a world nobody arranged carries no `layout` field.
 */
export function layoutFromPositions(positions: Readonly<Record<string, LayoutPoint>>): ScenarioLayout | undefined {
  const ids = Object.keys(positions);
  if (ids.length === 0) return undefined;
  const out: Record<string, LayoutPoint> = {};
  for (const id of ids) out[id] = { x: positions[id].x, y: positions[id].y };
  return { positions: out };
}

/**
 * The stored positions of the nodes the world still draws (`nodeIds`): positions of nodes that no longer exist are
 * dropped quietly, since the world may have changed since the layout was saved (another tool edited the file).
 */
export function positionsForNodes(
  layout: ScenarioLayout | undefined,
  nodeIds: Iterable<string>,
): Record<string, LayoutPoint> {
  const drawn = new Set(nodeIds);
  const out: Record<string, LayoutPoint> = {};
  for (const [id, p] of Object.entries(layout?.positions ?? {})) if (drawn.has(id)) out[id] = { x: p.x, y: p.y };
  return out;
}
