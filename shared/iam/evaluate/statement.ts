/**
 * Does one statement apply to the request? Action (or NotAction), Resource (or NotResource), Principal (or
 * NotPrincipal, for resource-based policies) and every condition must match; the first element that does not ends the
 * check. Each comparison is recorded in the trace with the pattern and the value it was compared with.
 */
import type { CallerIdentity } from '../context/caller';
import { evaluateCondition } from '../conditions/evaluate-condition';
import { compileGlob, literalText } from '../match/glob';
import { firstPassing, type CompiledStatement } from './compiled';
import type { StatementRefs } from './state';
import { matchPrincipal, notPrincipalExcludes, type PrincipalMatchKind } from '../match/principal';
import type { NormalizedPolicy, NormalizedStatement } from '../policy/types';
import type { Gate, StatementRef } from '../result';
import type { TraceRecorder } from '../trace/recorder';
import { resolveVariables, type KeyReader, type VariableUse } from '../variables/resolve';

/** What a statement check needs from the request. */
export interface StatementEnv {
  action: string;
  /** The action lower-cased once per request (action patterns are compiled lower-cased). */
  actionLower: string;
  resource: string;
  caller: CallerIdentity;
  read: KeyReader;
  trace: TraceRecorder;
  /** Condition keys referred to but absent from the context (collected for the result; created on first use). */
  missing: Set<string> | undefined;
}

/** Outcome of one statement check. */
export interface StatementOutcome {
  applies: boolean;
  /** For statements with a Principal: how it named the caller. */
  principalKind?: PrincipalMatchKind;
  /** Seq of the statement's exit event (-1 when tracing is off). */
  exitSeq: number;
}

interface ResourceMatch {
  index: number;
  resolved?: string[];
  uses?: VariableUse[];
}
const NO_VARIABLES: ResourceMatch = { index: -1 };

/** Resource / NotResource matching: pre-compiled tests when the patterns hold no variable, else resolve them first. */
function resourcePatternMatch(
  patterns: readonly string[],
  cs: CompiledStatement,
  env: StatementEnv,
  gate: Gate,
  ref: StatementRef,
): ResourceMatch {
  if (cs.resourceTests) {
    // Shared object: read before the next call (the trace-off path allocates nothing here).
    NO_VARIABLES.index = firstPassing(cs.resourceTests, env.resource);
    return NO_VARIABLES;
  }
  const resolved: string[] = [];
  const uses: VariableUse[] = [];
  let index = -1;
  for (let i = 0; i < patterns.length; i++) {
    const r = resolveVariables(patterns[i], env.read);
    uses.push(...r.uses);
    if (r.text === undefined) {
      resolved.push('');
      if (env.trace.on)
        env.trace.check('statement.resource.variable-unresolved', gate, {
          ref,
          pattern: patterns[i],
          data: { variables: r.uses },
        });
      continue;
    }
    resolved.push(r.text);
    if (index < 0 && compileGlob(r.text, false)(env.resource)) index = i;
  }
  return { index, resolved: resolved.map(literalText), uses };
}

const OUT: StatementOutcome = { applies: false, exitSeq: -1 };

function outcome(applies: boolean, principalKind: PrincipalMatchKind | undefined, exitSeq: number): StatementOutcome {
  OUT.applies = applies;
  OUT.principalKind = principalKind;
  OUT.exitSeq = exitSeq;
  return OUT;
}

/** The ref of one element of the statement (`Statement[0].Action`), made once. */
function elementRef(refs: StatementRefs, st: NormalizedStatement, element: string): StatementRef {
  const e = (refs.elements ??= {});
  return (e[element] ??= { ...refs.statement, path: `${st.path}.${element}` });
}

/** The ref of the statement's i-th condition, made once. */
function conditionRef(refs: StatementRefs, st: NormalizedStatement, i: number): StatementRef {
  const c = (refs.conditions ??= st.conditions.map((x) => ({ ...refs.statement, path: x.path })));
  return c[i];
}

function notApplicable(t: TraceRecorder, gate: Gate, ref: StatementRef): StatementOutcome {
  return outcome(false, undefined, t.on ? t.exit('statement.not-applicable', gate, { ref, outcome: 'no-match' }) : -1);
}

/**
 * Checks one statement against the request, recording the comparisons. `checkPrincipal` for resource-based kinds;
 * `cs` is the statement's prepared form (`compiledStatementsOf`).
 * CAUTION: returns a shared object, valid until the next call (the warm path allocates nothing per statement).
 */
export function checkStatement(
  st: NormalizedStatement,
  cs: CompiledStatement,
  policy: NormalizedPolicy,
  refs: StatementRefs,
  env: StatementEnv,
  gate: Gate,
  checkPrincipal: boolean,
): StatementOutcome {
  const ref = refs.statement;
  const t = env.trace;
  const on = t.on;
  if (on) t.enter('statement.enter', gate, { ref, data: { effect: st.effect } });

  // Action / NotAction
  if (st.actions) {
    const i = firstPassing(cs.actionTests!, env.actionLower);
    if (on)
      t.check(i >= 0 ? 'statement.action.match' : 'statement.action.no-match', gate, {
        ref: elementRef(refs, st, 'Action'),
        pattern: i >= 0 ? st.actions[i] : st.actions,
        value: env.action,
        outcome: i >= 0 ? 'match' : 'no-match',
      });
    if (i < 0) return notApplicable(t, gate, ref);
  } else if (st.notActions) {
    const i = firstPassing(cs.actionTests!, env.actionLower);
    if (on)
      t.check(i < 0 ? 'statement.not-action.match' : 'statement.not-action.no-match', gate, {
        ref: elementRef(refs, st, 'NotAction'),
        pattern: i >= 0 ? st.notActions[i] : st.notActions,
        value: env.action,
        outcome: i < 0 ? 'match' : 'no-match',
      });
    if (i >= 0) return notApplicable(t, gate, ref);
  }

  // Resource / NotResource
  if (st.resources) {
    const m = resourcePatternMatch(st.resources, cs, env, gate, ref);
    if (on)
      t.check(m.index >= 0 ? 'statement.resource.match' : 'statement.resource.no-match', gate, {
        ref: elementRef(refs, st, 'Resource'),
        pattern:
          m.index >= 0 ? (m.resolved ? m.resolved[m.index] : st.resources[m.index]) : (m.resolved ?? st.resources),
        value: env.resource,
        outcome: m.index >= 0 ? 'match' : 'no-match',
        data: m.uses && m.uses.length ? { variables: m.uses } : undefined,
      });
    if (m.index < 0) return notApplicable(t, gate, ref);
  } else if (st.notResources) {
    const m = resourcePatternMatch(st.notResources, cs, env, gate, ref);
    if (on)
      t.check(m.index < 0 ? 'statement.not-resource.match' : 'statement.not-resource.no-match', gate, {
        ref: elementRef(refs, st, 'NotResource'),
        pattern: m.index >= 0 ? st.notResources[m.index] : st.notResources,
        value: env.resource,
        outcome: m.index < 0 ? 'match' : 'no-match',
      });
    if (m.index >= 0) return notApplicable(t, gate, ref);
  }

  // Principal / NotPrincipal
  let principalKind: PrincipalMatchKind | undefined;
  if (checkPrincipal) {
    if (st.principal) {
      const m = matchPrincipal(st.principal, env.caller);
      if (on)
        t.check(m ? 'statement.principal.match' : 'statement.principal.no-match', gate, {
          ref: elementRef(refs, st, 'Principal'),
          pattern: m ? m.entry : st.principal,
          value: env.caller.arn ?? env.caller.service ?? env.caller.federatedProvider ?? env.caller.kind,
          outcome: m ? 'match' : 'no-match',
          data: m ? { matchKind: m.kind } : undefined,
        });
      if (!m) return notApplicable(t, gate, ref);
      principalKind = m.kind;
    } else if (st.notPrincipal) {
      const boundaryRule =
        st.effect === 'Deny' &&
        env.caller.hasBoundary &&
        (env.caller.kind === 'user' || env.caller.kind === 'role-session');
      const excluded = !boundaryRule && notPrincipalExcludes(st.notPrincipal, env.caller);
      if (on)
        t.check(
          boundaryRule
            ? 'statement.not-principal.boundary'
            : excluded
              ? 'statement.not-principal.no-match'
              : 'statement.not-principal.match',
          gate,
          {
            ref: elementRef(refs, st, 'NotPrincipal'),
            pattern: st.notPrincipal,
            value: env.caller.arn ?? env.caller.kind,
            outcome: excluded ? 'no-match' : 'match',
          },
        );
      if (excluded) return notApplicable(t, gate, ref);
      principalKind = 'everyone';
    } else {
      if (on) t.check('statement.principal.missing', gate, { ref, outcome: 'no-match' });
      return notApplicable(t, gate, ref);
    }
  }

  // Conditions: every operator and key must hold.
  if (st.conditions.length > 0) {
    for (let ci = 0; ci < st.conditions.length; ci++) {
      const c = st.conditions[ci];
      const o = evaluateCondition(c, env.read, policy.variablesEnabled, cs.conditions[ci]);
      // An unknown operator cannot be evaluated: fail closed (false in an Allow, true in a Deny).
      if (o.code === 'condition.operator-unknown') o.result = st.effect === 'Deny';
      if (o.missing) (env.missing ??= new Set()).add(c.key);
      if (on) {
        const data: Record<string, unknown> = {};
        if (o.variables) data.variables = o.variables;
        if (o.missing) data.missing = true;
        if (c.qualifier) data.qualifier = c.qualifier;
        if (c.ifExists) data.ifExists = true;
        t.check(o.code, gate, {
          ref: conditionRef(refs, st, ci),
          operator: c.operator,
          key: c.key,
          pattern: o.resolvedValues ?? c.values,
          value: o.contextValue,
          outcome: o.result ? 'match' : 'no-match',
          data: Object.keys(data).length ? data : undefined,
        });
      }
      if (!o.result) return notApplicable(t, gate, ref);
    }
  }
  return outcome(
    true,
    principalKind,
    on
      ? t.exit('statement.applies', gate, {
          ref,
          outcome: st.effect === 'Allow' ? 'allow' : 'deny',
          data: principalKind ? { matchKind: principalKind } : undefined,
        })
      : -1,
  );
}
