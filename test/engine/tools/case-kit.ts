/**
 * Small builders used to author the engine cases (test/engine/cases/*.json). The JSON files are the source of
 * truth; these helpers only keep the authoring short and consistent. Run `npx tsx test/engine/tools/build-cases.ts`
 * to regenerate the JSON after editing a topic file in `tools/topics/`.
 */
import type {
  ContextValue,
  EvaluationRequest,
  JsonValue,
  OrgLevelPolicies,
  PolicyInput,
  PolicySet,
  PrincipalSpec,
  ResourceSpec,
} from '../../../shared/iam/request';
import type { Decision } from '../../../shared/iam/request';
import type { CaseExpect, EngineCase } from '../load-cases';

/** The accounts of the case world. A is "ours", B and C are other accounts. */
export const A = '111122223333';
export const B = '444455556666';
export const C = '777788889999';
export const ORG = 'o-a1b2c3d4e5';
export const OTHER_ORG = 'o-zzzzzzzzzz';
export const NOW = '2025-06-01T12:00:00Z';

/** AWS documentation pages the cases rest on. */
const IAM = 'https://docs.aws.amazon.com/IAM/latest/UserGuide/';
export const DOC = {
  action: IAM + 'reference_policies_elements_action.html',
  notAction: IAM + 'reference_policies_elements_notaction.html',
  resource: IAM + 'reference_policies_elements_resource.html',
  notResource: IAM + 'reference_policies_elements_notresource.html',
  arns: IAM + 'reference-arns.html',
  condition: IAM + 'reference_policies_elements_condition.html',
  operators: IAM + 'reference_policies_elements_condition_operators.html',
  multiKeys: IAM + 'reference_policies_condition-logic-multiple-context-keys-or-values.html',
  multiValued: IAM + 'reference_policies_condition-single-vs-multi-valued-context-keys.html',
  variables: IAM + 'reference_policies_variables.html',
  version: IAM + 'reference_policies_elements_version.html',
  globalKeys: IAM + 'reference_policies_condition-keys.html',
  evalLogic: IAM + 'reference_policies_evaluation-logic.html',
  denyAllow: IAM + 'reference_policies_evaluation-logic_policy-eval-denyallow.html',
  singleAccount: IAM + 'reference_policies_evaluation-logic_policy-eval-basics.html',
  crossAccount: IAM + 'reference_policies_evaluation-logic-cross-account.html',
  boundaries: IAM + 'access_policies_boundaries.html',
  sessionPolicies: IAM + 'access_policies.html#policies_session',
  federationToken: IAM + 'id_credentials_temp_control-access_getfederationtoken.html',
  assumeRolePerms: IAM + 'id_credentials_temp_control-access_assumerole.html',
  principal: IAM + 'reference_policies_elements_principal.html',
  notPrincipal: IAM + 'reference_policies_elements_notprincipal.html',
  rootUser: IAM + 'id_root-user.html',
  rolesVsResource: IAM + 'id_roles_compare-resource-policies.html',
  sessionTags: IAM + 'id_session-tags.html',
  groups: IAM + 'id_groups.html',
  grammar: IAM + 'reference_policies_grammar.html',
  effect: IAM + 'reference_policies_elements_effect.html',
  statement: IAM + 'reference_policies_elements_statement.html',
  tempCredsRevoke: IAM + 'id_credentials_temp_control-access_disable-perms.html',
  scp: 'https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_scps.html',
  scpEval: 'https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_scps_evaluation.html',
  rcp: 'https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_rcps.html',
  rcpEval: 'https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_rcps_evaluation.html',
  kmsKeyPolicy: 'https://docs.aws.amazon.com/kms/latest/developerguide/key-policies.html',
  kmsDefault: 'https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-default.html',
  getCallerIdentity: 'https://docs.aws.amazon.com/STS/latest/APIReference/API_GetCallerIdentity.html',
  assumeRoleApi: 'https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRole.html',
} as const;

export type { CaseExpect, EngineCase } from '../load-cases';

/** One topic file. */
export interface CaseTopic {
  topic: string;
  doc: string;
  cases: EngineCase[];
}

/** A policy statement in JSON form. */
export type Stmt = { [key: string]: JsonValue };

/** A statement with the given effect. */
export function stmt(
  effect: 'Allow' | 'Deny',
  action: string | string[],
  resource: string | string[] = '*',
  condition?: Stmt,
  extra: Stmt = {},
): Stmt {
  const s: Stmt = { Effect: effect, Action: action, Resource: resource, ...extra };
  if (condition) s.Condition = condition;
  return s;
}
/** An Allow statement. */
export const allow = (action: string | string[], resource: string | string[] = '*', condition?: Stmt): Stmt =>
  stmt('Allow', action, resource, condition);
/** A Deny statement. */
export const deny = (action: string | string[], resource: string | string[] = '*', condition?: Stmt): Stmt =>
  stmt('Deny', action, resource, condition);

/** A policy document with the given statements (Version 2012-10-17 unless told). */
export function doc(statements: Stmt[] | Stmt, version: string | null = '2012-10-17'): { [key: string]: JsonValue } {
  const d: { [key: string]: JsonValue } = {};
  if (version !== null) d.Version = version;
  d.Statement = statements as JsonValue;
  return d;
}

/** A PolicyInput. */
export function pol(
  id: string,
  statements: Stmt[] | Stmt,
  version: string | null = '2012-10-17',
  extra: Partial<PolicyInput> = {},
): PolicyInput {
  return { id, document: doc(statements, version), ...extra };
}

/** Identity policy id for a user's inline policy. */
export const inlineId = (user = 'alice', name = 'Main') => `user/${user}#inline/${name}`;
/** Identity policy id for a role's inline policy (it also applies to the role's sessions). */
export const roleInlineId = (role = 'app', name = 'Main') => `role/${role}#inline/${name}`;
/** One inline identity policy allowing `action` on everything: alice's unless another policy id is given. */
export const inlineAllow = (action: string | string[] = 's3:*', id = inlineId()): PolicyInput[] => [
  pol(id, allow(action)),
];

// ---- principals -------------------------------------------------------------------------------------------

export const userArn = (name = 'alice', acct = A, path = '/') => `arn:aws:iam::${acct}:user${path}${name}`;
export const roleArn = (name = 'app', acct = A, path = '/') => `arn:aws:iam::${acct}:role${path}${name}`;
export const sessionArn = (role = 'app', session = 's1', acct = A) =>
  `arn:aws:sts::${acct}:assumed-role/${role}/${session}`;
export const fedArn = (name = 'fed', acct = A) => `arn:aws:sts::${acct}:federated-user/${name}`;
export const rootArn = (acct = A) => `arn:aws:iam::${acct}:root`;

/** An IAM user (alice in account A unless told). */
export function user(name = 'alice', extra: Record<string, unknown> = {}): PrincipalSpec {
  const acct = (extra.account as string) ?? A;
  return {
    kind: 'user',
    account: acct,
    arn: userArn(name, acct),
    userId: `AIDA${name.toUpperCase()}EXAMPLE`,
    ...extra,
  } as PrincipalSpec;
}
/** A role session (role `app`, session `s1` in A unless told). */
export function session(role = 'app', sessionName = 's1', extra: Record<string, unknown> = {}): PrincipalSpec {
  const acct = (extra.account as string) ?? A;
  return {
    kind: 'role-session',
    account: acct,
    roleArn: roleArn(role, acct),
    sessionName,
    roleId: `AROA${role.toUpperCase()}EXAMPLE`,
    via: 'assume-role',
    ...extra,
  } as PrincipalSpec;
}
/** A federated-user session from GetFederationToken called by user `caller`. */
export function fed(name = 'fed', caller = 'alice', extra: Record<string, unknown> = {}): PrincipalSpec {
  const acct = (extra.account as string) ?? A;
  return {
    kind: 'federated-user',
    account: acct,
    name,
    callerUserArn: userArn(caller, acct),
    ...extra,
  } as PrincipalSpec;
}
/** The root user of an account. */
export function root(acct = A, extra: Record<string, unknown> = {}): PrincipalSpec {
  return { kind: 'root', account: acct, ...extra } as PrincipalSpec;
}
/** Org membership of a member account. */
export const member = (path?: string) => ({ orgId: ORG, ...(path ? { path } : {}) });
export const management = () => ({ orgId: ORG, isManagementAccount: true });

// ---- resources ----------------------------------------------------------------------------------------------

export const OBJ = 'arn:aws:s3:::docs-bucket/report.txt';
export const BUCKET = 'arn:aws:s3:::docs-bucket';
export const TABLE = `arn:aws:dynamodb:us-east-1:${A}:table/Orders`;
export const QUEUE = `arn:aws:sqs:us-east-1:${A}:orders`;
export const KEY = `arn:aws:kms:us-east-1:${A}:key/1234abcd-12ab-34cd-56ef-1234567890ab`;

/** One statement of a bucket policy; by default an Allow of s3:GetObject on OBJ. */
export interface BucketStmtOpts {
  effect?: 'Allow' | 'Deny';
  action?: string;
  resource?: string;
  condition?: Stmt;
  /** Name the principal in NotPrincipal instead of Principal. */
  not?: boolean;
}

/** The bucket policy `bucket-policy` with one statement naming `principal` (a JSON Principal value). */
export function bucketPolicy(principal: JsonValue, o: BucketStmtOpts = {}): PolicyInput {
  return pol(
    'bucket-policy',
    stmt(
      o.effect ?? 'Allow',
      o.action ?? 's3:GetObject',
      o.resource ?? OBJ,
      o.condition,
      o.not ? { NotPrincipal: principal } : { Principal: principal },
    ),
  );
}

/** A resource; S3 ARNs get the account explicitly (they carry none). */
export function res(arn: string, acct = A, extra: Partial<ResourceSpec> = {}): ResourceSpec {
  return { arn, account: acct, ...extra };
}

// ---- requests -----------------------------------------------------------------------------------------------

export interface ReqOpts {
  principal?: PrincipalSpec;
  action?: string;
  resource?: ResourceSpec | string;
  context?: Record<string, ContextValue>;
  now?: string;
  identity?: PolicyInput[];
  resourcePolicy?: PolicyInput;
  boundary?: PolicyInput;
  scps?: OrgLevelPolicies[];
  rcps?: OrgLevelPolicies[];
  session?: PolicyInput[];
  trust?: PolicyInput;
}

/** A request: alice in A calling s3:GetObject on docs-bucket/report.txt at NOW unless told. */
export function req(o: ReqOpts = {}): EvaluationRequest {
  const policies: PolicySet = {};
  if (o.identity) policies.identity = o.identity;
  if (o.resourcePolicy) policies.resource = o.resourcePolicy;
  if (o.boundary) policies.boundary = o.boundary;
  if (o.scps) policies.scps = o.scps;
  if (o.rcps) policies.rcps = o.rcps;
  if (o.session) policies.session = o.session;
  if (o.trust) policies.trust = o.trust;
  const resource = typeof o.resource === 'string' ? res(o.resource) : (o.resource ?? res(OBJ));
  const r: EvaluationRequest = {
    principal: o.principal ?? user(),
    action: o.action ?? 's3:GetObject',
    resource,
    now: o.now ?? NOW,
    policies,
  };
  if (o.context) r.context = o.context;
  return r;
}

/** A case. */
export function kase(
  name: string,
  note: string,
  request: EvaluationRequest,
  expect: CaseExpect | Decision,
  doc?: string,
): EngineCase {
  const e: CaseExpect = typeof expect === 'string' ? { decision: expect } : expect;
  const c: EngineCase = { name, note, request, expect: e };
  if (doc) c.doc = doc;
  return c;
}

/** Shorthand: an identity-only request for alice with one inline policy. */
export function idReq(
  statements: Stmt[] | Stmt,
  o: ReqOpts = {},
  version: string | null = '2012-10-17',
): EvaluationRequest {
  return req({ ...o, identity: [pol(inlineId(), statements, version)] });
}

/** The FullAWSAccess SCP/RCP body. */
export const FULL_ACCESS = (id = 'p-FullAWSAccess') => pol(id, allow('*', '*'));
export const RCP_FULL = (id = 'p-RCPFullAWSAccess') =>
  pol(id, { Effect: 'Allow', Principal: '*', Action: '*', Resource: '*' });

/** Three org levels (root, one OU, the account) with FullAWSAccess, plus extra policies per level. */
export function orgLevels(
  acct = A,
  extra: { root?: PolicyInput[]; ou?: PolicyInput[]; account?: PolicyInput[] } = {},
  replace: { root?: boolean; ou?: boolean; account?: boolean } = {},
  full = FULL_ACCESS,
): OrgLevelPolicies[] {
  return [
    { level: 'root', id: 'r-ab12', policies: [...(replace.root ? [] : [full('full-root')]), ...(extra.root ?? [])] },
    { level: 'ou', id: 'ou-ab12-11111111', policies: [...(replace.ou ? [] : [full('full-ou')]), ...(extra.ou ?? [])] },
    {
      level: 'account',
      id: acct,
      policies: [...(replace.account ? [] : [full('full-account')]), ...(extra.account ?? [])],
    },
  ];
}
