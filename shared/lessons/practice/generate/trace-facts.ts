/**
 * Reads what decided an evaluation out of its trace: the decisive events, the condition checks inside a decisive
 * statement, and the failed conditions of Allow statements (the usual reason a "should work" request is denied).
 */
import type { EvaluationResult, TraceEvent } from '../../../iam/result';

/** Condition keys about MFA (topic `mfa` rather than `conditions`). */
const MFA_KEYS = /^aws:multifactorauth(present|age)$/i;

/** True when the key is one of the MFA condition keys. */
export function isMfaKey(key: string | undefined): boolean {
  return key !== undefined && MFA_KEYS.test(key);
}

/** The decisive events except the closing `decision` event, in trace order. */
export function decisiveEvents(result: EvaluationResult): TraceEvent[] {
  return result.trace.events.filter((e) => e.decisive && e.op !== 'decision');
}

/** True when `event` sits (at any depth) inside the bracket opened by event `ancestorSeq`. */
function isInside(event: TraceEvent, ancestorSeq: number, bySeq: Map<number, TraceEvent>): boolean {
  let parent = event.parent;
  while (parent !== null) {
    if (parent === ancestorSeq) return true;
    parent = bySeq.get(parent)?.parent ?? null;
  }
  return false;
}

/** The condition checks recorded inside the statement that `exitEvent` closes (empty when it is not a statement). */
export function conditionChecksOf(result: EvaluationResult, exitEvent: TraceEvent): TraceEvent[] {
  if (exitEvent.parent === null || !exitEvent.ref) return [];
  const events = result.trace.events;
  const bySeq = new Map(events.map((e) => [e.seq, e]));
  const enter = bySeq.get(exitEvent.parent);
  if (!enter || enter.code !== 'statement.enter') return [];
  return events.filter((e) => e.op === 'check' && e.code.startsWith('condition.') && isInside(e, enter.seq, bySeq));
}

/** Condition checks inside every decisive statement. */
export function decisiveConditionChecks(result: EvaluationResult): TraceEvent[] {
  return decisiveEvents(result).flatMap((e) => conditionChecksOf(result, e));
}

/**
 * Condition checks that failed inside statements of the given effect whose action and resource matched: for Allow,
 * "the statement would have allowed, but its condition did not hold"; for Deny, "the deny would have applied".
 */
export function failedConditions(result: EvaluationResult, effect: 'Allow' | 'Deny'): TraceEvent[] {
  const events = result.trace.events;
  const bySeq = new Map(events.map((e) => [e.seq, e]));
  return events.filter((e) => {
    if (e.op !== 'check' || !/^condition\.(no-match|key-missing|null\.no-match|for-any-value-empty)$/.test(e.code))
      return false;
    let parent = e.parent;
    while (parent !== null) {
      const p = bySeq.get(parent);
      if (!p) return false;
      if (p.code === 'statement.enter') return p.data?.effect === effect;
      parent = p.parent;
    }
    return false;
  });
}

/** Failed conditions of Allow statements (see `failedConditions`). */
export function failedAllowConditions(result: EvaluationResult): TraceEvent[] {
  return failedConditions(result, 'Allow');
}

/** True when some statement matched the action but not the resource (a resource outside the allowed pattern). */
export function resourceMissed(result: EvaluationResult): boolean {
  const events = result.trace.events;
  return events.some(
    (e, i) => e.code === 'statement.resource.no-match' && events[i - 1]?.code === 'statement.action.match',
  );
}
