/** Topics: the root user; expired credentials and sts:GetCallerIdentity; malformed policies fail closed. */
import {
  DOC,
  A,
  B,
  KEY,
  OBJ,
  allow,
  deny,
  kase,
  pol,
  req,
  stmt,
  user,
  session,
  fed,
  root,
  res,
  rootArn,
  roleArn,
  inlineId,
  bucketPolicy,
  orgLevels,
  member,
  type CaseTopic,
  type EngineCase,
} from '../case-kit';
import type { PolicyInput } from '../../../../shared/iam/request';

// ---- root ------------------------------------------------------------------------------------------------------
const rootCases: EngineCase[] = [];
const bucketDenyAll = bucketPolicy('*', { effect: 'Deny', action: 's3:*' });
rootCases.push(
  kase(
    'root-full-access-no-policies',
    'The root user has full access in its own account without any policy.',
    req({ principal: root() }),
    'allowed',
    DOC.denyAllow,
  ),
  kase(
    'root-full-access-other-service',
    'Root needs no policy for DynamoDB either.',
    req({
      principal: root(),
      action: 'dynamodb:DeleteTable',
      resource: res(`arn:aws:dynamodb:us-east-1:${A}:table/Orders`),
    }),
    'allowed',
    DOC.denyAllow,
  ),
  kase(
    'root-resource-policy-deny',
    'An explicit Deny in a bucket policy (Principal "*") also binds root.',
    req({ principal: root(), resourcePolicy: bucketDenyAll }),
    'explicitDeny',
    DOC.denyAllow,
  ),
  kase(
    'root-resource-policy-deny-root-arn',
    'A Deny naming the account root ARN binds the root user.',
    req({
      principal: root(),
      resourcePolicy: bucketPolicy({ AWS: rootArn() }, { effect: 'Deny', action: 's3:*' }),
    }),
    'explicitDeny',
    DOC.principal,
  ),
  kase(
    'root-member-account-scp-deny',
    'In a member account an SCP Deny binds root.',
    req({ principal: root(A, { org: member() }), scps: orgLevels(A, { ou: [pol('deny-s3', deny('s3:*'))] }) }),
    'explicitDeny',
    DOC.scp,
  ),
  kase(
    'root-cross-account-granted',
    "Root of B reaching A's bucket: B's root has B's side, the bucket grants account B.",
    req({
      principal: root(B),
      resource: res(OBJ, A),
      resourcePolicy: bucketPolicy({ AWS: rootArn(B) }),
    }),
    { decision: 'allowed', sides: { principal: 'allowed', resource: 'allowed' } },
    DOC.crossAccount,
  ),
  kase(
    'root-cross-account-not-granted',
    "Root of B has no access to A's bucket without A's grant.",
    req({ principal: root(B), resource: res(OBJ, A) }),
    { decision: 'implicitDeny', sides: { principal: 'allowed', resource: 'implicitDeny' } },
    DOC.crossAccount,
  ),
  kase(
    'root-kms-key-policy-without-account',
    'A key policy that does not name the account: even root cannot use the key.',
    req({
      principal: root(),
      action: 'kms:Decrypt',
      resource: res(KEY),
      resourcePolicy: pol(
        'key-policy',
        stmt('Allow', 'kms:*', '*', undefined, { Principal: { AWS: roleArn('key-admin') } }),
      ),
    }),
    'implicitDeny',
    DOC.kmsKeyPolicy,
  ),
  kase(
    'root-kms-key-policy-with-account',
    'The default key policy names the account root: root may use the key.',
    req({
      principal: root(),
      action: 'kms:Decrypt',
      resource: res(KEY),
      resourcePolicy: pol('key-policy', stmt('Allow', 'kms:*', '*', undefined, { Principal: { AWS: rootArn() } })),
    }),
    'allowed',
    DOC.kmsDefault,
  ),
  kase(
    'root-cannot-assume-role',
    'AssumeRole cannot be called with root user credentials, even if the trust policy names the account.',
    req({
      principal: root(),
      action: 'sts:AssumeRole',
      resource: res(roleArn('deploy')),
      trust: pol('trust/deploy', { Effect: 'Allow', Principal: { AWS: rootArn() }, Action: 'sts:AssumeRole' }),
    }),
    'implicitDeny',
    DOC.assumeRoleApi,
  ),
  kase(
    'root-condition-deny-not-matching',
    "A Deny conditioned on another IP does not touch root's request.",
    req({
      principal: root(),
      context: { 'aws:SourceIp': '203.0.113.5' },
      resourcePolicy: bucketPolicy('*', {
        effect: 'Deny',
        action: 's3:*',
        condition: { NotIpAddress: { 'aws:SourceIp': '203.0.113.0/24' } },
      }),
    }),
    'allowed',
    DOC.denyAllow,
  ),
);
export const rootTopic: CaseTopic = { topic: 'root', doc: DOC.rootUser, cases: rootCases };

// ---- credentials -------------------------------------------------------------------------------------------------
const credCases: EngineCase[] = [];
const roleAllow = [pol('role/app#inline/Main', allow('s3:*'))];
const gci = (o: Parameters<typeof req>[0] = {}) => req({ action: 'sts:GetCallerIdentity', resource: '*', ...o });
credCases.push(
  kase(
    'expired-role-session',
    'Credentials that expired before the request fail authentication; no policy is read.',
    req({
      principal: session('app', 's1', { issuedAt: '2025-06-01T10:00:00Z', expiresAt: '2025-06-01T11:00:00Z' }),
      identity: roleAllow,
    }),
    { decision: 'implicitDeny', decidedBy: [] },
    DOC.tempCredsRevoke,
  ),
  kase(
    'valid-role-session',
    'The same session one hour earlier: still valid.',
    req({
      now: '2025-06-01T10:30:00Z',
      principal: session('app', 's1', { issuedAt: '2025-06-01T10:00:00Z', expiresAt: '2025-06-01T11:00:00Z' }),
      identity: roleAllow,
    }),
    'allowed',
    DOC.tempCredsRevoke,
  ),
  kase(
    'expired-at-exact-instant',
    'A request at the exact expiry instant is already expired.',
    req({
      now: '2025-06-01T11:00:00Z',
      principal: session('app', 's1', { issuedAt: '2025-06-01T10:00:00Z', expiresAt: '2025-06-01T11:00:00Z' }),
      identity: roleAllow,
    }),
    'implicitDeny',
    DOC.tempCredsRevoke,
  ),
  kase(
    'expired-federated-user',
    'An expired GetFederationToken session fails too.',
    req({
      principal: fed('fed', 'alice', { issuedAt: '2025-05-30T00:00:00Z', expiresAt: '2025-05-31T00:00:00Z' }),
      identity: [pol('user/alice#inline/Main', allow('s3:*'))],
      session: [pol('session/inline', allow('s3:*'))],
    }),
    'implicitDeny',
    DOC.federationToken,
  ),
  kase(
    'get-caller-identity-no-policies',
    'sts:GetCallerIdentity needs no permission.',
    gci(),
    'allowed',
    DOC.getCallerIdentity,
  ),
  kase(
    'get-caller-identity-explicit-deny',
    'sts:GetCallerIdentity succeeds even under an explicit Deny *.',
    gci({ identity: [pol(inlineId(), deny('*'))] }),
    'allowed',
    DOC.getCallerIdentity,
  ),
  kase(
    'get-caller-identity-scp-deny',
    'An SCP denying everything does not stop GetCallerIdentity.',
    gci({ principal: user('alice', { org: member() }), scps: orgLevels(A, { root: [pol('deny-all', deny('*'))] }) }),
    'allowed',
    DOC.getCallerIdentity,
  ),
  kase(
    'get-caller-identity-role-session',
    'A role session can always ask who it is.',
    gci({ principal: session() }),
    'allowed',
    DOC.getCallerIdentity,
  ),
  kase(
    'get-caller-identity-expired',
    'Expired credentials fail authentication, even for GetCallerIdentity.',
    gci({ principal: session('app', 's1', { expiresAt: '2025-06-01T11:00:00Z' }) }),
    'implicitDeny',
    DOC.tempCredsRevoke,
  ),
);
export const credentialsTopic: CaseTopic = { topic: 'credentials', doc: DOC.tempCredsRevoke, cases: credCases };

// ---- malformed -------------------------------------------------------------------------------------------------------
const badCases: EngineCase[] = [];
const raw = (id: string, text: string): PolicyInput => ({ id, document: text });
const good = pol('user/alice#inline/Good', allow('s3:GetObject'));
badCases.push(
  kase(
    'malformed-json-text-skipped',
    'An identity policy that is not valid JSON is skipped: nothing allows.',
    req({
      identity: [raw('user/alice#inline/Broken', '{"Version": "2012-10-17", "Statement": [ {"Effect": "Allow", ')],
    }),
    { decision: 'implicitDeny', errors: ['user/alice#inline/Broken'] },
    DOC.grammar,
  ),
  kase(
    'malformed-other-policy-still-allows',
    'A broken policy beside a valid one: the valid Allow still counts.',
    req({ identity: [raw('user/alice#inline/Broken', '{not json'), good] }),
    { decision: 'allowed', errors: ['user/alice#inline/Broken'] },
    DOC.grammar,
  ),
  kase(
    'malformed-invalid-effect',
    'Effect "Permit" is not a valid effect: the policy grants nothing.',
    req({ identity: [pol('user/alice#inline/Bad', { Effect: 'Permit', Action: 's3:GetObject', Resource: '*' })] }),
    { decision: 'implicitDeny', errors: ['user/alice#inline/Bad'] },
    DOC.effect,
  ),
  kase(
    'malformed-effect-lowercase',
    'Effect values are case-sensitive: "allow" is invalid.',
    req({ identity: [pol('user/alice#inline/Bad', { Effect: 'allow', Action: 's3:GetObject', Resource: '*' })] }),
    { decision: 'implicitDeny', errors: ['user/alice#inline/Bad'] },
    DOC.effect,
  ),
  kase(
    'malformed-action-and-notaction',
    'A statement with both Action and NotAction is invalid.',
    req({
      identity: [
        pol('user/alice#inline/Bad', { Effect: 'Allow', Action: 's3:GetObject', NotAction: 'iam:*', Resource: '*' }),
      ],
    }),
    { decision: 'implicitDeny', errors: ['user/alice#inline/Bad'] },
    DOC.notAction,
  ),
  kase(
    'malformed-no-statement',
    'A document without Statement is invalid.',
    req({ identity: [{ id: 'user/alice#inline/Bad', document: { Version: '2012-10-17' } }] }),
    { decision: 'implicitDeny', errors: ['user/alice#inline/Bad'] },
    DOC.statement,
  ),
  kase(
    'malformed-unknown-operator',
    'An unknown condition operator makes the policy invalid; it cannot allow.',
    req({
      identity: [
        pol(
          'user/alice#inline/Bad',
          allow('s3:GetObject', '*', { StringEqualz: { 'aws:RequestedRegion': 'us-east-1' } }),
        ),
      ],
      context: { 'aws:RequestedRegion': 'us-east-1' },
    }),
    'implicitDeny',
    DOC.operators,
  ),
  kase(
    'malformed-scp-fails-closed',
    'The only SCP at the OU level is broken: that level has no allow, so the request is denied.',
    req({
      principal: user('alice', { org: member() }),
      identity: [good],
      scps: [
        { level: 'root', id: 'r-ab12', policies: [pol('full-root', allow('*'))] },
        { level: 'ou', id: 'ou-ab12-11111111', policies: [raw('ou-broken', '[1,2')] },
        { level: 'account', id: A, policies: [pol('full-account', allow('*'))] },
      ],
    }),
    { decision: 'implicitDeny', errors: ['ou-broken'] },
    DOC.scpEval,
  ),
  kase(
    'malformed-boundary-fails-closed',
    'A broken permissions boundary allows nothing: the identity Allow is capped.',
    req({ identity: [good], boundary: raw(`arn:aws:iam::${A}:policy/Boundary`, '{"Statement": ') }),
    { decision: 'implicitDeny', errors: [`arn:aws:iam::${A}:policy/Boundary`] },
    DOC.boundaries,
  ),
  kase(
    'malformed-session-policy-fails-closed',
    'A broken session policy allows nothing: the role session is capped.',
    req({
      principal: session(),
      identity: [pol('role/app#inline/Main', allow('s3:*'))],
      session: [raw('session/inline', '{{')],
    }),
    { decision: 'implicitDeny', errors: ['session/inline'] },
    DOC.sessionPolicies,
  ),
  kase(
    'malformed-resource-policy-grants-nothing',
    'A broken bucket policy cannot grant.',
    req({
      resourcePolicy: raw(
        'bucket-policy',
        '{"Version":"2012-10-17","Statement":{"Effect":"Allow","Principal":"*","Action":"s3:GetObject","Resource":',
      ),
    }),
    { decision: 'implicitDeny', errors: ['bucket-policy'] },
    DOC.grammar,
  ),
  kase(
    'malformed-version-unknown',
    'An unknown Version value makes the policy invalid.',
    req({ identity: [pol('user/alice#inline/Bad', allow('s3:GetObject'), '2020-01-01')] }),
    { decision: 'implicitDeny', errors: ['user/alice#inline/Bad'] },
    DOC.version,
  ),
);
export const malformedTopic: CaseTopic = { topic: 'malformed', doc: DOC.grammar, cases: badCases };
