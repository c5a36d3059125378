/** Policy variables (`${aws:username}`) are only substituted under Version 2012-10-17; elsewhere they are literal text. */
import type { JsonValue } from '../../request';
import { isObject, type ValidationContext } from '../context';
import { hasPolicyVariable } from '../values';

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
