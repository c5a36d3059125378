/** Topic: role trust policies (sts:AssumeRole on the role resource) and KMS key policies: both must allow explicitly. */
import {
  DOC,
  A,
  B,
  KEY,
  allow,
  deny,
  kase,
  pol,
  req,
  stmt,
  user,
  res,
  userArn,
  roleArn,
  rootArn,
  inlineId,
  type CaseTopic,
  type EngineCase,
  type Stmt,
} from '../case-kit';
import type { JsonValue, PrincipalSpec } from '../../../../shared/iam/request';

const cases: EngineCase[] = [];
const ROLE = roleArn('deploy');
/** A trust policy (no Resource element) with one statement. */
function trustDoc(principal: JsonValue, condition?: Stmt, effect: 'Allow' | 'Deny' = 'Allow') {
  const st: Stmt = { Effect: effect, Principal: principal, Action: 'sts:AssumeRole' };
  if (condition) st.Condition = condition;
  return pol('trust/deploy', st);
}
const assume = (o: {
  principal?: PrincipalSpec;
  identity?: ReturnType<typeof pol>[];
  trust?: ReturnType<typeof pol>;
  context?: Record<string, string>;
}) =>
  req({
    principal: o.principal,
    action: 'sts:AssumeRole',
    resource: res(ROLE),
    identity: o.identity,
    trust: o.trust,
    context: o.context,
  });
const assumeAllow = [pol(inlineId(), allow('sts:AssumeRole', ROLE))];
/** An AWS service assuming a role whose trust policy names the EC2 service. */
const serviceAssumesEc2Role = (service: string) =>
  assume({ principal: { kind: 'service', account: A, service }, trust: trustDoc({ Service: 'ec2.amazonaws.com' }) });
const T = DOC.rolesVsResource;

cases.push(
  kase(
    'trust-names-user-same-account',
    'Same account: a trust policy naming alice lets her assume the role without an identity Allow.',
    assume({ trust: trustDoc({ AWS: userArn() }) }),
    { decision: 'allowed', decidedBy: [{ policyId: 'trust/deploy', statementIndex: 0 }] },
    DOC.denyAllow,
  ),
  kase(
    'trust-names-account-needs-identity',
    'The trust policy names the account: alice also needs an identity Allow for sts:AssumeRole.',
    assume({ trust: trustDoc({ AWS: rootArn() }) }),
    'implicitDeny',
    T,
  ),
  kase(
    'trust-names-account-with-identity',
    'Account in the trust policy plus an identity Allow: allowed.',
    assume({ trust: trustDoc({ AWS: rootArn() }), identity: assumeAllow }),
    'allowed',
    T,
  ),
  kase(
    'trust-does-not-name-caller',
    'An identity Allow is not enough when the trust policy does not name the caller (trust must allow explicitly).',
    assume({ trust: trustDoc({ AWS: userArn('bob') }), identity: assumeAllow }),
    'implicitDeny',
    DOC.denyAllow,
  ),
  kase(
    'trust-missing',
    'No trust policy given: nothing trusts the caller.',
    assume({ identity: assumeAllow }),
    'implicitDeny',
    DOC.denyAllow,
  ),
  kase(
    'trust-cross-account-both',
    "Cross-account: trust names account B and B's identity policy allows sts:AssumeRole.",
    assume({
      principal: user('bob', { account: B }),
      trust: trustDoc({ AWS: rootArn(B) }),
      identity: [pol('user/bob#inline/Main', allow('sts:AssumeRole', ROLE))],
    }),
    { decision: 'allowed', sides: { principal: 'allowed', resource: 'allowed' } },
    DOC.crossAccount,
  ),
  kase(
    'trust-cross-account-no-identity',
    'Cross-account: trust names B but bob has no permission to call AssumeRole.',
    assume({ principal: user('bob', { account: B }), trust: trustDoc({ AWS: rootArn(B) }) }),
    'implicitDeny',
    DOC.crossAccount,
  ),
  kase(
    'trust-external-id-match',
    'Trust requires sts:ExternalId; the caller passes the right one.',
    assume({
      principal: user('bob', { account: B }),
      trust: trustDoc({ AWS: rootArn(B) }, { StringEquals: { 'sts:ExternalId': 'Unique-1234' } }),
      identity: [pol('user/bob#inline/Main', allow('sts:AssumeRole'))],
      context: { 'sts:ExternalId': 'Unique-1234' },
    }),
    'allowed',
    T,
  ),
  kase(
    'trust-external-id-missing',
    'The caller passes no external id.',
    assume({
      principal: user('bob', { account: B }),
      trust: trustDoc({ AWS: rootArn(B) }, { StringEquals: { 'sts:ExternalId': 'Unique-1234' } }),
      identity: [pol('user/bob#inline/Main', allow('sts:AssumeRole'))],
    }),
    'implicitDeny',
    T,
  ),
  kase(
    'trust-explicit-deny',
    'A Deny in the trust policy.',
    assume({
      trust: pol('trust/deploy', [
        { Effect: 'Allow', Principal: { AWS: rootArn() }, Action: 'sts:AssumeRole' },
        { Effect: 'Deny', Principal: { AWS: userArn() }, Action: 'sts:AssumeRole' },
      ]),
      identity: assumeAllow,
    }),
    { decision: 'explicitDeny', decidedBy: [{ policyId: 'trust/deploy', statementIndex: 1 }] },
    DOC.denyAllow,
  ),
  kase(
    'trust-mfa-required-present',
    'Trust requires MFA; alice signed in with MFA.',
    assume({
      principal: user('alice', { mfa: { present: true, ageSeconds: 60 } }),
      trust: trustDoc({ AWS: rootArn() }, { Bool: { 'aws:MultiFactorAuthPresent': 'true' } }),
      identity: assumeAllow,
    }),
    'allowed',
    T,
  ),
  kase(
    'trust-mfa-required-absent',
    'Trust requires MFA; alice has none.',
    assume({
      trust: trustDoc({ AWS: rootArn() }, { Bool: { 'aws:MultiFactorAuthPresent': 'true' } }),
      identity: assumeAllow,
    }),
    'implicitDeny',
    T,
  ),
  kase(
    'trust-service-principal',
    'The EC2 service assumes a role whose trust policy names ec2.amazonaws.com.',
    serviceAssumesEc2Role('ec2.amazonaws.com'),
    'allowed',
    DOC.principal,
  ),
  kase(
    'trust-service-principal-other-service',
    'Lambda is not trusted by an EC2 trust policy.',
    serviceAssumesEc2Role('lambda.amazonaws.com'),
    'implicitDeny',
    DOC.principal,
  ),
);

// KMS key policies
const keyReq = (o: {
  principal?: PrincipalSpec;
  identity?: ReturnType<typeof pol>[];
  keyPolicy?: ReturnType<typeof pol>;
}) =>
  req({
    principal: o.principal,
    action: 'kms:Decrypt',
    resource: res(KEY),
    identity: o.identity,
    resourcePolicy: o.keyPolicy,
  });
/** A key policy allowing `action` on the key to the AWS principal `arn`. */
const keyPolicy = (arn: string, action = 'kms:*') =>
  pol('key-policy', stmt('Allow', action, '*', undefined, { Principal: { AWS: arn } }));
const enableIam = keyPolicy(rootArn());
const kmsAllow = [pol(inlineId(), allow('kms:Decrypt', KEY))];
cases.push(
  kase(
    'kms-key-policy-enables-iam-with-identity',
    "The key policy enables IAM (names the account) and alice's policy allows kms:Decrypt.",
    keyReq({ keyPolicy: enableIam, identity: kmsAllow }),
    'allowed',
    DOC.kmsDefault,
  ),
  kase(
    'kms-key-policy-enables-iam-no-identity',
    'The key policy only enables IAM; alice has no identity Allow.',
    keyReq({ keyPolicy: enableIam }),
    'implicitDeny',
    DOC.kmsDefault,
  ),
  kase(
    'kms-key-policy-without-iam',
    'The key policy names only an admin role: IAM policies cannot grant access to this key.',
    keyReq({
      keyPolicy: keyPolicy(roleArn('key-admin')),
      identity: kmsAllow,
    }),
    'implicitDeny',
    DOC.kmsKeyPolicy,
  ),
  kase(
    'kms-key-policy-names-user',
    'The key policy names alice directly: allowed without an identity policy.',
    keyReq({
      keyPolicy: keyPolicy(userArn(), 'kms:Decrypt'),
    }),
    'allowed',
    DOC.kmsKeyPolicy,
  ),
  kase(
    'kms-identity-deny-beats-key-policy',
    'IAM policies can always deny, even when the key policy names the user.',
    keyReq({
      keyPolicy: keyPolicy(userArn(), 'kms:Decrypt'),
      identity: [pol(inlineId(), deny('kms:*'))],
    }),
    'explicitDeny',
    DOC.kmsKeyPolicy,
  ),
  kase(
    'kms-no-key-policy',
    'Without a key policy, IAM alone cannot grant access to a KMS key.',
    keyReq({ identity: kmsAllow }),
    'implicitDeny',
    DOC.kmsKeyPolicy,
  ),
);

for (const c of cases) c.doc ??= T;
export const topic: CaseTopic = { topic: 'trust-kms', doc: T, cases };
