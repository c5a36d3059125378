/**
 * Bool and BinaryEquals (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_Boolean).
 * Bool compares `true` / `false` case-insensitively; BinaryEquals compares the base-64 text exactly.
 */
import type { OperatorSpec } from './types';

/** Bool and BinaryEquals. */
export const BOOL_OPERATORS: readonly OperatorSpec[] = [
  {
    name: 'Bool',
    negated: false,
    variables: false,
    test: (p, c) => {
      const pl = p.toLowerCase();
      return (pl === 'true' || pl === 'false') && pl === String(c).toLowerCase();
    },
  },
  { name: 'BinaryEquals', negated: false, variables: false, test: (p, c) => p === String(c) },
];
