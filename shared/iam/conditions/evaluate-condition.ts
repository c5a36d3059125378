/**
 * Evaluates one condition (one operator + one key): the values of the key OR together; missing-key semantics
 * (positive operator false, negated true, `...IfExists` true, `Null` tests presence); `ForAllValues:` true for an
 * absent or empty key, `ForAnyValue:` false
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html,
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-single-vs-multi-valued-context-keys.html).
 */
import type { NormalizedCondition } from '../policy/types';
import type { ReasonCode } from '../reasons';
import type { ContextValue } from '../request';
import { hasVariables, resolveVariables, type KeyReader, type VariableUse } from '../variables/resolve';
import { operatorFor } from './operators';
import type { OperatorSpec, ScalarValue } from './types';

/** What one condition decided, with what the trace needs to show it. */
export interface ConditionOutcome {
  result: boolean;
  code: ReasonCode;
  /** The context value compared (undefined when the key was missing). */
  contextValue?: ContextValue;
  /** Policy values after variable substitution (only when some value held a variable). */
  resolvedValues?: string[];
  variables?: VariableUse[];
  /** True when the key was absent from the request context. */
  missing: boolean;
}

function valuesOf(cond: NormalizedCondition, op: OperatorSpec, variablesEnabled: boolean, read: KeyReader) {
  if (!op.variables || !variablesEnabled) return { values: cond.values, variables: undefined, resolved: false };
  let any = false;
  for (const v of cond.values) if (hasVariables(v)) any = true;
  if (!any) return { values: cond.values, variables: undefined, resolved: false };
  const values: string[] = [];
  const variables: VariableUse[] = [];
  for (const v of cond.values) {
    const r = resolveVariables(v, read);
    variables.push(...r.uses);
    if (r.text !== undefined) values.push(r.text);
  }
  return { values, variables, resolved: true };
}

const PLAIN_OUT = { values: [] as readonly string[], variables: undefined, resolved: false as boolean };
/** The policy values as written (no variable to substitute), without allocating. */
function PLAIN(values: readonly string[]): { values: readonly string[]; variables: undefined; resolved: boolean } {
  PLAIN_OUT.values = values;
  return PLAIN_OUT;
}

function anyPolicyValueMatches(op: OperatorSpec, values: readonly string[], c: ScalarValue): boolean {
  for (let i = 0; i < values.length; i++) if (op.test(values[i], c)) return true;
  return false;
}

/** What the engine works out once per condition (see `evaluate/compiled.ts`) so that evaluation need not. */
export interface PreparedCondition {
  op: OperatorSpec | undefined;
  isNull: boolean;
  anyVariables: boolean;
}

/**
 * Evaluates one condition against the request context. `prepared` (optional) carries the operator already looked up,
 * which spares the lookup on hot paths.
 */
export function evaluateCondition(
  cond: NormalizedCondition,
  read: KeyReader,
  variablesEnabled: boolean,
  prepared?: PreparedCondition,
): ConditionOutcome {
  const raw = read(cond.keyLower);
  const isArray = Array.isArray(raw);
  const absent = raw === undefined || (isArray && raw.length === 0);

  if (prepared ? prepared.isNull : cond.base.toLowerCase() === 'null') {
    let result = false;
    for (const v of cond.values) {
      const want = v.toLowerCase();
      if ((want === 'true' && absent) || (want === 'false' && !absent)) result = true;
    }
    return {
      result,
      code: result ? 'condition.null.match' : 'condition.null.no-match',
      contextValue: raw,
      missing: absent,
    };
  }

  const op = prepared ? prepared.op : operatorFor(cond.base);
  if (!op) return { result: false, code: 'condition.operator-unknown', contextValue: raw, missing: absent };

  if (absent) {
    if (cond.ifExists) return { result: true, code: 'condition.if-exists-missing', missing: true, contextValue: raw };
    if (cond.qualifier === 'ForAllValues')
      return { result: true, code: 'condition.for-all-values-empty', missing: true, contextValue: raw };
    if (cond.qualifier === 'ForAnyValue')
      return { result: false, code: 'condition.for-any-value-empty', missing: true, contextValue: raw };
    return { result: op.negated, code: 'condition.key-missing', missing: true };
  }

  const { values, variables, resolved } =
    prepared && !prepared.anyVariables ? PLAIN(cond.values) : valuesOf(cond, op, variablesEnabled, read);
  let result: boolean;
  const list = (isArray ? raw : undefined) as ScalarValue[] | undefined;
  if (list === undefined && cond.qualifier === undefined) {
    // One value, no set qualifier: the common case, without building a list.
    result = op.negated !== anyPolicyValueMatches(op, values, raw as ScalarValue);
  } else if (cond.qualifier === 'ForAllValues') {
    result = true;
    for (const c of list ?? [raw as ScalarValue]) {
      const m = anyPolicyValueMatches(op, values, c);
      if (op.negated ? m : !m) {
        result = false;
        break;
      }
    }
  } else if (cond.qualifier === 'ForAnyValue') {
    result = false;
    for (const c of list ?? [raw as ScalarValue]) {
      const m = anyPolicyValueMatches(op, values, c);
      if (op.negated ? !m : m) {
        result = true;
        break;
      }
    }
  } else {
    let m = false;
    for (const c of list ?? [raw as ScalarValue])
      if (anyPolicyValueMatches(op, values, c)) {
        m = true;
        break;
      }
    result = op.negated ? !m : m;
  }
  const out: ConditionOutcome = {
    result,
    code: result ? 'condition.match' : 'condition.no-match',
    contextValue: raw,
    missing: false,
  };
  if (resolved) {
    out.resolvedValues = values as string[];
    out.variables = variables;
    if (variables && variables.some((v) => v.value === undefined) && !result)
      out.code = 'condition.variable-unresolved';
  }
  return out;
}
