/**
 * The theatre's one fold: `frameAt(events, i)` turns the engine's trace (a flat event list) into what the stage shows
 * after event `i` — the active gate, the state of every gate so far, the policy and statement in focus, the element
 * compared with its pattern and value, and one sentence of narration. It is pure and recomputes from the start, so
 * stepping back is exactly recomputing an earlier frame: there is no hidden state to undo.
 */
import { narrate } from '../iam/narration';
import type { Decision } from '../iam/request';
import type { Gate, PolicyKind, StatementRef, TraceEvent } from '../iam/result';
import { markerStep, START_MARKER, type DecisionMarker } from './marker';

/** How a gate looks on the stage. */
export type GateStatus = 'pending' | 'checking' | 'allow' | 'explicit-deny' | 'implicit-deny' | 'not-applicable';

/** Which evaluation a gate belongs to: one account (`single`) or one side of a cross-account request. */
export type Side = 'single' | 'principal' | 'resource';

/** The element of a statement compared by the current event, with both sides of the comparison. */
export interface Compared {
  /** `Action`, `NotAction`, `Resource`, `NotResource`, `Principal`, `NotPrincipal` or `Condition`. */
  element: string;
  /** JSON path in the policy document, e.g. `Statement[1].Condition.StringEquals.aws:username`. */
  path?: string;
  pattern?: unknown;
  value?: unknown;
  operator?: string;
  key?: string;
  outcome?: TraceEvent['outcome'];
}

/** The statement in focus. */
export interface FocusRef {
  policyId: string;
  policyKind: PolicyKind;
  /** -1 while only the policy is in focus. */
  statementIndex: number;
  sid?: string;
  /** Path of the statement (`Statement[1]`) or of the element compared. */
  path?: string;
  level?: string;
}

/** Everything the stage shows at one step. */
export interface Frame {
  /** The event index this frame shows (clamped into the list); -1 for an empty trace. */
  index: number;
  event?: TraceEvent;
  /** The gate of the current event. */
  activeGate?: Gate;
  /** The side of the current event. */
  side: Side;
  /** Gate states keyed `side|gate` (a gate entered without a side uses `single`). */
  gates: Record<string, GateStatus>;
  /** Gates in the order they were first entered, with their side. */
  sequence: Array<{ gate: Gate; side: Side }>;
  /** The policy and statement in focus, if the current event points at one. */
  focus?: FocusRef;
  /** The element compared by the current event (check events). */
  compared?: Compared;
  /** Statements met so far and how they ended (`policyId#index` → outcome), for the policy list and the graph. */
  statements: Record<string, 'checking' | 'applies' | 'not-applicable'>;
  /** Policies entered so far (ids), in order. */
  policies: string[];
  narration: string;
  decisive: boolean;
  /** The final decision once the decision event is reached. */
  decision?: Decision;
  /** Where the request stands so far: denied by default, allowed once an Allow applies, explicit deny once a Deny does. */
  marker: DecisionMarker;
  /** On the decision step: the statement that decided stays in focus (`focus` is it). */
  decidingFocus?: boolean;
}

/** The key of a gate state in `Frame.gates`. */
export function gateKey(side: Side, gate: Gate): string {
  return `${side}|${gate}`;
}

/** The status of a gate on a lane: the lane's own state, else the shared (`single`) one, else pending. */
export function gateStatusOf(frame: Frame, gate: Gate, side: Side = 'single'): GateStatus {
  return frame.gates[gateKey(side, gate)] ?? frame.gates[gateKey('single', gate)] ?? 'pending';
}

/** The status a gate ends in, from the outcome of its closing event. */
export function statusOfOutcome(gate: Gate, outcome: TraceEvent['outcome']): GateStatus {
  switch (outcome) {
    case 'allow':
    case 'allowed':
    case 'match':
      return 'allow';
    case 'deny':
    case 'explicitDeny':
      return 'explicit-deny';
    case 'implicitDeny':
    case 'error':
      return 'implicit-deny';
    case 'not-applicable':
      return 'not-applicable';
    case 'no-match':
      // "No explicit deny found" lets the request through that gate; elsewhere a no-match is a missing allow.
      return gate === 'explicit-deny' ? 'allow' : 'implicit-deny';
    default:
      return 'checking';
  }
}

const ELEMENT_OF_CODE: Array<[RegExp, string]> = [
  [/^statement\.not-action\./, 'NotAction'],
  [/^statement\.action\./, 'Action'],
  [/^statement\.not-resource\./, 'NotResource'],
  [/^statement\.resource\./, 'Resource'],
  [/^statement\.not-principal\./, 'NotPrincipal'],
  [/^statement\.principal\./, 'Principal'],
  [/^(condition\.|statement\.conditions\.)/, 'Condition'],
];

/** The statement element a check event compares, from its code. */
export function elementOfCode(code: string): string | undefined {
  for (const [re, element] of ELEMENT_OF_CODE) if (re.test(code)) return element;
  return undefined;
}

function statementKey(policyId: string, index: number): string {
  return `${policyId}#${index}`;
}

function sideOf(e: TraceEvent): Side {
  return e.side ?? 'single';
}

/**
 * The frame after event `i` of `events` (0-based; clamped). Pure: the same arguments always give an equal frame.
 * Cost is linear in `i`, which stays far below a millisecond for traces of a few hundred events.
 */
export function frameAt(events: readonly TraceEvent[], i: number): Frame {
  const frame: Frame = {
    index: -1,
    side: 'single',
    gates: {},
    sequence: [],
    statements: {},
    policies: [],
    narration: '',
    decisive: false,
    marker: START_MARKER,
  };
  if (events.length === 0) return frame;
  const last = Math.max(0, Math.min(events.length - 1, Math.floor(i)));
  // seq → the gate key a top-level enter opened, so its closing exit can settle it.
  const openGates = new Map<number, string>();
  /** The last statement that decided (a decisive statement event), shown again on the decision step. */
  let deciding: StatementRef | undefined;
  for (let k = 0; k <= last; k++) {
    const e = events[k];
    frame.marker = markerStep(frame.marker, e, e.op === 'exit' && e.parent !== null && openGates.has(e.parent));
    if (e.decisive && e.ref && e.ref.statementIndex >= 0) deciding = e.ref;
    if (e.op === 'enter' && e.parent === null) {
      const key = gateKey(sideOf(e), e.gate);
      openGates.set(e.seq, key);
      frame.gates[key] = 'checking';
      if (!frame.sequence.some((s) => s.gate === e.gate && s.side === sideOf(e)))
        frame.sequence.push({ gate: e.gate, side: sideOf(e) });
    } else if (e.op === 'exit' && e.parent !== null && openGates.has(e.parent)) {
      frame.gates[openGates.get(e.parent)!] = statusOfOutcome(e.gate, e.outcome);
    } else if (e.op === 'decision') {
      frame.gates[gateKey('single', 'decision')] = statusOfOutcome('decision', e.outcome);
      if (!frame.sequence.some((s) => s.gate === 'decision')) frame.sequence.push({ gate: 'decision', side: 'single' });
      if (e.outcome === 'allowed' || e.outcome === 'explicitDeny' || e.outcome === 'implicitDeny')
        frame.decision = e.outcome;
    }
    const ref = e.ref;
    if (ref && ref.statementIndex < 0 && e.op === 'enter' && !frame.policies.includes(ref.policyId))
      frame.policies.push(ref.policyId);
    if (ref && ref.statementIndex >= 0) {
      const sk = statementKey(ref.policyId, ref.statementIndex);
      if (e.op === 'enter') frame.statements[sk] = 'checking';
      else if (e.op === 'exit') frame.statements[sk] = e.code === 'statement.applies' ? 'applies' : 'not-applicable';
    }
  }
  const e = events[last];
  frame.index = last;
  frame.event = e;
  frame.activeGate = e.gate;
  frame.side = sideOf(e);
  frame.decisive = e.decisive === true;
  frame.narration = narrate(e);
  // On the decision step the statement that decided stays in focus, so the final frame shows it.
  const ref = e.ref ?? (e.op === 'decision' ? deciding : undefined);
  if (ref) {
    frame.focus = { policyId: ref.policyId, policyKind: ref.policyKind, statementIndex: ref.statementIndex };
    if (ref.sid !== undefined) frame.focus.sid = ref.sid;
    if (ref.path !== undefined) frame.focus.path = ref.path;
    if (ref.level !== undefined) frame.focus.level = ref.level;
    if (!e.ref) frame.decidingFocus = true;
  }
  const element = e.op === 'check' ? elementOfCode(e.code) : undefined;
  if (element) {
    const c: Compared = { element };
    if (e.ref?.path !== undefined) c.path = e.ref.path;
    if ('pattern' in e) c.pattern = e.pattern;
    if ('value' in e) c.value = e.value;
    if (e.operator !== undefined) c.operator = e.operator;
    if (e.key !== undefined) c.key = e.key;
    if (e.outcome !== undefined) c.outcome = e.outcome;
    frame.compared = c;
  }
  return frame;
}

/** Index of the step that fixed the outcome: the first decisive event that is not the closing decision, else the last. */
export function decisiveIndex(events: readonly TraceEvent[]): number {
  const i = events.findIndex((e) => e.decisive && e.op !== 'decision');
  return i >= 0 ? i : events.length - 1;
}

/** Gates in the order they were entered over the whole trace (what the flowchart ends up lighting). */
export function gateSequence(events: readonly TraceEvent[]): Array<{ gate: Gate; side: Side }> {
  return frameAt(events, events.length - 1).sequence;
}
