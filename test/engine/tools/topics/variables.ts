/** Topic: policy variables, defaults, special characters, and Version 2008-10-17 / no Version (variables are literal). */
import {
  DOC,
  A,
  BUCKET,
  TABLE,
  allow,
  idReq,
  kase,
  res,
  session,
  user,
  type CaseTopic,
  type EngineCase,
} from '../case-kit';

const cases: EngineCase[] = [];
const HOME = 'arn:aws:s3:::home-bucket/${aws:username}/*';
const home = (who: string) => res(`arn:aws:s3:::home-bucket/${who}/notes.txt`);
const TEAM = 'arn:aws:s3:::team-bucket/${aws:PrincipalTag/team}/*';
const TEAM_OR_SHARED = "arn:aws:s3:::team-bucket/${aws:PrincipalTag/team, 'shared'}/*";
/** Alice (tagged team=blue, or untagged) reads team-bucket/<folder>/plan.txt under an Allow on `pattern`. */
const teamReq = (pattern: string, folder: string, tagged: boolean) =>
  idReq(allow('s3:GetObject', pattern), {
    ...(tagged ? { principal: user('alice', { tags: { team: 'blue' } }) } : {}),
    resource: res(`arn:aws:s3:::team-bucket/${folder}/plan.txt`),
  });

cases.push(
  kase(
    'username-in-resource-own-folder',
    '${aws:username} becomes "alice": she reaches her own folder.',
    idReq(allow('s3:GetObject', HOME), { resource: home('alice') }),
    'allowed',
  ),
  kase(
    'username-in-resource-other-folder',
    'Her variable never becomes "bob".',
    idReq(allow('s3:GetObject', HOME), { resource: home('bob') }),
    'implicitDeny',
  ),
  kase(
    'username-version-2008-literal',
    'With Version 2008-10-17 the variable is literal text and does not match "alice".',
    idReq(allow('s3:GetObject', HOME), { resource: home('alice') }, '2008-10-17'),
    'implicitDeny',
    DOC.version,
  ),
  kase(
    'username-version-2008-literal-matches-literal',
    'With Version 2008-10-17 the literal text "${aws:username}" in the key matches.',
    idReq(
      allow('s3:GetObject', HOME),
      { resource: res('arn:aws:s3:::home-bucket/${aws:username}/notes.txt') },
      '2008-10-17',
    ),
    'allowed',
    DOC.version,
  ),
  kase(
    'username-no-version-literal',
    'Without a Version element, variables are not substituted.',
    idReq(allow('s3:GetObject', HOME), { resource: home('alice') }, null),
    'implicitDeny',
    DOC.version,
  ),
  kase(
    'username-missing-for-role-session',
    'A role session has no aws:username, so the Resource with the variable matches nothing.',
    idReq(allow('s3:GetObject', HOME), { principal: session(), resource: home('app') }),
    'implicitDeny',
  ),
  kase(
    'username-default-for-role-session',
    'A default value is used when the key is missing.',
    idReq(allow('s3:GetObject', "arn:aws:s3:::home-bucket/${aws:username, 'shared'}/*"), {
      principal: session(),
      resource: home('shared'),
    }),
    'allowed',
  ),
  kase(
    'userid-in-resource-user',
    '${aws:userid} of an IAM user is its unique id.',
    idReq(allow('s3:GetObject', 'arn:aws:s3:::home-bucket/${aws:userid}/*'), {
      principal: user('alice', { userId: 'AIDAEXAMPLEALICE' }),
      resource: home('AIDAEXAMPLEALICE'),
    }),
    'allowed',
  ),
  kase(
    'userid-in-resource-role-session',
    '${aws:userid} of a role session is "ROLEID:session-name".',
    idReq(allow('s3:GetObject', 'arn:aws:s3:::home-bucket/${aws:userid}/*'), {
      principal: session('app', 'worker-7', { roleId: 'AROAEXAMPLEAPP' }),
      resource: home('AROAEXAMPLEAPP:worker-7'),
    }),
    'allowed',
    DOC.globalKeys + '#condition-keys-userid',
  ),
  kase(
    'principal-tag-in-resource',
    "${aws:PrincipalTag/team} uses the caller's tag.",
    teamReq(TEAM, 'blue', true),
    'allowed',
  ),
  kase(
    'principal-tag-in-resource-other-team',
    'The tag says blue, the object is under red.',
    teamReq(TEAM, 'red', true),
    'implicitDeny',
  ),
  kase(
    'principal-tag-missing-no-default',
    'No tag and no default: the element cannot match.',
    teamReq(TEAM, 'blue', false),
    'implicitDeny',
  ),
  kase(
    'principal-tag-missing-default-used',
    "No tag: ${aws:PrincipalTag/team, 'shared'} becomes 'shared'.",
    teamReq(TEAM_OR_SHARED, 'shared', false),
    'allowed',
  ),
  kase(
    'principal-tag-present-default-ignored',
    'With the tag present the default is not used.',
    teamReq(TEAM_OR_SHARED, 'shared', true),
    'implicitDeny',
  ),
  kase(
    'special-star-is-literal',
    '${*} stands for a literal *; it does not match any key.',
    idReq(allow('s3:GetObject', 'arn:aws:s3:::docs-bucket/${*}')),
    'implicitDeny',
  ),
  kase(
    'special-star-matches-literal-star',
    '${*} matches an object whose key is the character *.',
    idReq(allow('s3:GetObject', 'arn:aws:s3:::docs-bucket/${*}'), { resource: res('arn:aws:s3:::docs-bucket/*') }),
    'allowed',
  ),
  kase(
    'special-question-is-literal',
    '${?} stands for a literal ?.',
    idReq(allow('s3:GetObject', 'arn:aws:s3:::docs-bucket/what${?}'), {
      resource: res('arn:aws:s3:::docs-bucket/what?'),
    }),
    'allowed',
  ),
  kase(
    'special-question-not-wildcard',
    '${?} does not match an arbitrary character.',
    idReq(allow('s3:GetObject', 'arn:aws:s3:::docs-bucket/what${?}'), {
      resource: res('arn:aws:s3:::docs-bucket/whatX'),
    }),
    'implicitDeny',
  ),
  kase(
    'special-dollar-is-literal',
    '${$} stands for a literal $.',
    idReq(allow('s3:GetObject', 'arn:aws:s3:::docs-bucket/${$}price'), {
      resource: res('arn:aws:s3:::docs-bucket/$price'),
    }),
    'allowed',
  ),
  kase(
    'variable-in-condition-value',
    'Variables work in string condition values: the resource owner tag must be the caller.',
    idReq(allow('dynamodb:GetItem', '*', { StringEquals: { 'aws:ResourceTag/owner': '${aws:username}' } }), {
      action: 'dynamodb:GetItem',
      resource: res(TABLE, A, { tags: { owner: 'alice' } }),
    }),
    'allowed',
  ),
  kase(
    'variable-in-condition-value-other-owner',
    'Owner is bob, caller is alice.',
    idReq(allow('dynamodb:GetItem', '*', { StringEquals: { 'aws:ResourceTag/owner': '${aws:username}' } }), {
      action: 'dynamodb:GetItem',
      resource: res(TABLE, A, { tags: { owner: 'bob' } }),
    }),
    'implicitDeny',
  ),
  kase(
    'variable-in-condition-version-2008-literal',
    'Version 2008-10-17: the condition value is the literal text, not alice.',
    idReq(
      allow('dynamodb:GetItem', '*', { StringEquals: { 'aws:ResourceTag/owner': '${aws:username}' } }),
      { action: 'dynamodb:GetItem', resource: res(TABLE, A, { tags: { owner: 'alice' } }) },
      '2008-10-17',
    ),
    'implicitDeny',
    DOC.version,
  ),
  kase(
    'variable-in-string-like-prefix',
    'The classic home-folder listing: s3:prefix must start with the user name.',
    idReq(allow('s3:ListBucket', BUCKET, { StringLike: { 's3:prefix': ['home/${aws:username}/*'] } }), {
      action: 's3:ListBucket',
      resource: res(BUCKET),
      context: { 's3:prefix': 'home/alice/photos/' },
    }),
    'allowed',
  ),
  kase(
    'variable-in-string-like-prefix-other',
    "Listing bob's folder does not match.",
    idReq(allow('s3:ListBucket', BUCKET, { StringLike: { 's3:prefix': ['home/${aws:username}/*'] } }), {
      action: 's3:ListBucket',
      resource: res(BUCKET),
      context: { 's3:prefix': 'home/bob/' },
    }),
    'implicitDeny',
  ),
  kase(
    'variable-in-arn-condition',
    'Variables work in ARN condition values too.',
    idReq(
      allow('s3:GetObject', '*', {
        ArnEquals: { 'aws:PrincipalArn': 'arn:aws:iam::${aws:PrincipalAccount}:user/${aws:username}' },
      }),
    ),
    'allowed',
  ),
  kase(
    'principal-account-in-resource',
    '${aws:PrincipalAccount} fills the account field.',
    idReq(allow('dynamodb:GetItem', 'arn:aws:dynamodb:us-east-1:${aws:PrincipalAccount}:table/Orders'), {
      action: 'dynamodb:GetItem',
      resource: res(TABLE),
    }),
    'allowed',
  ),
  kase(
    'session-tag-variable',
    'For a role session ${aws:PrincipalTag/team} comes from the session tag.',
    idReq(allow('s3:GetObject', 'arn:aws:s3:::team-bucket/${aws:PrincipalTag/team}/*'), {
      principal: session('app', 's1', { roleTags: { team: 'red' }, sessionTags: { team: 'blue' } }),
      resource: res('arn:aws:s3:::team-bucket/blue/plan.txt'),
    }),
    'allowed',
    DOC.sessionTags,
  ),
);

for (const c of cases) c.doc ??= DOC.variables;
export const topic: CaseTopic = { topic: 'variables', doc: DOC.variables, cases };
