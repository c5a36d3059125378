/**
 * The principal's own gates: identity-based policies (a user's inline, managed and group policies; a role's policies
 * for its sessions), the permissions boundary, and session policies (a role session without one keeps the role's
 * permissions; a GetFederationToken session without one has none)
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_boundaries.html,
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies.html#policies_session).
 */
import type { ReasonCode } from '../reasons';
import { reportSkipped, scanPolicy } from './scan';
import type { EvalState, Hit } from './state';

/** Outcome of one principal gate. */
export interface GateOutcome {
  ok: boolean;
  hits: Hit[];
  decisive: number[];
  reason?: ReasonCode;
}

/** The identity-based policies gate. `satisfied` when a same-account resource grant stands in for them. */
export function identityGate(S: EvalState, satisfied: boolean): GateOutcome {
  const t = S.t;
  t.enter('gate.identity', 'identity');
  const k = S.caller.kind;
  if (k === 'root') {
    const seq = t.exit('identity.root-full-access', 'identity', { outcome: 'allow' });
    return { ok: true, hits: [], decisive: [seq] };
  }
  if (satisfied) {
    t.exit('identity.satisfied-by-resource-policy', 'identity', { outcome: 'allow' });
    return { ok: true, hits: [], decisive: [] };
  }
  if (k !== 'user' && k !== 'role-session' && k !== 'federated-user') {
    const seq = t.exit('identity.none', 'identity', { outcome: 'implicitDeny' });
    return { ok: false, hits: [], decisive: [seq], reason: 'decision.no-allow' };
  }
  reportSkipped(S, 'identity', ['identity']);
  const hits: Hit[] = [];
  for (const lp of S.identity) hits.push(...scanPolicy(S, lp, 'Allow', 'identity'));
  if (!hits.length) {
    const seq = t.exit('identity.no-allow', 'identity', { outcome: 'implicitDeny' });
    return { ok: false, hits, decisive: [seq], reason: 'decision.no-allow' };
  }
  t.exit('identity.allow', 'identity', { outcome: 'allow' });
  return { ok: true, hits, decisive: hits.map((h) => h.seq) };
}

/** True for principals a permissions boundary or session policy can apply to. */
function isIamPrincipal(S: EvalState): boolean {
  const k = S.caller.kind;
  return k === 'user' || k === 'role-session' || k === 'federated-user';
}

/** The permissions boundary gate: when one is set, it must allow. */
export function boundaryGate(S: EvalState, boundaryGiven: boolean): GateOutcome {
  const t = S.t;
  t.enter('gate.boundary', 'boundary');
  if (!boundaryGiven || !isIamPrincipal(S)) {
    t.exit('boundary.not-set', 'boundary', { outcome: 'not-applicable' });
    return { ok: true, hits: [], decisive: [] };
  }
  reportSkipped(S, 'boundary', ['boundary']);
  const hits = S.boundary ? scanPolicy(S, S.boundary, 'Allow', 'boundary') : [];
  if (!hits.length) {
    const seq = t.exit('boundary.no-allow', 'boundary', { outcome: 'implicitDeny' });
    return { ok: false, hits, decisive: [seq], reason: 'decision.boundary-no-allow' };
  }
  t.exit('boundary.allow', 'boundary', { outcome: 'allow' });
  return { ok: true, hits, decisive: hits.map((h) => h.seq) };
}

/** The session policy gate. `sessionGiven` counts policies passed, even ones that failed to parse (fail closed). */
export function sessionGate(S: EvalState, sessionGiven: boolean): GateOutcome {
  const t = S.t;
  t.enter('gate.session', 'session');
  const k = S.caller.kind;
  if (k !== 'role-session' && k !== 'federated-user') {
    t.exit('session.not-a-session', 'session', { outcome: 'not-applicable' });
    return { ok: true, hits: [], decisive: [] };
  }
  if (!sessionGiven) {
    if (k === 'role-session') {
      t.exit('session.role-no-policy', 'session', { outcome: 'allow' });
      return { ok: true, hits: [], decisive: [] };
    }
    const seq = t.exit('session.federated-no-policy', 'session', { outcome: 'implicitDeny' });
    return { ok: false, hits: [], decisive: [seq], reason: 'decision.federated-no-session-policy' };
  }
  reportSkipped(S, 'session', ['session']);
  const hits: Hit[] = [];
  for (const lp of S.session) hits.push(...scanPolicy(S, lp, 'Allow', 'session'));
  if (!hits.length) {
    const seq = t.exit('session.no-allow', 'session', { outcome: 'implicitDeny' });
    return { ok: false, hits, decisive: [seq], reason: 'decision.session-no-allow' };
  }
  t.exit('session.allow', 'session', { outcome: 'allow' });
  return { ok: true, hits, decisive: hits.map((h) => h.seq) };
}
