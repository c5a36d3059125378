/**
 * Records the flat trace (`TraceEvent[]`). `enter` pushes a parent, `exit` pops it, `check` adds a leaf. When tracing
 * is off, `on` is false and call sites skip building event objects, so the warm path allocates nothing for the trace.
 */
import type { ReasonCode } from '../reasons';
import type { Gate, TraceEvent } from '../result';

/** Fields of an event other than seq / parent / op / code / gate. */
export type EventFields = Omit<TraceEvent, 'seq' | 'parent' | 'op' | 'code' | 'gate'>;

/**
 * Shared `{outcome}`-only field objects, so that call sites pass a constant instead of building an object literal that
 * a trace-off evaluation would throw away (`#push` copies fields, so sharing is safe).
 */
export const OUTCOME = Object.freeze({
  match: Object.freeze({ outcome: 'match' }),
  'no-match': Object.freeze({ outcome: 'no-match' }),
  allow: Object.freeze({ outcome: 'allow' }),
  'not-applicable': Object.freeze({ outcome: 'not-applicable' }),
  implicitDeny: Object.freeze({ outcome: 'implicitDeny' }),
  explicitDeny: Object.freeze({ outcome: 'explicitDeny' }),
} as const satisfies Record<string, EventFields>);

/** The trace under construction. */
export class TraceRecorder {
  readonly on: boolean;
  readonly events: TraceEvent[] = [];
  #stack: number[] = [];
  /** Side stamped on every event (cross-account evaluations set it per gate). */
  side: TraceEvent['side'] = undefined;

  constructor(on: boolean) {
    this.on = on;
  }

  #push(op: TraceEvent['op'], code: ReasonCode, gate: Gate, fields?: EventFields): TraceEvent {
    const ev: TraceEvent = {
      seq: this.events.length,
      parent: this.#stack.length ? this.#stack[this.#stack.length - 1] : null,
      op,
      code,
      gate,
    };
    if (this.side !== undefined) ev.side = this.side;
    if (fields) Object.assign(ev, fields);
    this.events.push(ev);
    return ev;
  }

  /** Opens a bracketed unit (gate, level, policy, statement); returns its seq. */
  enter(code: ReasonCode, gate: Gate, fields?: EventFields): number {
    if (!this.on) return -1;
    const ev = this.#push('enter', code, gate, fields);
    this.#stack.push(ev.seq);
    return ev.seq;
  }

  /** Records one comparison. */
  check(code: ReasonCode, gate: Gate, fields?: EventFields): number {
    if (!this.on) return -1;
    return this.#push('check', code, gate, fields).seq;
  }

  /** Closes the innermost unit with its outcome. */
  exit(code: ReasonCode, gate: Gate, fields?: EventFields): number {
    if (!this.on) return -1;
    const ev = this.#push('exit', code, gate, fields);
    this.#stack.pop();
    return ev.seq;
  }

  /** The closing decision event. */
  decision(code: ReasonCode | string, fields?: EventFields): number {
    if (!this.on) return -1;
    return this.#push('decision', code as ReasonCode, 'decision', fields).seq;
  }

  /** Marks events (by seq) as decisive. */
  markDecisive(seqs: Iterable<number>): void {
    if (!this.on) return;
    for (const s of seqs) if (s >= 0 && s < this.events.length) this.events[s].decisive = true;
  }

  /** A shared recorder that records nothing (the warm path allocates none). */
  static readonly OFF = new TraceRecorder(false);

  /** Current nesting depth (for tests). */
  get depth(): number {
    return this.#stack.length;
  }
}
