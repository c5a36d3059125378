/**
 * Renders a result's trace as indented text for the command line: one line per event, nested under its parent,
 * decisive events marked with `»`, ending with the decision in AWS's words.
 */
import { narrate } from './narration';
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
  for (const e of events) {
    const d = e.parent === null ? 0 : (depth.get(e.parent) ?? 0) + 1;
    if (e.op === 'enter') depth.set(e.seq, d);
    if (options.decisiveOnly && !e.decisive && !(e.op === 'enter' && e.parent === null)) continue;
    if (e.op === 'decision') continue;
    const mark = e.decisive ? '» ' : '  ';
    const side = e.side && e.side !== 'single' ? `[${e.side}] ` : '';
    const lineDepth = e.op === 'exit' && e.parent !== null ? (depth.get(e.parent) ?? 0) : d;
    lines.push(`${'  '.repeat(lineDepth)}${mark}${side}${narrate(e as TraceEvent)}`);
  }
  const sides = result.sides
    ? ` (principal side: ${result.sides.principal}, resource side: ${result.sides.resource})`
    : '';
  lines.push(
    `=> ${DECISION_WORDS[result.decision]} — ${narrate({ seq: -1, parent: null, op: 'decision', code: result.reason, gate: 'decision' })}${sides}`,
  );
  if (result.decidedBy.length)
    lines.push(
      `   decided by: ${result.decidedBy.map((r) => `${r.policyId}${r.sid ? `#${r.sid}` : `[${r.statementIndex}]`}`).join(', ')}`,
    );
  for (const err of result.errors)
    lines.push(`   skipped policy ${err.policyId} (${err.code}${err.path ? ` at ${err.path}` : ''})`);
  return lines.join('\n');
}
