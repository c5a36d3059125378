/**
 * Scans one policy for statements of one effect that apply to the request, bracketing them in `policy.enter` /
 * `policy.*` trace events. A policy-level `ref` has `statementIndex: -1`.
 */
import type { Effect } from '../policy/types';
import type { Gate, PolicyKind, StatementRef } from '../result';
import { isSkippingError } from './load';
import { checkStatement } from './statement';
import type { EvalState, Hit, LoadedPolicy, PolicyRefs, StatementRefs } from './state';

const NO_HITS: Hit[] = Object.freeze([]) as unknown as Hit[];

/** Kinds whose statements carry a Principal that must name the caller. */
function checksPrincipal(lp: LoadedPolicy): boolean {
  return lp.kind === 'resource' || lp.kind === 'trust' || lp.kind === 'rcp';
}

function refOf(lp: LoadedPolicy, index: number, sid: string | undefined, path: string | undefined): StatementRef {
  const ref: StatementRef = { policyId: lp.input.id, policyKind: lp.kind, statementIndex: index };
  if (sid !== undefined) ref.sid = sid;
  if (path !== undefined) ref.path = path;
  if (lp.level !== undefined) ref.level = lp.level;
  return ref;
}

/** The refs of a loaded policy, kept on it: a warm evaluation reuses them instead of building one per event or hit. */
function refsOf(lp: LoadedPolicy): PolicyRefs {
  return (lp.refs ??= {
    policy: refOf(lp, -1, undefined, undefined),
    statements: new Array<StatementRefs | undefined>(lp.policy.statements.length),
  });
}

function statementRefs(lp: LoadedPolicy, R: PolicyRefs, k: number): StatementRefs {
  let sr = R.statements[k];
  if (sr === undefined) {
    const st = lp.policy.statements[k];
    sr = { statement: refOf(lp, st.index, st.sid, st.path), elements: undefined, conditions: undefined };
    R.statements[k] = sr;
  }
  return sr;
}

/** The statements of `effect` in the policy that apply, in document order. */
export function scanPolicy(S: EvalState, lp: LoadedPolicy, effect: Effect, gate: Gate): Hit[] {
  const t = S.t;
  const on = t.on;
  const R = refsOf(lp);
  if (on)
    t.enter('policy.enter', gate, {
      ref: R.policy,
      data: { effect, name: lp.input.name ?? lp.input.id },
    });
  let hits: Hit[] = NO_HITS;
  const principal = checksPrincipal(lp);
  const statements = lp.policy.statements;
  for (let k = 0; k < statements.length; k++) {
    const st = statements[k];
    if (st.effect !== effect) continue;
    const sr = statementRefs(lp, R, k);
    // RCP statements are checked against Principal only when they have one (RCPs always use "*").
    const usePrincipal =
      principal && (lp.kind !== 'rcp' || st.principal !== undefined || st.notPrincipal !== undefined);
    const o = checkStatement(st, lp.compiled[k], lp.policy, sr, S.env, gate, usePrincipal);
    if (o.applies)
      (hits === NO_HITS ? (hits = []) : hits).push({
        ref: sr.statement,
        seq: o.exitSeq,
        matchKind: o.principalKind,
      });
  }
  if (on)
    t.exit(hits.length ? (effect === 'Allow' ? 'policy.allow' : 'policy.deny') : 'policy.no-match', gate, {
      ref: R.policy,
      outcome: hits.length ? (effect === 'Allow' ? 'allow' : 'deny') : 'no-match',
    });
  return hits;
}

/**
 * Records, inside the gate (and org level) where they would have played, the policies of `kind` that were skipped
 * because they could not be parsed.
 */
export function reportSkipped(
  S: EvalState,
  gate: Gate,
  kinds: readonly PolicyKind[] | undefined,
  level?: string,
): void {
  if (!S.t.on || S.errors.length === 0) return;
  for (const e of S.errors) {
    if (!isSkippingError(e)) continue;
    if (kinds && !kinds.includes(e.policyKind)) continue;
    if (level !== undefined && e.level !== level) continue;
    const ref: StatementRef = { policyId: e.policyId, policyKind: e.policyKind, statementIndex: -1 };
    if (e.path) ref.path = e.path;
    if (e.level !== undefined) ref.level = e.level;
    S.t.check('policy.parse-error', gate, { ref, outcome: 'error', data: { code: e.code } });
  }
}
