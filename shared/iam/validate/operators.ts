/**
 * The condition operators AWS documents (IAM JSON policy elements: Condition operators), grouped by the type of value
 * they compare. The validator keeps its own small table so it does not depend on the evaluator's implementation.
 */

/** What kind of value an operator compares. */
export type OperatorFamily = 'string' | 'numeric' | 'date' | 'bool' | 'binary' | 'ip' | 'arn' | 'null';

/** Base operator name (without set prefix or IfExists) → family. Names are matched case-sensitively, as AWS does. */
export const OPERATOR_FAMILIES: Readonly<Record<string, OperatorFamily>> = {
  StringEquals: 'string',
  StringNotEquals: 'string',
  StringEqualsIgnoreCase: 'string',
  StringNotEqualsIgnoreCase: 'string',
  StringLike: 'string',
  StringNotLike: 'string',
  NumericEquals: 'numeric',
  NumericNotEquals: 'numeric',
  NumericLessThan: 'numeric',
  NumericLessThanEquals: 'numeric',
  NumericGreaterThan: 'numeric',
  NumericGreaterThanEquals: 'numeric',
  DateEquals: 'date',
  DateNotEquals: 'date',
  DateLessThan: 'date',
  DateLessThanEquals: 'date',
  DateGreaterThan: 'date',
  DateGreaterThanEquals: 'date',
  Bool: 'bool',
  BinaryEquals: 'binary',
  IpAddress: 'ip',
  NotIpAddress: 'ip',
  ArnEquals: 'arn',
  ArnLike: 'arn',
  ArnNotEquals: 'arn',
  ArnNotLike: 'arn',
  Null: 'null',
};

/** An operator split into its parts. */
export interface ParsedOperator {
  base: string;
  family: OperatorFamily;
  set?: 'ForAllValues' | 'ForAnyValue';
  ifExists: boolean;
}

/**
 * Split `ForAnyValue:StringLikeIfExists` into set qualifier, base operator and IfExists. Returns undefined for an
 * operator AWS does not know (including `NullIfExists`, which AWS rejects).
 */
export function parseOperator(name: string): ParsedOperator | undefined {
  let rest = name;
  let set: ParsedOperator['set'];
  if (rest.startsWith('ForAllValues:')) {
    set = 'ForAllValues';
    rest = rest.slice('ForAllValues:'.length);
  } else if (rest.startsWith('ForAnyValue:')) {
    set = 'ForAnyValue';
    rest = rest.slice('ForAnyValue:'.length);
  }
  let ifExists = false;
  if (rest.endsWith('IfExists')) {
    ifExists = true;
    rest = rest.slice(0, -'IfExists'.length);
  }
  if (!Object.prototype.hasOwnProperty.call(OPERATOR_FAMILIES, rest)) return undefined;
  const family = OPERATOR_FAMILIES[rest];
  if (family === 'null' && ifExists) return undefined;
  return { base: rest, family, set, ifExists };
}
