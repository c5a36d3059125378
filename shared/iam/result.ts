/**
 * What the engine returns: the decision, what decided it, and the trace every view replays.
 *
 * CAUTION: this is a contract. The theatre's animation (`frameAt(events, i)`), the CLI's `--explain` text, the
 * "why not?" answers, the lesson checks and the golden trace files all read it. Change it only additively.
 */
import type { Decision } from './request';

/** The gates of AWS's decision flow, in the order the theatre draws them. */
export const GATES = [
  'authenticate',
  'explicit-deny',
  'rcp',
  'scp',
  'resource-policy',
  'identity',
  'boundary',
  'session',
  'decision',
] as const;

/** One gate of the decision flow. */
export type Gate = (typeof GATES)[number];

/** Which of the policy kinds a policy played in this evaluation. */
export type PolicyKind = 'identity' | 'resource' | 'trust' | 'boundary' | 'scp' | 'rcp' | 'session';

/** Points at one statement (or element) of one policy. */
export interface StatementRef {
  /** The `PolicyInput.id`. */
  policyId: string;
  policyKind: PolicyKind;
  /** Index in the normalized statement list (a single-object Statement is index 0). */
  statementIndex: number;
  sid?: string;
  /** JSON path into the original document, e.g. `Statement[1].Condition.StringEquals.aws:username`. */
  path?: string;
  /** Org level id for SCPs/RCPs. */
  level?: string;
}

/**
 * One event of the trace. The trace is a flat, ordered list (OPA-style): `enter` / `exit` bracket a gate, a policy
 * or a statement; `check` records one comparison; `decision` closes an evaluation. `parent` is the `seq` of the
 * enclosing `enter` event.
 */
export interface TraceEvent {
  seq: number;
  parent: number | null;
  op: 'enter' | 'check' | 'exit' | 'decision';
  /** Dotted reason code, e.g. `statement.action.no-match`; narrated by the UI and CLI, never prose here. */
  code: string;
  /** The gate this event belongs to. */
  gate: Gate;
  /** Which evaluation this event belongs to when a request needs several (cross-account: `principal`, `resource`). */
  side?: 'principal' | 'resource' | 'single';
  ref?: StatementRef;
  /** For element checks: the pattern from the policy and the request value compared to it. */
  pattern?: unknown;
  value?: unknown;
  /** For conditions: operator, key, resolved policy values (after variable substitution) and the context values. */
  operator?: string;
  key?: string;
  /** Outcome of a check or of a bracketed unit. */
  outcome?: 'match' | 'no-match' | 'allow' | 'deny' | 'not-applicable' | 'error' | Decision;
  /** True for the events that fixed the final outcome. */
  decisive?: boolean;
  /** Extra structured data for narration (variables substituted, missing keys, ...). No prose. */
  data?: Record<string, unknown>;
}

/** A policy that could not be parsed; it is skipped (fail closed) and reported here. */
export interface PolicyError {
  policyId: string;
  policyKind: PolicyKind;
  code: string;
  path?: string;
  /** Org level id for SCPs/RCPs (additive). */
  level?: string;
}

/** The engine's answer for one request. */
export interface EvaluationResult {
  decision: Decision;
  /** The statements that decided: the denying statements for explicitDeny, the allowing ones for allowed, empty for implicitDeny. */
  decidedBy: StatementRef[];
  /** Reason code of the decisive step, e.g. `decision.explicit-deny`, `decision.no-allow`, `decision.boundary-no-allow`. */
  reason: string;
  /** For cross-account requests: the decision of each side (both must allow). */
  sides?: { principal: Decision; resource: Decision };
  /**
   * Policies that failed to parse and were skipped (codes `parse.*`), and policies kept in play that hold an unknown
   * condition operator (code `condition.operator-unknown`: false in an Allow, true in a Deny — fail closed).
   */
  errors: PolicyError[];
  /** Condition keys a statement referred to that the request context did not have. */
  missingContextKeys: string[];
  trace: { events: TraceEvent[] };
}
