/**
 * Shapes shared by the STS flows: the role being assumed, the outcome (a new session with the evaluations that
 * admitted it, or a denial with its trace).
 */
import type { ReasonCode } from '../reasons';
import type { ContextValue, OrgLevelPolicies, OrgMembership, PolicyInput, PolicySet } from '../request';
import type { EvaluationResult, TraceEvent } from '../result';

/** The role a flow assumes. */
export interface RoleInfo {
  /** `arn:aws:iam::ACCT:role/path/name` */
  arn: string;
  trustPolicy: PolicyInput;
  /** Seconds, 3600..43200; defaults to 3600. */
  maxSessionDuration?: number;
  roleId?: string;
  tags?: Record<string, string>;
  serviceLinked?: boolean;
  /** Organization of the role's account (for the resulting session's aws:PrincipalOrgID). */
  org?: OrgMembership;
  /** RCPs of the role's account (they apply to sts:AssumeRole on the role). */
  rcps?: OrgLevelPolicies[];
}

/** Session policies passed to a flow: one inline policy and up to 10 managed ones. */
export interface SessionPolicyInput {
  sessionPolicy?: PolicyInput;
  policyArns?: PolicyInput[];
}

/** The caller's own policies (identity, boundary, SCPs, session) for the permission to call the STS action. */
export type CallerPolicies = Omit<PolicySet, 'trust' | 'resource'>;

/** A successful flow: the new session, the evaluations that admitted it, and their traces in order. */
export interface StsSuccess<S> {
  ok: true;
  code: ReasonCode;
  session: S;
  /** Every evaluation the flow ran (caller permission, trust, TagSession, ...). */
  steps: EvaluationResult[];
  /** The steps' trace events, concatenated. */
  trace: TraceEvent[];
}

/** A refused flow: the reason and the denying evaluation (or a synthesized one for parameter errors). */
export interface StsFailure {
  ok: false;
  code: ReasonCode;
  result: EvaluationResult;
  steps: EvaluationResult[];
}

/** Outcome of a flow. */
export type StsOutcome<S> = StsSuccess<S> | StsFailure;

/** Extra context entries for a flow. */
export type FlowContext = Record<string, ContextValue>;
