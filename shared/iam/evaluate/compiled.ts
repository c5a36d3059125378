/**
 * What a statement check needs beyond the normalized statement, worked out once per parsed policy instead of on every
 * evaluation: the Action / NotAction patterns compiled against the lower-cased action, the Resource / NotResource
 * patterns compiled when they hold no variable, and each condition's operator looked up. Built once per loaded policy
 * (`load.ts` caches those per input), so a warm evaluation does no pattern lookup, no lower-casing and no operator-name
 * parsing. No cache of its own: a WeakMap per fresh document costs the garbage collector more than compiling does.
 */
import { operatorFor } from '../conditions/operators';
import type { OperatorSpec } from '../conditions/types';
import { compileGlob, type GlobTest } from '../match/glob';
import type { NormalizedPolicy, NormalizedStatement } from '../policy/types';
import { hasVariables } from '../variables/resolve';

/** One condition, prepared: its operator (undefined when unknown), whether it is `Null`, whether a value holds `${`. */
export interface CompiledCondition {
  op: OperatorSpec | undefined;
  isNull: boolean;
  anyVariables: boolean;
}

/** One statement, prepared. */
export interface CompiledStatement {
  /** Tests for the Action (or NotAction) patterns, lower-cased, to run on the lower-cased action. */
  actionTests: GlobTest[] | undefined;
  /** Tests for the Resource (or NotResource) patterns; undefined when they hold variables (resolved per request). */
  resourceTests: GlobTest[] | undefined;
  conditions: CompiledCondition[];
}

function compileStatement(st: NormalizedStatement): CompiledStatement {
  const actions = st.actions ?? st.notActions;
  const resources = st.resources ?? st.notResources;
  return {
    actionTests: actions?.map((p) => compileGlob(p.toLowerCase(), false)),
    resourceTests: resources && !st.resourceHasVariables ? resources.map((p) => compileGlob(p, false)) : undefined,
    conditions: st.conditions.map((c) => ({
      op: operatorFor(c.base),
      isNull: c.base.toLowerCase() === 'null',
      anyVariables: c.values.some(hasVariables),
    })),
  };
}

/** The prepared statements of a parsed policy (same order as `policy.statements`). */
export function compileStatements(policy: NormalizedPolicy): CompiledStatement[] {
  return policy.statements.map(compileStatement);
}

/** Index of the first test that accepts `value`, or -1. */
export function firstPassing(tests: readonly GlobTest[], value: string): number {
  for (let i = 0; i < tests.length; i++) if (tests[i](value)) return i;
  return -1;
}
