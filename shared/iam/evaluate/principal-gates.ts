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
import { OUTCOME } from '../trace/recorder';

/** Outcome of one principal gate. */
export interface GateOutcome {
  ok: boolean;
  hits: Hit[];
  decisive: number[];
  reason?: ReasonCode;
}

const NONE: readonly never[] = Object.freeze([]);
/** A gate that let the request through without a statement of its own (shared: never mutated by callers). */
const PASS: GateOutcome = Object.freeze({
  ok: true,
  hits: NONE as never as Hit[],
  decisive: NONE as never as number[],
});

/** The hits of every policy of a list, without copying when only one policy has any. */
function collectAllows(S: EvalState, list: EvalState['identity'], gate: 'identity' | 'session'): Hit[] {
  let hits: Hit[] | undefined;
  let owned = false;
  for (const lp of list) {
    const h = scanPolicy(S, lp, 'Allow', gate);
    if (h.length === 0) continue;
    if (hits === undefined) hits = h;
    else {
      if (!owned) {
        hits = hits.slice();
        owned = true;
      }
      for (const x of h) hits.push(x);
    }
  }
  return hits ?? (NONE as never as Hit[]);
}

/** The identity-based policies gate. `satisfied` when a same-account resource grant stands in for them. */
export function identityGate(S: EvalState, satisfied: boolean): GateOutcome {
  const t = S.t;
  t.enter('gate.identity', 'identity');
  const k = S.caller.kind;
  if (k === 'root') {
    const seq = t.exit('identity.root-full-access', 'identity', OUTCOME['allow']);
    return { ok: true, hits: [], decisive: [seq] };
  }
  if (satisfied) {
    t.exit('identity.satisfied-by-resource-policy', 'identity', OUTCOME['allow']);
    return PASS;
  }
  if (k !== 'user' && k !== 'role-session' && k !== 'federated-user') {
    const seq = t.exit('identity.none', 'identity', OUTCOME['implicitDeny']);
    return { ok: false, hits: [], decisive: [seq], reason: 'decision.no-allow' };
  }
  reportSkipped(S, 'identity', ['identity']);
  const hits = collectAllows(S, S.identity, 'identity');
  if (!hits.length) {
    const seq = t.exit('identity.no-allow', 'identity', OUTCOME['implicitDeny']);
    return { ok: false, hits, decisive: [seq], reason: 'decision.no-allow' };
  }
  t.exit('identity.allow', 'identity', OUTCOME['allow']);
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
    t.exit('boundary.not-set', 'boundary', OUTCOME['not-applicable']);
    return PASS;
  }
  reportSkipped(S, 'boundary', ['boundary']);
  const hits = S.boundary ? scanPolicy(S, S.boundary, 'Allow', 'boundary') : (NONE as never as Hit[]);
  if (!hits.length) {
    const seq = t.exit('boundary.no-allow', 'boundary', OUTCOME['implicitDeny']);
    return { ok: false, hits, decisive: [seq], reason: 'decision.boundary-no-allow' };
  }
  t.exit('boundary.allow', 'boundary', OUTCOME['allow']);
  return { ok: true, hits, decisive: hits.map((h) => h.seq) };
}

/** The session policy gate. `sessionGiven` counts policies passed, even ones that failed to parse (fail closed). */
export function sessionGate(S: EvalState, sessionGiven: boolean): GateOutcome {
  const t = S.t;
  t.enter('gate.session', 'session');
  const k = S.caller.kind;
  if (k !== 'role-session' && k !== 'federated-user') {
    t.exit('session.not-a-session', 'session', OUTCOME['not-applicable']);
    return PASS;
  }
  if (!sessionGiven) {
    if (k === 'role-session') {
      t.exit('session.role-no-policy', 'session', OUTCOME['allow']);
      return PASS;
    }
    const seq = t.exit('session.federated-no-policy', 'session', OUTCOME['implicitDeny']);
    return { ok: false, hits: [], decisive: [seq], reason: 'decision.federated-no-session-policy' };
  }
  reportSkipped(S, 'session', ['session']);
  const hits = collectAllows(S, S.session, 'session');
  if (!hits.length) {
    const seq = t.exit('session.no-allow', 'session', OUTCOME['implicitDeny']);
    return { ok: false, hits, decisive: [seq], reason: 'decision.session-no-allow' };
  }
  t.exit('session.allow', 'session', OUTCOME['allow']);
  return { ok: true, hits, decisive: hits.map((h) => h.seq) };
}
