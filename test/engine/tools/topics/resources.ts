/** Topic: Resource / NotResource ARN matching (case-sensitive, `*` spans `:` and `/`, `?`). */
import { DOC, A, allow, deny, idReq, kase, res, BUCKET, OBJ, TABLE, QUEUE, type CaseTopic, type EngineCase, type Stmt } from '../case-kit';

const cases: EngineCase[] = [];
const INDEX = `${TABLE}/index/ByDate`;

// [name, action, pattern(s), requested resource, expected, note]
const rows: Array<[string, string, string | string[], string, 'allowed' | 'implicitDeny', string]> = [
  ['resource-exact-object', 's3:GetObject', OBJ, OBJ, 'allowed', 'The Resource names exactly the requested object.'],
  ['resource-case-sensitive-bucket', 's3:GetObject', 'arn:aws:s3:::Docs-Bucket/report.txt', OBJ, 'implicitDeny', 'ARNs are matched case-sensitively.'],
  ['resource-case-sensitive-key', 's3:GetObject', 'arn:aws:s3:::docs-bucket/Report.txt', OBJ, 'implicitDeny', 'Object keys are case-sensitive.'],
  ['resource-bucket-slash-star-object', 's3:GetObject', 'arn:aws:s3:::docs-bucket/*', OBJ, 'allowed', 'bucket/* covers objects in the bucket.'],
  ['resource-bucket-slash-star-not-bucket', 's3:ListBucket', 'arn:aws:s3:::docs-bucket/*', BUCKET, 'implicitDeny', 'bucket/* needs a slash, so it does not match the bucket ARN itself.'],
  ['resource-bucket-star-covers-bucket', 's3:ListBucket', 'arn:aws:s3:::docs-bucket*', BUCKET, 'allowed', '* may match nothing, so docs-bucket* covers the bucket.'],
  ['resource-bucket-star-covers-object', 's3:GetObject', 'arn:aws:s3:::docs-bucket*', OBJ, 'allowed', 'docs-bucket* also covers every object of it.'],
  ['resource-bucket-star-covers-similar-bucket', 's3:GetObject', 'arn:aws:s3:::docs-bucket*', 'arn:aws:s3:::docs-bucket-archive/a.txt', 'allowed', 'A trailing * after the bucket name also covers other buckets that share the prefix.'],
  ['resource-full-wildcard', 's3:GetObject', '*', OBJ, 'allowed', '"*" matches every resource.'],
  ['resource-star-spans-slashes', 's3:GetObject', 'arn:aws:s3:::docs-bucket/*', 'arn:aws:s3:::docs-bucket/a/b/c.txt', 'allowed', 'A * in a resource pattern also matches "/" characters.'],
  ['resource-star-spans-colons', 'dynamodb:GetItem', 'arn:aws:dynamodb:*', TABLE, 'allowed', 'A * matches across the ":" separators of the ARN.'],
  ['resource-arn-aws-star', 'dynamodb:GetItem', 'arn:aws:*', TABLE, 'allowed', 'arn:aws:* covers every ARN in the aws partition.'],
  ['resource-s3-pattern-not-dynamodb', 'dynamodb:GetItem', 'arn:aws:s3:::*', TABLE, 'implicitDeny', 'An S3 pattern does not match a DynamoDB table.'],
  ['resource-account-wildcard', 'dynamodb:GetItem', 'arn:aws:dynamodb:us-east-1:*:table/Orders', TABLE, 'allowed', 'A * in the account field matches any account.'],
  ['resource-region-wildcard', 'dynamodb:GetItem', `arn:aws:dynamodb:*:${A}:table/Orders`, TABLE, 'allowed', 'A * in the region field matches any region.'],
  ['resource-region-mismatch', 'dynamodb:GetItem', `arn:aws:dynamodb:eu-west-1:${A}:table/Orders`, TABLE, 'implicitDeny', 'Different region, different ARN.'],
  ['resource-account-mismatch', 'dynamodb:GetItem', 'arn:aws:dynamodb:us-east-1:444455556666:table/Orders', TABLE, 'implicitDeny', 'Different account, different ARN.'],
  ['resource-partition-mismatch', 's3:GetObject', 'arn:aws-cn:s3:::docs-bucket/*', OBJ, 'implicitDeny', 'The partition is part of the ARN.'],
  ['resource-table-not-index', 'dynamodb:Query', TABLE, INDEX, 'implicitDeny', 'A table ARN does not cover its index ARN.'],
  ['resource-table-star-covers-index', 'dynamodb:Query', `${TABLE}*`, INDEX, 'allowed', 'Orders* covers table/Orders/index/ByDate.'],
  ['resource-table-slash-star-index', 'dynamodb:Query', `${TABLE}/*`, INDEX, 'allowed', 'Orders/* covers the index.'],
  ['resource-question-mark-one-char', 's3:GetObject', 'arn:aws:s3:::docs-bucket/report.tx?', OBJ, 'allowed', '? matches exactly one character.'],
  ['resource-question-mark-too-short', 's3:GetObject', 'arn:aws:s3:::docs-bucket/report.t?', OBJ, 'implicitDeny', 'One ? cannot match two characters.'],
  ['resource-two-wildcards-match', 's3:GetObject', 'arn:aws:s3:::*-bucket/*.txt', OBJ, 'allowed', 'Several wildcards in one ARN pattern.'],
  ['resource-two-wildcards-no-match', 's3:GetObject', 'arn:aws:s3:::*-bucket/*.csv', OBJ, 'implicitDeny', 'The suffix .csv does not match .txt.'],
  ['resource-prefix-without-wildcard', 's3:GetObject', 'arn:aws:s3:::docs', OBJ, 'implicitDeny', 'Without a wildcard the ARN must match completely, not as a prefix.'],
  ['resource-list-any-matches', 's3:GetObject', ['arn:aws:s3:::other/*', 'arn:aws:s3:::docs-bucket/*'], OBJ, 'allowed', 'A list of resources matches when any entry matches.'],
  ['resource-list-none-matches', 's3:GetObject', ['arn:aws:s3:::other/*', 'arn:aws:s3:::third/*'], OBJ, 'implicitDeny', 'No entry of the list matches.'],
  ['resource-queue-exact-not-dlq', 'sqs:SendMessage', QUEUE, `${QUEUE}-dlq`, 'implicitDeny', 'orders does not match orders-dlq without a wildcard.'],
  ['resource-queue-star-covers-dlq', 'sqs:SendMessage', `${QUEUE}*`, `${QUEUE}-dlq`, 'allowed', 'orders* covers orders-dlq.'],
  ['resource-iam-user-path-wildcard', 'iam:GetUser', `arn:aws:iam::${A}:user/division/*`, `arn:aws:iam::${A}:user/division/bob`, 'allowed', 'IAM paths are part of the ARN; a * under the path matches.'],
  ['resource-iam-user-path-missing', 'iam:GetUser', `arn:aws:iam::${A}:user/bob`, `arn:aws:iam::${A}:user/division/bob`, 'implicitDeny', 'A user with a path is not matched by the path-less ARN.'],
];
for (const [name, action, pattern, resource, expected, note] of rows) {
  cases.push(kase(name, note, idReq(allow(action, pattern), { action, resource: res(resource) }), expected, DOC.resource));
}

// NotResource
const nr = (effect: 'Allow' | 'Deny', pattern: string | string[], action = 's3:GetObject'): Stmt => ({ Effect: effect, Action: action, NotResource: pattern });
cases.push(
  kase('notresource-allow-outside-list', 'Allow + NotResource grants on every resource except the listed ones.', idReq(nr('Allow', 'arn:aws:s3:::secret-bucket/*')), 'allowed', DOC.notResource),
  kase('notresource-allow-listed', 'The listed resource is simply not granted.', idReq(nr('Allow', 'arn:aws:s3:::secret-bucket/*'), { resource: res('arn:aws:s3:::secret-bucket/plans.txt') }), 'implicitDeny', DOC.notResource),
  kase('notresource-allow-case-sensitive', 'NotResource compares case-sensitively: Docs-Bucket does not exclude docs-bucket.', idReq(nr('Allow', 'arn:aws:s3:::Docs-Bucket/*')), 'allowed', DOC.notResource),
  kase('notresource-allow-list', 'The request matches the second entry of NotResource.', idReq(nr('Allow', ['arn:aws:s3:::a/*', 'arn:aws:s3:::docs-bucket/*'])), 'implicitDeny', DOC.notResource),
  kase(
    'notresource-deny-outside',
    'Deny + NotResource docs-bucket/* denies every other bucket.',
    idReq([allow('s3:*'), nr('Deny', 'arn:aws:s3:::docs-bucket/*', 's3:*')], { resource: res('arn:aws:s3:::other-bucket/x.txt') }),
    { decision: 'explicitDeny', decidedBy: [{ policyId: 'user/alice#inline/Main', statementIndex: 1 }] },
    DOC.notResource,
  ),
  kase('notresource-deny-inside', 'The request is on the excluded resource; the Allow stands.', idReq([allow('s3:*'), nr('Deny', 'arn:aws:s3:::docs-bucket/*', 's3:*')]), 'allowed', DOC.notResource),
  kase(
    'deny-specific-resource-allow-wildcard',
    'Allow on * and Deny on one object: the object is denied.',
    idReq([allow('s3:GetObject', '*'), deny('s3:GetObject', OBJ)]),
    'explicitDeny',
    DOC.resource,
  ),
  kase(
    'deny-specific-resource-other-object',
    'The Deny names another object; this one is allowed.',
    idReq([allow('s3:GetObject', '*'), deny('s3:GetObject', 'arn:aws:s3:::docs-bucket/secret.txt')]),
    'allowed',
    DOC.resource,
  ),
);

export const topic: CaseTopic = { topic: 'resources', doc: DOC.resource, cases };
