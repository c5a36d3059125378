/**
 * GetSessionToken credentials in request files: an IAM user or root may carry `issuedAt` / `expiresAt`, and a user
 * without `issuedAt` may state aws:TokenIssueTime in the context (honoured, so no "derived key ignored" warning).
 */
import { describe, expect, it } from 'vitest';
import { evaluate, getSessionToken } from '../../../shared/iam';
import { checkRequest } from '../../../shared/iam/request-check';
import type { JsonValue } from '../../../shared/iam/request';

const user = { kind: 'user', account: '111122223333', arn: 'arn:aws:iam::111122223333:user/alice' };
const base = (principal: object, context?: object): JsonValue =>
  ({
    principal,
    action: 's3:GetObject',
    resource: { arn: 'arn:aws:s3:::b/k', account: '111122223333' },
    ...(context ? { context } : {}),
    policies: {},
  }) as JsonValue;
const codes = (v: JsonValue) => checkRequest(v).map((d) => `${d.severity}:${d.code}`);

describe('request files with GetSessionToken credentials', () => {
  it('accepts issuedAt / expiresAt on users and root, checked as ISO times', () => {
    expect(codes(base({ ...user, issuedAt: '2025-06-01T10:00:00Z', expiresAt: '2025-06-01T22:00:00Z' }))).toEqual([]);
    expect(codes(base({ kind: 'root', account: '111122223333', expiresAt: '2025-06-01T22:00:00Z' }))).toEqual([]);
    expect(codes(base({ ...user, expiresAt: 'tomorrow' }))).toEqual(['error:request.invalid']);
  });

  it('a stated aws:TokenIssueTime is honoured for a user without issuedAt, ignored (warned) otherwise', () => {
    const ctx = { 'aws:TokenIssueTime': '2025-06-01T10:00:00Z' };
    expect(codes(base(user, ctx))).toEqual([]);
    expect(codes(base({ ...user, issuedAt: '2025-06-01T09:00:00Z' }, ctx))).toEqual([
      'warning:request.derived-context-key',
    ]);
  });

  it('getSessionToken gives a session carrying its times, and the engine enforces its expiry', () => {
    const r = getSessionToken({
      caller: user as never,
      mfa: true,
      durationSeconds: 3600,
      now: '2025-06-01T10:00:00Z',
    });
    if (!r.ok) throw new Error('refused');
    expect(r.session).toMatchObject({
      issuedAt: '2025-06-01T10:00:00Z',
      expiresAt: '2025-06-01T11:00:00.000Z',
      mfa: { present: true },
    });
    const request = {
      principal: r.session,
      action: 's3:GetObject',
      resource: { arn: 'arn:aws:s3:::b/k', account: '111122223333' },
      policies: {
        identity: [
          { id: 'p', document: { Version: '2012-10-17', Statement: { Effect: 'Allow', Action: '*', Resource: '*' } } },
        ],
      },
    };
    expect(evaluate({ ...request, now: '2025-06-01T10:30:00Z' }).decision).toBe('allowed');
    expect(evaluate({ ...request, now: '2025-06-01T11:00:00Z' }).reason).toBe('authenticate.expired');
  });
});
