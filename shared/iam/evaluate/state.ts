/**
 * The working state of one evaluation, shared by the gate functions: the request, the caller, the loaded policies by
 * kind, the trace recorder and the collectors for the result.
 */
import type { CallerIdentity } from '../context/caller';
import type { NormalizedPolicy } from '../policy/types';
import type { EvaluationRequest, PolicyInput } from '../request';
import type { PolicyError, PolicyKind, StatementRef } from '../result';
import type { TraceRecorder } from '../trace/recorder';
import type { CompiledStatement } from './compiled';
import type { StatementEnv } from './statement';

/** A parsed policy ready to scan. */
export interface LoadedPolicy {
  input: PolicyInput;
  kind: PolicyKind;
  policy: NormalizedPolicy;
  /** The statements' prepared matchers (same order as `policy.statements`). */
  compiled: CompiledStatement[];
  /** Org level id for SCPs and RCPs. */
  level?: string;
  /** Trace / decidedBy refs, built on first use (`scan.ts`). */
  refs?: PolicyRefs;
}

/**
 * The refs of one statement: the statement itself, and the refs of its elements (`Statement[0].Action`) and conditions
 * made on first use, since only a traced evaluation needs them.
 */
export interface StatementRefs {
  statement: StatementRef;
  /** `Action`, `NotResource`, ... → ref with the element's JSON path. */
  elements: Record<string, StatementRef> | undefined;
  /** One per condition, in `statement.conditions` order. */
  conditions: StatementRef[] | undefined;
}

/** The refs of a loaded policy: the whole policy (`statementIndex: -1`) and each statement (made on first use). */
export interface PolicyRefs {
  policy: StatementRef;
  statements: Array<StatementRefs | undefined>;
}

/** One org level with its parsed policies. */
export interface LoadedLevel {
  level: 'root' | 'ou' | 'account';
  id: string;
  policies: LoadedPolicy[];
}

/** Why SCPs or RCPs do (`apply`) or do not apply to this request. */
export type OrgApplicability = 'apply' | string;

/** Everything a gate needs. */
export interface EvalState {
  req: EvaluationRequest;
  caller: CallerIdentity;
  env: StatementEnv;
  t: TraceRecorder;
  resourceAccount: string | undefined;
  crossAccount: boolean;
  scps: LoadedLevel[];
  scpApplies: OrgApplicability;
  rcps: LoadedLevel[];
  rcpApplies: OrgApplicability;
  /** The resource-based policy in play (the trust policy for assume-role actions). */
  resourcePolicy?: LoadedPolicy;
  /** True when the resource policy must allow explicitly (trust policy, KMS key policy). */
  mustAllowExplicitly: 'trust' | 'kms' | undefined;
  /** An assume-role action on a role without a trust policy given. */
  trustMissing: boolean;
  /** A KMS key without a key policy given. */
  kmsKeyPolicyMissing: boolean;
  trustIgnored: boolean;
  identity: LoadedPolicy[];
  boundary?: LoadedPolicy;
  session: LoadedPolicy[];
  errors: PolicyError[];
}

/** A statement that applied, for decidedBy and decisive marks. */
export interface Hit {
  ref: StatementRef;
  seq: number;
  matchKind?: string;
}
