/**
 * The whole trace as a readable list (for screen readers and the "text" view): one entry per event, with its depth,
 * gate, sentence and whether it was decisive. Another fold of the same events.
 */
import { narrate } from '../iam/narration';
import type { TraceEvent } from '../iam/result';

/** One line of the text view. */
export interface TraceLine {
  index: number;
  depth: number;
  gate: TraceEvent['gate'];
  side?: TraceEvent['side'];
  text: string;
  decisive: boolean;
}

/** Every event as a line; depth follows the enter/exit nesting. */
export function traceLines(events: readonly TraceEvent[]): TraceLine[] {
  const depth = new Map<number, number>();
  return events.map((e, index) => {
    const d = e.parent === null ? 0 : (depth.get(e.parent) ?? 0) + 1;
    if (e.op === 'enter') depth.set(e.seq, d);
    const lineDepth = e.op === 'exit' && e.parent !== null ? (depth.get(e.parent) ?? 0) : d;
    return { index, depth: lineDepth, gate: e.gate, ...(e.side ? { side: e.side } : {}), text: narrate(e), decisive: e.decisive === true };
  });
}
