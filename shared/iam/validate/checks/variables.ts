/**
 * Policy variables (`${aws:username}`): only substituted under Version 2012-10-17 (elsewhere they are literal text),
 * and only when well formed (`${` closed by `}`, a key inside, no `${` within another).
 */
import type { JsonValue } from '../../request';
import { variableProblems } from '../../variables/syntax';
import type { FindingCode } from '../codes';
import { isObject, type ValidationContext } from '../context';
import { hasPolicyVariable } from '../values';

const PROBLEM_CODES = {
  unterminated: 'policy.variable-unterminated',
  empty: 'policy.variable-empty',
  nested: 'policy.variable-nested',
} as const satisfies Record<string, FindingCode>;

/** The statements of the policy with their paths. */
function statementsOf(root: { [key: string]: JsonValue }): Array<{ v: JsonValue; p: string }> {
  const st = root.Statement;
  return Array.isArray(st) ? st.map((v, i) => ({ v, p: `Statement[${i}]` })) : [{ v: st, p: 'Statement' }];
}

/** Report each malformed policy variable in Resource, NotResource and condition values, whatever the Version. */
export function checkVariableSyntax(ctx: ValidationContext, root: { [key: string]: JsonValue }): void {
  for (const { v, p } of statementsOf(root)) {
    if (!isObject(v)) continue;
    for (const el of ['Resource', 'NotResource', 'Condition']) {
      if (!Object.hasOwn(v, el)) continue;
      walkStrings(v[el], `${p}.${el}`, 0, (text, path) => {
        if (!text.includes('${')) return;
        for (const problem of variableProblems(text)) ctx.report(PROBLEM_CODES[problem], path, { value: text });
      });
    }
  }
}

function walkStrings(v: JsonValue, path: string, depth: number, visit: (text: string, path: string) => void): void {
  if (depth > 8) return;
  if (typeof v === 'string') visit(v, path);
  else if (Array.isArray(v)) v.forEach((x, i) => walkStrings(x, `${path}[${i}]`, depth + 1, visit));
  else if (isObject(v)) for (const [k, x] of Object.entries(v)) walkStrings(x, `${path}.${k}`, depth + 1, visit);
}

/** Warn at each Resource / condition value holding a variable when the policy's Version is not 2012-10-17. */
export function checkVariablesVersion(ctx: ValidationContext, root: { [key: string]: JsonValue }): void {
  if (ctx.version === '2012-10-17') return;
  // An invalid Version is already an error; only warn for a missing or old one.
  if (Object.prototype.hasOwnProperty.call(root, 'Version') && ctx.version === undefined) return;
  const st = root.Statement;
  const list = Array.isArray(st) ? st.map((v, i) => ({ v, p: `Statement[${i}]` })) : [{ v: st, p: 'Statement' }];
  for (const { v, p } of list) {
    if (!isObject(v)) continue;
    for (const el of ['Resource', 'NotResource', 'Condition']) {
      if (Object.prototype.hasOwnProperty.call(v, el)) visit(ctx, v[el], `${p}.${el}`, 0);
    }
  }
}

function visit(ctx: ValidationContext, v: JsonValue, path: string, depth: number): void {
  if (depth > 8) return;
  if (typeof v === 'string') {
    if (hasPolicyVariable(v))
      ctx.report('policy.variables-need-version', path, { value: v, version: ctx.version ?? 'none' });
  } else if (Array.isArray(v)) v.forEach((x, i) => visit(ctx, x, `${path}[${i}]`, depth + 1));
  else if (isObject(v)) for (const [k, x] of Object.entries(v)) visit(ctx, x, `${path}.${k}`, depth + 1);
}
