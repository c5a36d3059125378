/**
 * Which graph elements a frame lights: the node of the policy in focus (graph ids are world ids, so this is a
 * rename, not a lookup), the principal's node, and the edges joining them (through a group for group policies).
 */
import type { EvaluationRequest } from '../iam/request';
import type { GraphModel } from '../graph/types';
import type { FocusRef } from './frame';

/** The graph node of a trace policy id: managed → its ARN, inline `H#inline/N` → `H#inline:N`, trust/resource policy → its holder. */
export function graphNodeOfPolicy(policyId: string): string {
  const inline = /^(.*)#inline\/(.+)$/.exec(policyId);
  if (inline) return `${inline[1]}#inline:${inline[2]}`;
  const holder = /^(.*)#(trust|policy|session-policy)$/.exec(policyId);
  if (holder) return holder[1];
  return policyId;
}

/** The principal's node id in the graph, when it has one. */
export function graphNodeOfPrincipal(req: EvaluationRequest): string | undefined {
  const p = req.principal;
  switch (p.kind) {
    case 'user':
      return p.arn;
    case 'role-session':
      return p.roleArn;
    case 'root':
      return `arn:aws:iam::${p.account}:root`;
    case 'federated-user':
      return p.callerUserArn;
    default:
      return undefined;
  }
}

/** Node and edge ids to light for a focus, restricted to what exists in the model. */
export function graphHighlight(model: GraphModel, req: EvaluationRequest | undefined, focus: FocusRef | undefined): { nodes: string[]; edges: string[] } {
  if (!focus) return { nodes: [], edges: [] };
  const ids = new Set(model.nodes.map((n) => n.id));
  const policyNode = graphNodeOfPolicy(focus.policyId);
  const nodes = new Set<string>();
  if (ids.has(policyNode)) nodes.add(policyNode);
  const principal = req ? graphNodeOfPrincipal(req) : undefined;
  const via = req ? [...(req.policies.identity ?? [])].find((p) => p.id === focus.policyId)?.via : undefined;
  const path = new Set([principal, via].filter((x): x is string => !!x && ids.has(x)));
  for (const n of path) nodes.add(n);
  if (req && ids.has(req.resource.arn)) nodes.add(req.resource.arn);
  const edges = model.edges
    .filter((e) => (nodes.has(e.source) && nodes.has(e.target)) && (e.source === policyNode || e.target === policyNode || (path.has(e.source) && path.has(e.target))))
    .map((e) => e.id);
  return { nodes: [...nodes], edges };
}
