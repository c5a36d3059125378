import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../shared/iam/evaluate/evaluate';
import type { EvaluationRequest, PolicyInput } from '../../../shared/iam/request';
import { whatWouldDeny, whyNot } from '../../../shared/iam/whynot/index';

const A = '111111111111';
const pol = (id: string, ...Statement: object[]): PolicyInput => ({
  id,
  document: { Version: '2012-10-17', Statement } as unknown as PolicyInput['document'],
});
const base = (policies: EvaluationRequest['policies'], extra: Partial<EvaluationRequest> = {}): EvaluationRequest => ({
  principal: { kind: 'user', account: A, arn: `arn:aws:iam::${A}:user/alice` },
  action: 's3:PutObject',
  resource: { arn: 'arn:aws:s3:::b/k', account: A },
  policies,
  ...extra,
});
function applyPatch(req: EvaluationRequest, s: ReturnType<typeof whyNot>[number]): EvaluationRequest {
  const p = s.patch!;
  if (p.op === 'add-statement' && p.policyKind === 'identity')
    return {
      ...req,
      policies: { ...req.policies, identity: [...(req.policies.identity ?? []), pol('added', p.value as object)] },
    };
  if (p.op === 'add-statement' && p.policyKind === 'boundary')
    return {
      ...req,
      policies: {
        ...req.policies,
        boundary: pol(
          'b2',
          p.value as object,
          ...(req.policies.boundary!.document as { Statement: object[] }).Statement,
        ),
      },
    };
  if (p.op === 'add-statement' && p.policyKind === 'trust')
    return { ...req, policies: { ...req.policies, trust: pol('t2', p.value as object) } };
  throw new Error('patch not handled in test');
}

describe('whyNot', () => {
  it('no allow: suggests an identity statement, and the patch works', () => {
    const req = base({ identity: [pol('p', { Effect: 'Allow', Action: 's3:GetObject', Resource: '*' })] });
    const r = evaluate(req);
    const s = whyNot(req, r);
    expect(s[0].code).toBe('whynot.add-identity-allow');
    expect(s.some((x) => x.code === 'whynot.edit-statement-action' && x.ref?.policyId === 'p')).toBe(true);
    expect(evaluate(applyPatch(req, s[0])).decision).toBe('allowed');
  });
  it('failed condition: reports the key and a satisfying value', () => {
    const req = base(
      {
        identity: [
          pol('p', {
            Effect: 'Allow',
            Action: 's3:*',
            Resource: '*',
            Condition: { StringEquals: { 'aws:RequestedRegion': 'eu-west-1' } },
          }),
        ],
      },
      { context: { 'aws:RequestedRegion': 'us-east-1' } },
    );
    const s = whyNot(req, evaluate(req));
    const c = s.find((x) => x.code === 'whynot.condition-failed');
    expect(c?.data).toMatchObject({
      key: 'aws:RequestedRegion',
      requestValue: 'us-east-1',
      satisfyingValue: 'eu-west-1',
    });
    const fixed = evaluate({ ...req, context: { 'aws:RequestedRegion': String(c?.data.satisfyingValue) } });
    expect(fixed.decision).toBe('allowed');
  });
  it('missing key is reported as such', () => {
    const req = base({
      identity: [
        pol('p', {
          Effect: 'Allow',
          Action: 's3:*',
          Resource: '*',
          Condition: { Bool: { 'aws:SecureTransport': 'true' } },
        }),
      ],
    });
    expect(whyNot(req, evaluate(req)).some((x) => x.code === 'whynot.condition-key-missing')).toBe(true);
  });
  it('boundary blocks', () => {
    const req = base({
      identity: [pol('p', { Effect: 'Allow', Action: '*', Resource: '*' })],
      boundary: pol('b', { Effect: 'Allow', Action: 'ec2:*', Resource: '*' }),
    });
    const s = whyNot(req, evaluate(req));
    expect(s[0].code).toBe('whynot.boundary-blocks');
    expect(evaluate(applyPatch(req, s[0])).decision).toBe('allowed');
  });
  it('explicit deny: remove it, and the condition that made it apply', () => {
    const req = base(
      {
        identity: [
          pol(
            'p',
            { Effect: 'Allow', Action: '*', Resource: '*' },
            {
              Sid: 'NoHttp',
              Effect: 'Deny',
              Action: '*',
              Resource: '*',
              Condition: { Bool: { 'aws:SecureTransport': 'false' } },
            },
          ),
        ],
      },
      { context: { 'aws:SecureTransport': false } },
    );
    const s = whyNot(req, evaluate(req));
    expect(s.map((x) => x.code)).toEqual(['whynot.remove-deny', 'whynot.deny-condition-matched']);
    expect(s[0].ref?.sid).toBe('NoHttp');
    expect(s[1].data.key).toBe('aws:SecureTransport');
  });
  it('trust policy must name the caller', () => {
    const req = base(
      { trust: pol('t', { Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }) },
      { action: 'sts:AssumeRole', resource: { arn: `arn:aws:iam::${A}:role/r` } },
    );
    const s = whyNot(req, evaluate(req));
    expect(s[0].code).toBe('whynot.trust-add-principal');
    expect(evaluate(applyPatch(req, s[0])).decision).toBe('allowed');
  });
  it('allowed: what would deny it', () => {
    const req = base({ identity: [pol('p', { Effect: 'Allow', Action: '*', Resource: '*' })] });
    const r = evaluate(req);
    expect(whyNot(req, r)).toEqual([]);
    const w = whatWouldDeny(req, r);
    expect(w[0].code).toBe('whatwould.add-deny');
    expect(w.some((x) => x.code === 'whatwould.remove-allow' && x.ref?.policyId === 'p')).toBe(true);
    const denied = {
      ...req,
      policies: { identity: [...req.policies.identity!, pol('d', w[0].patch!.value as object)] },
    };
    expect(evaluate(denied).decision).toBe('explicitDeny');
  });
});
