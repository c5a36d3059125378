/**
 * The RCP and SCP gates: evaluated level by level (root, each OU, the account); a level with no applicable Allow
 * denies. They never grant (https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_scps_evaluation.html,
 * https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_rcps_evaluation.html).
 */
import type { ReasonCode } from '../reasons';
import { reportSkipped, scanPolicy } from './scan';
import type { EvalState, LoadedLevel, OrgApplicability } from './state';
import { OUTCOME } from '../trace/recorder';

/** Outcome of an org gate. */
export interface OrgGateOutcome {
  ok: boolean;
  /** Seqs to mark decisive when the gate denies. */
  decisive: number[];
}

/** The gate let the request through (shared: never mutated by callers). */
const PASS: OrgGateOutcome = Object.freeze({ ok: true, decisive: Object.freeze([]) as never as number[] });

function runOrgGate(
  S: EvalState,
  gate: 'rcp' | 'scp',
  levels: LoadedLevel[],
  applies: OrgApplicability,
): OrgGateOutcome {
  const t = S.t;
  t.enter(gate === 'rcp' ? 'gate.rcp' : 'gate.scp', gate);
  if (applies !== 'apply') {
    t.exit(applies as ReasonCode, gate, OUTCOME['not-applicable']);
    return PASS;
  }
  for (const level of levels) {
    t.enter('level.enter', gate, { data: { level: level.level, id: level.id } });
    reportSkipped(S, gate, [gate], level.id);
    let allowed = false;
    for (const lp of level.policies) {
      const hits = scanPolicy(S, lp, 'Allow', gate);
      if (hits.length) allowed = true;
    }
    const levelSeq = t.exit(allowed ? 'level.allow' : 'level.no-allow', gate, {
      outcome: allowed ? 'allow' : 'no-match',
      data: { level: level.level, id: level.id },
    });
    if (!allowed) {
      const gateSeq = t.exit(gate === 'rcp' ? 'rcp.level-no-allow' : 'scp.level-no-allow', gate, {
        outcome: 'implicitDeny',
        data: { level: level.level, id: level.id },
      });
      return { ok: false, decisive: [levelSeq, gateSeq] };
    }
  }
  t.exit(gate === 'rcp' ? 'rcp.allow' : 'scp.allow', gate, OUTCOME['allow']);
  return PASS;
}

/** The RCP gate (resource's account). */
export function rcpGate(S: EvalState): OrgGateOutcome {
  return runOrgGate(S, 'rcp', S.rcps, S.rcpApplies);
}

/** The SCP gate (principal's account). */
export function scpGate(S: EvalState): OrgGateOutcome {
  return runOrgGate(S, 'scp', S.scps, S.scpApplies);
}
