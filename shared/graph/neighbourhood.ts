/**
 * The neighbourhood view, as pure functions over the graph model: which leaves lie within N steps of a node, which
 * shown leaves still have neighbours that are not shown (they can be expanded), and the part of the model to draw.
 * A step is one edge of any kind (member of, policy attached, inline policy, boundary, can assume, instance profile,
 * can pass role, resource grant), in either direction. Boxes (accounts, OUs, areas, the organization) are never
 * steps, and the view does not draw them: its nodes are laid out in bands of their own (`neighbourhood-layout.ts`).
 */
import { COMPOUND_KINDS } from './kinds';
import type { GraphModel } from './types';

/** What the neighbourhood view shows: a centre and the whole rings around it, plus nodes expanded or added one by one. */
export interface NeighbourhoodSpec {
  /** The node the view is about. */
  centre: string;
  /** Whole steps out from the centre (1 = the centre and what touches it). */
  steps: number;
  /** Nodes expanded one by one: each adds its direct neighbours. */
  expanded: readonly string[];
  /** Nodes added on their own (picked in the explorer while the view was on). */
  added: readonly string[];
}

/** Leaf id → ids of the leaves one edge away (both directions). Boxes are neither keys nor neighbours. */
export function leafAdjacency(model: GraphModel): Map<string, Set<string>> {
  const boxes = new Set(model.nodes.filter((n) => COMPOUND_KINDS.includes(n.kind)).map((n) => n.id));
  const out = new Map<string, Set<string>>();
  for (const n of model.nodes) if (!boxes.has(n.id)) out.set(n.id, new Set());
  for (const e of model.edges) {
    const a = out.get(e.source);
    const b = out.get(e.target);
    if (!a || !b || e.source === e.target) continue;
    a.add(e.target);
    b.add(e.source);
  }
  return out;
}

/**
 * Leaf id → its distance in steps from the nearest seed, for every leaf within `steps` (breadth-first). Seeds that
 * are not leaves of the model are ignored.
 */
export function withinSteps(
  adjacency: ReadonlyMap<string, ReadonlySet<string>>,
  seeds: Iterable<string>,
  steps: number,
): Map<string, number> {
  const dist = new Map<string, number>();
  let ring: string[] = [];
  for (const s of seeds) {
    if (adjacency.has(s) && !dist.has(s)) {
      dist.set(s, 0);
      ring.push(s);
    }
  }
  for (let d = 1; d <= steps && ring.length > 0; d++) {
    const next: string[] = [];
    for (const id of ring) {
      for (const n of adjacency.get(id) ?? []) {
        if (dist.has(n)) continue;
        dist.set(n, d);
        next.push(n);
      }
    }
    ring = next;
  }
  return dist;
}

/**
 * The leaves the view shows: everything within `spec.steps` of the centre, each expanded node and its direct
 * neighbours, and the added nodes. Empty when the centre is not a leaf of the model (it was deleted).
 */
export function neighbourhoodIds(
  model: GraphModel,
  spec: NeighbourhoodSpec,
  adjacency = leafAdjacency(model),
): Set<string> {
  if (!adjacency.has(spec.centre)) return new Set();
  const out = new Set(withinSteps(adjacency, [spec.centre], Math.max(0, spec.steps)).keys());
  for (const id of withinSteps(adjacency, spec.expanded, 1).keys()) out.add(id);
  for (const id of spec.added) if (adjacency.has(id)) out.add(id);
  return out;
}

/**
 * For each shown leaf that has neighbours not shown, how many: the nodes at the edge of the view, which can be
 * expanded. Leaves whose every neighbour is shown are left out.
 */
export function hiddenNeighbours(
  adjacency: ReadonlyMap<string, ReadonlySet<string>>,
  shown: ReadonlySet<string>,
): Map<string, number> {
  const out = new Map<string, number>();
  for (const id of shown) {
    let count = 0;
    for (const n of adjacency.get(id) ?? []) if (!shown.has(n)) count++;
    if (count > 0) out.set(id, count);
  }
  return out;
}

/**
 * The ids to draw when the neighbourhood view is on: the leaves of `visible` (what the other filters leave) that are
 * in `shown`. No boxes: the view lays its nodes out in bands of its own (`neighbourhoodLayout`), not in accounts.
 */
export function restrictToNeighbourhood(visible: ReadonlySet<string>, shown: ReadonlySet<string>): Set<string> {
  return new Set([...shown].filter((id) => visible.has(id)));
}

/**
 * The part of the model the neighbourhood shows: its leaves (without their boxes, which the view does not draw) and
 * the edges between them, in the model's order.
 */
export function neighbourhoodModel(model: GraphModel, shown: ReadonlySet<string>): GraphModel {
  return {
    nodes: model.nodes
      .filter((n) => shown.has(n.id))
      .map((n) => {
        const { parent: _box, ...leaf } = n;
        return leaf;
      }),
    edges: model.edges.filter((e) => shown.has(e.source) && shown.has(e.target)),
  };
}

/** The spec one whole step further out. */
export function oneStepFurther(spec: NeighbourhoodSpec): NeighbourhoodSpec {
  return { ...spec, steps: spec.steps + 1 };
}

/** The spec with `id` expanded (its direct neighbours shown too); unchanged when it already was. */
export function expandNode(spec: NeighbourhoodSpec, id: string): NeighbourhoodSpec {
  return spec.expanded.includes(id) ? spec : { ...spec, expanded: [...spec.expanded, id] };
}

/** The spec with `id` shown on its own; unchanged when it already was added. */
export function addNode(spec: NeighbourhoodSpec, id: string): NeighbourhoodSpec {
  return spec.added.includes(id) ? spec : { ...spec, added: [...spec.added, id] };
}
