/**
 * S3 object tags in world requests: an object's own tags reach policies as s3:ExistingObjectTag/<key>, never as
 * aws:ResourceTag (on S3 that key is for bucket tags), and a tagging write carries s3:RequestObjectTag/<key>
 * (https://docs.aws.amazon.com/AmazonS3/latest/userguide/tagging-and-policies.html).
 */
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../shared/iam';
import { applyCommands } from '../../../shared/world/commands/apply';
import type { WorldCommand } from '../../../shared/world/commands/types';
import { requestFor, type RequestEnvironment } from '../../../shared/world/request-for';
import { emptyWorld } from '../../../shared/world/account-factory';
import type { World } from '../../../shared/world/types';

const A = '111122223333';
const JOB = `arn:aws:iam::${A}:user/night-job`;
const DRAFT = 'arn:aws:s3:::lab-reports/draft.csv';
const PLAIN = 'arn:aws:s3:::lab-reports/q1.csv';

function world(condition: Record<string, Record<string, string | string[]>>, action = 's3:GetObject'): World {
  const commands: WorldCommand[] = [
    { type: 'create-account', accountId: A, name: 'Learning account' },
    { type: 'create-resource', account: A, kind: 's3-bucket', name: 'lab-reports', tags: { stage: 'draft' } },
    { type: 'create-resource', account: A, kind: 's3-object', name: 'lab-reports/q1.csv' },
    { type: 'create-resource', account: A, kind: 's3-object', name: 'lab-reports/draft.csv', tags: { stage: 'draft' } },
    { type: 'create-user', account: A, userName: 'night-job' },
    {
      type: 'put-inline-policy',
      account: A,
      to: 'user',
      name: 'night-job',
      policyName: 'Drafts',
      policyDocument: {
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Action: action, Resource: 'arn:aws:s3:::lab-reports/*', Condition: condition }],
      },
    },
  ] as WorldCommand[];
  const r = applyCommands(emptyWorld('s3-tags'), commands);
  if (!r.ok) throw new Error(r.error.reason);
  return r.world;
}

function decide(w: World, action: string, resource: string, env: RequestEnvironment = {}) {
  const r = requestFor(w, JOB, action, resource, env);
  if (!r.ok) throw new Error(r.error.reason);
  return { request: r.value, decision: evaluate(r.value).decision };
}

describe('S3 object tags in world requests', () => {
  it('puts an object’s tags in objectTags, not in aws:ResourceTag', () => {
    const { request } = decide(world({}), 's3:GetObject', DRAFT);
    expect(request.resource.objectTags).toEqual({ stage: 'draft' });
    expect(request.resource.tags).toBeUndefined();
  });

  it('s3:ExistingObjectTag matches the tagged object only', () => {
    const w = world({ StringEquals: { 's3:ExistingObjectTag/stage': 'draft' } });
    expect(decide(w, 's3:GetObject', DRAFT).decision).toBe('allowed');
    expect(decide(w, 's3:GetObject', PLAIN).decision).toBe('implicitDeny');
  });

  it('aws:ResourceTag does not see object tags, even when the bucket has the same tag', () => {
    const w = world({ StringEquals: { 'aws:ResourceTag/stage': 'draft' } });
    expect(decide(w, 's3:GetObject', DRAFT).decision).toBe('implicitDeny');
  });

  it('s3:RequestObjectTag comes from the tags a PutObject sets', () => {
    const w = world({ StringEquals: { 's3:RequestObjectTag/stage': 'draft' } }, 's3:PutObject');
    expect(decide(w, 's3:PutObject', PLAIN, { objectTags: { stage: 'draft' } }).decision).toBe('allowed');
    expect(decide(w, 's3:PutObject', PLAIN, { objectTags: { stage: 'final' } }).decision).toBe('implicitDeny');
    expect(decide(w, 's3:PutObject', PLAIN).decision).toBe('implicitDeny');
  });

  it('adds request object tags only to tagging writes', () => {
    const { request } = decide(world({}), 's3:GetObject', DRAFT, { objectTags: { stage: 'draft' } });
    expect(request.context).toBeUndefined();
  });
});
