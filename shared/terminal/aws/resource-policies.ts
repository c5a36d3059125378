/**
 * Resource-based policies from the command line: `s3api put-bucket-policy | get-bucket-policy | delete-bucket-policy`,
 * `kms put-key-policy | get-key-policy` and `sqs set-queue-attributes --attributes Policy=…` / `get-queue-attributes`,
 * with the S3, KMS and SQS APIs' names and error codes (NoSuchBucket, NoSuchBucketPolicy, NotFoundException,
 * AWS.SimpleQueueService.NonExistentQueue). Each change is a world
 * command (`put-resource-policy`, `delete-resource-policy`), so it is one undo step in the app.
 */
import { own } from '../../world/own';
import { policyText } from '../../world/policy-check';
import type { Resource } from '../../world/types';
import { ServiceError, type AwsContext } from './context';
import { serviceOp, type AwsOperation } from './operation';

/** The bucket by name (any account holds S3 names globally), or NoSuchBucket. */
function bucketOf(ctx: AwsContext, name: string): { arn: string; account: string; bucket: Resource } {
  const arn = `arn:aws:s3:::${name}`;
  for (const a of Object.values(ctx.world.accounts)) {
    const r = own(a.resources, arn);
    if (r?.kind === 's3-bucket') return { arn, account: a.id, bucket: r };
  }
  throw new ServiceError('NoSuchBucket', 'The specified bucket does not exist');
}

/** `https://sqs.REGION.amazonaws.com/ACCOUNT/NAME` → the queue, or NonExistentQueue. */
function queueOf(ctx: AwsContext, url: string): { arn: string; account: string; queue: Resource } {
  const m = /^https:\/\/sqs\.([a-z0-9-]+)\.amazonaws\.com\/(\d{12})\/([\w-]{1,80})$/.exec(url);
  const arn = m ? `arn:aws:sqs:${m[1]}:${m[2]}:${m[3]}` : '';
  const a = m ? own(ctx.world.accounts, m[2]) : undefined;
  const q = own(a?.resources, arn);
  if (!a || q?.kind !== 'sqs-queue')
    throw new ServiceError('AWS.SimpleQueueService.NonExistentQueue', 'The specified queue does not exist.');
  return { arn, account: a.id, queue: q };
}

/** `--attributes Policy=…` (shorthand, the rest of the word after `Policy=`) or JSON `{"Policy": "…"}`. */
async function policyAttribute(ctx: AwsContext): Promise<string> {
  const raw = (await ctx.text(ctx.need('attributes'))).trim();
  if (raw.startsWith('{')) {
    let v: unknown;
    try {
      v = JSON.parse(raw);
    } catch {
      throw new ServiceError('InvalidAttributeValue', 'The attributes are not valid JSON.');
    }
    const p = (v as Record<string, unknown>).Policy;
    if (typeof p !== 'string')
      throw new ServiceError('InvalidAttributeName', 'The lab sets only the Policy attribute.');
    return p;
  }
  if (!raw.startsWith('Policy='))
    throw new ServiceError('InvalidAttributeName', 'The lab sets only the Policy attribute.');
  return raw.slice('Policy='.length);
}

/** A KMS key by ARN, or by id in the operation's account; NotFoundException otherwise. */
function keyOf(ctx: AwsContext, keyId: string): { arn: string; account: string; key: Resource } {
  for (const a of Object.values(ctx.world.accounts)) {
    for (const r of Object.values(a.resources)) {
      if (r.kind === 'kms-key' && (r.arn === keyId || (a.id === ctx.account && r.arn.endsWith(`:key/${keyId}`))))
        return { arn: r.arn, account: a.id, key: r };
    }
  }
  throw new ServiceError('NotFoundException', `Key '${keyId}' does not exist`);
}

export const RESOURCE_POLICY_OPERATIONS: AwsOperation[] = [
  serviceOp(
    'kms',
    'put-key-policy',
    'PutKeyPolicy',
    ['key-id', 'policy'],
    ['policy-name', 'bypass-policy-lockout-safety-check'],
    async (ctx) => {
      const k = keyOf(ctx, ctx.need('key-id'));
      if ((ctx.str('policy-name') ?? 'default') !== 'default')
        throw new ServiceError('InvalidArnException', 'The only valid key policy name is default.');
      ctx.apply({
        type: 'put-resource-policy',
        account: k.account,
        arn: k.arn,
        policy: await ctx.policyDocument('policy'),
      });
    },
  ),
  serviceOp('kms', 'get-key-policy', 'GetKeyPolicy', ['key-id'], ['policy-name'], (ctx) => {
    const k = keyOf(ctx, ctx.need('key-id'));
    return { Policy: policyText(k.key.policy ?? ''), PolicyName: 'default' };
  }),
  serviceOp('s3api', 'put-bucket-policy', 'PutBucketPolicy', ['bucket', 'policy'], [], async (ctx) => {
    const b = bucketOf(ctx, ctx.need('bucket'));
    ctx.apply({
      type: 'put-resource-policy',
      account: b.account,
      arn: b.arn,
      policy: await ctx.policyDocument('policy'),
    });
  }),
  serviceOp('s3api', 'get-bucket-policy', 'GetBucketPolicy', ['bucket'], [], (ctx) => {
    const b = bucketOf(ctx, ctx.need('bucket'));
    if (b.bucket.policy === undefined) throw new ServiceError('NoSuchBucketPolicy', 'The bucket policy does not exist');
    return { Policy: policyText(b.bucket.policy) };
  }),
  serviceOp('s3api', 'delete-bucket-policy', 'DeleteBucketPolicy', ['bucket'], [], (ctx) => {
    const b = bucketOf(ctx, ctx.need('bucket'));
    if (b.bucket.policy !== undefined) ctx.apply({ type: 'delete-resource-policy', account: b.account, arn: b.arn });
  }),
  serviceOp('sqs', 'set-queue-attributes', 'SetQueueAttributes', ['queue-url', 'attributes'], [], async (ctx) => {
    const q = queueOf(ctx, ctx.need('queue-url'));
    ctx.apply({ type: 'put-resource-policy', account: q.account, arn: q.arn, policy: await policyAttribute(ctx) });
  }),
  serviceOp('sqs', 'get-queue-attributes', 'GetQueueAttributes', ['queue-url'], ['attribute-names'], (ctx) => {
    const q = queueOf(ctx, ctx.need('queue-url'));
    return {
      Attributes: {
        QueueArn: q.arn,
        ...(q.queue.policy !== undefined ? { Policy: policyText(q.queue.policy) } : {}),
      },
    };
  }),
];
