/**
 * Topic: condition keys the engine derives from the principal (never typed into the context): aws:username,
 * aws:userid, aws:PrincipalArn (a session's is its role ARN), aws:PrincipalAccount, aws:PrincipalTag (session tags
 * override role tags), aws:PrincipalType, MFA present / age, aws:PrincipalOrgID, aws:TokenIssueTime,
 * aws:SourceIdentity.
 */
import {
  DOC,
  A,
  B,
  ORG,
  OTHER_ORG,
  allow,
  idReq,
  kase,
  req,
  rootArn,
  roleArn,
  sessionArn,
  fedArn,
  userArn,
  user,
  session,
  fed,
  root,
  member,
  type CaseTopic,
  type EngineCase,
  type Stmt,
} from '../case-kit';
import type { PrincipalSpec } from '../../../../shared/iam/request';

const cases: EngineCase[] = [];
const GK = DOC.globalKeys;

/** Allow s3:GetObject when the condition holds, for the given principal. Federated users get a session policy too. */
function add(
  name: string,
  note: string,
  principal: PrincipalSpec,
  condition: Stmt,
  expected: 'allowed' | 'implicitDeny',
  anchor: string,
  context?: Record<string, string>,
) {
  const session =
    principal.kind === 'federated-user'
      ? [{ id: 'session/inline', document: { Version: '2012-10-17', Statement: [allow('s3:GetObject')] } }]
      : undefined;
  cases.push(
    kase(
      name,
      note,
      idReq(allow('s3:GetObject', '*', condition), { principal, session, context }),
      expected,
      GK + anchor,
    ),
  );
}

add(
  'username-user',
  'aws:username of an IAM user is its friendly name.',
  user('alice'),
  { StringEquals: { 'aws:username': 'alice' } },
  'allowed',
  '#condition-keys-username',
);
add(
  'username-user-other',
  'alice is not bob.',
  user('alice'),
  { StringEquals: { 'aws:username': 'bob' } },
  'implicitDeny',
  '#condition-keys-username',
);
add(
  'username-absent-for-role-session',
  'Role sessions carry no aws:username.',
  session(),
  { StringLike: { 'aws:username': '*' } },
  'implicitDeny',
  '#condition-keys-username',
);
add(
  'username-null-for-role-session',
  'Null confirms the key is absent for a role session.',
  session(),
  { Null: { 'aws:username': 'true' } },
  'allowed',
  '#condition-keys-username',
);
add(
  'userid-user',
  'aws:userid of an IAM user is its unique id.',
  user('alice', { userId: 'AIDAEXAMPLE111' }),
  { StringEquals: { 'aws:userid': 'AIDAEXAMPLE111' } },
  'allowed',
  '#condition-keys-userid',
);
add(
  'userid-role-session',
  'aws:userid of a role session is role-id:session-name.',
  session('app', 'build-42', { roleId: 'AROAEXAMPLE222' }),
  { StringEquals: { 'aws:userid': 'AROAEXAMPLE222:build-42' } },
  'allowed',
  '#condition-keys-userid',
);
add(
  'userid-role-session-like',
  'The usual pattern: any session of the role.',
  session('app', 'build-42', { roleId: 'AROAEXAMPLE222' }),
  { StringLike: { 'aws:userid': 'AROAEXAMPLE222:*' } },
  'allowed',
  '#condition-keys-userid',
);
add(
  'userid-federated-user',
  'aws:userid of a federated user is account:name.',
  fed('contractor'),
  { StringEquals: { 'aws:userid': `${A}:contractor` } },
  'allowed',
  '#condition-keys-userid',
);
add(
  'principal-arn-user',
  'aws:PrincipalArn of a user is the user ARN.',
  user(),
  { ArnEquals: { 'aws:PrincipalArn': userArn() } },
  'allowed',
  '#condition-keys-principalarn',
);
add(
  'principal-arn-role-session-is-role-arn',
  'For a role session aws:PrincipalArn is the ROLE ARN, not the session ARN.',
  session(),
  { ArnEquals: { 'aws:PrincipalArn': roleArn() } },
  'allowed',
  '#condition-keys-principalarn',
);
add(
  'principal-arn-role-session-not-session-arn',
  'The assumed-role session ARN is not the value of aws:PrincipalArn.',
  session(),
  { ArnEquals: { 'aws:PrincipalArn': sessionArn() } },
  'implicitDeny',
  '#condition-keys-principalarn',
);
add(
  'principal-arn-federated-user',
  'For a federated user aws:PrincipalArn is the federated-user ARN.',
  fed('contractor'),
  { ArnEquals: { 'aws:PrincipalArn': fedArn('contractor') } },
  'allowed',
  '#condition-keys-principalarn',
);
/** Root has no identity policies: test its keys through a Deny in the bucket policy. */
function addRoot(name: string, note: string, condition: Stmt, expected: 'explicitDeny' | 'allowed', anchor: string) {
  const rp = {
    id: 'bucket-policy',
    document: {
      Version: '2012-10-17',
      Statement: [{ Effect: 'Deny', Principal: '*', Action: 's3:GetObject', Resource: '*', Condition: condition }],
    },
  };
  cases.push(kase(name, note, req({ principal: root(), resourcePolicy: rp }), expected, GK + anchor));
}
addRoot(
  'principal-arn-root',
  'For the root user aws:PrincipalArn is the account root ARN (a Deny keyed on it fires).',
  { ArnEquals: { 'aws:PrincipalArn': rootArn() } },
  'explicitDeny',
  '#condition-keys-principalarn',
);
addRoot(
  'principal-arn-root-not-user',
  'The root user is not an IAM user ARN (the Deny does not fire).',
  { ArnLike: { 'aws:PrincipalArn': `arn:aws:iam::${A}:user/*` } },
  'allowed',
  '#condition-keys-principalarn',
);
add(
  'principal-account-user',
  'aws:PrincipalAccount is the caller account.',
  user(),
  { StringEquals: { 'aws:PrincipalAccount': A } },
  'allowed',
  '#condition-keys-principalaccount',
);
add(
  'principal-account-other',
  'The caller is not in account B.',
  user(),
  { StringEquals: { 'aws:PrincipalAccount': B } },
  'implicitDeny',
  '#condition-keys-principalaccount',
);
add(
  'principal-tag-user',
  "aws:PrincipalTag/<k> reads the IAM user's tags.",
  user('alice', { tags: { team: 'blue' } }),
  { StringEquals: { 'aws:PrincipalTag/team': 'blue' } },
  'allowed',
  '#condition-keys-principaltag',
);
add(
  'principal-tag-role',
  "For a role session without session tags, the role's tags.",
  session('app', 's1', { roleTags: { team: 'red' } }),
  { StringEquals: { 'aws:PrincipalTag/team': 'red' } },
  'allowed',
  '#condition-keys-principaltag',
);
add(
  'principal-tag-session-overrides-role',
  'A session tag with the same key overrides the role tag.',
  session('app', 's1', { roleTags: { team: 'red' }, sessionTags: { team: 'blue' } }),
  { StringEquals: { 'aws:PrincipalTag/team': 'blue' } },
  'allowed',
  '#condition-keys-principaltag',
);
add(
  'principal-tag-role-value-hidden-by-session',
  'The overridden role value no longer matches.',
  session('app', 's1', { roleTags: { team: 'red' }, sessionTags: { team: 'blue' } }),
  { StringEquals: { 'aws:PrincipalTag/team': 'red' } },
  'implicitDeny',
  '#condition-keys-principaltag',
);
add(
  'principal-tag-role-and-session-merge',
  'Role tags with other keys remain beside the session tags.',
  session('app', 's1', { roleTags: { cost: 'c1' }, sessionTags: { team: 'blue' } }),
  { StringEquals: { 'aws:PrincipalTag/team': 'blue', 'aws:PrincipalTag/cost': 'c1' } },
  'allowed',
  '#condition-keys-principaltag',
);
add(
  'principal-type-user',
  'aws:PrincipalType is "User" for an IAM user.',
  user(),
  { StringEquals: { 'aws:PrincipalType': 'User' } },
  'allowed',
  '#condition-keys-principaltype',
);
add(
  'principal-type-assumed-role',
  'aws:PrincipalType is "AssumedRole" for a role session.',
  session(),
  { StringEquals: { 'aws:PrincipalType': 'AssumedRole' } },
  'allowed',
  '#condition-keys-principaltype',
);
add(
  'principal-type-federated-user',
  'aws:PrincipalType is "FederatedUser" for a GetFederationToken session.',
  fed(),
  { StringEquals: { 'aws:PrincipalType': 'FederatedUser' } },
  'allowed',
  '#condition-keys-principaltype',
);
addRoot(
  'principal-type-account-root',
  'aws:PrincipalType is "Account" for the root user (a Deny keyed on it fires).',
  { StringEquals: { 'aws:PrincipalType': 'Account' } },
  'explicitDeny',
  '#condition-keys-principaltype',
);
add(
  'mfa-present-true',
  'MFA used: aws:MultiFactorAuthPresent is true.',
  session('app', 's1', { mfa: { present: true, ageSeconds: 300 } }),
  { Bool: { 'aws:MultiFactorAuthPresent': 'true' } },
  'allowed',
  '#condition-keys-multifactorauthpresent',
);
add(
  'mfa-present-false-temp-creds',
  'Temporary credentials without MFA: the key is false.',
  session('app', 's1', { mfa: { present: false } }),
  { Bool: { 'aws:MultiFactorAuthPresent': 'false' } },
  'allowed',
  '#condition-keys-multifactorauthpresent',
);
add(
  'mfa-age-recent',
  'aws:MultiFactorAuthAge 300 s is below 3600.',
  user('alice', { mfa: { present: true, ageSeconds: 300 } }),
  { NumericLessThan: { 'aws:MultiFactorAuthAge': '3600' } },
  'allowed',
  '#condition-keys-multifactorauthage',
);
add(
  'mfa-age-too-old',
  'aws:MultiFactorAuthAge 7200 s is not below 3600.',
  user('alice', { mfa: { present: true, ageSeconds: 7200 } }),
  { NumericLessThan: { 'aws:MultiFactorAuthAge': '3600' } },
  'implicitDeny',
  '#condition-keys-multifactorauthage',
);
add(
  'mfa-age-absent-without-mfa',
  'Without MFA there is no aws:MultiFactorAuthAge; a positive numeric test fails.',
  user('alice'),
  { NumericLessThan: { 'aws:MultiFactorAuthAge': '3600' } },
  'implicitDeny',
  '#condition-keys-multifactorauthage',
);
add(
  'principal-org-id-match',
  "aws:PrincipalOrgID is the caller account's organization.",
  user('alice', { org: member() }),
  { StringEquals: { 'aws:PrincipalOrgID': ORG } },
  'allowed',
  '#condition-keys-principalorgid',
);
add(
  'principal-org-id-other-org',
  'Another organization id does not match.',
  user('alice', { org: member() }),
  { StringEquals: { 'aws:PrincipalOrgID': OTHER_ORG } },
  'implicitDeny',
  '#condition-keys-principalorgid',
);
add(
  'principal-org-id-not-in-org',
  'An account outside any organization has no aws:PrincipalOrgID.',
  user('alice'),
  { StringEquals: { 'aws:PrincipalOrgID': ORG } },
  'implicitDeny',
  '#condition-keys-principalorgid',
);
add(
  'token-issue-time-after',
  'aws:TokenIssueTime is when the session credentials were issued.',
  session('app', 's1', { issuedAt: '2025-06-01T11:00:00Z' }),
  { DateGreaterThan: { 'aws:TokenIssueTime': '2025-06-01T10:00:00Z' } },
  'allowed',
  '#condition-keys-tokenissuetime',
);
add(
  'token-issue-time-revoke-older',
  'The revoke-older-sessions pattern: sessions issued before the cut-off fail.',
  session('app', 's1', { issuedAt: '2025-06-01T09:00:00Z' }),
  { DateGreaterThan: { 'aws:TokenIssueTime': '2025-06-01T10:00:00Z' } },
  'implicitDeny',
  '#condition-keys-tokenissuetime',
);
add(
  'source-identity-match',
  'aws:SourceIdentity carries the identity set when the role was assumed.',
  session('app', 's1', { sourceIdentity: 'alice@example.com' }),
  { StringEquals: { 'aws:SourceIdentity': 'alice@example.com' } },
  'allowed',
  '#condition-keys-sourceidentity',
);
add(
  'source-identity-absent',
  'No source identity set: the key is absent.',
  session(),
  { StringLike: { 'aws:SourceIdentity': '*' } },
  'implicitDeny',
  '#condition-keys-sourceidentity',
);
add(
  'derived-key-not-overridable-by-context',
  'A context entry aws:username=admin is ignored: the engine derives alice.',
  user('alice'),
  { StringEquals: { 'aws:username': 'admin' } },
  'implicitDeny',
  '#condition-keys-username',
  { 'aws:username': 'admin' },
);
add(
  'derived-arn-not-overridable-by-context',
  'A context aws:PrincipalArn cannot impersonate another principal.',
  user('alice'),
  { ArnEquals: { 'aws:PrincipalArn': userArn('admin') } },
  'implicitDeny',
  '#condition-keys-principalarn',
  { 'aws:PrincipalArn': userArn('admin') },
);

export const topic: CaseTopic = { topic: 'principal-keys', doc: DOC.globalKeys, cases };
