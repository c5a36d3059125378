/**
 * Property tests over generated requests and policies (fast-check, fixed seed): the laws AWS's decision flow must
 * obey whatever the policies say.
 * - adding an explicit Deny that matches the request never yields `allowed`;
 * - removing every Allow yields no `allowed` (and `implicitDeny` unless a Deny applies);
 * - adding a permissions boundary, SCPs, RCPs or a session policy never turns a denied request into an allowed one;
 * - evaluate never throws on valid input, and is deterministic (same input → deep-equal result).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../shared/iam/index';
import type {
  EvaluationRequest,
  JsonValue,
  OrgLevelPolicies,
  PolicyInput,
  PrincipalSpec,
} from '../../shared/iam/request';

const A = '111122223333';
const B = '444455556666';
const SEED = 20250601;
const RUNS = 250;
const params = { seed: SEED, numRuns: RUNS };

type Stmt = { [k: string]: JsonValue };

const ACTIONS = ['s3:GetObject', 's3:PutObject', 's3:ListBucket', 'sqs:SendMessage', 'dynamodb:GetItem'] as const;
const RESOURCES: Record<(typeof ACTIONS)[number], string> = {
  's3:GetObject': 'arn:aws:s3:::docs-bucket/report.txt',
  's3:PutObject': 'arn:aws:s3:::docs-bucket/report.txt',
  's3:ListBucket': 'arn:aws:s3:::docs-bucket',
  'sqs:SendMessage': `arn:aws:sqs:us-east-1:${A}:orders`,
  'dynamodb:GetItem': `arn:aws:dynamodb:us-east-1:${A}:table/Orders`,
};
const actionPattern = fc.constantFrom(
  '*',
  's3:*',
  's3:Get*',
  's3:GetObject',
  's3:PutObject',
  's3:?etObject',
  'sqs:*',
  'dynamodb:GetItem',
  's3:List*',
  'S3:GETOBJECT',
);
const resourcePattern = fc.constantFrom(
  '*',
  'arn:aws:s3:::docs-bucket/*',
  'arn:aws:s3:::docs-bucket*',
  'arn:aws:s3:::other/*',
  `arn:aws:sqs:us-east-1:${A}:*`,
  'arn:aws:dynamodb:*',
  'arn:aws:s3:::docs-bucket/report.tx?',
);
const condition = fc.option(
  fc.constantFrom<Stmt>(
    { Bool: { 'aws:SecureTransport': 'true' } },
    { StringEquals: { 'aws:RequestedRegion': 'us-east-1' } },
    { StringNotEquals: { 'aws:RequestedRegion': 'eu-west-1' } },
    { IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } },
    { NotIpAddress: { 'aws:SourceIp': '203.0.113.0/24' } },
    { StringEqualsIfExists: { 'aws:PrincipalTag/team': 'blue' } },
    { 'ForAllValues:StringEquals': { 'aws:TagKeys': ['team'] } },
    { 'ForAnyValue:StringLike': { 'aws:TagKeys': ['t*'] } },
    { Null: { 'aws:SourceIp': 'true' } },
    { DateGreaterThan: { 'aws:CurrentTime': '2025-01-01T00:00:00Z' } },
    { ArnLike: { 'aws:PrincipalArn': `arn:aws:iam::${A}:*` } },
  ),
  { nil: undefined },
);
const statement = (effects: Array<'Allow' | 'Deny'> = ['Allow', 'Allow', 'Deny']) =>
  fc
    .record({
      effect: fc.constantFrom(...effects),
      action: actionPattern,
      resource: resourcePattern,
      cond: condition,
      notAction: fc.boolean(),
    })
    .map(({ effect, action, resource, cond, notAction }) => {
      const s: Stmt = {
        Effect: effect,
        [notAction && effect === 'Deny' ? 'NotAction' : 'Action']: action,
        Resource: resource,
      };
      if (cond) s.Condition = cond;
      return s;
    });
const policy = (id: string, effects?: Array<'Allow' | 'Deny'>) =>
  fc
    .array(statement(effects), { minLength: 1, maxLength: 3 })
    .map((st): PolicyInput => ({ id, document: { Version: '2012-10-17', Statement: st } }));
const resourceStatement = fc
  .record({
    s: statement(),
    principal: fc.constantFrom<JsonValue>(
      '*',
      { AWS: `arn:aws:iam::${A}:user/alice` },
      { AWS: `arn:aws:iam::${A}:role/app` },
      { AWS: `arn:aws:iam::${A}:root` },
      { AWS: `arn:aws:iam::${B}:root` },
      { AWS: `arn:aws:sts::${A}:assumed-role/app/s1` },
    ),
  })
  .map(({ s, principal }) => ({ ...s, Principal: principal }));
const principal = fc.constantFrom<PrincipalSpec>(
  { kind: 'user', account: A, arn: `arn:aws:iam::${A}:user/alice`, tags: { team: 'blue' } },
  {
    kind: 'role-session',
    account: A,
    roleArn: `arn:aws:iam::${A}:role/app`,
    sessionName: 's1',
    roleTags: { team: 'red' },
  },
  { kind: 'user', account: B, arn: `arn:aws:iam::${B}:user/bob` },
  {
    kind: 'role-session',
    account: B,
    roleArn: `arn:aws:iam::${B}:role/partner`,
    sessionName: 'p1',
    mfa: { present: true, ageSeconds: 30 },
  },
);
const context = fc.record(
  {
    'aws:SecureTransport': fc.boolean(),
    'aws:RequestedRegion': fc.constantFrom('us-east-1', 'eu-west-1'),
    'aws:SourceIp': fc.constantFrom('203.0.113.7', '198.51.100.1', '2001:db8::1'),
    'aws:TagKeys': fc.subarray(['team', 'cost', 'secret']),
  },
  { requiredKeys: [] },
);

/** A generated request: identity policies, maybe a resource policy, maybe a boundary. */
const request: fc.Arbitrary<EvaluationRequest> = fc
  .record({
    principal,
    action: fc.constantFrom(...ACTIONS),
    identity: fc.array(policy('id'), { maxLength: 3 }),
    resource: fc.option(fc.array(resourceStatement, { minLength: 1, maxLength: 3 }), { nil: undefined }),
    boundary: fc.option(policy('boundary'), { nil: undefined }),
    context,
  })
  .map((g) => {
    const r: EvaluationRequest = {
      principal: g.principal,
      action: g.action,
      resource: { arn: RESOURCES[g.action], account: A },
      context: g.context,
      now: '2025-06-01T12:00:00Z',
      policies: { identity: g.identity.map((p, i) => ({ ...p, id: `identity-${i}` })) },
    };
    if (g.resource)
      r.policies.resource = { id: 'resource', document: { Version: '2012-10-17', Statement: g.resource } };
    if (g.boundary) r.policies.boundary = g.boundary;
    return r;
  });

const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;
const statementsOf = (p: PolicyInput): Stmt[] => {
  const st = (p.document as { Statement: Stmt | Stmt[] }).Statement;
  return Array.isArray(st) ? st : [st];
};
const withStatements = (p: PolicyInput, st: Stmt[]): PolicyInput => ({
  ...p,
  document: { ...(p.document as object), Statement: st } as JsonValue,
});
const levels = (policies: PolicyInput[], acct = A): OrgLevelPolicies[] => [
  { level: 'root', id: 'r-ab12', policies },
  {
    level: 'account',
    id: acct,
    policies: [
      { id: 'full', document: { Version: '2012-10-17', Statement: { Effect: 'Allow', Action: '*', Resource: '*' } } },
    ],
  },
];

describe('engine properties', () => {
  it('the generator reaches all three decisions (so the laws are not vacuous)', () => {
    const seen = new Set(fc.sample(request, { seed: SEED, numRuns: 400 }).map((r) => evaluate(r).decision));
    expect([...seen].sort()).toEqual(['allowed', 'explicitDeny', 'implicitDeny']);
  });

  it('never throws on valid input and is deterministic', () => {
    fc.assert(
      fc.property(request, (r) => {
        const a = evaluate(clone(r));
        const b = evaluate(clone(r));
        expect(a).toEqual(b);
        expect(['allowed', 'explicitDeny', 'implicitDeny']).toContain(a.decision);
      }),
      params,
    );
  });

  it('adding a matching explicit Deny never yields allowed', () => {
    fc.assert(
      fc.property(request, fc.constantFrom('identity', 'resource', 'boundary'), (r, where) => {
        const d: Stmt = { Effect: 'Deny', Action: r.action, Resource: '*' };
        const x = clone(r);
        if (where === 'identity')
          x.policies.identity = [
            ...(x.policies.identity ?? []),
            { id: 'added-deny', document: { Version: '2012-10-17', Statement: [d] } },
          ];
        else if (where === 'resource') {
          const rp = x.policies.resource ? statementsOf(x.policies.resource) : [];
          x.policies.resource = {
            id: 'resource',
            document: { Version: '2012-10-17', Statement: [...rp, { ...d, Principal: '*' }] },
          };
        } else
          x.policies.boundary = x.policies.boundary
            ? withStatements(x.policies.boundary, [...statementsOf(x.policies.boundary), d])
            : {
                id: 'boundary',
                document: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }, d] },
              };
        const res = evaluate(x);
        expect(res.decision).toBe('explicitDeny');
      }),
      params,
    );
  });

  it('removing every Allow yields no allowed (implicitDeny unless a Deny applies)', () => {
    fc.assert(
      fc.property(request, (r) => {
        const x = clone(r);
        const strip = (p: PolicyInput) =>
          withStatements(
            p,
            statementsOf(p).filter((s) => s.Effect !== 'Allow'),
          );
        x.policies.identity = (x.policies.identity ?? []).map(strip);
        if (x.policies.resource) x.policies.resource = strip(x.policies.resource);
        if (x.policies.boundary) x.policies.boundary = strip(x.policies.boundary);
        const res = evaluate(x);
        expect(res.decision).not.toBe('allowed');
        if (evaluate(clone(r)).decision !== 'explicitDeny') expect(res.decision).toBe('implicitDeny');
      }),
      params,
    );
  });

  it('a boundary, SCPs, RCPs or a session policy only ever narrow', () => {
    const guard = fc.record({
      kind: fc.constantFrom('boundary', 'scp', 'rcp', 'session'),
      p: policy('guard', ['Allow', 'Allow', 'Deny']),
    });
    fc.assert(
      fc.property(request, guard, (r, { kind, p }) => {
        const before = evaluate(clone(r)).decision;
        const x = clone(r);
        if (kind === 'boundary')
          x.policies.boundary = x.policies.boundary
            ? withStatements(
                x.policies.boundary,
                [...statementsOf(x.policies.boundary), ...statementsOf(p)]
                  .filter((s) => s.Effect === 'Deny')
                  .concat(statementsOf(x.policies.boundary).filter((s) => s.Effect === 'Allow')),
              )
            : p;
        else if (kind === 'scp') x.policies.scps = levels([p], r.principal.account ?? A);
        else if (kind === 'rcp')
          x.policies.rcps = levels([
            withStatements(
              p,
              statementsOf(p).map((s) => ({ ...s, Principal: '*' })),
            ),
          ]);
        else if (r.principal.kind === 'role-session') x.policies.session = [p];
        const after = evaluate(x).decision;
        if (before !== 'allowed') expect(after).not.toBe('allowed');
        if (before === 'explicitDeny') expect(after).toBe('explicitDeny');
      }),
      params,
    );
  });
});
