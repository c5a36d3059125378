/**
 * String operators: StringEquals / StringNotEquals (case-sensitive), the IgnoreCase pair, and StringLike /
 * StringNotLike with `*` and `?` (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_String).
 */
import { compileGlob, literalText } from '../match/glob';
import type { OperatorSpec } from './types';

const equals = (p: string, c: unknown) => literalText(p) === String(c);
const equalsIgnoreCase = (p: string, c: unknown) => literalText(p).toLowerCase() === String(c).toLowerCase();
const like = (p: string, c: unknown) => compileGlob(p, false)(String(c));

/** The string operator family. */
export const STRING_OPERATORS: readonly OperatorSpec[] = [
  { name: 'StringEquals', negated: false, variables: true, test: equals },
  { name: 'StringNotEquals', negated: true, variables: true, test: equals },
  { name: 'StringEqualsIgnoreCase', negated: false, variables: true, test: equalsIgnoreCase },
  { name: 'StringNotEqualsIgnoreCase', negated: true, variables: true, test: equalsIgnoreCase },
  { name: 'StringLike', negated: false, variables: true, test: like },
  { name: 'StringNotLike', negated: true, variables: true, test: like },
];
