/**
 * Topic: same-account resource-based policies and whom they name: user ARN, role ARN, role-session ARN,
 * federated-user ARN, account root / account id, Principal "*" (+ aws:PrincipalArn), NotPrincipal, anonymous.
 */
import {
  DOC,
  A,
  OBJ,
  allow,
  deny,
  kase,
  pol,
  req,
  user,
  session,
  fed,
  res,
  userArn,
  roleArn,
  sessionArn,
  fedArn,
  rootArn,
  inlineId,
  bucketPolicy,
  type CaseTopic,
  type EngineCase,
} from '../case-kit';

const cases: EngineCase[] = [];
const RP = DOC.singleAccount;
const D = { decision: 'allowed' as const, decidedBy: [{ policyId: 'bucket-policy', statementIndex: 0 }] };

cases.push(
  kase(
    'grant-user-arn-no-identity',
    "Same account: a bucket grant to alice's ARN is enough on its own.",
    req({ resourcePolicy: bucketPolicy({ AWS: userArn() }) }),
    D,
  ),
  kase(
    'grant-user-arn-identity-deny',
    'An explicit Deny in her identity policy still wins.',
    req({ identity: [pol(inlineId(), deny('s3:*'))], resourcePolicy: bucketPolicy({ AWS: userArn() }) }),
    'explicitDeny',
    DOC.denyAllow,
  ),
  kase(
    'grant-other-user-arn',
    'The bucket grants bob, not alice.',
    req({ resourcePolicy: bucketPolicy({ AWS: userArn('bob') }) }),
    'implicitDeny',
  ),
  kase(
    'grant-user-arn-list',
    'A list of principals: alice is the second entry.',
    req({ resourcePolicy: bucketPolicy({ AWS: [userArn('bob'), userArn('alice')] }) }),
    'allowed',
    DOC.principal,
  ),
  kase(
    'grant-account-root-delegates-no-identity',
    'Naming the own account (root ARN) delegates to identity policies; alice has none.',
    req({ resourcePolicy: bucketPolicy({ AWS: rootArn() }) }),
    'implicitDeny',
    DOC.principal,
  ),
  kase(
    'grant-account-root-delegates-identity-allows',
    'Account principal plus an identity Allow: allowed.',
    req({ identity: [pol(inlineId(), allow('s3:GetObject'))], resourcePolicy: bucketPolicy({ AWS: rootArn() }) }),
    'allowed',
    DOC.principal,
  ),
  kase(
    'grant-account-id-short-form',
    '"AWS": "111122223333" is the same as the account root ARN: it delegates.',
    req({ resourcePolicy: bucketPolicy({ AWS: A }) }),
    'implicitDeny',
    DOC.principal,
  ),
  kase(
    'grant-role-arn-no-identity',
    'A grant to the role ARN allows its session even without role policies.',
    req({ principal: session(), resourcePolicy: bucketPolicy({ AWS: roleArn() }) }),
    D,
    DOC.denyAllow,
  ),
  kase(
    'grant-session-arn-exact',
    'A grant to the exact role-session ARN allows that session.',
    req({ principal: session(), resourcePolicy: bucketPolicy({ AWS: sessionArn() }) }),
    D,
    DOC.principal,
  ),
  kase(
    'grant-session-arn-other-session',
    'A grant to another session name of the same role does not match.',
    req({ principal: session('app', 's1'), resourcePolicy: bucketPolicy({ AWS: sessionArn('app', 'other') }) }),
    'implicitDeny',
    DOC.principal,
  ),
  kase(
    'grant-role-arn-not-for-user',
    'A grant to a role ARN does not cover an IAM user.',
    req({ resourcePolicy: bucketPolicy({ AWS: roleArn() }) }),
    'implicitDeny',
  ),
  kase(
    'grant-federated-user-arn',
    'A grant to the federated-user ARN allows that session.',
    req({ principal: fed(), resourcePolicy: bucketPolicy({ AWS: fedArn() }) }),
    'allowed',
    DOC.principal,
  ),
  kase(
    'grant-star-principal',
    'Principal "*" grants everyone, including alice.',
    req({ resourcePolicy: bucketPolicy('*') }),
    D,
    DOC.principal,
  ),
  kase(
    'grant-aws-star-principal',
    '"AWS": "*" is the same as "*" for an authenticated caller.',
    req({ resourcePolicy: bucketPolicy({ AWS: '*' }) }),
    'allowed',
    DOC.principal,
  ),
  kase(
    'grant-star-principal-arn-condition-match',
    'Principal "*" narrowed by aws:PrincipalArn to alice.',
    req({ resourcePolicy: bucketPolicy('*', { condition: { ArnEquals: { 'aws:PrincipalArn': userArn() } } }) }),
    'allowed',
    DOC.principal,
  ),
  kase(
    'grant-star-principal-arn-condition-mismatch',
    'Principal "*" narrowed to bob: alice is not granted.',
    req({ resourcePolicy: bucketPolicy('*', { condition: { ArnEquals: { 'aws:PrincipalArn': userArn('bob') } } }) }),
    'implicitDeny',
    DOC.principal,
  ),
  kase(
    'grant-star-principal-arn-role-with-boundary',
    'Principal "*" + aws:PrincipalArn = role ARN is not limited by the role\'s boundary.',
    req({
      principal: session(),
      boundary: pol(`arn:aws:iam::${A}:policy/Boundary`, allow('sqs:*')),
      resourcePolicy: bucketPolicy('*', { condition: { ArnEquals: { 'aws:PrincipalArn': roleArn() } } }),
    }),
    'allowed',
    DOC.denyAllow,
  ),
  kase(
    'grant-role-arn-principal-with-boundary',
    'The same grant with the role ARN in Principal IS limited by the boundary.',
    req({
      principal: session(),
      boundary: pol(`arn:aws:iam::${A}:policy/Boundary`, allow('sqs:*')),
      resourcePolicy: bucketPolicy({ AWS: roleArn() }),
    }),
    'implicitDeny',
    DOC.denyAllow,
  ),
  kase(
    'grant-principal-arn-wildcard-not-allowed',
    'Wildcards inside a principal ARN are not supported: arn:...:user/* matches nobody.',
    req({ resourcePolicy: bucketPolicy({ AWS: `arn:aws:iam::${A}:user/*` }) }),
    'implicitDeny',
    DOC.principal,
  ),
  kase(
    'grant-service-principal-not-user',
    'A grant to a service principal does not cover an IAM user.',
    req({ resourcePolicy: bucketPolicy({ Service: 'cloudtrail.amazonaws.com' }) }),
    'implicitDeny',
    DOC.principal,
  ),
  kase(
    'resource-policy-deny-user-arn',
    'Bucket Deny naming alice beats her identity Allow.',
    req({
      identity: [pol(inlineId(), allow('s3:*'))],
      resourcePolicy: bucketPolicy({ AWS: userArn() }, { effect: 'Deny' }),
    }),
    'explicitDeny',
  ),
  kase(
    'notprincipal-deny-others',
    'Deny + NotPrincipal alice: bob is denied.',
    req({
      principal: user('bob'),
      identity: [pol('user/bob#inline/Main', allow('s3:*'))],
      resourcePolicy: bucketPolicy({ AWS: userArn() }, { effect: 'Deny', not: true, action: 's3:*' }),
    }),
    'explicitDeny',
    DOC.notPrincipal,
  ),
  kase(
    'notprincipal-deny-exempts-named',
    'Deny + NotPrincipal [alice, her account]: alice is exempt and her identity Allow stands.',
    req({
      identity: [pol(inlineId(), allow('s3:*'))],
      resourcePolicy: bucketPolicy({ AWS: [userArn(), rootArn()] }, { effect: 'Deny', not: true, action: 's3:*' }),
    }),
    'allowed',
    DOC.notPrincipal,
  ),
  kase(
    'notprincipal-deny-user-without-account',
    'NotPrincipal lists alice but not her account: AWS may check the account first, so the whole account (alice included) is denied.',
    req({
      identity: [pol(inlineId(), allow('s3:*'))],
      resourcePolicy: bucketPolicy({ AWS: userArn() }, { effect: 'Deny', not: true, action: 's3:*' }),
    }),
    'explicitDeny',
    DOC.notPrincipal,
  ),
  kase(
    'notprincipal-deny-session-needs-role-and-account',
    'For a role session NotPrincipal must list the session ARN, the role ARN and the account to exempt it.',
    req({
      principal: session(),
      identity: [pol('role/app#inline/Main', allow('s3:*'))],
      resourcePolicy: bucketPolicy(
        { AWS: [sessionArn(), roleArn(), rootArn()] },
        { effect: 'Deny', not: true, action: 's3:*' },
      ),
    }),
    'allowed',
    DOC.notPrincipal,
  ),
  kase(
    'grant-other-action',
    'The bucket grants PutObject only.',
    req({ resourcePolicy: bucketPolicy({ AWS: userArn() }, { action: 's3:PutObject' }) }),
    'implicitDeny',
  ),
  kase(
    'grant-other-resource',
    'The bucket policy statement names another object.',
    req({ resourcePolicy: bucketPolicy({ AWS: userArn() }, { resource: 'arn:aws:s3:::docs-bucket/other.txt' }) }),
    'implicitDeny',
  ),
  kase(
    'grant-with-condition-false',
    'The grant requires TLS; the request has none.',
    req({
      context: { 'aws:SecureTransport': false },
      resourcePolicy: bucketPolicy({ AWS: userArn() }, { condition: { Bool: { 'aws:SecureTransport': 'true' } } }),
    }),
    'implicitDeny',
  ),
  kase(
    'anonymous-star-principal',
    'Principal "*" allows an anonymous (unsigned) request.',
    req({ principal: { kind: 'anonymous' }, resourcePolicy: bucketPolicy('*') }),
    'allowed',
    DOC.principal,
  ),
  kase(
    'anonymous-account-principal',
    'A grant to an account does not cover anonymous callers.',
    req({ principal: { kind: 'anonymous' }, resourcePolicy: bucketPolicy({ AWS: rootArn() }) }),
    'implicitDeny',
    DOC.principal,
  ),
  kase(
    'anonymous-no-resource-policy',
    'Anonymous callers have no identity policies; without a resource policy nothing allows.',
    req({ principal: { kind: 'anonymous' }, resource: res(OBJ) }),
    'implicitDeny',
    DOC.principal,
  ),
);

for (const c of cases) c.doc ??= RP;
export const topic: CaseTopic = { topic: 'resource-policies', doc: RP, cases };
