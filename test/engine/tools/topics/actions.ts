/** Topic: Action / NotAction matching, case-insensitivity, `*` and `?` wildcards. */
import {
  DOC,
  allow,
  deny,
  idReq,
  kase,
  res,
  BUCKET,
  TABLE,
  A,
  type CaseTopic,
  type EngineCase,
  type Stmt,
} from '../case-kit';

const cases: EngineCase[] = [];

// [name, action pattern(s) in an Allow on *, requested action, resource, expected, note]
const rows: Array<[string, string | string[], string, string | null, 'allowed' | 'implicitDeny', string]> = [
  [
    'exact-action',
    's3:GetObject',
    's3:GetObject',
    null,
    'allowed',
    'The statement names exactly the requested action.',
  ],
  [
    'action-case-insensitive-pattern-upper',
    'S3:GETOBJECT',
    's3:GetObject',
    null,
    'allowed',
    'Action names match without regard to case.',
  ],
  [
    'action-case-insensitive-pattern-lower',
    's3:getobject',
    's3:GetObject',
    null,
    'allowed',
    'Lower-case pattern still matches the canonical action name.',
  ],
  [
    'action-case-insensitive-request-lower',
    's3:GetObject',
    's3:getobject',
    null,
    'allowed',
    'The requested action in lower case still matches.',
  ],
  [
    'action-other-action-same-service',
    's3:GetObject',
    's3:PutObject',
    null,
    'implicitDeny',
    'A different action of the same service is not covered.',
  ],
  [
    'action-same-name-other-service',
    'sqs:GetObject',
    's3:GetObject',
    null,
    'implicitDeny',
    'The service prefix is part of the action name.',
  ],
  ['action-service-wildcard', 's3:*', 's3:DeleteObject', null, 'allowed', 's3:* covers every S3 action.'],
  [
    'action-service-wildcard-other-service',
    's3:*',
    'sqs:SendMessage',
    `arn:aws:sqs:us-east-1:${A}:orders`,
    'implicitDeny',
    's3:* does not reach into SQS.',
  ],
  [
    'action-full-wildcard',
    '*',
    'dynamodb:GetItem',
    TABLE,
    'allowed',
    '"*" alone matches every action of every service.',
  ],
  ['action-prefix-wildcard-get', 's3:Get*', 's3:GetObject', null, 'allowed', 'Trailing * matches any suffix.'],
  [
    'action-prefix-wildcard-longer-name',
    's3:Get*',
    's3:GetObjectAcl',
    null,
    'allowed',
    'Get* also covers GetObjectAcl: wildcards are plain text patterns.',
  ],
  [
    'action-prefix-wildcard-no-match',
    's3:Get*',
    's3:PutObject',
    null,
    'implicitDeny',
    'Get* does not match PutObject.',
  ],
  [
    'action-prefix-wildcard-lowercase',
    's3:get*',
    's3:GetObject',
    null,
    'allowed',
    'Wildcard patterns are case-insensitive too.',
  ],
  [
    'action-inner-wildcard',
    's3:*Object',
    's3:PutObject',
    null,
    'allowed',
    'A leading * inside the action part matches any prefix.',
  ],
  [
    'action-inner-wildcard-no-match',
    's3:*Object',
    's3:ListBucket',
    BUCKET,
    'implicitDeny',
    'ListBucket does not end with Object.',
  ],
  ['action-middle-wildcard', 's3:*bj*', 's3:GetObjectTagging', null, 'allowed', 'Several * in one pattern.'],
  ['action-wildcard-matches-empty', 's3:GetObject*', 's3:GetObject', null, 'allowed', '* may match the empty string.'],
  [
    'action-question-mark-one-char',
    's3:?etObject',
    's3:GetObject',
    null,
    'allowed',
    '? matches exactly one character.',
  ],
  ['action-question-mark-two', 's3:Get??ject', 's3:GetObject', null, 'allowed', 'Two ? match the two characters "Ob".'],
  [
    'action-question-mark-too-few',
    's3:Get?ject',
    's3:GetObject',
    null,
    'implicitDeny',
    'One ? cannot match two characters.',
  ],
  [
    'action-question-mark-not-empty',
    's3:GetObject?',
    's3:GetObject',
    null,
    'implicitDeny',
    '? needs exactly one character; it never matches nothing.',
  ],
  [
    'action-prefix-without-wildcard',
    's3:Get',
    's3:GetObject',
    null,
    'implicitDeny',
    'Without a wildcard a pattern must match the whole name, not a prefix.',
  ],
  [
    'action-list-second-matches',
    ['s3:PutObject', 's3:GetObject'],
    's3:GetObject',
    null,
    'allowed',
    'A list of actions matches when any entry matches.',
  ],
  [
    'action-list-none-matches',
    ['s3:PutObject', 's3:DeleteObject'],
    's3:GetObject',
    null,
    'implicitDeny',
    'No entry of the list matches.',
  ],
  [
    'action-list-of-one',
    ['s3:GetObject'],
    's3:GetObject',
    null,
    'allowed',
    'A one-element array behaves like the string.',
  ],
  [
    'action-list-bucket-on-bucket',
    's3:List*',
    's3:ListBucket',
    BUCKET,
    'allowed',
    'List* covers ListBucket on the bucket ARN.',
  ],
  [
    'action-dynamodb-wildcard',
    'dynamodb:*Item',
    'dynamodb:PutItem',
    TABLE,
    'allowed',
    'Wildcards work the same in every service.',
  ],
];
for (const [name, pattern, action, resource, expected, note] of rows) {
  cases.push(
    kase(
      name,
      note,
      idReq(allow(pattern, '*'), { action, resource: resource ? res(resource) : undefined }),
      expected,
      DOC.action,
    ),
  );
}

// NotAction with Allow
const notActionAllow: Array<[string, string | string[], string, string | null, 'allowed' | 'implicitDeny', string]> = [
  [
    'notaction-allow-other-service',
    'iam:*',
    's3:GetObject',
    null,
    'allowed',
    'Allow + NotAction iam:* grants every action that is not an IAM action.',
  ],
  [
    'notaction-allow-listed-service',
    'iam:*',
    'iam:CreateUser',
    `arn:aws:iam::${A}:user/bob`,
    'implicitDeny',
    'The listed actions are simply not granted (not denied).',
  ],
  [
    'notaction-allow-wildcard-listed',
    's3:Delete*',
    's3:DeleteObject',
    null,
    'implicitDeny',
    'DeleteObject matches the excluded pattern.',
  ],
  [
    'notaction-allow-wildcard-not-listed',
    's3:Delete*',
    's3:GetObject',
    null,
    'allowed',
    'GetObject is outside the excluded pattern.',
  ],
  [
    'notaction-allow-case-insensitive',
    'S3:GETOBJECT',
    's3:GetObject',
    null,
    'implicitDeny',
    'NotAction compares names case-insensitively as well.',
  ],
  [
    'notaction-allow-list',
    ['s3:PutObject', 's3:GetObject'],
    's3:GetObject',
    null,
    'implicitDeny',
    'The request matches one entry of the NotAction list.',
  ],
];
for (const [name, pattern, action, resource, expected, note] of notActionAllow) {
  const s: Stmt = { Effect: 'Allow', NotAction: pattern, Resource: '*' };
  cases.push(
    kase(name, note, idReq(s, { action, resource: resource ? res(resource) : undefined }), expected, DOC.notAction),
  );
}

// NotAction scoped to a resource
cases.push(
  kase(
    'notaction-allow-scoped-resource',
    'NotAction still needs the Resource element to match: the grant is limited to another bucket.',
    idReq({ Effect: 'Allow', NotAction: 'iam:*', Resource: 'arn:aws:s3:::other-bucket/*' }),
    'implicitDeny',
    DOC.notAction,
  ),
);

// NotAction with Deny
cases.push(
  kase(
    'notaction-deny-outside-list',
    'Deny + NotAction s3:* denies every non-S3 action even though "*" is allowed.',
    idReq([allow('*'), { Effect: 'Deny', NotAction: 's3:*', Resource: '*' }], {
      action: 'sqs:SendMessage',
      resource: res(`arn:aws:sqs:us-east-1:${A}:orders`),
    }),
    { decision: 'explicitDeny', decidedBy: [{ policyId: 'user/alice#inline/Main', statementIndex: 1 }] },
    DOC.notAction,
  ),
  kase(
    'notaction-deny-inside-list',
    'An S3 action is excluded from the Deny + NotAction statement, so the Allow stands.',
    idReq([allow('*'), { Effect: 'Deny', NotAction: 's3:*', Resource: '*' }]),
    { decision: 'allowed', decidedBy: [{ policyId: 'user/alice#inline/Main', statementIndex: 0 }] },
    DOC.notAction,
  ),
);

// Deny with action wildcards
cases.push(
  kase(
    'deny-action-wildcard-hits',
    'Deny s3:Delete* beats Allow s3:*.',
    idReq([allow('s3:*'), deny('s3:Delete*')], { action: 's3:DeleteObject' }),
    {
      decision: 'explicitDeny',
      decidedBy: [{ policyId: 'user/alice#inline/Main', statementIndex: 1 }],
    },
    DOC.action,
  ),
  kase(
    'deny-action-wildcard-misses',
    'Deny s3:Delete* does not touch GetObject.',
    idReq([allow('s3:*'), deny('s3:Delete*')]),
    'allowed',
    DOC.action,
  ),
  kase(
    'deny-action-question-mark',
    'Deny s3:Put?bject matches PutObject.',
    idReq([allow('s3:*'), deny('s3:Put?bject')], { action: 's3:PutObject' }),
    'explicitDeny',
    DOC.action,
  ),
  kase(
    'deny-action-case-insensitive',
    'Deny S3:PUTOBJECT matches s3:PutObject.',
    idReq([allow('s3:*'), deny('S3:PUTOBJECT')], { action: 's3:PutObject' }),
    'explicitDeny',
    DOC.action,
  ),
  kase(
    'action-second-statement-allows',
    'Statements are independent; the second one grants.',
    idReq([allow('s3:PutObject'), allow('s3:GetObject')]),
    {
      decision: 'allowed',
      decidedBy: [{ policyId: 'user/alice#inline/Main', statementIndex: 1 }],
    },
    DOC.action,
  ),
  kase(
    'action-wrong-resource-with-right-action',
    'Action matches but the statement is for another bucket.',
    idReq(allow('s3:GetObject', 'arn:aws:s3:::other-bucket/*')),
    'implicitDeny',
    DOC.action,
  ),
);

export const topic: CaseTopic = { topic: 'actions', doc: DOC.action, cases };
