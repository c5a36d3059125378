/** Topic: session policies on role sessions and GetFederationToken sessions, with and without a session policy. */
import {
  DOC,
  A,
  allow,
  deny,
  kase,
  pol,
  req,
  session,
  fed,
  userArn,
  roleArn,
  sessionArn,
  fedArn,
  inlineAllow,
  roleInlineId,
  bucketPolicy,
  type CaseTopic,
  type EngineCase,
  type Stmt,
} from '../case-kit';

const cases: EngineCase[] = [];
const SP = DOC.sessionPolicies;
const roleId = (a: string | string[] = 's3:*') => inlineAllow(a, roleInlineId());
const callerId = (a: string | string[] = 's3:*') => inlineAllow(a);
const sp = (s: Stmt | Stmt[], id = 'session/inline') => [pol(id, s)];
/** A bucket policy naming `principalArn` in `Principal.AWS` (or `"*"` as it is). */
const bucket = (principalArn: string, condition?: Stmt) =>
  bucketPolicy(principalArn === '*' ? '*' : { AWS: principalArn }, { condition });

cases.push(
  kase(
    'role-and-session-policy-allow',
    'Role policy and session policy both allow.',
    req({ principal: session(), identity: roleId(), session: sp(allow('s3:GetObject')) }),
    'allowed',
  ),
  kase(
    'session-policy-narrows',
    'The role allows s3:*, the session policy only s3:ListBucket: GetObject is denied.',
    req({ principal: session(), identity: roleId(), session: sp(allow('s3:ListBucket')) }),
    { decision: 'implicitDeny', decidedBy: [] },
  ),
  kase(
    'session-policy-cannot-widen',
    'The session policy allows S3 but the role does not: a session policy never grants.',
    req({ principal: session(), identity: roleId('sqs:*'), session: sp(allow('s3:*')) }),
    'implicitDeny',
  ),
  kase(
    'session-policy-explicit-deny',
    'A Deny in the session policy is an explicit deny.',
    req({ principal: session(), identity: roleId(), session: sp([allow('*'), deny('s3:GetObject')]) }),
    { decision: 'explicitDeny', decidedBy: [{ policyId: 'session/inline', statementIndex: 1 }] },
  ),
  kase(
    'role-session-without-session-policy',
    "No session policy passed: the session has the role's permissions.",
    req({ principal: session(), identity: roleId() }),
    'allowed',
    DOC.assumeRolePerms,
  ),
  kase(
    'session-policy-inline-plus-managed',
    'Inline and managed session policies together: the managed one allows S3.',
    req({
      principal: session(),
      identity: roleId(),
      session: [
        pol('session/inline', allow('sqs:*')),
        pol(`arn:aws:iam::${A}:policy/SessionS3`, allow('s3:GetObject')),
      ],
    }),
    'allowed',
    DOC.assumeRolePerms,
  ),
  kase(
    'session-policy-with-condition',
    'A session policy condition that fails caps the session.',
    req({
      principal: session(),
      identity: roleId(),
      session: sp(allow('s3:*', '*', { StringEquals: { 'aws:RequestedRegion': 'eu-west-1' } })),
      context: { 'aws:RequestedRegion': 'us-east-1' },
    }),
    'implicitDeny',
  ),
  kase(
    'federated-user-session-policy-and-user-allow',
    "GetFederationToken session: the caller user's policies and the session policy both allow.",
    req({ principal: fed(), identity: callerId(), session: sp(allow('s3:GetObject')) }),
    'allowed',
    DOC.federationToken,
  ),
  kase(
    'federated-user-no-session-policy',
    "GetFederationToken without a session policy: the session has no permissions, even though the user's policies allow.",
    req({ principal: fed(), identity: callerId() }),
    'implicitDeny',
    DOC.federationToken,
  ),
  kase(
    'federated-user-session-policy-exceeds-user',
    "The session policy allows S3 but the federating user's policies do not.",
    req({ principal: fed(), identity: callerId('sqs:*'), session: sp(allow('s3:*')) }),
    'implicitDeny',
    DOC.federationToken,
  ),
  kase(
    'federated-user-session-policy-deny',
    'A Deny in the federation session policy.',
    req({ principal: fed(), identity: callerId(), session: sp([allow('*'), deny('s3:*')]) }),
    'explicitDeny',
    DOC.federationToken,
  ),
  kase(
    'resource-grant-session-arn-ignores-session-policy',
    'Same account: a bucket grant to the role session ARN is not limited by the session policy.',
    req({
      principal: session(),
      identity: roleId('sqs:*'),
      session: sp(allow('sqs:*')),
      resourcePolicy: bucket(sessionArn()),
    }),
    { decision: 'allowed', decidedBy: [{ policyId: 'bucket-policy', statementIndex: 0 }] },
    DOC.denyAllow,
  ),
  kase(
    'resource-grant-role-arn-limited-by-session-policy',
    'Same account: a grant to the role ARN is limited by the session policy.',
    req({
      principal: session(),
      identity: roleId('sqs:*'),
      session: sp(allow('sqs:*')),
      resourcePolicy: bucket(roleArn()),
    }),
    'implicitDeny',
    DOC.denyAllow,
  ),
  kase(
    'resource-grant-role-arn-session-policy-allows',
    'The same role-ARN grant when the session policy allows S3.',
    req({ principal: session(), session: sp(allow('s3:GetObject')), resourcePolicy: bucket(roleArn()) }),
    'allowed',
    DOC.denyAllow,
  ),
  kase(
    'resource-grant-federated-user-arn-no-session-policy',
    'A bucket grant naming the federated-user session ARN works even without a session policy.',
    req({ principal: fed(), resourcePolicy: bucket(fedArn()) }),
    'allowed',
    DOC.federationToken,
  ),
  kase(
    'resource-grant-federated-user-arn-session-policy-narrow',
    'A grant to the federated-user ARN is not limited by the session policy.',
    req({ principal: fed(), session: sp(allow('sqs:*')), resourcePolicy: bucket(fedArn()) }),
    'allowed',
    DOC.denyAllow,
  ),
  kase(
    'resource-grant-caller-user-arn-limited-by-session-policy',
    'A grant naming the IAM user who federated is limited by the session policy.',
    req({ principal: fed(), session: sp(allow('sqs:*')), resourcePolicy: bucket(userArn()) }),
    'implicitDeny',
    DOC.denyAllow,
  ),
  kase(
    'resource-grant-caller-user-arn-session-policy-allows',
    'A grant naming the federating user, with a session policy that allows: allowed.',
    req({ principal: fed(), session: sp(allow('s3:GetObject')), resourcePolicy: bucket(userArn()) }),
    'allowed',
    DOC.denyAllow,
  ),
  kase(
    'resource-grant-star-principal-arn-condition-ignores-session-policy',
    'Principal "*" with an aws:PrincipalArn condition on the role: not limited by the session policy.',
    req({
      principal: session(),
      session: sp(allow('sqs:*')),
      resourcePolicy: bucket('*', { ArnEquals: { 'aws:PrincipalArn': roleArn() } }),
    }),
    'allowed',
    DOC.denyAllow,
  ),
  kase(
    'session-policy-deny-beats-resource-grant',
    'A session policy Deny beats a bucket grant to the session ARN.',
    req({
      principal: session(),
      session: sp([allow('*'), deny('s3:GetObject')]),
      resourcePolicy: bucket(sessionArn()),
    }),
    'explicitDeny',
  ),
  kase(
    'session-policy-on-user-ignored',
    'IAM users calling with long-term credentials have no session: no session-policy gate (no policies here, nothing allows).',
    req({ identity: callerId('sqs:*') }),
    'implicitDeny',
  ),
);

for (const c of cases) c.doc ??= SP;
export const topic: CaseTopic = { topic: 'sessions', doc: SP, cases };
