/** Topic: permissions boundaries (users and roles), their interplay with resource-based policies and NotPrincipal. */
import {
  DOC,
  A,
  B,
  OBJ,
  allow,
  deny,
  kase,
  pol,
  req,
  user,
  session,
  res,
  userArn,
  roleArn,
  sessionArn,
  rootArn,
  inlineId,
  inlineAllow,
  roleInlineId,
  bucketPolicy,
  type CaseTopic,
  type EngineCase,
  type Stmt,
} from '../case-kit';

const cases: EngineCase[] = [];
const PB = DOC.boundaries;
const bnd = (s: Stmt | Stmt[]) => pol(`arn:aws:iam::${A}:policy/Boundary`, s);
const sqsOnly = bnd(allow('sqs:*'));

cases.push(
  kase(
    'boundary-allows-identity-allows',
    'Both the identity policy and the boundary allow.',
    req({ identity: inlineAllow(), boundary: bnd(allow('s3:*')) }),
    'allowed',
  ),
  kase(
    'boundary-does-not-allow',
    'The boundary only allows SQS: the identity Allow for S3 is capped.',
    req({ identity: inlineAllow(), boundary: sqsOnly }),
    { decision: 'implicitDeny', decidedBy: [] },
  ),
  kase(
    'boundary-never-grants',
    'The boundary allows S3 but no identity policy does.',
    req({ boundary: bnd(allow('s3:*')) }),
    'implicitDeny',
  ),
  kase(
    'boundary-explicit-deny',
    'A Deny in the boundary is an explicit deny.',
    req({ identity: inlineAllow(), boundary: bnd([allow('*'), deny('s3:GetObject')]) }),
    { decision: 'explicitDeny', decidedBy: [{ policyId: `arn:aws:iam::${A}:policy/Boundary`, statementIndex: 1 }] },
  ),
  kase(
    'boundary-narrower-action',
    'Boundary allows s3:Get* only; PutObject is capped.',
    req({ action: 's3:PutObject', identity: inlineAllow(), boundary: bnd(allow('s3:Get*')) }),
    'implicitDeny',
  ),
  kase(
    'boundary-with-condition-true',
    'Boundary allows only from the corporate range; the request comes from it.',
    req({
      identity: inlineAllow(),
      boundary: bnd(allow('*', '*', { IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } })),
      context: { 'aws:SourceIp': '203.0.113.9' },
    }),
    'allowed',
  ),
  kase(
    'boundary-with-condition-false',
    'The same boundary, from another address.',
    req({
      identity: inlineAllow(),
      boundary: bnd(allow('*', '*', { IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } })),
      context: { 'aws:SourceIp': '198.51.100.9' },
    }),
    'implicitDeny',
  ),
  kase(
    'boundary-on-role-session',
    "A role's boundary caps its sessions.",
    req({ principal: session(), identity: inlineAllow('s3:*', roleInlineId()), boundary: sqsOnly }),
    'implicitDeny',
  ),
  kase(
    'boundary-on-role-session-allows',
    "The role's boundary allows S3 reads.",
    req({ principal: session(), identity: inlineAllow('s3:*', roleInlineId()), boundary: bnd(allow('s3:Get*')) }),
    'allowed',
  ),
  kase(
    'boundary-caps-group-policies',
    'Group policies are identity policies: the boundary caps them too.',
    req({
      identity: [
        pol('group/devs#inline/Main', allow('s3:*'), '2012-10-17', {
          origin: 'group-inline',
          via: `arn:aws:iam::${A}:group/devs`,
        }),
      ],
      boundary: sqsOnly,
    }),
    'implicitDeny',
  ),
  kase(
    'boundary-notaction-deny',
    'Boundary with Allow * and Deny NotAction s3:*: SQS is denied.',
    req({
      action: 'sqs:SendMessage',
      resource: res(`arn:aws:sqs:us-east-1:${A}:orders`),
      identity: inlineAllow('*'),
      boundary: bnd([allow('*'), { Effect: 'Deny', NotAction: 's3:*', Resource: '*' }]),
    }),
    'explicitDeny',
  ),
  kase(
    'boundary-resource-policy-user-arn',
    "Same account: a bucket policy grant to the IAM user ARN is not limited by the user's boundary.",
    req({ boundary: sqsOnly, resourcePolicy: bucketPolicy({ AWS: userArn() }) }),
    { decision: 'allowed', decidedBy: [{ policyId: 'bucket-policy', statementIndex: 0 }] },
    DOC.denyAllow,
  ),
  kase(
    'boundary-resource-policy-role-arn',
    "Same account: a grant to the ROLE ARN is limited by the role's boundary (the caller is the role session).",
    req({ principal: session(), boundary: sqsOnly, resourcePolicy: bucketPolicy({ AWS: roleArn() }) }),
    'implicitDeny',
    DOC.denyAllow,
  ),
  kase(
    'boundary-resource-policy-role-arn-no-boundary',
    'The same role-ARN grant without a boundary allows.',
    req({ principal: session(), resourcePolicy: bucketPolicy({ AWS: roleArn() }) }),
    'allowed',
    DOC.denyAllow,
  ),
  kase(
    'boundary-resource-policy-session-arn',
    'Same account: a grant to the role SESSION ARN is not limited by the boundary.',
    req({ principal: session(), boundary: sqsOnly, resourcePolicy: bucketPolicy({ AWS: sessionArn() }) }),
    'allowed',
    DOC.denyAllow,
  ),
  kase(
    'boundary-resource-policy-deny-wins',
    'A boundary Deny beats even a user-ARN grant in the bucket policy.',
    req({ boundary: bnd([allow('*'), deny('s3:*')]), resourcePolicy: bucketPolicy({ AWS: userArn() }) }),
    'explicitDeny',
  ),
  kase(
    'boundary-notprincipal-deny-always-denies',
    'Deny + NotPrincipal naming alice still denies alice because she has a boundary.',
    req({
      identity: inlineAllow(),
      boundary: bnd(allow('s3:*')),
      resourcePolicy: pol('bucket-policy', {
        Effect: 'Deny',
        NotPrincipal: { AWS: [userArn(), rootArn(A)] },
        Action: 's3:*',
        Resource: OBJ,
      }),
    }),
    'explicitDeny',
    DOC.notPrincipal,
  ),
  kase(
    'boundary-notprincipal-deny-without-boundary',
    'Without a boundary, Deny + NotPrincipal naming alice and her account exempts her.',
    req({
      identity: inlineAllow(),
      resourcePolicy: pol('bucket-policy', {
        Effect: 'Deny',
        NotPrincipal: { AWS: [userArn(), rootArn(A)] },
        Action: 's3:*',
        Resource: OBJ,
      }),
    }),
    'allowed',
    DOC.notPrincipal,
  ),
  kase(
    'boundary-cross-account-caps',
    "Cross-account: the bucket grants B, but the caller's boundary does not allow S3.",
    req({
      principal: user('bob', { account: B }),
      identity: [pol('user/bob#inline/Main', allow('s3:*'))],
      boundary: pol(`arn:aws:iam::${B}:policy/Boundary`, allow('sqs:*')),
      resource: res(OBJ, A),
      resourcePolicy: bucketPolicy({ AWS: rootArn(B) }),
    }),
    { decision: 'implicitDeny', sides: { principal: 'implicitDeny', resource: 'allowed' } },
    DOC.crossAccount,
  ),
  kase(
    'boundary-star-resource-scoped',
    'Boundary allows s3:* only on another bucket.',
    req({ identity: inlineAllow(), boundary: bnd(allow('s3:*', 'arn:aws:s3:::other-bucket/*')) }),
    'implicitDeny',
  ),
  kase(
    'boundary-and-identity-both-deny-first-wins-explicit',
    'Identity Deny and boundary not allowing: the explicit deny is the answer.',
    req({ identity: [pol(inlineId(), [allow('s3:*'), deny('s3:GetObject')])], boundary: sqsOnly }),
    'explicitDeny',
  ),
);

for (const c of cases) c.doc ??= PB;
export const topic: CaseTopic = { topic: 'boundaries', doc: PB, cases };
