/** Topic: cross-account requests: both sides must allow; naming another account delegates to its identity policies. */
import {
  DOC,
  A,
  B,
  C,
  ORG,
  OBJ,
  QUEUE,
  allow,
  deny,
  kase,
  pol,
  req,
  stmt,
  user,
  session,
  res,
  userArn,
  roleArn,
  sessionArn,
  rootArn,
  orgLevels,
  member,
  inlineAllow,
  roleInlineId,
  bucketPolicy,
  type CaseTopic,
  type EngineCase,
  type Stmt,
} from '../case-kit';

const cases: EngineCase[] = [];
const X = DOC.crossAccount;
const bob = user('bob', { account: B });
const bobId = (a: string | string[] = 's3:*', extra: Stmt[] = []) => [
  pol('user/bob#inline/Main', [allow(a), ...extra]),
];
const roleId = inlineAllow('s3:*', roleInlineId('partner'));
const partner = session('partner', 'p1', { account: B });
const inA = res(OBJ, A);
const both = { principal: 'allowed', resource: 'allowed' } as const;

cases.push(
  kase(
    'cross-both-allow-user-arn',
    'Identity policy in B and bucket policy in A naming bob: allowed.',
    req({ principal: bob, identity: bobId(), resource: inA, resourcePolicy: bucketPolicy({ AWS: userArn('bob', B) }) }),
    { decision: 'allowed', sides: both },
  ),
  kase(
    'cross-identity-only',
    "Bob's identity policy allows but the bucket has no policy for him.",
    req({ principal: bob, identity: bobId(), resource: inA }),
    { decision: 'implicitDeny', sides: { principal: 'allowed', resource: 'implicitDeny' } },
  ),
  kase(
    'cross-resource-only',
    'The bucket names bob but his own account grants nothing: both sides must allow.',
    req({ principal: bob, resource: inA, resourcePolicy: bucketPolicy({ AWS: userArn('bob', B) }) }),
    { decision: 'implicitDeny', sides: { principal: 'implicitDeny', resource: 'allowed' } },
  ),
  kase(
    'cross-account-root-delegates',
    "The bucket names account B; B's identity policy for bob allows.",
    req({ principal: bob, identity: bobId(), resource: inA, resourcePolicy: bucketPolicy({ AWS: rootArn(B) }) }),
    { decision: 'allowed', sides: both },
    DOC.principal,
  ),
  kase(
    'cross-account-root-no-identity',
    'The bucket names account B but bob has no identity policy.',
    req({ principal: bob, resource: inA, resourcePolicy: bucketPolicy({ AWS: rootArn(B) }) }),
    'implicitDeny',
  ),
  kase(
    'cross-account-id-short-form',
    '"AWS": "444455556666" delegates like the root ARN.',
    req({ principal: bob, identity: bobId(), resource: inA, resourcePolicy: bucketPolicy({ AWS: B }) }),
    'allowed',
    DOC.principal,
  ),
  kase(
    'cross-other-account-named',
    'The bucket names account C; bob is in B.',
    req({ principal: bob, identity: bobId(), resource: inA, resourcePolicy: bucketPolicy({ AWS: rootArn(C) }) }),
    'implicitDeny',
  ),
  kase(
    'cross-identity-deny',
    "An explicit Deny on bob's side denies the whole request.",
    req({
      principal: bob,
      identity: bobId('s3:*', [deny('s3:GetObject')]),
      resource: inA,
      resourcePolicy: bucketPolicy({ AWS: rootArn(B) }),
    }),
    'explicitDeny',
  ),
  kase(
    'cross-resource-deny',
    'An explicit Deny in the bucket policy denies.',
    req({
      principal: bob,
      identity: bobId(),
      resource: inA,
      resourcePolicy: pol('bucket-policy', [
        stmt('Allow', 's3:*', OBJ, undefined, { Principal: { AWS: rootArn(B) } }),
        stmt('Deny', 's3:GetObject', OBJ, undefined, { Principal: '*' }),
      ]),
    }),
    { decision: 'explicitDeny', decidedBy: [{ policyId: 'bucket-policy', statementIndex: 1 }] },
  ),
  kase(
    'cross-role-arn-granted',
    "The bucket names the partner role; the session's role policy allows.",
    req({
      principal: partner,
      identity: roleId,
      resource: inA,
      resourcePolicy: bucketPolicy({ AWS: roleArn('partner', B) }),
    }),
    { decision: 'allowed', sides: both },
  ),
  kase(
    'cross-session-arn-granted',
    'The bucket names the partner session ARN; the role policy allows.',
    req({
      principal: partner,
      identity: roleId,
      resource: inA,
      resourcePolicy: bucketPolicy({ AWS: sessionArn('partner', 'p1', B) }),
    }),
    'allowed',
  ),
  kase(
    'cross-session-arn-no-identity',
    'Cross-account the session-ARN grant is not enough alone: the role in B must allow too.',
    req({ principal: partner, resource: inA, resourcePolicy: bucketPolicy({ AWS: sessionArn('partner', 'p1', B) }) }),
    'implicitDeny',
  ),
  kase(
    'cross-boundary-in-principal-account',
    "The partner role's boundary (in B) does not allow S3.",
    req({
      principal: partner,
      identity: roleId,
      boundary: pol(`arn:aws:iam::${B}:policy/Boundary`, allow('sqs:*')),
      resource: inA,
      resourcePolicy: bucketPolicy({ AWS: rootArn(B) }),
    }),
    'implicitDeny',
    DOC.boundaries,
  ),
  kase(
    'cross-session-policy-in-principal-account',
    "The partner session's session policy does not allow S3.",
    req({
      principal: partner,
      identity: roleId,
      session: [pol('session/inline', allow('sqs:*'))],
      resource: inA,
      resourcePolicy: bucketPolicy({ AWS: sessionArn('partner', 'p1', B) }),
    }),
    'implicitDeny',
    DOC.sessionPolicies,
  ),
  kase(
    'cross-scp-in-principal-account',
    "An SCP of B's organization without S3 blocks bob.",
    req({
      principal: user('bob', { account: B, org: member() }),
      identity: bobId(),
      scps: orgLevels(B, { ou: [pol('ou-ec2', allow('ec2:*'))] }, { ou: true }),
      resource: inA,
      resourcePolicy: bucketPolicy({ AWS: rootArn(B) }),
    }),
    'implicitDeny',
    DOC.scpEval,
  ),
  kase(
    'cross-star-principal-org-condition',
    'Principal "*" limited to the organization; bob\'s account is in it.',
    req({
      principal: user('bob', { account: B, org: member() }),
      identity: bobId(),
      resource: inA,
      resourcePolicy: bucketPolicy('*', { condition: { StringEquals: { 'aws:PrincipalOrgID': ORG } } }),
    }),
    { decision: 'allowed', sides: both },
  ),
  kase(
    'cross-star-principal-org-condition-outsider',
    "The same bucket policy; bob's account is not in the organization.",
    req({
      principal: bob,
      identity: bobId(),
      resource: inA,
      resourcePolicy: bucketPolicy('*', { condition: { StringEquals: { 'aws:PrincipalOrgID': ORG } } }),
    }),
    { decision: 'implicitDeny', sides: { principal: 'allowed', resource: 'implicitDeny' } },
  ),
  kase(
    'cross-star-principal-plain',
    'Principal "*" and bob\'s identity Allow: allowed.',
    req({ principal: bob, identity: bobId(), resource: inA, resourcePolicy: bucketPolicy('*') }),
    'allowed',
  ),
  kase(
    'cross-identity-wrong-resource',
    "Bob's identity policy covers another bucket only.",
    req({
      principal: bob,
      identity: [pol('user/bob#inline/Main', allow('s3:*', 'arn:aws:s3:::bob-bucket/*'))],
      resource: inA,
      resourcePolicy: bucketPolicy({ AWS: userArn('bob', B) }),
    }),
    { decision: 'implicitDeny', sides: { principal: 'implicitDeny', resource: 'allowed' } },
  ),
  kase(
    'cross-sqs-queue-policy',
    "Queue policy in A grants account B; B's user is allowed to send.",
    req({
      principal: bob,
      action: 'sqs:SendMessage',
      identity: [pol('user/bob#inline/Main', allow('sqs:SendMessage'))],
      resource: res(QUEUE),
      resourcePolicy: pol(
        'queue-policy',
        stmt('Allow', 'sqs:SendMessage', QUEUE, undefined, { Principal: { AWS: B } }),
      ),
    }),
    { decision: 'allowed', sides: both },
  ),
  kase(
    'cross-resource-account-from-arn',
    'A DynamoDB-style ARN carries its account; no explicit resource.account needed.',
    req({
      principal: bob,
      action: 'sqs:SendMessage',
      identity: [pol('user/bob#inline/Main', allow('sqs:SendMessage'))],
      resource: { arn: QUEUE },
    }),
    'implicitDeny',
  ),
);

for (const c of cases) c.doc ??= X;
export const topic: CaseTopic = { topic: 'cross-account', doc: X, cases };
