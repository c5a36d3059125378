/**
 * The shape every condition operator family implements: a comparison between one policy value and one context value,
 * whether the operator is a negation of it (`StringNotEquals` of `StringEquals`), and whether its values take policy
 * variables (string and ARN operators do).
 */

/** A scalar context value as the comparison sees it. */
export type ScalarValue = string | number | boolean;

/** One operator: `test(policyValue, contextValue)` is the positive comparison. */
export interface OperatorSpec {
  /** The operator's name as AWS writes it (without qualifier / IfExists), e.g. `StringNotLike`. */
  name: string;
  /** True for the negated operators; the evaluator inverts the positive result. */
  negated: boolean;
  /** True when policy variables are substituted in its values. */
  variables: boolean;
  /** The positive comparison of one policy value with one context value. */
  test(policyValue: string, contextValue: ScalarValue): boolean;
}
