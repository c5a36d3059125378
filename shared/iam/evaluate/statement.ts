/**
 * Does one statement apply to the request? Action (or NotAction), Resource (or NotResource), Principal (or
 * NotPrincipal, for resource-based policies) and every condition must match; the first element that does not ends the
 * check. Each comparison is recorded in the trace with the pattern and the value it was compared with.
 */
import type { CallerIdentity } from '../context/caller';
import { evaluateCondition } from '../conditions/evaluate-condition';
import { compileGlob, literalText } from '../match/glob';
import { matchPrincipal, notPrincipalExcludes, type PrincipalMatchKind } from '../match/principal';
import type { NormalizedPolicy, NormalizedStatement } from '../policy/types';
import type { Gate, StatementRef } from '../result';
import type { TraceRecorder } from '../trace/recorder';
import { resolveVariables, type KeyReader, type VariableUse } from '../variables/resolve';

/** What a statement check needs from the request. */
export interface StatementEnv {
  action: string;
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

function firstAction(patterns: readonly string[], action: string): number {
  for (let i = 0; i < patterns.length; i++) if (compileGlob(patterns[i], true)(action)) return i;
  return -1;
}

function resourcePatternMatch(
  patterns: readonly string[],
  st: NormalizedStatement,
  env: StatementEnv,
  gate: Gate,
  ref: StatementRef,
): { index: number; unresolved: boolean; resolved?: string[]; uses?: VariableUse[] } {
  if (!st.resourceHasVariables) {
    for (let i = 0; i < patterns.length; i++)
      if (compileGlob(patterns[i], false)(env.resource)) return { index: i, unresolved: false };
    return { index: -1, unresolved: false };
  }
  const resolved: string[] = [];
  const uses: VariableUse[] = [];
  let unresolved = false;
  let index = -1;
  for (let i = 0; i < patterns.length; i++) {
    const r = resolveVariables(patterns[i], env.read);
    uses.push(...r.uses);
    if (r.text === undefined) {
      unresolved = true;
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
  return { index, unresolved, resolved: resolved.map(literalText), uses };
}

const OUT: StatementOutcome = { applies: false, exitSeq: -1 };

function outcome(applies: boolean, principalKind: PrincipalMatchKind | undefined, exitSeq: number): StatementOutcome {
  OUT.applies = applies;
  OUT.principalKind = principalKind;
  OUT.exitSeq = exitSeq;
  return OUT;
}

/**
 * Checks one statement against the request, recording the comparisons. `checkPrincipal` for resource-based kinds.
 * CAUTION: returns a shared object, valid until the next call (the warm path allocates nothing per statement).
 */
export function checkStatement(
  st: NormalizedStatement,
  policy: NormalizedPolicy,
  ref: StatementRef,
  env: StatementEnv,
  gate: Gate,
  checkPrincipal: boolean,
): StatementOutcome {
  const t = env.trace;
  const on = t.on;
  if (on) t.enter('statement.enter', gate, { ref, data: { effect: st.effect } });
  const fail = (): StatementOutcome =>
    outcome(false, undefined, on ? t.exit('statement.not-applicable', gate, { ref, outcome: 'no-match' }) : -1);

  // Action / NotAction
  if (st.actions) {
    const i = firstAction(st.actions, env.action);
    if (on)
      t.check(i >= 0 ? 'statement.action.match' : 'statement.action.no-match', gate, {
        ref: { ...ref, path: `${st.path}.Action` },
        pattern: i >= 0 ? st.actions[i] : st.actions,
        value: env.action,
        outcome: i >= 0 ? 'match' : 'no-match',
      });
    if (i < 0) return fail();
  } else if (st.notActions) {
    const i = firstAction(st.notActions, env.action);
    if (on)
      t.check(i < 0 ? 'statement.not-action.match' : 'statement.not-action.no-match', gate, {
        ref: { ...ref, path: `${st.path}.NotAction` },
        pattern: i >= 0 ? st.notActions[i] : st.notActions,
        value: env.action,
        outcome: i < 0 ? 'match' : 'no-match',
      });
    if (i >= 0) return fail();
  }

  // Resource / NotResource
  if (st.resources) {
    const m = resourcePatternMatch(st.resources, st, env, gate, ref);
    if (on)
      t.check(m.index >= 0 ? 'statement.resource.match' : 'statement.resource.no-match', gate, {
        ref: { ...ref, path: `${st.path}.Resource` },
        pattern:
          m.index >= 0 ? (m.resolved ? m.resolved[m.index] : st.resources[m.index]) : (m.resolved ?? st.resources),
        value: env.resource,
        outcome: m.index >= 0 ? 'match' : 'no-match',
        data: m.uses && m.uses.length ? { variables: m.uses } : undefined,
      });
    if (m.index < 0) return fail();
  } else if (st.notResources) {
    const m = resourcePatternMatch(st.notResources, st, env, gate, ref);
    if (on)
      t.check(m.index < 0 ? 'statement.not-resource.match' : 'statement.not-resource.no-match', gate, {
        ref: { ...ref, path: `${st.path}.NotResource` },
        pattern: m.index >= 0 ? st.notResources[m.index] : st.notResources,
        value: env.resource,
        outcome: m.index < 0 ? 'match' : 'no-match',
      });
    if (m.index >= 0) return fail();
  }

  // Principal / NotPrincipal
  let principalKind: PrincipalMatchKind | undefined;
  if (checkPrincipal) {
    if (st.principal) {
      const m = matchPrincipal(st.principal, env.caller);
      if (on)
        t.check(m ? 'statement.principal.match' : 'statement.principal.no-match', gate, {
          ref: { ...ref, path: `${st.path}.Principal` },
          pattern: m ? m.entry : st.principal,
          value: env.caller.arn ?? env.caller.service ?? env.caller.federatedProvider ?? env.caller.kind,
          outcome: m ? 'match' : 'no-match',
          data: m ? { matchKind: m.kind } : undefined,
        });
      if (!m) return fail();
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
            ref: { ...ref, path: `${st.path}.NotPrincipal` },
            pattern: st.notPrincipal,
            value: env.caller.arn ?? env.caller.kind,
            outcome: excluded ? 'no-match' : 'match',
          },
        );
      if (excluded) return fail();
      principalKind = 'everyone';
    } else {
      if (on) t.check('statement.principal.missing', gate, { ref, outcome: 'no-match' });
      return fail();
    }
  }

  // Conditions: every operator and key must hold.
  if (st.conditions.length > 0) {
    for (const c of st.conditions) {
      const o = evaluateCondition(c, env.read, policy.variablesEnabled);
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
          ref: { ...ref, path: c.path },
          operator: c.operator,
          key: c.key,
          pattern: o.resolvedValues ?? c.values,
          value: o.contextValue,
          outcome: o.result ? 'match' : 'no-match',
          data: Object.keys(data).length ? data : undefined,
        });
      }
      if (!o.result) return fail();
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
