/** Topic: explicit deny vs allow vs default (implicit) deny, across a user's own and its groups' policies. */
import { DOC, allow, deny, kase, pol, req, bucketPolicy, type CaseTopic, type EngineCase } from '../case-kit';

const cases: EngineCase[] = [];
const D = DOC.denyAllow;
const own = (s: Parameters<typeof pol>[1], id = 'user/alice#inline/Main') => pol(id, s);
const managed = (s: Parameters<typeof pol>[1], id = 'arn:aws:iam::111122223333:policy/S3Read') =>
  pol(id, s, '2012-10-17', { origin: 'managed' });
const group = (
  s: Parameters<typeof pol>[1],
  g = 'devs',
  kind: 'group-inline' | 'group-managed' = 'group-inline',
  id = `group/${g}#inline/Main`,
) => pol(id, s, '2012-10-17', { origin: kind, via: `arn:aws:iam::111122223333:group/${g}` });

cases.push(
  kase('default-deny-no-policies', 'No policy at all: every request is implicitly denied.', req(), {
    decision: 'implicitDeny',
    decidedBy: [],
  }),
  kase(
    'default-deny-empty-statement-list',
    'A policy with no statements grants nothing.',
    req({ identity: [pol('user/alice#inline/Empty', [])] }),
    'implicitDeny',
  ),
  kase('single-allow', 'One matching Allow.', req({ identity: [own(allow('s3:GetObject'))] }), {
    decision: 'allowed',
    decidedBy: [{ policyId: 'user/alice#inline/Main', statementIndex: 0 }],
  }),
  kase(
    'allow-non-matching-action',
    'An Allow for another action does not help.',
    req({ identity: [own(allow('s3:PutObject'))] }),
    { decision: 'implicitDeny', decidedBy: [] },
  ),
  kase(
    'deny-beats-allow-same-policy',
    'Allow and Deny in one policy: Deny wins.',
    req({ identity: [own([allow('s3:*'), deny('s3:GetObject')])] }),
    { decision: 'explicitDeny', decidedBy: [{ policyId: 'user/alice#inline/Main', statementIndex: 1 }] },
  ),
  kase(
    'deny-beats-allow-order-irrelevant',
    'Statement order does not matter: Deny first, Allow second.',
    req({ identity: [own([deny('s3:GetObject'), allow('s3:*')])] }),
    { decision: 'explicitDeny', decidedBy: [{ policyId: 'user/alice#inline/Main', statementIndex: 0 }] },
  ),
  kase(
    'deny-beats-allow-other-policy',
    'Deny in a managed policy beats Allow in the inline policy.',
    req({ identity: [own(allow('s3:*')), managed(deny('s3:GetObject'), 'arn:aws:iam::111122223333:policy/NoReads')] }),
    {
      decision: 'explicitDeny',
      decidedBy: [{ policyId: 'arn:aws:iam::111122223333:policy/NoReads', statementIndex: 0 }],
    },
  ),
  kase(
    'deny-alone-is-explicit',
    'A Deny with nothing else is an explicit deny, not a default one.',
    req({ identity: [own(deny('s3:GetObject'))] }),
    'explicitDeny',
  ),
  kase(
    'deny-other-action-then-default',
    'A Deny for another action leaves the default deny.',
    req({ identity: [own(deny('s3:PutObject'))] }),
    'implicitDeny',
  ),
  kase(
    'deny-other-action-allow-stands',
    'A Deny for another action does not block this Allow.',
    req({ identity: [own([allow('s3:GetObject'), deny('s3:PutObject')])] }),
    'allowed',
  ),
  kase(
    'deny-with-false-condition',
    'A Deny whose condition is false does not apply.',
    req({
      identity: [own([allow('s3:GetObject'), deny('s3:GetObject', '*', { Bool: { 'aws:SecureTransport': 'false' } })])],
      context: { 'aws:SecureTransport': true },
    }),
    'allowed',
  ),
  kase(
    'deny-with-true-condition',
    'A Deny whose condition is true applies.',
    req({
      identity: [own([allow('s3:GetObject'), deny('s3:GetObject', '*', { Bool: { 'aws:SecureTransport': 'false' } })])],
      context: { 'aws:SecureTransport': false },
    }),
    'explicitDeny',
  ),
  kase(
    'allow-with-false-condition',
    'An Allow whose condition fails grants nothing.',
    req({
      identity: [own(allow('s3:GetObject', '*', { Bool: { 'aws:SecureTransport': 'true' } }))],
      context: { 'aws:SecureTransport': false },
    }),
    'implicitDeny',
  ),
  kase(
    'two-allows-both-match',
    'Two matching Allows: allowed, both are decisive candidates.',
    req({ identity: [own(allow('s3:GetObject')), managed(allow('s3:Get*'))] }),
    'allowed',
  ),
  kase(
    'managed-policy-allow',
    'A customer managed policy attached to the user grants.',
    req({ identity: [managed(allow('s3:GetObject', 'arn:aws:s3:::docs-bucket/*'))] }),
    { decision: 'allowed', decidedBy: [{ policyId: 'arn:aws:iam::111122223333:policy/S3Read', statementIndex: 0 }] },
  ),
  kase(
    'group-policy-allow',
    'A policy of a group the user belongs to grants.',
    req({ identity: [group(allow('s3:GetObject'))] }),
    { decision: 'allowed', decidedBy: [{ policyId: 'group/devs#inline/Main', statementIndex: 0 }] },
    DOC.groups,
  ),
  kase(
    'group-managed-policy-allow',
    'A managed policy attached to the group grants.',
    req({
      identity: [group(allow('s3:GetObject'), 'devs', 'group-managed', 'arn:aws:iam::111122223333:policy/DevRead')],
    }),
    'allowed',
    DOC.groups,
  ),
  kase(
    'group-deny-beats-user-allow',
    "A group Deny beats the user's own Allow.",
    req({ identity: [own(allow('s3:*')), group(deny('s3:GetObject'), 'interns')] }),
    { decision: 'explicitDeny', decidedBy: [{ policyId: 'group/interns#inline/Main', statementIndex: 0 }] },
    DOC.groups,
  ),
  kase(
    'user-deny-beats-group-allow',
    "The user's own Deny beats a group Allow.",
    req({ identity: [own(deny('s3:GetObject')), group(allow('s3:*'))] }),
    'explicitDeny',
    DOC.groups,
  ),
  kase(
    'two-groups-allow-and-deny',
    'Allow in one group, Deny in another: Deny wins.',
    req({ identity: [group(allow('s3:*'), 'devs'), group(deny('s3:GetObject'), 'auditors')] }),
    'explicitDeny',
    DOC.groups,
  ),
  kase(
    'two-groups-union-of-allows',
    'Group permissions add up: one group grants Put, another Get.',
    req({ identity: [group(allow('s3:PutObject'), 'writers'), group(allow('s3:GetObject'), 'readers')] }),
    { decision: 'allowed', decidedBy: [{ policyId: 'group/readers#inline/Main', statementIndex: 0 }] },
    DOC.groups,
  ),
  kase(
    'deny-star-everything',
    'Deny * on * stops everything, even Allow * on *.',
    req({ identity: [own([allow('*'), deny('*')])] }),
    'explicitDeny',
  ),
  kase(
    'deny-in-resource-policy-beats-identity-allow',
    'A bucket policy Deny naming the user beats her identity Allow.',
    req({
      identity: [own(allow('s3:*'))],
      resourcePolicy: bucketPolicy({ AWS: 'arn:aws:iam::111122223333:user/alice' }, { effect: 'Deny' }),
    }),
    { decision: 'explicitDeny', decidedBy: [{ policyId: 'bucket-policy', statementIndex: 0 }] },
  ),
  kase(
    'resource-policy-deny-other-user-irrelevant',
    'A bucket Deny naming bob does not touch alice.',
    req({
      identity: [own(allow('s3:*'))],
      resourcePolicy: bucketPolicy({ AWS: 'arn:aws:iam::111122223333:user/bob' }, { effect: 'Deny' }),
    }),
    'allowed',
  ),
  kase(
    'allow-many-statements-one-matches',
    'Five statements, only the last matches.',
    req({
      identity: [
        own([allow('sqs:*'), allow('sns:*'), allow('s3:PutObject'), deny('s3:DeleteObject'), allow('s3:GetObject')]),
      ],
    }),
    { decision: 'allowed', decidedBy: [{ policyId: 'user/alice#inline/Main', statementIndex: 4 }] },
  ),
  kase(
    'implicit-deny-decided-by-empty',
    'A default deny is decided by no statement.',
    req({ identity: [own(allow('sqs:*'))] }),
    { decision: 'implicitDeny', decidedBy: [] },
  ),
);

for (const c of cases) c.doc ??= D;
export const topic: CaseTopic = { topic: 'deny-allow', doc: D, cases };
