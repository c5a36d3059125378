/**
 * Redundant statements: a statement whose every action and resource is already covered by another statement of the
 * same effect, principal and conditions adds nothing. A conservative check (suggestion): only Action/Resource
 * statements are compared, and pattern coverage is decided textually.
 */
import type { JsonValue } from '../../request';
import { isObject, type StatementNode, type ValidationContext } from '../context';

interface Shape {
  node: StatementNode;
  effect: string;
  actions: string[];
  resources: string[];
  principal: string;
  condition: string;
}

/** Canonical JSON (sorted keys) so that equal blocks compare equal whatever their key order. */
function canonical(v: JsonValue | undefined): string {
  if (v === undefined) return '';
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (isObject(v))
    return `{${Object.keys(v)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical(v[k])}`)
      .join(',')}}`;
  return JSON.stringify(v);
}

function strings(v: JsonValue | undefined): string[] | undefined {
  if (typeof v === 'string') return [v];
  if (Array.isArray(v) && v.length > 0 && v.every((x) => typeof x === 'string')) return v as string[];
  return undefined;
}

function shapeOf(node: StatementNode): Shape | undefined {
  const o = node.value;
  if (!isObject(o)) return undefined;
  if (o.Effect !== 'Allow' && o.Effect !== 'Deny') return undefined;
  if ('NotAction' in o || 'NotResource' in o || 'NotPrincipal' in o) return undefined;
  const actions = strings(o.Action);
  const resources = strings(o.Resource) ?? (o.Resource === undefined ? [] : undefined);
  if (!actions || !resources) return undefined;
  return {
    node,
    effect: o.Effect,
    actions,
    resources,
    principal: canonical(o.Principal),
    condition: canonical(o.Condition),
  };
}

/**
 * Does wildcard pattern `p` match every string pattern `q` matches? Decided by matching `q` as text, where a `*` in
 * `p` may match anything (including `q`'s own wildcards) and a `?` only a literal character.
 */
export function patternCovers(p: string, q: string, caseInsensitive: boolean): boolean {
  const a = caseInsensitive ? p.toLowerCase() : p;
  const b = caseInsensitive ? q.toLowerCase() : q;
  if (a === b || a === '*') return true;
  // Iterative wildcard match with backtracking on the last '*'.
  let i = 0;
  let j = 0;
  let star = -1;
  let mark = 0;
  while (j < b.length) {
    if (i < a.length && a[i] === '*') {
      star = i++;
      mark = j;
    } else if (i < a.length && (a[i] === b[j] || (a[i] === '?' && b[j] !== '*' && b[j] !== '?'))) {
      i++;
      j++;
    } else if (star >= 0) {
      i = star + 1;
      j = ++mark;
    } else return false;
  }
  while (i < a.length && a[i] === '*') i++;
  return i === a.length;
}

function covers(big: Shape, small: Shape): boolean {
  if (big.effect !== small.effect || big.principal !== small.principal || big.condition !== small.condition)
    return false;
  const actionCovered = small.actions.every((q) => big.actions.some((p) => patternCovers(p, q, true)));
  const resourceCovered = small.resources.every((q) => big.resources.some((p) => patternCovers(p, q, false)));
  return actionCovered && resourceCovered;
}

/** Report statements fully covered by another one (for two identical statements, the later one). */
export function checkRedundantStatements(ctx: ValidationContext, statements: StatementNode[]): void {
  if (statements.length < 2 || statements.length > 200) return;
  const shapes = statements.map(shapeOf);
  shapes.forEach((small, si) => {
    if (!small) return;
    for (let bi = 0; bi < shapes.length; bi++) {
      const big = shapes[bi];
      if (bi === si || !big) continue;
      if (!covers(big, small)) continue;
      if (covers(small, big) && bi > si) continue; // mutual cover: only the later one is redundant
      ctx.report('statement.redundant', small.node.path, { coveredBy: bi });
      return;
    }
  });
}
