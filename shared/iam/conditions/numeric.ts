/**
 * Numeric operators (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_Numeric).
 * A value that is not a number never matches.
 */
import type { OperatorSpec, ScalarValue } from './types';

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/** Reads a number from a policy or context value, or NaN. */
export function toNumber(v: ScalarValue): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return NaN;
  const t = v.trim();
  return NUMBER.test(t) ? Number(t) : NaN;
}

function numeric(cmp: (c: number, p: number) => boolean) {
  return (p: string, c: ScalarValue) => {
    const pn = toNumber(p);
    const cn = toNumber(c);
    return !Number.isNaN(pn) && !Number.isNaN(cn) && cmp(cn, pn);
  };
}

const eq = numeric((c, p) => c === p);

/** The numeric operator family. */
export const NUMERIC_OPERATORS: readonly OperatorSpec[] = [
  { name: 'NumericEquals', negated: false, variables: false, test: eq },
  { name: 'NumericNotEquals', negated: true, variables: false, test: eq },
  { name: 'NumericLessThan', negated: false, variables: false, test: numeric((c, p) => c < p) },
  { name: 'NumericLessThanEquals', negated: false, variables: false, test: numeric((c, p) => c <= p) },
  { name: 'NumericGreaterThan', negated: false, variables: false, test: numeric((c, p) => c > p) },
  { name: 'NumericGreaterThanEquals', negated: false, variables: false, test: numeric((c, p) => c >= p) },
];
