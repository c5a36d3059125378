/**
 * Fuzzing the JSON parser and the policy validator with fast-check (fixed seeds, so failures replay):
 *  - structured policy-like documents with random elements and values, through every policy kind;
 *  - random text mutations of valid policies (delete, insert, replace, truncate, duplicate).
 * Properties: nothing throws; every finding has a known code, a path and a position inside the text; the parser
 * accepts exactly what JSON.parse accepts and yields the same value.
 * Volume: 60,000 structured + 50,000 mutated = 110,000 documents.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { validatePolicy, FINDING_CODES, POLICY_KINDS, type Finding } from '../../shared/iam/validate/index';
import { parseJsonWithPositions } from '../../shared/iam/json/index';
import type { Catalog } from '../../shared/iam/catalog';
import { loadCatalogFor } from '../../cli/catalog-node';

let catalog: Catalog;
beforeAll(async () => {
  catalog = await loadCatalogFor(['s3', 'iam', 'sts', 'ec2']);
});

function assertFindings(findings: Finding[], text: string): void {
  const lines = text.split('\n').length;
  for (const f of findings) {
    if (!Object.prototype.hasOwnProperty.call(FINDING_CODES, f.code)) throw new Error(`unknown code ${f.code}`);
    if (typeof f.path !== 'string') throw new Error(`no path: ${JSON.stringify(f)}`);
    if (!(f.line >= 1 && f.line <= lines && f.column >= 1))
      throw new Error(`bad position: ${JSON.stringify(f)} (${lines} lines)`);
    if (f.severity !== FINDING_CODES[f.code as keyof typeof FINDING_CODES])
      throw new Error(`severity mismatch ${f.code}`);
  }
}

const str = (xs: string[]) => fc.constantFrom(...xs);
const scalar = fc.oneof(fc.string({ maxLength: 6 }), fc.integer(), fc.boolean(), fc.constant(null));
const actions = str([
  's3:GetObject',
  's3:Get*',
  'iam:PassRole',
  'sts:AssumeRole',
  'sts:AssumeRoleWithWebIdentity',
  '*',
  's3GetObject',
  '',
  's*:Get',
  'ec2:Run?nstances',
  'S3:getobject',
  'nope:Thing',
]);
const resources = str([
  '*',
  'arn:aws:s3:::b/*',
  'arn:aws:s3:::b/${aws:username}',
  'bucket',
  'arn:aws:iam::111122223333:role/r',
  'arn:aws:dynamodb:us-east-1:111122223333:table/t',
  'arn:x',
]);
const principalValues = str([
  '*',
  '111122223333',
  'arn:aws:iam::111122223333:root',
  'arn:aws:iam::111122223333:user/*',
  'ec2.amazonaws.com',
  'arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com',
  'x',
]);
const oneOrMany = <T>(a: fc.Arbitrary<T>) => fc.oneof(a, fc.array(a, { maxLength: 3 }));
const principal = fc.oneof(
  fc.constant('*' as unknown),
  fc.dictionary(str(['AWS', 'Service', 'Federated', 'CanonicalUser', 'Aws']), oneOrMany(principalValues), {
    maxKeys: 2,
  }),
  scalar,
);
const operators = str([
  'StringEquals',
  'StringLike',
  'ForAnyValue:StringEquals',
  'ForAllValues:StringLike',
  'NumericLessThan',
  'DateGreaterThan',
  'Bool',
  'IpAddress',
  'ArnLike',
  'Null',
  'NullIfExists',
  'BinaryEquals',
  'StringEqualz',
  'StringEqualsIfExists',
]);
const keys = str([
  'aws:username',
  'aws:SourceIp',
  'aws:CurrentTime',
  'aws:TagKeys',
  'aws:PrincipalTag/team',
  's3:prefix',
  'aws:nope',
  'username',
  'token.actions.githubusercontent.com:sub',
  'sts:ExternalId',
]);
const condValues = oneOrMany(
  fc.oneof(
    str([
      '10.0.0.0/8',
      '2001:db8::/32',
      '2025-01-01T00:00:00Z',
      'true',
      '3600',
      'arn:aws:iam::*:role/x',
      'abc=',
      '${aws:username}',
      'x',
    ]),
    scalar,
  ),
);
const condition = fc.oneof(
  fc.dictionary(operators, fc.oneof(fc.dictionary(keys, condValues, { maxKeys: 2 }), scalar), { maxKeys: 3 }),
  scalar,
);
const statement = fc.oneof(
  {
    weight: 9,
    arbitrary: fc.record(
      {
        Sid: fc.oneof(str(['A', 'B', 'has space']), scalar),
        Effect: fc.oneof(str(['Allow', 'Deny', 'allow']), scalar),
        Action: oneOrMany(actions),
        NotAction: oneOrMany(actions),
        Resource: oneOrMany(resources),
        NotResource: oneOrMany(resources),
        Principal: principal,
        NotPrincipal: principal,
        Condition: condition,
        Extra: scalar,
      },
      { requiredKeys: [] },
    ),
  },
  { weight: 1, arbitrary: scalar },
);
const policy = fc.record(
  {
    Version: fc.oneof(str(['2012-10-17', '2008-10-17', '2012-10-18']), scalar),
    Id: fc.oneof(fc.string({ maxLength: 4 }), scalar),
    Statement: fc.oneof(statement, fc.array(statement, { maxLength: 4 })),
    Junk: scalar,
  },
  { requiredKeys: [] },
);
const kind = fc.constantFrom(...POLICY_KINDS);

describe('validator fuzz', () => {
  it('structured policy-like documents: findings, never an exception', () => {
    fc.assert(
      fc.property(policy, kind, fc.constantFrom(0, 1, 2), fc.boolean(), (doc, k, indent, withCatalog) => {
        const text = JSON.stringify(doc, null, indent);
        const findings = validatePolicy(text, k, withCatalog ? catalog : undefined);
        assertFindings(findings, text);
      }),
      { numRuns: 60_000, seed: 20250601 },
    );
  });

  const seeds = [
    JSON.stringify(
      {
        Version: '2012-10-17',
        Statement: [
          {
            Sid: 'A',
            Effect: 'Allow',
            Action: ['s3:GetObject', 'iam:PassRole'],
            Resource: 'arn:aws:s3:::b/${aws:username}/*',
            Condition: { IpAddress: { 'aws:SourceIp': '10.0.0.0/8' } },
          },
        ],
      },
      null,
      2,
    ),
    JSON.stringify({
      Version: '2012-10-17',
      Statement: {
        Effect: 'Allow',
        Principal: { Federated: 'arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com' },
        Action: 'sts:AssumeRoleWithWebIdentity',
        Condition: { StringEquals: { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com' } },
      },
    }),
    '{"Statement":[{"Effect":"Deny","Principal":"*","Action":"s3:*","Resource":["arn:aws:s3:::b","arn:aws:s3:::b/*"],"Condition":{"Bool":{"aws:SecureTransport":"false"}}}]}',
  ];
  const mutation = fc.record({
    op: fc.constantFrom('delete', 'insert', 'replace', 'truncate', 'duplicate'),
    at: fc.nat(),
    len: fc.integer({ min: 1, max: 8 }),
    ch: fc.constantFrom(
      '{',
      '}',
      '[',
      ']',
      '"',
      ',',
      ':',
      '\\',
      ' ',
      '\n',
      '0',
      '-',
      'e',
      '.',
      't',
      'n',
      '\u0001',
      '\u00e9',
      '\u2603',
      'x',
    ),
  });
  function mutate(text: string, ms: Array<{ op: string; at: number; len: number; ch: string }>): string {
    let t = text;
    for (const m of ms) {
      const i = t.length === 0 ? 0 : m.at % (t.length + 1);
      if (m.op === 'delete') t = t.slice(0, i) + t.slice(i + m.len);
      else if (m.op === 'insert') t = t.slice(0, i) + m.ch + t.slice(i);
      else if (m.op === 'replace') t = t.slice(0, i) + m.ch + t.slice(i + 1);
      else if (m.op === 'truncate') t = t.slice(0, i);
      else t = t.slice(0, i) + t.slice(i, i + m.len) + t.slice(i);
    }
    return t;
  }

  it('mutated policy texts: the parser agrees with JSON.parse and the validator never throws', () => {
    let rejected = 0;
    fc.assert(
      fc.property(
        fc.constantFrom(...seeds),
        fc.array(mutation, { minLength: 1, maxLength: 3 }),
        kind,
        (seed, ms, k) => {
          const text = mutate(seed, ms);
          let expected: unknown;
          let valid = true;
          try {
            expected = JSON.parse(text);
          } catch {
            valid = false;
          }
          const parsed = parseJsonWithPositions(text);
          if (parsed.ok !== valid)
            throw new Error(
              `parser ${parsed.ok ? 'accepted' : 'rejected'} what JSON.parse ${valid ? 'accepts' : 'rejects'}: ${JSON.stringify(text)}`,
            );
          if (parsed.ok) expect(parsed.doc.value).toEqual(expected);
          else {
            rejected++;
            if (parsed.error.line < 1 || parsed.error.column < 1 || parsed.error.offset > text.length)
              throw new Error(`bad error position ${JSON.stringify(parsed.error)}`);
          }
          assertFindings(validatePolicy(text, k, catalog), text);
        },
      ),
      { numRuns: 50_000, seed: 424242 },
    );
    expect(rejected).toBeGreaterThan(10_000); // the mutations really do break JSON most of the time
  });
});
