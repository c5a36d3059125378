/**
 * Helpers shared by the STS flows: duration checks, time arithmetic on ISO strings (no clock), and turning a parameter
 * error into a denial result with a one-event trace.
 */
import type { ReasonCode } from '../reasons';
import type { EvaluationResult, TraceEvent } from '../result';
import type { SessionPolicyInput, StsFailure, StsSuccess } from './types';
import type { PolicyInput } from '../request';

/** `iso` plus `seconds`, as ISO 8601. */
export function addSeconds(iso: string, seconds: number): string {
  return new Date(Date.parse(iso) + seconds * 1000).toISOString();
}

/** A denial that happened before any policy was read (bad parameter). */
export function parameterDenial(
  code: ReasonCode,
  data: Record<string, unknown>,
  steps: EvaluationResult[] = [],
): StsFailure {
  const events: TraceEvent[] = [
    { seq: 0, parent: null, op: 'decision', code, gate: 'decision', outcome: 'implicitDeny', decisive: true, data },
  ];
  return {
    ok: false,
    code,
    result: {
      decision: 'implicitDeny',
      decidedBy: [],
      reason: code,
      errors: [],
      missingContextKeys: [],
      trace: { events },
    },
    steps,
  };
}

/** A denial carrying the evaluation that refused. */
export function evaluationDenial(code: ReasonCode, result: EvaluationResult, steps: EvaluationResult[]): StsFailure {
  return { ok: false, code, result, steps };
}

/** A success with its steps. */
export function success<S>(code: ReasonCode, session: S, steps: EvaluationResult[]): StsSuccess<S> {
  return { ok: true, code, session, steps, trace: steps.flatMap((s) => s.trace.events) };
}

/** Checks a requested duration against [900, max]; returns the failing code or undefined. */
export function durationProblem(duration: number, max: number): ReasonCode | undefined {
  if (duration < 900) return 'sts.duration.too-short';
  if (duration > max) return 'sts.duration.too-long';
  return undefined;
}

/** The session policies of a flow as one list (inline first), or a failure code when more than 10 managed ones. */
export function sessionPolicyList(input: SessionPolicyInput): PolicyInput[] | ReasonCode {
  if ((input.policyArns?.length ?? 0) > 10) return 'sts.session-policy.too-many';
  return [...(input.sessionPolicy ? [input.sessionPolicy] : []), ...(input.policyArns ?? [])];
}

/** Request-tag context keys for session tags: aws:RequestTag/k and aws:TagKeys. */
export function tagContext(tags: Record<string, string> | undefined): Record<string, string | string[]> {
  if (!tags) return {};
  const out: Record<string, string | string[]> = { 'aws:TagKeys': Object.keys(tags) };
  for (const [k, v] of Object.entries(tags)) out[`aws:RequestTag/${k}`] = v;
  return out;
}

/**
 * A more specific code for a refused AssumeRole: expired caller, a failed sts:ExternalId or MFA condition in the trust
 * policy, the trust policy itself, or the caller's own permissions.
 */
export function assumeRoleDenialCode(result: EvaluationResult): ReasonCode {
  if (result.reason === 'authenticate.expired') return 'sts.expired-caller';
  for (const e of result.trace.events) {
    if (e.gate !== 'resource-policy' || e.op !== 'check' || e.outcome !== 'no-match' || !e.key) continue;
    const k = e.key.toLowerCase();
    if (k === 'sts:externalid') return 'sts.external-id.missing';
    if (k === 'aws:multifactorauthpresent' || k === 'aws:multifactorauthage') return 'sts.mfa.required';
  }
  if (result.reason === 'decision.trust-no-allow' || result.reason === 'decision.root-cannot-assume-role')
    return 'sts.trust-policy';
  if (result.decision === 'implicitDeny') return 'sts.caller-permission';
  return 'sts.assume-role.denied';
}
