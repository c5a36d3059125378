/**
 * ARN operators: ArnEquals and ArnLike behave the same (segment-wise, wildcards allowed); ArnNotEquals and ArnNotLike
 * are their negations (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_ARN).
 */
import { arnLike } from '../match/arn';
import type { OperatorSpec } from './types';

const test = (p: string, c: unknown) => arnLike(p, String(c));

/** The ARN operator family. */
export const ARN_OPERATORS: readonly OperatorSpec[] = [
  { name: 'ArnEquals', negated: false, variables: true, test },
  { name: 'ArnLike', negated: false, variables: true, test },
  { name: 'ArnNotEquals', negated: true, variables: true, test },
  { name: 'ArnNotLike', negated: true, variables: true, test },
];
