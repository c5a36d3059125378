/** Topic: resource control policies on the resource's account, per org level; exemptions. */
import {
  DOC,
  A,
  B,
  ORG,
  KEY,
  allow,
  kase,
  pol,
  req,
  stmt,
  orgLevels,
  user,
  session,
  member,
  management,
  res,
  rootArn,
  OBJ,
  inlineId,
  inlineAllow,
  bucketPolicy,
  RCP_FULL,
  type CaseTopic,
  type EngineCase,
  type Stmt,
} from '../case-kit';

const cases: EngineCase[] = [];
const R = DOC.rcpEval;
const idAllow = inlineAllow();
const rcpDeny = (id: string, action: string | string[], condition?: Stmt) =>
  pol(id, {
    Effect: 'Deny',
    Principal: '*',
    Action: action,
    Resource: '*',
    ...(condition ? { Condition: condition } : {}),
  });
const rcpAllow = (id: string, action: string | string[]) =>
  pol(id, { Effect: 'Allow', Principal: '*', Action: action, Resource: '*' });
const memberObj = res(OBJ, A, { org: member() });
const rcps = (extra: Parameters<typeof orgLevels>[1] = {}, replace: Parameters<typeof orgLevels>[2] = {}) =>
  orgLevels(A, extra, replace, RCP_FULL);
const outsideOrgDeny = rcpDeny('rcp-org-perimeter', 's3:*', {
  StringNotEqualsIfExists: { 'aws:PrincipalOrgID': ORG },
  BoolIfExists: { 'aws:PrincipalIsAWSService': 'false' },
});
const bucketAllowsB = bucketPolicy({ AWS: rootArn(B) });

cases.push(
  kase(
    'rcp-full-access',
    'RCPFullAWSAccess at every level: the identity Allow decides.',
    req({ identity: idAllow, resource: memberObj, rcps: rcps() }),
    'allowed',
  ),
  kase(
    'rcp-never-grants',
    'RCPs allow everything but nothing grants: implicit deny.',
    req({ resource: memberObj, rcps: rcps() }),
    'implicitDeny',
    DOC.rcp,
  ),
  kase(
    'rcp-explicit-deny-same-account',
    'An RCP Deny applies to callers of the same account too.',
    req({ identity: idAllow, resource: memberObj, rcps: rcps({ account: [rcpDeny('rcp-deny-get', 's3:GetObject')] }) }),
    { decision: 'explicitDeny', decidedBy: [{ policyId: 'rcp-deny-get', statementIndex: 0 }] },
  ),
  kase(
    'rcp-level-without-allow',
    'The OU level carries only an RCP that allows SQS: S3 is denied.',
    req({
      identity: idAllow,
      resource: memberObj,
      rcps: rcps({ ou: [rcpAllow('rcp-ou-sqs', 'sqs:*')] }, { ou: true }),
    }),
    'implicitDeny',
  ),
  kase(
    'rcp-secure-transport-deny-fires',
    'Deny when SecureTransport is false.',
    req({
      identity: idAllow,
      resource: memberObj,
      context: { 'aws:SecureTransport': false },
      rcps: rcps({ root: [rcpDeny('rcp-tls', 's3:*', { BoolIfExists: { 'aws:SecureTransport': 'false' } })] }),
    }),
    'explicitDeny',
  ),
  kase(
    'rcp-secure-transport-deny-passes',
    'With TLS the Deny does not fire.',
    req({
      identity: idAllow,
      resource: memberObj,
      context: { 'aws:SecureTransport': true },
      rcps: rcps({ root: [rcpDeny('rcp-tls', 's3:*', { BoolIfExists: { 'aws:SecureTransport': 'false' } })] }),
    }),
    'allowed',
  ),
  kase(
    'rcp-org-perimeter-blocks-outsider',
    'A data perimeter RCP denies a principal from outside the org, even though the bucket policy grants its account.',
    req({
      principal: user('bob', { account: B }),
      identity: [pol('user/bob#inline/Main', allow('s3:*'))],
      resource: memberObj,
      resourcePolicy: bucketAllowsB,
      rcps: rcps({ root: [outsideOrgDeny] }),
    }),
    'explicitDeny',
  ),
  kase(
    'rcp-org-perimeter-lets-insider',
    'A principal of another member account of the same org passes the perimeter.',
    req({
      principal: user('bob', { account: B, org: member() }),
      identity: [pol('user/bob#inline/Main', allow('s3:*'))],
      resource: memberObj,
      resourcePolicy: bucketAllowsB,
      rcps: rcps({ root: [outsideOrgDeny] }),
    }),
    { decision: 'allowed', sides: { principal: 'allowed', resource: 'allowed' } },
  ),
  kase(
    'rcp-management-account-resource-exempt',
    'RCPs do not apply to resources of the management account.',
    req({
      identity: idAllow,
      resource: res(OBJ, A, { org: management() }),
      rcps: rcps({ root: [rcpDeny('rcp-deny-s3', 's3:*')] }),
    }),
    'allowed',
    DOC.rcp,
  ),
  kase(
    'rcp-aws-managed-kms-key-exempt',
    'RCPs do not apply to AWS managed KMS keys.',
    req({
      action: 'kms:Decrypt',
      identity: [pol(inlineId(), allow('kms:Decrypt'))],
      resource: res(KEY, A, { org: member(), awsManagedKey: true }),
      resourcePolicy: pol('key-policy', stmt('Allow', 'kms:*', '*', undefined, { Principal: { AWS: rootArn(A) } })),
      rcps: rcps({ root: [rcpDeny('rcp-deny-kms', 'kms:*')] }),
    }),
    'allowed',
    DOC.rcp,
  ),
  kase(
    'rcp-customer-managed-kms-key-covered',
    'A customer managed key is covered by the same RCP.',
    req({
      action: 'kms:Decrypt',
      identity: [pol(inlineId(), allow('kms:Decrypt'))],
      resource: res(KEY, A, { org: member() }),
      resourcePolicy: pol('key-policy', stmt('Allow', 'kms:*', '*', undefined, { Principal: { AWS: rootArn(A) } })),
      rcps: rcps({ root: [rcpDeny('rcp-deny-kms', 'kms:*')] }),
    }),
    'explicitDeny',
    DOC.rcp,
  ),
  kase(
    'rcp-unsupported-service-unaffected',
    'RCPs cover only the services AWS lists (S3, STS, KMS, SQS, Secrets Manager, ...); EC2 is not one of them.',
    req({
      action: 'ec2:StartInstances',
      identity: [pol(inlineId(), allow('ec2:*'))],
      resource: res(`arn:aws:ec2:us-east-1:${A}:instance/i-0123456789abcdef0`, A, { org: member() }),
      rcps: rcps({ root: [rcpDeny('rcp-deny-ec2', 'ec2:StartInstances')] }),
    }),
    'allowed',
    DOC.rcp,
  ),
  kase(
    'rcp-service-linked-role-exempt',
    'RCPs do not restrict service-linked roles.',
    req({
      principal: session('AWSServiceRoleForBackup', 's1', { serviceLinked: true, org: member() }),
      identity: idAllow,
      resource: memberObj,
      rcps: rcps({ root: [rcpDeny('rcp-deny-s3', 's3:*')] }),
    }),
    'allowed',
    DOC.rcp,
  ),
  kase(
    'rcp-no-rcps-not-in-org',
    'A resource outside any organization has no RCPs.',
    req({ identity: idAllow }),
    'allowed',
    DOC.rcp,
  ),
  kase(
    'rcp-principal-account-rcps-irrelevant',
    'RCPs belong to the resource account. The request lists the RCPs of the resource account (full access) only; the bucket policy and identity both allow.',
    req({
      principal: user('bob', { account: B, org: member() }),
      identity: [pol('user/bob#inline/Main', allow('s3:*'))],
      resource: memberObj,
      resourcePolicy: bucketAllowsB,
      rcps: rcps(),
    }),
    { decision: 'allowed', sides: { principal: 'allowed', resource: 'allowed' } },
  ),
  kase(
    'rcp-deny-explicit-beats-resource-policy',
    'An RCP Deny beats a same-account bucket policy grant.',
    req({
      resource: memberObj,
      resourcePolicy: bucketPolicy({ AWS: `arn:aws:iam::${A}:user/alice` }),
      rcps: rcps({ account: [rcpDeny('rcp-deny-get', 's3:GetObject')] }),
    }),
    'explicitDeny',
  ),
);

for (const c of cases) c.doc ??= R;
export const topic: CaseTopic = { topic: 'rcps', doc: R, cases };
