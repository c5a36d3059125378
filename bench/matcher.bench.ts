/**
 * Wildcard matcher bench (issue #13): the worst cases that froze the app and the command line when patterns were
 * matched by a backtracking RegExp — several `*` separated by letters against a long value that almost matches.
 * Each runs through the matcher itself (Action, Resource, StringLike, ArnLike) and end to end through `evaluate` and
 * `validatePolicy` (with the catalog, whose action-pattern expansion uses the same matcher).
 *
 * For comparison, the RegExp matcher this replaced took 145 ms for `a*a*a*b` against 500 `a`s, 1.5 s for `a*a*a*a*b`
 * against 400, 18 s for `a*a*a*a*a*b` against 200; `a*a*a*a*a*a*b` against 500 did not finish; the validator took
 * 10.8 s for the action `s3:*******x` (see docs/reliability.md, "Wildcard matching").
 *
 * Run: `npm run bench -- matcher` or `npx tsx bench/matcher.bench.ts`.
 */
import { loadCatalogFor } from '../cli/catalog-node';
import { evaluate } from '../shared/iam/index';
import { actionMatches } from '../shared/iam/match/action';
import { arnLike } from '../shared/iam/match/arn';
import { resourceMatches } from '../shared/iam/match/resource';
import { STRING_OPERATORS } from '../shared/iam/conditions/string';
import type { EvaluationRequest } from '../shared/iam/request';
import { validatePolicy } from '../shared/iam/validate/index';
import { measure } from './measure';

const N = 500;
const STARS = 'a*a*a*a*a*a*b';
const MANY = `${'a*'.repeat(40)}b`;
/** Both ends match, so every piece in between is searched for. */
const ENDS = 'a*a*a*a*a*a*b*a';
/** Pieces with `?` are searched for character by character. */
const QMARKS = '*a?a?a?a?b*';
const long = 'a'.repeat(N);
const like = STRING_OPERATORS.find((o) => o.name === 'StringLike')!;

const expectFalse = (label: string, got: boolean) => {
  if (got) throw new Error(`${label}: expected no match`);
};

console.log(`worst cases: pattern "${STARS}" (and 40 stars) against ${N} characters that almost match\n`);

// ---- the matcher, per element --------------------------------------------------------------------------------------
expectFalse('action', actionMatches(`s3:${STARS}`, `s3:${long}`));
measure(`Action  s3:${STARS} vs s3:a×${N}`, () => actionMatches(`s3:${STARS}`, `s3:${long}`));
measure(`Action  s3:(a*)×40b vs s3:a×${N}`, () => actionMatches(`s3:${MANY}`, `s3:${long}`));
expectFalse('resource', resourceMatches(`arn:aws:s3:::${STARS}`, `arn:aws:s3:::${long}`));
measure(`Resource arn:aws:s3:::${STARS} vs a×${N}`, () =>
  resourceMatches(`arn:aws:s3:::${STARS}`, `arn:aws:s3:::${long}`),
);
measure(`Resource *aaaaaaaab* vs a×${N}`, () => resourceMatches('*aaaaaaaab*', long));
measure(`Resource ${ENDS} vs a×${N}`, () => resourceMatches(ENDS, long));
measure(`Resource ${QMARKS} vs a×${N}`, () => resourceMatches(QMARKS, long));
measure(`StringLike ${STARS} vs a×${N}`, () => like.test(STARS, long));
measure(`ArnLike  …:${STARS} vs …:a×${N}`, () => arnLike(`arn:aws:s3:::${STARS}`, `arn:aws:s3:::${long}`));

// ---- end to end: evaluate ------------------------------------------------------------------------------------------
const request = (statement: Record<string, unknown>, extra: Partial<EvaluationRequest> = {}): EvaluationRequest => ({
  principal: {
    kind: 'user',
    account: '111122223333',
    arn: 'arn:aws:iam::111122223333:user/alice',
    userId: 'AIDAALICEEXAMPLE',
  },
  action: 's3:GetObject',
  resource: { arn: `arn:aws:s3:::${long}`, account: '111122223333' },
  now: '2025-06-01T12:00:00Z',
  policies: {
    identity: [
      {
        id: 'user/alice#inline/Main',
        document: { Version: '2012-10-17', Statement: { Effect: 'Allow', ...statement } } as never,
      },
    ],
  },
  ...extra,
});

const cases: Array<[string, EvaluationRequest, 'allowed' | 'implicitDeny']> = [
  [
    'evaluate: Action worst case',
    request({ Action: [`s3:${STARS}`, `s3:${ENDS}`, `s3:${QMARKS}`], Resource: '*' }, { action: `s3:${long}` }),
    'implicitDeny',
  ],
  [
    'evaluate: Resource worst case',
    request({ Action: 's3:GetObject', Resource: [`arn:aws:s3:::${STARS}`, `arn:aws:s3:::${ENDS}`] }),
    'implicitDeny',
  ],
  [
    'evaluate: NotResource worst case',
    request({
      Action: 's3:GetObject',
      NotResource: [`arn:aws:s3:::${MANY}`, `arn:aws:s3:::${STARS}`, `arn:aws:s3:::${ENDS}`],
    }),
    'allowed',
  ],
  [
    'evaluate: StringLike worst case (ForAnyValue)',
    request(
      {
        Action: 's3:GetObject',
        Resource: '*',
        Condition: { 'ForAnyValue:StringLike': { 'aws:RequestTag/team': [STARS, MANY, ENDS, QMARKS] } },
      },
      { context: { 'aws:RequestTag/team': [long, long, long] } },
    ),
    'implicitDeny',
  ],
  [
    'evaluate: ArnLike worst case',
    request(
      {
        Action: 's3:GetObject',
        Resource: '*',
        Condition: { ArnLike: { 'aws:SourceArn': [`arn:aws:s3:::${STARS}`, `arn:aws:s3:::${ENDS}`] } },
      },
      { context: { 'aws:SourceArn': `arn:aws:s3:::${long}` } },
    ),
    'implicitDeny',
  ],
];
for (const [name, req, want] of cases) {
  const d = evaluate(req, { trace: false }).decision;
  if (d !== want) throw new Error(`${name}: expected ${want}, got ${d}`);
  measure(`${name} (trace off)`, () => evaluate(req, { trace: false }), { batch: 50, minMs: 300 });
  measure(`${name} (trace on)`, () => evaluate(req), { batch: 50, minMs: 300 });
}

// ---- end to end: the validator with the catalog --------------------------------------------------------------------
const catalog = await loadCatalogFor(['s3', 'iam', 'sts']);
// A fresh pattern each call (a number before the last `b`), so that no cache answers: the catalog expands each action
// pattern over every s3 / iam action, and the redundancy check compares the statements' patterns.
let n = 0;
const policy = () => {
  const k = `${n++}`;
  return JSON.stringify({
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Action: [
          `s3:a*a*a*a*a*a*${k}b`,
          `s3:${'a*'.repeat(40)}${k}b`,
          `iam:${'*a'.repeat(30)}*${k}`,
          `s3:${'*'.repeat(12)}${k}x`,
        ],
        Resource: `arn:aws:s3:::${long}`,
      },
      { Effect: 'Allow', Action: `s3:${MANY}`, Resource: `arn:aws:s3:::a*a*a*a*a*a*${k}b` },
    ],
  });
};
const first = validatePolicy(policy(), 'identity', catalog).map((f) => f.code);
if (!first.includes('action.unknown')) throw new Error(`validator: expected action.unknown, got ${first.join(', ')}`);
measure(
  'validatePolicy (catalog): wildcard actions, long resource',
  () => validatePolicy(policy(), 'identity', catalog),
  {
    batch: 5,
    minMs: 300,
  },
);
