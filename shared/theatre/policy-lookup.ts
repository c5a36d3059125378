/** Finds the policy a trace event points at among the request's policies (every kind, every org level). */
import type { EvaluationRequest, PolicyInput } from '../iam/request';

/** The policy with this id in the request, if any. */
export function policyById(req: EvaluationRequest | undefined, id: string): PolicyInput | undefined {
  if (!req) return undefined;
  const p = req.policies;
  const all: PolicyInput[] = [
    ...(p.identity ?? []),
    ...(p.resource ? [p.resource] : []),
    ...(p.trust ? [p.trust] : []),
    ...(p.boundary ? [p.boundary] : []),
    ...(p.session ?? []),
    ...(req.principal.kind === 'role-session' || req.principal.kind === 'federated-user' ? (req.principal.sessionPolicies ?? []) : []),
    ...(p.scps ?? []).flatMap((l) => l.policies),
    ...(p.rcps ?? []).flatMap((l) => l.policies),
  ];
  return all.find((x) => x.id === id);
}
