import { describe, expect, it } from 'vitest';
import type { PolicyInput } from '../../../shared/iam/request';
import { allowedOnly, whatCan, whoCan, type Candidate } from '../../../shared/iam/reverse/reverse';

const A = '111111111111';
const pol = (id: string, ...Statement: object[]): PolicyInput => ({
  id,
  document: { Version: '2012-10-17', Statement } as unknown as PolicyInput['document'],
});
const readers = pol('readers', { Effect: 'Allow', Action: ['s3:Get*', 's3:List*'], Resource: '*' });
const writers = pol('writers', { Effect: 'Allow', Action: 's3:*', Resource: 'arn:aws:s3:::data/*' });
const denyDelete = pol('deny-delete', { Effect: 'Deny', Action: 's3:DeleteObject', Resource: '*' });

function world(n: number): Candidate[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `arn:aws:iam::${A}:user/u${i}`,
    principal: { kind: 'user' as const, account: A, arn: `arn:aws:iam::${A}:user/u${i}` },
    policies: { identity: i % 3 === 0 ? [readers] : i % 3 === 1 ? [writers, denyDelete] : [] },
  }));
}

describe('reverse queries', () => {
  const side = { resource: { arn: 'arn:aws:s3:::data/report.csv', account: A } };
  it('who can read / delete', () => {
    const w = world(9);
    expect(allowedOnly(whoCan(w, 's3:GetObject', side)).map((r) => r.id)).toEqual(
      [0, 1, 3, 4, 6, 7].map((i) => `arn:aws:iam::${A}:user/u${i}`),
    );
    expect(allowedOnly(whoCan(w, 's3:DeleteObject', side))).toHaveLength(0);
    expect(whoCan(w, 's3:DeleteObject', side).filter((r) => r.decision === 'explicitDeny')).toHaveLength(3);
  });
  it('what can a principal do', () => {
    const rows = whatCan(world(2)[1], ['s3:GetObject', 's3:PutObject', 's3:DeleteObject', 'ec2:RunInstances'], side);
    expect(rows.map((r) => r.decision)).toEqual(['allowed', 'allowed', 'explicitDeny', 'implicitDeny']);
  });
  // Target: < 100 ms on an idle machine (measured ~10-20 ms); the bound here is loose because CI shares its cores.
  it('2,000 principals answer quickly (warm)', () => {
    const w = world(2000);
    whoCan(w, 's3:GetObject', side);
    const t0 = performance.now();
    const rows = whoCan(w, 's3:PutObject', side);
    const ms = performance.now() - t0;
    expect(rows).toHaveLength(2000);
    expect(ms).toBeLessThan(Number(process.env.IAM_REVERSE_BUDGET_MS ?? 1000));
  });
});
