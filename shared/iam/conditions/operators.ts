/**
 * The registry of condition operators, looked up case-insensitively by base name. `Null` is not here: it tests
 * presence, not values, and the evaluator handles it directly.
 */
import { ARN_OPERATORS } from './arn';
import { BOOL_OPERATORS } from './bool';
import { DATE_OPERATORS } from './date';
import { IP_OPERATORS } from './ip';
import { NUMERIC_OPERATORS } from './numeric';
import { STRING_OPERATORS } from './string';
import type { OperatorSpec } from './types';

const REGISTRY = new Map<string, OperatorSpec>();
for (const op of [
  ...STRING_OPERATORS,
  ...NUMERIC_OPERATORS,
  ...DATE_OPERATORS,
  ...BOOL_OPERATORS,
  ...IP_OPERATORS,
  ...ARN_OPERATORS,
]) {
  REGISTRY.set(op.name.toLowerCase(), op);
}

/** The operator for a base name (`StringLike`), or undefined when AWS has no such operator. */
export function operatorFor(base: string): OperatorSpec | undefined {
  return REGISTRY.get(base.toLowerCase());
}

/** Every base operator name, for tests and the validator. */
export const OPERATOR_NAMES: readonly string[] = [...[...REGISTRY.values()].map((o) => o.name), 'Null'];
