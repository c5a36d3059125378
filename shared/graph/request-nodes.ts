/**
 * The part of the graph a request touches: who asks (a user with their groups; a role session's role), every policy
 * the evaluation read (identity, boundary, session, resource or trust policy, SCPs and RCPs) and the resource. The
 * Evaluate area draws these as a neighbourhood (`neighbourhood-layout.ts`) so a replay fits a small pane legibly.
 */
import type { EvaluationRequest, PolicyInput } from '../iam/request';
import { graphNodeOfPolicy, graphNodeOfPrincipal } from '../theatre/graph-focus';
import { s3BucketArnOf } from '../world/arn';
import { COMPOUND_KINDS } from './kinds';
import type { GraphModel } from './types';

/** The policies a request hands the engine, every kind. */
function policiesOf(req: EvaluationRequest): PolicyInput[] {
  const p = req.policies;
  return [
    ...(p.identity ?? []),
    ...(p.boundary ? [p.boundary] : []),
    ...(p.session ?? []),
    ...(p.resource ? [p.resource] : []),
    ...(p.trust ? [p.trust] : []),
    ...(p.scps ?? []).flatMap((l) => l.policies),
    ...(p.rcps ?? []).flatMap((l) => l.policies),
  ];
}

/**
 * The leaves of `model` that the requests touch (a credentials flow has one request per step), in first-seen order:
 * per request the principal's node and, for a user, the groups it is a member of, then the policies read, then the
 * resource (an S3 object the graph does not draw: its bucket). Ids that are not leaves of the model (an inline session policy, a service principal) are left out.
 */
export function requestNodeIds(model: GraphModel, requests: ReadonlyArray<EvaluationRequest | undefined>): string[] {
  const leaves = new Set(model.nodes.filter((n) => !COMPOUND_KINDS.includes(n.kind)).map((n) => n.id));
  const out = new Set<string>();
  const add = (id: string | undefined): void => {
    if (id !== undefined && leaves.has(id)) out.add(id);
  };
  for (const req of requests) {
    if (!req) continue;
    const principal = graphNodeOfPrincipal(req);
    add(principal);
    if (principal !== undefined && req.principal.kind === 'user')
      for (const e of model.edges) if (e.kind === 'member-of' && e.source === principal) add(e.target);
    for (const p of policiesOf(req)) add(graphNodeOfPolicy(p.id));
    // An S3 object the graph does not draw is read as its bucket.
    add(leaves.has(req.resource.arn) ? req.resource.arn : s3BucketArnOf(req.resource.arn));
  }
  return [...out];
}
