/** Topic: service control policies per org level; management account, service-linked roles, member root. */
import {
  DOC,
  A,
  B,
  ORG,
  allow,
  deny,
  kase,
  pol,
  req,
  orgLevels,
  user,
  session,
  root,
  member,
  management,
  res,
  rootArn,
  OBJ,
  inlineAllow,
  bucketPolicy,
  type CaseTopic,
  type EngineCase,
} from '../case-kit';

const cases: EngineCase[] = [];
const S = DOC.scpEval;
const alice = user('alice', { org: member() });
const idAllow = inlineAllow();
const ec2Only = (id: string) => pol(id, allow('ec2:*'));
const denyS3 = (id: string) => pol(id, deny('s3:*'));

cases.push(
  kase(
    'scp-full-access-all-levels',
    'FullAWSAccess at root, OU and account: the identity Allow decides.',
    req({ principal: alice, identity: idAllow, scps: orgLevels() }),
    'allowed',
  ),
  kase(
    'scp-root-level-no-allow',
    'The root level only allows EC2: S3 is implicitly denied by the SCP.',
    req({
      principal: alice,
      identity: idAllow,
      scps: orgLevels(A, { root: [ec2Only('root-ec2-only')] }, { root: true }),
    }),
    { decision: 'implicitDeny', decidedBy: [] },
  ),
  kase(
    'scp-ou-level-no-allow',
    'The OU level only allows EC2.',
    req({ principal: alice, identity: idAllow, scps: orgLevels(A, { ou: [ec2Only('ou-ec2-only')] }, { ou: true }) }),
    'implicitDeny',
  ),
  kase(
    'scp-account-level-no-allow',
    'The account level only allows EC2.',
    req({
      principal: alice,
      identity: idAllow,
      scps: orgLevels(A, { account: [ec2Only('acct-ec2-only')] }, { account: true }),
    }),
    'implicitDeny',
  ),
  kase(
    'scp-every-level-must-allow',
    'Root and account allow S3 but the OU does not: denied. Each level must allow.',
    req({
      principal: alice,
      identity: idAllow,
      scps: orgLevels(A, { ou: [pol('ou-sqs', allow('sqs:*'))] }, { ou: true }),
    }),
    'implicitDeny',
  ),
  kase(
    'scp-allow-list-wildcard-match',
    'An OU allow-list with s3:Get* lets GetObject through.',
    req({
      principal: alice,
      identity: idAllow,
      scps: orgLevels(A, { ou: [pol('ou-s3-read', allow('s3:Get*'))] }, { ou: true }),
    }),
    'allowed',
  ),
  kase(
    'scp-allow-list-wildcard-miss',
    'The same allow-list does not cover PutObject.',
    req({
      principal: alice,
      action: 's3:PutObject',
      identity: idAllow,
      scps: orgLevels(A, { ou: [pol('ou-s3-read', allow('s3:Get*'))] }, { ou: true }),
    }),
    'implicitDeny',
  ),
  kase(
    'scp-explicit-deny',
    'An SCP Deny at the OU is an explicit deny.',
    req({ principal: alice, identity: idAllow, scps: orgLevels(A, { ou: [denyS3('ou-deny-s3')] }) }),
    { decision: 'explicitDeny', decidedBy: [{ policyId: 'ou-deny-s3', statementIndex: 0 }] },
  ),
  kase(
    'scp-explicit-deny-account-level',
    'An SCP Deny attached directly to the account.',
    req({ principal: alice, identity: idAllow, scps: orgLevels(A, { account: [denyS3('acct-deny-s3')] }) }),
    'explicitDeny',
  ),
  kase(
    'scp-never-grants',
    'SCPs allow s3:* everywhere but the user has no identity policy: implicit deny.',
    req({ principal: alice, scps: orgLevels() }),
    'implicitDeny',
    DOC.scp,
  ),
  kase(
    'scp-deny-with-region-condition-fires',
    'Deny outside us-east-1: a request to eu-west-1 is denied.',
    req({
      principal: alice,
      identity: idAllow,
      context: { 'aws:RequestedRegion': 'eu-west-1' },
      scps: orgLevels(A, {
        root: [pol('region-lock', deny('*', '*', { StringNotEquals: { 'aws:RequestedRegion': 'us-east-1' } }))],
      }),
    }),
    'explicitDeny',
  ),
  kase(
    'scp-deny-with-region-condition-passes',
    'A request to us-east-1 passes the region lock.',
    req({
      principal: alice,
      identity: idAllow,
      context: { 'aws:RequestedRegion': 'us-east-1' },
      scps: orgLevels(A, {
        root: [pol('region-lock', deny('*', '*', { StringNotEquals: { 'aws:RequestedRegion': 'us-east-1' } }))],
      }),
    }),
    'allowed',
  ),
  kase(
    'scp-deny-notaction',
    'Deny NotAction [s3:*] in an SCP leaves S3 alone.',
    req({
      principal: alice,
      identity: idAllow,
      scps: orgLevels(A, { ou: [pol('only-s3', { Effect: 'Deny', NotAction: 's3:*', Resource: '*' })] }),
    }),
    'allowed',
  ),
  kase(
    'scp-deny-exempts-admin-role',
    'SCP Deny with ArnNotLike aws:PrincipalArn exempting the admin role: the admin session passes.',
    req({
      principal: session('admin', 's1', { org: member() }),
      identity: idAllow,
      scps: orgLevels(A, {
        root: [
          pol('protect', deny('s3:*', '*', { ArnNotLike: { 'aws:PrincipalArn': `arn:aws:iam::${A}:role/admin` } })),
        ],
      }),
    }),
    'allowed',
  ),
  kase(
    'scp-deny-exemption-does-not-cover-user',
    'The same SCP denies alice.',
    req({
      principal: alice,
      identity: idAllow,
      scps: orgLevels(A, {
        root: [
          pol('protect', deny('s3:*', '*', { ArnNotLike: { 'aws:PrincipalArn': `arn:aws:iam::${A}:role/admin` } })),
        ],
      }),
    }),
    'explicitDeny',
  ),
  kase(
    'scp-management-account-unaffected-deny',
    'SCPs do not affect principals of the management account, even a Deny.',
    req({
      principal: user('alice', { org: management() }),
      identity: idAllow,
      scps: orgLevels(A, { root: [denyS3('deny-s3')] }),
    }),
    'allowed',
    DOC.scp,
  ),
  kase(
    'scp-management-account-unaffected-no-allow',
    'An allow-list that omits S3 does not affect the management account either.',
    req({
      principal: user('alice', { org: management() }),
      identity: idAllow,
      scps: orgLevels(A, { root: [ec2Only('ec2-only')] }, { root: true }),
    }),
    'allowed',
    DOC.scp,
  ),
  kase(
    'scp-service-linked-role-unaffected',
    'SCPs do not restrict service-linked roles.',
    req({
      principal: session('AWSServiceRoleForSupport', 's1', { org: member(), serviceLinked: true }),
      identity: idAllow,
      scps: orgLevels(A, { root: [denyS3('deny-s3')] }),
    }),
    'allowed',
    DOC.scp,
  ),
  kase(
    'scp-normal-role-affected',
    'A normal role session in the member account is restricted.',
    req({
      principal: session('app', 's1', { org: member() }),
      identity: idAllow,
      scps: orgLevels(A, { root: [denyS3('deny-s3')] }),
    }),
    'explicitDeny',
    DOC.scp,
  ),
  kase(
    'scp-member-root-explicit-deny',
    'SCPs do bind the root user of a member account.',
    req({ principal: root(A, { org: member() }), scps: orgLevels(A, { root: [denyS3('deny-s3')] }) }),
    'explicitDeny',
    DOC.scp,
  ),
  kase(
    'scp-member-root-no-allow',
    'Member root is implicitly denied when a level has no allowing SCP.',
    req({
      principal: root(A, { org: member() }),
      scps: orgLevels(A, { account: [ec2Only('ec2-only')] }, { account: true }),
    }),
    'implicitDeny',
    DOC.scp,
  ),
  kase(
    'scp-member-root-full-access',
    'Member root with FullAWSAccess everywhere keeps its full access.',
    req({ principal: root(A, { org: member() }), scps: orgLevels() }),
    'allowed',
    DOC.scp,
  ),
  kase(
    'scp-management-root-unaffected',
    "The management account's root user is not affected by SCPs.",
    req({ principal: root(A, { org: management() }), scps: orgLevels(A, { root: [denyS3('deny-s3')] }) }),
    'allowed',
    DOC.scp,
  ),
  kase(
    'scp-member-root-deny-by-principal-arn',
    'The documented way to restrict member roots: SCP Deny with aws:PrincipalArn arn:aws:iam::*:root.',
    req({
      principal: root(A, { org: member() }),
      scps: orgLevels(A, {
        root: [pol('no-root', deny('*', '*', { ArnLike: { 'aws:PrincipalArn': 'arn:aws:iam::*:root' } }))],
      }),
    }),
    'explicitDeny',
    DOC.scp,
  ),
  kase(
    'scp-not-in-org-no-scps',
    'An account outside any organization has no SCPs: the identity policy decides.',
    req({ identity: idAllow }),
    'allowed',
    DOC.scp,
  ),
  kase(
    'scp-resource-account-scps-do-not-apply',
    "SCPs apply to the principals of the accounts they are attached to. A caller from B is not restricted by SCPs of the resource account A (given here as the caller's SCPs: none).",
    req({
      principal: user('bob', { account: B }),
      identity: [pol('user/bob#inline/Main', allow('s3:*'))],
      resource: res(OBJ, A),
      resourcePolicy: bucketPolicy({ AWS: rootArn(B) }),
    }),
    { decision: 'allowed', sides: { principal: 'allowed', resource: 'allowed' } },
    DOC.scp,
  ),
  kase(
    'scp-with-condition-on-principal-org',
    'SCP conditions can use derived keys: Deny unless in the org (always true here).',
    req({
      principal: alice,
      identity: idAllow,
      scps: orgLevels(A, {
        root: [pol('org-only', deny('*', '*', { StringNotEquals: { 'aws:PrincipalOrgID': ORG } }))],
      }),
    }),
    'allowed',
  ),
);

for (const c of cases) c.doc ??= S;
export const topic: CaseTopic = { topic: 'scps', doc: S, cases };
