/**
 * Finding your way in the graph, as pure functions over the model: text search by name or ARN, filters by kind and
 * account, and "only what touches this node". They return sets of visible node ids; the view hides the rest.
 */
import type { NodeKind } from './kinds';
import type { GraphModel, GraphNode } from './types';

/** What the user asked to see. */
export interface GraphFilter {
  /** Text matched against label, id and ARN (case-insensitive); empty matches everything. */
  query: string;
  /** Kinds to hide. */
  hiddenKinds: readonly NodeKind[];
  /** Only this account (and what it links to), or every account when undefined. */
  account?: string;
  /** Only this node and its direct neighbours. */
  focus?: string;
}

/** The filter that shows everything. */
export const NO_FILTER: GraphFilter = { query: '', hiddenKinds: [] };

/** True when a node matches the search text. */
export function matchesQuery(node: GraphNode, query: string): boolean {
  const q = query.trim().toLowerCase();
  if (q === '') return true;
  return node.label.toLowerCase().includes(q) || node.id.toLowerCase().includes(q) || (node.arn ?? '').toLowerCase().includes(q);
}

/** The node and every node one edge away from it. */
export function neighbourhood(model: GraphModel, id: string): Set<string> {
  const out = new Set<string>([id]);
  for (const e of model.edges) {
    if (e.source === id) out.add(e.target);
    if (e.target === id) out.add(e.source);
  }
  return out;
}

const COMPOUND = new Set<NodeKind>(['organization', 'ou', 'account', 'area']);

/**
 * The ids of the nodes to show: leaves passing every filter, plus the boxes that hold them. With a search text,
 * matching nodes and their direct neighbours stay, so a found user still shows its groups and policies.
 */
export function visibleNodeIds(model: GraphModel, filter: GraphFilter): Set<string> {
  const hidden = new Set(filter.hiddenKinds);
  const byId = new Map(model.nodes.map((n) => [n.id, n]));
  let leaves = model.nodes.filter((n) => !COMPOUND.has(n.kind) && !hidden.has(n.kind));
  if (filter.account !== undefined) {
    const inAccount = new Set(leaves.filter((n) => n.account === filter.account).map((n) => n.id));
    const linked = new Set(inAccount);
    for (const e of model.edges) {
      if (inAccount.has(e.source)) linked.add(e.target);
      if (inAccount.has(e.target)) linked.add(e.source);
    }
    leaves = leaves.filter((n) => linked.has(n.id));
  }
  if (filter.query.trim() !== '') {
    const hits = new Set(leaves.filter((n) => matchesQuery(n, filter.query)).map((n) => n.id));
    const near = new Set(hits);
    for (const e of model.edges) {
      if (hits.has(e.source)) near.add(e.target);
      if (hits.has(e.target)) near.add(e.source);
    }
    leaves = leaves.filter((n) => near.has(n.id));
  }
  if (filter.focus !== undefined && byId.has(filter.focus)) {
    const near = neighbourhood(model, filter.focus);
    leaves = leaves.filter((n) => near.has(n.id));
  }
  const out = new Set(leaves.map((n) => n.id));
  // Keep the boxes around visible leaves (and the boxes around those).
  for (const id of [...out]) {
    let parent = byId.get(id)?.parent;
    while (parent !== undefined && !out.has(parent)) {
      out.add(parent);
      parent = byId.get(parent)?.parent;
    }
  }
  return out;
}

/** How many nodes and edges of each kind a model has (the legend's counts, and tests). */
export function countByKind(model: GraphModel): { nodes: Record<string, number>; edges: Record<string, number> } {
  const nodes: Record<string, number> = {};
  const edges: Record<string, number> = {};
  for (const n of model.nodes) nodes[n.kind] = (nodes[n.kind] ?? 0) + 1;
  for (const e of model.edges) edges[e.kind] = (edges[e.kind] ?? 0) + 1;
  return { nodes, edges };
}
