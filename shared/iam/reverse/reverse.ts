/**
 * Reverse queries over candidate requests: "who can do A on R" (every principal of a world) and "what can P do on R"
 * (the actions of a service, given as a list by the caller — the catalog lives elsewhere). Evaluations run without a
 * trace; the caller can re-run one with the trace to explain it.
 */
import { evaluate } from '../evaluate/evaluate';
import type { ContextValue, Decision, EvaluationRequest, PolicySet, PrincipalSpec, ResourceSpec } from '../request';

/** A principal with the policies that apply to it (identity, boundary, SCPs, session). */
export interface Candidate {
  /** Stable id for the answer (an ARN). */
  id: string;
  principal: PrincipalSpec;
  policies: Omit<PolicySet, 'resource' | 'trust' | 'rcps'>;
}

/** The resource side shared by every candidate. */
export interface ResourceSide {
  resource: ResourceSpec;
  resourcePolicy?: PolicySet['resource'];
  trust?: PolicySet['trust'];
  rcps?: PolicySet['rcps'];
}

/** One answer row. */
export interface ReverseRow {
  id: string;
  action: string;
  decision: Decision;
  reason: string;
}

/** Shared environment of a query. */
export interface QueryEnv {
  context?: Record<string, ContextValue>;
  now?: string;
}

function request(c: Candidate, action: string, side: ResourceSide, env: QueryEnv): EvaluationRequest {
  return {
    principal: c.principal,
    action,
    resource: side.resource,
    context: env.context,
    now: env.now,
    policies: {
      identity: c.policies.identity,
      boundary: c.policies.boundary,
      scps: c.policies.scps,
      session: c.policies.session,
      resource: side.resourcePolicy,
      trust: side.trust,
      rcps: side.rcps,
    },
  };
}

/** Evaluates every candidate for `action` on the resource; returns all rows (filter on `decision`). */
export function whoCan(
  candidates: readonly Candidate[],
  action: string,
  side: ResourceSide,
  env: QueryEnv = {},
): ReverseRow[] {
  const out: ReverseRow[] = [];
  for (const c of candidates) {
    const r = evaluate(request(c, action, side, env), { trace: false });
    out.push({ id: c.id, action, decision: r.decision, reason: r.reason });
  }
  return out;
}

/** Evaluates one candidate for each action on the resource. */
export function whatCan(
  candidate: Candidate,
  actions: readonly string[],
  side: ResourceSide,
  env: QueryEnv = {},
): ReverseRow[] {
  return actions.map((action) => {
    const r = evaluate(request(candidate, action, side, env), { trace: false });
    return { id: candidate.id, action, decision: r.decision, reason: r.reason };
  });
}

/** Only the allowed rows. */
export function allowedOnly(rows: readonly ReverseRow[]): ReverseRow[] {
  return rows.filter((r) => r.decision === 'allowed');
}
