import { describe, expect, it } from 'vitest';
import { evaluateCondition } from '../../../shared/iam/conditions/evaluate-condition';
import { splitOperator } from '../../../shared/iam/policy/parse';
import type { NormalizedCondition } from '../../../shared/iam/policy/types';
import type { ContextValue } from '../../../shared/iam/request';
import data from './cases/conditions.json';

type Row = [string, string, string, string[], Record<string, ContextValue>, boolean];

function cond(operator: string, key: string, values: string[]): NormalizedCondition {
  const { qualifier, base, ifExists } = splitOperator(operator);
  return { operator, base, qualifier, ifExists, key, keyLower: key.toLowerCase(), values, path: 'x' };
}

function reader(ctx: Record<string, ContextValue>) {
  const m = new Map(Object.entries(ctx).map(([k, v]) => [k.toLowerCase(), v]));
  return (k: string) => m.get(k);
}

describe('condition operators (data-driven)', () => {
  for (const [name, op, key, values, ctx, expected] of data.cases as Row[]) {
    it(name, () => {
      expect(evaluateCondition(cond(op, key, values), reader(ctx), true).result).toBe(expected);
    });
  }
});

describe('condition outcomes carry codes', () => {
  it('reports a missing key', () => {
    const o = evaluateCondition(cond('StringEquals', 'aws:username', ['a']), reader({}), true);
    expect(o).toMatchObject({ result: false, missing: true, code: 'condition.key-missing' });
  });
  it('substitutes variables in string values only with variables enabled', () => {
    const c = cond('StringEquals', 's3:prefix', ['home/${aws:username}']);
    const r = reader({ 's3:prefix': 'home/alice', 'aws:username': 'alice' });
    expect(evaluateCondition(c, r, true).result).toBe(true);
    expect(evaluateCondition(c, r, false).result).toBe(false);
    expect(evaluateCondition(c, reader({ 's3:prefix': 'home/${aws:username}' }), false).result).toBe(true);
  });
  it('an unresolved variable makes the value match nothing', () => {
    const c = cond('StringEquals', 's3:prefix', ['home/${aws:PrincipalTag/team}']);
    const o = evaluateCondition(c, reader({ 's3:prefix': 'home/' }), true);
    expect(o.result).toBe(false);
    expect(o.code).toBe('condition.variable-unresolved');
  });
  it('a variable default is used when the key is missing', () => {
    const c = cond('StringEquals', 's3:prefix', ["home/${aws:PrincipalTag/team, 'none'}"]);
    expect(evaluateCondition(c, reader({ 's3:prefix': 'home/none' }), true).result).toBe(true);
  });
  it('numeric operators do not substitute variables', () => {
    const c = cond('NumericEquals', 'x:n', ['${x:m}']);
    expect(evaluateCondition(c, reader({ 'x:n': 1, 'x:m': 1 }), true).result).toBe(false);
  });
});
