/**
 * Reads the trace for Allow statements that almost applied: for each statement that did not apply, the check that
 * failed (action, resource, principal or a condition).
 */
import type { Gate, StatementRef, TraceEvent } from '../result';

/** One statement that did not apply, with the check that stopped it. */
export interface NearMiss {
  gate: Gate;
  ref: StatementRef;
  failed: TraceEvent;
}

/** Allow statements that failed, by gate, in trace order. */
export function nearMisses(events: readonly TraceEvent[], gates: readonly Gate[]): NearMiss[] {
  const out: NearMiss[] = [];
  const lastCheck = new Map<number, TraceEvent>();
  for (const e of events) {
    if (e.op === 'check' && e.parent !== null && e.outcome === 'no-match') lastCheck.set(e.parent, e);
    if (
      e.op === 'exit' &&
      e.code === 'statement.not-applicable' &&
      e.parent !== null &&
      e.ref &&
      gates.includes(e.gate)
    ) {
      const enter = events[e.parent];
      if (enter?.data?.effect !== 'Allow') continue;
      const failed = lastCheck.get(e.parent);
      if (failed) out.push({ gate: e.gate, ref: e.ref, failed });
    }
  }
  return out;
}

/** Deny statements that applied, with the conditions that held (what to change to avoid them). */
export function matchedDenyConditions(
  events: readonly TraceEvent[],
  statementExitSeqs: ReadonlySet<number>,
): TraceEvent[] {
  const enters = new Set<number>();
  for (const s of statementExitSeqs) {
    const e = events[s];
    if (e && e.parent !== null) enters.add(e.parent);
  }
  return events.filter(
    (e) => e.op === 'check' && e.parent !== null && enters.has(e.parent) && e.operator !== undefined,
  );
}
