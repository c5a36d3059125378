/**
 * Renders a result's trace as indented text for the command line: one line per event, nested under its parent,
 * decisive events marked with `»`, ending with the decision in AWS's words.
 */
import { narrate, policyName, statementName } from './narration';
import type { EvaluationResult, TraceEvent } from './result';

/** Options for `explain`. */
export interface ExplainOptions {
  /** Only decisive events and gate brackets (default false: everything). */
  decisiveOnly?: boolean;
}

const DECISION_WORDS = { allowed: 'ALLOWED', explicitDeny: 'EXPLICIT DENY', implicitDeny: 'IMPLICIT DENY' } as const;

/** Indented text of a trace. */
export function explain(result: EvaluationResult, options: ExplainOptions = {}): string {
  const events = result.trace.events;
  const depth = new Map<number, number>();
  const lines: string[] = [];
  // An exit or decision event repeats the code of the check that decided (e.g. authenticate.expired) without its
  // values; it is narrated with that check's pattern and value, so no "(absent)" placeholder is printed.
  const checked = new Map<string, TraceEvent>();
  const withValues = (e: TraceEvent): TraceEvent => {
    if (e.op === 'check' && (e.pattern !== undefined || e.value !== undefined)) checked.set(e.code, e);
    const c = e.op === 'check' || e.pattern !== undefined || e.value !== undefined ? undefined : checked.get(e.code);
    return c ? { ...e, pattern: c.pattern, value: c.value } : e;
  };
  for (const raw of events) {
    const e = withValues(raw as TraceEvent);
    const d = e.parent === null ? 0 : (depth.get(e.parent) ?? 0) + 1;
    if (e.op === 'enter') depth.set(e.seq, d);
    if (options.decisiveOnly && !e.decisive && !(e.op === 'enter' && e.parent === null)) continue;
    if (e.op === 'decision') continue;
    const mark = e.decisive ? '» ' : '  ';
    const side = e.side && e.side !== 'single' ? `[${e.side}] ` : '';
    const lineDepth = e.op === 'exit' && e.parent !== null ? (depth.get(e.parent) ?? 0) : d;
    lines.push(`${'  '.repeat(lineDepth)}${mark}${side}${narrate(e)}`);
  }
  const sides = result.sides
    ? ` (principal side: ${result.sides.principal}, resource side: ${result.sides.resource})`
    : '';
  lines.push(
    `=> ${DECISION_WORDS[result.decision]} — ${narrate(withValues({ seq: -1, parent: null, op: 'decision', code: result.reason, gate: 'decision' }))}${sides}`,
  );
  if (result.decidedBy.length)
    lines.push(
      `   decided by: ${result.decidedBy.map((r) => `${policyName(r.policyId)}, ${statementName(r.sid, r.statementIndex)}`).join('; ')}`,
    );
  for (const err of result.errors)
    lines.push(`   skipped policy ${err.policyId} (${err.code}${err.path ? ` at ${err.path}` : ''})`);
  return lines.join('\n');
}
