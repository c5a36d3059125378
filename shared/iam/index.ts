/**
 * The IAM engine's public API: parse, evaluate, explain, narrate, STS flows, "why not?" and reverse queries.
 */
export type * from './request';
export type * from './result';
export { GATES } from './result';
export { parsePolicy, splitOperator, POLICY_VERSIONS } from './policy/parse';
export { parsePolicyCached } from './policy/cache';
export type * from './policy/types';
export { evaluate, type EvaluateOptions } from './evaluate/evaluate';
export { REASON_CODES, isReasonCode, type ReasonCode } from './reasons';
export { actionMatches } from './match/action';
export { resourceMatches } from './match/resource';
export { arnLike, parseArn } from './match/arn';
export { evaluateCondition } from './conditions/evaluate-condition';
export { OPERATOR_NAMES } from './conditions/operators';
export { resolveVariables } from './variables/resolve';
export { callerOf, sessionArnOf, federatedUserArnOf } from './context/caller';
export { isPrincipalDerivedKey } from './context/principal-keys';
export { NARRATION, narrate } from './narration';
export { explain, type ExplainOptions } from './explain';
export * from './sts/index';
export * from './whynot/index';
export * from './reverse/index';
