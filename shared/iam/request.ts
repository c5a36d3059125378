/**
 * The evaluation request: everything the engine needs to decide one API call.
 *
 * CAUTION: this is a file format. `iam-lab evaluate <request.json>` reads it, the engine cases in
 * `test/engine/cases/*.json` are written in it, and `docs/request.schema.json` documents it. Change it only
 * additively, and update the schema and docs in the same commit.
 *
 * Keys that AWS derives from the principal (aws:username, aws:userid, aws:PrincipalArn, aws:PrincipalAccount,
 * aws:PrincipalOrgID, aws:PrincipalTag/*, aws:PrincipalType, aws:MultiFactorAuthPresent, aws:MultiFactorAuthAge,
 * aws:TokenIssueTime, aws:SourceIdentity, aws:FederatedProvider, ...) are NOT supplied here: the engine derives
 * them from `principal` (and `now`). `context` holds only what comes from the environment or the service.
 */

/** A JSON value as it appears in a request context or a policy. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** A value of one context key: a single value or a multivalued set. */
export type ContextValue = string | number | boolean | Array<string | number | boolean>;

/** One policy handed to the engine. `document` is the policy JSON, either parsed or as the original text. */
export interface PolicyInput {
  /** Stable id used in the trace and in `decidedBy` (an ARN for managed policies, `user/alice#inline/Name` for inline). */
  id: string;
  /** Human name shown in explanations; defaults to `id`. */
  name?: string;
  /** The policy document: JSON text (keeps line/column for findings) or an already-parsed object. */
  document: string | JsonValue;
  /**
   * Where the policy came from, for explanations only (the decision does not depend on it):
   * inline on the user, managed on the user, inline/managed on a group (with `via` the group), role policy, ...
   */
  origin?: 'inline' | 'managed' | 'aws-managed' | 'group-inline' | 'group-managed';
  /** The group (or other entity) through which this policy applies, for explanations. */
  via?: string;
}

/** One level of an organization (root, an OU, or the account) with the SCPs or RCPs attached at it. */
export interface OrgLevelPolicies {
  /** `root`, `ou` or `account`. Levels are evaluated in the order given (root first). */
  level: 'root' | 'ou' | 'account';
  /** Id of the level: `r-abcd`, `ou-abcd-11111111`, or the 12-digit account id. */
  id: string;
  policies: PolicyInput[];
}

/** Multi-factor authentication state of the credentials used for the call. */
export interface MfaState {
  present: boolean;
  /** Seconds since the MFA authentication. Becomes aws:MultiFactorAuthAge. */
  ageSeconds?: number;
}

/** Organization facts about an account, used for aws:PrincipalOrgID and for SCP/RCP applicability. */
export interface OrgMembership {
  /** `o-xxxxxxxxxx` */
  orgId: string;
  /** Org path like `o-a1b2c3d4e5/r-ab12/ou-ab12-11111111/` (becomes aws:PrincipalOrgPaths / aws:ResourceOrgPaths). */
  path?: string;
  /** SCPs do not apply to principals of the management account; RCPs do not apply to its resources. */
  isManagementAccount?: boolean;
}

/** Common fields of every principal. */
interface PrincipalBase {
  /** 12-digit account id of the principal. */
  account: string;
  /** Organization membership of the principal's account, if any. */
  org?: OrgMembership;
  /** MFA state of the credentials (ignored for service and anonymous principals). */
  mfa?: MfaState;
}

/**
 * Credential times of an IAM user or the root user calling with temporary credentials from sts:GetSessionToken.
 * Absent for long-term credentials (password, access key).
 */
interface SessionTokenTimes {
  /** ISO-8601 time GetSessionToken issued the credentials (aws:TokenIssueTime). */
  issuedAt?: string;
  /** ISO-8601 expiry of those credentials; a request at or after it fails authentication. */
  expiresAt?: string;
}

/** The account's root user. */
export interface RootPrincipal extends PrincipalBase, SessionTokenTimes {
  kind: 'root';
}

/** An IAM user calling with its own long-term credentials, or with temporary ones from GetSessionToken (`issuedAt`). */
export interface UserPrincipal extends PrincipalBase, SessionTokenTimes {
  kind: 'user';
  /** `arn:aws:iam::ACCT:user/path/name` */
  arn: string;
  /** Unique id (AIDA...), becomes aws:userid; defaults to a stable id derived from the name. */
  userId?: string;
  tags?: Record<string, string>;
}

/** A role session: the result of AssumeRole, AssumeRoleWithWebIdentity, AssumeRoleWithSAML or an EC2 instance profile. */
export interface RoleSessionPrincipal extends PrincipalBase {
  kind: 'role-session';
  /** `arn:aws:iam::ACCT:role/path/name` */
  roleArn: string;
  sessionName: string;
  /** Unique role id (AROA...), aws:userid becomes `ROLEID:sessionName`. */
  roleId?: string;
  /** Tags of the role; session tags override them for aws:PrincipalTag. */
  roleTags?: Record<string, string>;
  sessionTags?: Record<string, string>;
  sourceIdentity?: string;
  /** How the session was obtained. Affects aws:FederatedProvider and explanations. */
  via?: 'assume-role' | 'web-identity' | 'saml' | 'ec2-instance-profile' | 'role-chaining';
  /** OIDC or SAML provider ARN for federated sessions (aws:FederatedProvider). */
  federatedProvider?: string;
  /** ISO-8601 time the credentials were issued (aws:TokenIssueTime). */
  issuedAt?: string;
  /** ISO-8601 expiry; a request at or after it fails authentication before any policy is read. */
  expiresAt?: string;
  /** True for a service-linked role: SCPs do not apply. */
  serviceLinked?: boolean;
  /**
   * Session policies passed when the session was created (AssumeRole `Policy` / `PolicyArns`), carried on the session so
   * every later evaluation applies them. `policies.session` in the request, when given, takes precedence.
   */
  sessionPolicies?: PolicyInput[];
  /** Session tag keys marked transitive: they pass on when this session assumes another role (role chaining). */
  transitiveTagKeys?: string[];
  /** ARN of the session this one was chained from (role chaining), for explanations. */
  chainedFrom?: string;
}

/** A federated user session from sts:GetFederationToken. */
export interface FederatedUserPrincipal extends PrincipalBase {
  kind: 'federated-user';
  /** The session name: ARN becomes `arn:aws:sts::ACCT:federated-user/NAME`. */
  name: string;
  /** The IAM user whose long-term credentials called GetFederationToken (`arn:aws:iam::ACCT:user/x`). */
  callerUserArn: string;
  issuedAt?: string;
  expiresAt?: string;
  /** Session policies passed to GetFederationToken; without any, the session has no permissions. */
  sessionPolicies?: PolicyInput[];
}

/** An AWS service acting itself (e.g. `ec2.amazonaws.com` calling AssumeRole for an instance profile). */
export interface ServicePrincipal extends PrincipalBase {
  kind: 'service';
  /** e.g. `ec2.amazonaws.com` */
  service: string;
}

/** An unauthenticated (anonymous) caller. */
export interface AnonymousPrincipal {
  kind: 'anonymous';
  account?: undefined;
}

/** Who makes the call. */
export type PrincipalSpec =
  RootPrincipal | UserPrincipal | RoleSessionPrincipal | FederatedUserPrincipal | ServicePrincipal | AnonymousPrincipal;

/** The resource the call acts on. */
export interface ResourceSpec {
  /** The resource ARN, or `*` for actions that take no resource (e.g. `iam:ListUsers` with `*`). */
  arn: string;
  /** 12-digit owning account. Defaults to the account in the ARN; required for ARNs without one (S3 buckets). */
  account?: string;
  /** Tags on the resource (aws:ResourceTag/*). On S3 this key is for bucket tags: an object's tags go in `objectTags`. */
  tags?: Record<string, string>;
  /**
   * Tags on an S3 object (s3:ExistingObjectTag/*). S3 tests object tags with this service key, not aws:ResourceTag
   * (https://docs.aws.amazon.com/AmazonS3/latest/userguide/tagging-and-policies.html).
   */
  objectTags?: Record<string, string>;
  /** Organization membership of the resource's account (aws:ResourceOrgID, RCP applicability). */
  org?: OrgMembership;
  /** True for an AWS managed KMS key: RCPs do not apply. */
  awsManagedKey?: boolean;
}

/** The policies in play, by kind. Absent kinds are simply not present (e.g. no boundary set). */
export interface PolicySet {
  /** Identity-based policies of the principal: for a user its inline + managed + its groups'; for a role session, the role's. */
  identity?: PolicyInput[];
  /** The resource-based policy of the target resource (bucket policy, key policy, queue policy, ...). */
  resource?: PolicyInput;
  /** The permissions boundary of the user or role, if one is set. */
  boundary?: PolicyInput;
  /** SCPs for the principal's account, one entry per org level from root to the account. */
  scps?: OrgLevelPolicies[];
  /** RCPs for the resource's account, one entry per org level from root to the account. */
  rcps?: OrgLevelPolicies[];
  /** Session policies passed when the session was created (inline and managed), for role and federated sessions. */
  session?: PolicyInput[];
  /**
   * The role's trust policy. Used when the action is sts:AssumeRole / AssumeRoleWithWebIdentity / AssumeRoleWithSAML /
   * TagSession / SetSourceIdentity on a role resource: it plays the resource-based policy and must allow explicitly.
   */
  trust?: PolicyInput;
}

/** One request to evaluate. */
export interface EvaluationRequest {
  principal: PrincipalSpec;
  /** `service:Action`, e.g. `s3:GetObject`. Matched case-insensitively. */
  action: string;
  resource: ResourceSpec;
  /**
   * Environment and service context keys, e.g. `aws:SourceIp`, `aws:SecureTransport`, `aws:RequestTag/team`,
   * `aws:TagKeys`, `s3:prefix`, `sts:ExternalId`. Key names are case-insensitive. Principal-derived keys given here
   * are ignored (and reported in the trace) — the engine derives those.
   */
  context?: Record<string, ContextValue>;
  /** ISO-8601 time of the request: becomes aws:CurrentTime and aws:EpochTime; checks credential expiry. */
  now?: string;
  policies: PolicySet;
}

/** AWS's three decision words. */
export type Decision = 'allowed' | 'explicitDeny' | 'implicitDeny';
