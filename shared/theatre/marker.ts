/**
 * The decision marker: the state a request is in while AWS reads its policies, folded over the trace one event at a
 * time. Every evaluation starts **denied by default** (implicit deny); it turns to **allowed** only when an applicable
 * Allow is found (an identity-based statement, or a resource-based policy that grants on its own), to **explicit
 * deny** as soon as a Deny applies, and back to implicit deny when a later limit does not allow the request — an SCP,
 * an RCP, the permissions boundary or the session policy (for a role session: role ∩ boundary ∩ session policy). The
 * closing decision event fixes it. Pure: the marker after event `i` depends only on events `0..i`.
 */
import type { Decision } from '../iam/request';
import type { Gate, TraceEvent } from '../iam/result';

/** The three states of the marker, in AWS's words. */
export type MarkerState = 'implicit-deny' | 'allow' | 'explicit-deny';

/** Why the marker is where it is (one sentence for each cause). */
export type MarkerCause =
  | 'default'
  | 'allow-found'
  | 'deny-found'
  | 'no-allow'
  | 'scp'
  | 'rcp'
  | 'resource-policy'
  | 'boundary'
  | 'session'
  | 'boundary-allows'
  | 'session-allows'
  | 'decided';

/** The marker at one step. */
export interface DecisionMarker {
  state: MarkerState;
  cause: MarkerCause;
  /** True once the evaluation's decision event is reached. */
  final: boolean;
  /** The states passed through so far, without repeats in a row (starts with `implicit-deny`). */
  trail: MarkerState[];
}

/** The marker before any event: denied by default. */
export const START_MARKER: DecisionMarker = {
  state: 'implicit-deny',
  cause: 'default',
  final: false,
  trail: ['implicit-deny'],
};

/** One sentence per cause, for the stage. */
export const MARKER_WORDS: Record<MarkerCause, string> = {
  default: 'Denied by default (implicit deny): nothing allows it yet.',
  'allow-found': 'Allowed so far: an applicable Allow was found.',
  'deny-found': 'Explicit deny: a Deny statement applies. Nothing can allow it now.',
  'no-allow': 'Implicit deny: no Allow applies.',
  scp: 'Implicit deny: an SCP does not allow it.',
  rcp: 'Implicit deny: an RCP does not allow it.',
  'resource-policy': 'Implicit deny: the resource-based policy does not allow it.',
  boundary: 'Implicit deny: the permissions boundary does not allow it.',
  session: 'Implicit deny: the session policy does not allow it.',
  'boundary-allows': 'Still allowed: the permissions boundary allows it too.',
  'session-allows': 'Still allowed: the session policy allows it too.',
  decided: 'Decided.',
};

/** The short label of each state. */
export const MARKER_LABELS: Record<MarkerState, string> = {
  'implicit-deny': 'Implicit deny',
  allow: 'Allowed',
  'explicit-deny': 'Explicit deny',
};

const STATE_OF_DECISION: Record<Decision, MarkerState> = {
  allowed: 'allow',
  explicitDeny: 'explicit-deny',
  implicitDeny: 'implicit-deny',
};

/** Gates that can only take an allow away (a limit that does not allow → implicit deny). */
const LIMITS: Partial<Record<Gate, MarkerCause>> = {
  scp: 'scp',
  rcp: 'rcp',
  boundary: 'boundary',
  session: 'session',
  identity: 'no-allow',
  'resource-policy': 'resource-policy',
};

/** Resource-policy gate exits that grant on their own (a delegation to the account leaves the decision to identity). */
const RESOURCE_GRANTS = new Set([
  'resource-policy.allow.final',
  'resource-policy.allow.limited',
  'resource-policy.allow.cross-account',
]);

function move(m: DecisionMarker, state: MarkerState, cause: MarkerCause, final = false): DecisionMarker {
  const trail = m.trail[m.trail.length - 1] === state ? m.trail : [...m.trail, state];
  return { state, cause, final, trail };
}

/**
 * The marker after `e`, given the marker before it. `topLevel` tells whether `e` closes a gate (its parent is a gate's
 * opening event); the fold in `frameAt` knows that.
 */
export function markerStep(m: DecisionMarker, e: TraceEvent, topLevel: boolean): DecisionMarker {
  if (m.final) return m;
  if (e.op === 'decision') {
    const d =
      e.outcome === 'allowed' || e.outcome === 'explicitDeny' || e.outcome === 'implicitDeny' ? e.outcome : undefined;
    return d ? move(m, STATE_OF_DECISION[d], 'decided', true) : m;
  }
  if (m.state === 'explicit-deny') return m;
  if (e.op !== 'exit') return m;
  if (e.code === 'statement.applies' && e.outcome === 'deny') return move(m, 'explicit-deny', 'deny-found');
  if (e.code === 'explicit-deny.found') return move(m, 'explicit-deny', 'deny-found');
  if (e.code === 'statement.applies' && e.outcome === 'allow' && e.gate === 'identity')
    return m.state === 'allow' ? m : move(m, 'allow', 'allow-found');
  if (!topLevel) return m;
  if (e.code === 'identity.root-full-access' || (e.gate === 'identity' && e.outcome === 'allow'))
    return m.state === 'allow' ? m : move(m, 'allow', 'allow-found');
  if (RESOURCE_GRANTS.has(e.code)) return move(m, 'allow', 'allow-found');
  if (e.code === 'boundary.allow' && m.state === 'allow') return move(m, 'allow', 'boundary-allows');
  if (e.code === 'session.allow' && m.state === 'allow') return move(m, 'allow', 'session-allows');
  const limit = LIMITS[e.gate];
  const denied =
    e.outcome === 'implicitDeny' || e.outcome === 'error' || (e.outcome === 'no-match' && e.gate !== 'explicit-deny');
  if (limit && denied) return move(m, 'implicit-deny', limit);
  return m;
}
