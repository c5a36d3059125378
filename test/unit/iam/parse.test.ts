import { describe, expect, it } from 'vitest';
import { parsePolicy, splitOperator } from '../../../shared/iam/policy/parse';

describe('parsePolicy (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_grammar.html)', () => {
  it('normalizes a single statement object and string values', () => {
    const r = parsePolicy(
      '{"Version":"2012-10-17","Statement":{"Sid":"A","Effect":"Allow","Action":"s3:GetObject","Resource":"*"}}',
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.policy.variablesEnabled).toBe(true);
    expect(r.policy.statements[0]).toMatchObject({
      index: 0,
      path: 'Statement',
      sid: 'A',
      effect: 'Allow',
      actions: ['s3:GetObject'],
      resources: ['*'],
    });
  });
  it('keeps array paths', () => {
    const r = parsePolicy({
      Statement: [
        { Effect: 'Deny', NotAction: ['iam:*'], NotResource: 'arn:aws:s3:::x' },
        { Effect: 'Allow', Action: '*', Resource: '*' },
      ],
    });
    expect(r.ok && r.policy.statements.map((s) => s.path)).toEqual(['Statement[0]', 'Statement[1]']);
    expect(r.ok && r.policy.variablesEnabled).toBe(false);
  });
  it('2008-10-17 keeps variables literal', () => {
    const r = parsePolicy({
      Version: '2008-10-17',
      Statement: [{ Effect: 'Allow', Action: '*', Resource: 'arn:aws:s3:::b/${aws:username}' }],
    });
    expect(r.ok && r.policy.statements[0].resourceHasVariables).toBe(false);
  });
  it('reads every principal form', () => {
    const r = parsePolicy({
      Statement: [
        { Effect: 'Allow', Principal: '*', Action: '*' },
        {
          Effect: 'Allow',
          Principal: {
            AWS: ['111111111111', 'arn:aws:iam::111111111111:root'],
            Service: 'ec2.amazonaws.com',
            Federated: 'accounts.google.com',
            CanonicalUser: 'abc',
          },
          Action: '*',
        },
        { Effect: 'Deny', NotPrincipal: { AWS: 'arn:aws:iam::111111111111:user/a' }, Action: '*' },
      ],
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.policy.statements[0].principal).toEqual([{ block: '*', value: '*' }]);
    expect(r.policy.statements[1].principal?.map((p) => p.block)).toEqual([
      'AWS',
      'AWS',
      'Service',
      'Federated',
      'CanonicalUser',
    ]);
    expect(r.policy.statements[2].notPrincipal).toHaveLength(1);
  });
  it('reads conditions with paths and stringified values', () => {
    const r = parsePolicy({
      Statement: [
        {
          Effect: 'Allow',
          Action: '*',
          Resource: '*',
          Condition: {
            'ForAnyValue:StringLikeIfExists': { 'aws:TagKeys': ['a*', 'b'] },
            NumericLessThan: { 's3:max-keys': 10 },
            Bool: { 'aws:SecureTransport': true },
          },
        },
      ],
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const c = r.policy.statements[0].conditions;
    expect(c[0]).toMatchObject({
      base: 'StringLike',
      qualifier: 'ForAnyValue',
      ifExists: true,
      keyLower: 'aws:tagkeys',
      values: ['a*', 'b'],
      path: 'Statement[0].Condition.ForAnyValue:StringLikeIfExists.aws:TagKeys',
    });
    expect(c[1].values).toEqual(['10']);
    expect(c[2].values).toEqual(['true']);
  });
  const bad: [string, unknown, string, string][] = [
    ['bad JSON', '{', 'parse.json.invalid', ''],
    ['not an object', [], 'parse.document.not-object', ''],
    ['bad version', { Version: '2020-01-01', Statement: [] }, 'parse.version.invalid', 'Version'],
    ['no statement', { Version: '2012-10-17' }, 'parse.statement.missing', 'Statement'],
    ['bad effect', { Statement: [{ Effect: 'allow', Action: '*' }] }, 'parse.effect.invalid', 'Statement[0].Effect'],
    [
      'Action and NotAction',
      { Statement: [{ Effect: 'Allow', Action: '*', NotAction: '*' }] },
      'parse.action.both',
      'Statement[0].NotAction',
    ],
    ['no action', { Statement: [{ Effect: 'Allow', Resource: '*' }] }, 'parse.action.missing', 'Statement[0].Action'],
    [
      'non-string action',
      { Statement: [{ Effect: 'Allow', Action: ['s3:x', 5] }] },
      'parse.action.invalid',
      'Statement[0].Action[1]',
    ],
    [
      'bad principal block',
      { Statement: [{ Effect: 'Allow', Action: '*', Principal: { Bogus: 'x' } }] },
      'parse.principal.unknown-block',
      'Statement[0].Principal.Bogus',
    ],
    [
      'condition not object',
      { Statement: [{ Effect: 'Allow', Action: '*', Condition: 'x' }] },
      'parse.condition.not-object',
      'Statement[0].Condition',
    ],
    [
      'condition value object',
      { Statement: [{ Effect: 'Allow', Action: '*', Condition: { StringEquals: { k: { a: 1 } } } }] },
      'parse.condition.value-invalid',
      'Statement[0].Condition.StringEquals.k',
    ],
  ];
  for (const [name, doc, code, path] of bad) {
    it(`rejects: ${name}`, () => {
      const r = parsePolicy(doc);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.diagnostics).toContainEqual({ code, path });
    });
  }
  it('splits operators', () => {
    expect(splitOperator('ForAllValues:StringNotEqualsIgnoreCaseIfExists')).toEqual({
      qualifier: 'ForAllValues',
      base: 'StringNotEqualsIgnoreCase',
      ifExists: true,
    });
    expect(splitOperator('Null')).toEqual({ qualifier: undefined, base: 'Null', ifExists: false });
  });
});
