/**
 * The world model: the accounts and everything IAM holds in them, as plain JSON data.
 *
 * CAUTION: this is a file format. The scenario file (`docs/scenario.schema.json`) stores a `World` verbatim, and the
 * app persists worlds in its store. Change it only with a migration in `shared/world/migrations/`.
 *
 * Conventions: entities are keyed by their name inside their account (AWS APIs address them by name) and each
 * carries its ARN (`arn`), which is its id in the graph and in traces. Policy documents are stored verbatim: either
 * the original JSON text or the parsed object. Times are ISO-8601 strings from the world clock.
 */
import type { JsonValue } from '../iam/request';

/** A policy document kept exactly as given: JSON text or a parsed object. */
export type PolicyDocument = string | JsonValue;

/** Tags as a key → value map (AWS's `[{Key, Value}]` lists are converted at the edges). */
export type Tags = Record<string, string>;

/** Active or Inactive, as AWS spells access key status. */
export type AccessKeyStatus = 'Active' | 'Inactive';

/** A long-term access key of an IAM user or a root user. */
export interface AccessKey {
  /** `AKIA` + 16 characters. */
  id: string;
  /** The secret (deterministic, fake); shown once by create-access-key. */
  secret: string;
  status: AccessKeyStatus;
  createDate: string;
  lastUsed?: { date: string; service?: string; region?: string };
}

/** A virtual (authenticator app) or hardware MFA device. */
export interface MfaDevice {
  /** Serial number: the device ARN for virtual devices (`arn:aws:iam::ACCT:mfa/NAME`), a serial for hardware. */
  serial: string;
  kind: 'virtual' | 'hardware';
  enableDate: string;
}

/** Console password of an IAM user (a "login profile"). The password itself is not kept. */
export interface LoginProfile {
  createDate: string;
  passwordResetRequired: boolean;
  /** Last console sign-in, if any. */
  passwordLastUsed?: string;
}

/** Policies attached to a user, group or role. */
export interface PolicyHolder {
  /** Inline policies by name. */
  inlinePolicies: Record<string, PolicyDocument>;
  /** ARNs of attached managed policies (customer or AWS managed), in attachment order. */
  attachedPolicies: string[];
}

/** An IAM user. */
export interface IamUser extends PolicyHolder {
  name: string;
  path: string;
  /** `arn:aws:iam::ACCT:user/PATH/NAME` */
  arn: string;
  /** Unique id `AIDA...` */
  id: string;
  createDate: string;
  /** Names of the groups the user belongs to. */
  groups: string[];
  tags: Tags;
  /** ARN of the managed policy used as permissions boundary. */
  permissionsBoundary?: string;
  loginProfile?: LoginProfile;
  /** Access keys by key id (at most two). */
  accessKeys: Record<string, AccessKey>;
  /** MFA devices by serial number. */
  mfaDevices: Record<string, MfaDevice>;
}

/** An IAM group. Membership is stored on users (`IamUser.groups`). */
export interface IamGroup extends PolicyHolder {
  name: string;
  path: string;
  arn: string;
  /** `AGPA...` */
  id: string;
  createDate: string;
}

/** An IAM role. */
export interface IamRole extends PolicyHolder {
  name: string;
  path: string;
  arn: string;
  /** `AROA...` */
  id: string;
  createDate: string;
  /** The trust policy (AssumeRolePolicyDocument), verbatim. */
  trustPolicy: PolicyDocument;
  description?: string;
  /** Seconds, 3600..43200. */
  maxSessionDuration: number;
  permissionsBoundary?: string;
  tags: Tags;
  /** Service-linked roles (path `/aws-service-role/...`): SCPs do not apply to them. */
  serviceLinked?: boolean;
  lastUsed?: { date?: string; region?: string };
}

/** An instance profile: the container EC2 uses to hand a role to an instance. */
export interface InstanceProfile {
  name: string;
  path: string;
  arn: string;
  /** `AIPA...` */
  id: string;
  createDate: string;
  /** Names of the roles in the profile (AWS allows one). */
  roles: string[];
}

/** One version of a managed policy. */
export interface PolicyVersion {
  document: PolicyDocument;
  createDate: string;
}

/** A managed policy (customer managed in an account, or AWS managed). */
export interface ManagedPolicy {
  name: string;
  path: string;
  arn: string;
  /** `ANPA...` */
  id: string;
  description?: string;
  createDate: string;
  updateDate: string;
  /** Version id (`v1`, `v2`, ...) whose document is evaluated. */
  defaultVersionId: string;
  /** All versions by id (at most five). */
  versions: Record<string, PolicyVersion>;
  /** Highest version number ever issued; new versions take the next one. */
  versionCounter: number;
  tags?: Tags;
}

/** An OIDC or SAML identity provider. */
export type IdentityProvider =
  | {
      kind: 'oidc';
      /** `arn:aws:iam::ACCT:oidc-provider/HOST/PATH` */
      arn: string;
      url: string;
      clientIds: string[];
      thumbprints: string[];
      createDate: string;
      tags?: Tags;
    }
  | {
      kind: 'saml';
      /** `arn:aws:iam::ACCT:saml-provider/NAME` */
      arn: string;
      name: string;
      /** SAML metadata XML, verbatim. */
      metadataDocument: string;
      entityId?: string;
      createDate: string;
      tags?: Tags;
    };

/** The kinds of resources that carry resource-based policies. */
export const RESOURCE_KINDS = [
  's3-bucket',
  's3-object',
  'kms-key',
  'sqs-queue',
  'sns-topic',
  'lambda-function',
  'secret',
] as const;

/** One resource kind. */
export type ResourceKind = (typeof RESOURCE_KINDS)[number];

/** A resource with an optional resource-based policy (bucket policy, key policy, queue policy, ...). */
export interface Resource {
  kind: ResourceKind;
  arn: string;
  name: string;
  region?: string;
  policy?: PolicyDocument;
  tags: Tags;
  createDate: string;
  /** KMS only: AWS managed keys are out of reach of RCPs. */
  awsManagedKey?: boolean;
}

/** An EC2 instance; code on it gets the role of its instance profile. */
export interface Ec2Instance {
  /** `i-` + 17 hex characters. */
  id: string;
  arn: string;
  name?: string;
  region: string;
  /** ARN of the associated instance profile. */
  instanceProfileArn?: string;
  tags: Tags;
  launchTime: string;
}

/** The account's root user. */
export interface RootUser {
  /** `arn:aws:iam::ACCT:root` */
  arn: string;
  hasPassword: boolean;
  /** Root access keys: allowed but flagged as bad practice. */
  accessKeys: Record<string, AccessKey>;
  mfaDevices: Record<string, MfaDevice>;
}

/** One AWS account and everything IAM holds in it. */
export interface Account {
  /** 12 digits. */
  id: string;
  /** Friendly name for display. */
  name?: string;
  /** The IAM account alias (sign-in URL). */
  alias?: string;
  root: RootUser;
  users: Record<string, IamUser>;
  groups: Record<string, IamGroup>;
  roles: Record<string, IamRole>;
  policies: Record<string, ManagedPolicy>;
  instanceProfiles: Record<string, InstanceProfile>;
  /** Identity providers by ARN. */
  identityProviders: Record<string, IdentityProvider>;
  /** Resources by ARN. */
  resources: Record<string, Resource>;
  /** EC2 instances by instance id. */
  instances: Record<string, Ec2Instance>;
}

/** The policy types an organization can enable. */
export type OrgPolicyType = 'SERVICE_CONTROL_POLICY' | 'RESOURCE_CONTROL_POLICY';

/** An SCP or RCP. */
export interface OrgPolicy {
  /** `p-...` (`p-FullAWSAccess`, `p-RCPFullAWSAccess` for the AWS managed ones). */
  id: string;
  arn: string;
  name: string;
  type: OrgPolicyType;
  document: PolicyDocument;
  awsManaged?: boolean;
}

/** An organizational unit. */
export interface OrganizationalUnit {
  /** `ou-xxxx-xxxxxxxx` */
  id: string;
  arn: string;
  name: string;
  /** Root id or parent OU id. */
  parentId: string;
}

/** An AWS Organization. */
export interface Organization {
  /** `o-xxxxxxxxxx` */
  id: string;
  arn: string;
  managementAccountId: string;
  /** `r-xxxx` */
  rootId: string;
  enabledPolicyTypes: OrgPolicyType[];
  ous: Record<string, OrganizationalUnit>;
  /** Account id → parent id (root or OU) for every member account, management account included. */
  accountParents: Record<string, string>;
  policies: Record<string, OrgPolicy>;
  /** Target id (root, OU or account) → attached policy ids. */
  attachments: Record<string, string[]>;
}

/**
 * How a temporary session was obtained. `session-token`: an IAM user's or the root user's own temporary credentials
 * from sts:GetSessionToken (with MFA when a device code was given).
 */
export type SessionKind = 'assumed-role' | 'web-identity' | 'saml' | 'federated' | 'session-token';

/** A set of temporary credentials alive in the world. */
export interface Session {
  /**
   * `arn:aws:sts::ACCT:assumed-role/ROLE/SESSION` or `arn:aws:sts::ACCT:federated-user/NAME`. GetSessionToken
   * credentials have no ARN of their own: their calls carry the user's (or root's) ARN, which is kept here.
   */
  arn: string;
  kind: SessionKind;
  account: string;
  /** Role ARN for role sessions. */
  roleArn?: string;
  sessionName: string;
  /** Who obtained the session (user, role session or provider ARN). */
  callerArn?: string;
  /** OIDC/SAML provider ARN for federated role sessions. */
  providerArn?: string;
  /** `ASIA...` */
  accessKeyId: string;
  issuedAt: string;
  expiresAt: string;
  /** Inline session policy, verbatim. */
  policy?: PolicyDocument;
  /** Managed session policy ARNs. */
  policyArns?: string[];
  tags?: Tags;
  sourceIdentity?: string;
  mfa?: boolean;
  /** True when a role session assumed another role (role chaining: at most one hour). */
  chained?: boolean;
}

/** The whole world. */
export interface World {
  /** Simulated clock, ISO-8601 (`2025-01-01T09:00:00Z`). Advancing it is a command. */
  clock: string;
  /** Counter feeding deterministic ids; every generated id increments it. */
  seq: number;
  /** Seed mixed into generated ids so two worlds do not share ids. */
  seed: string;
  /** Display name and description of the world. */
  meta: { name: string; description?: string };
  /** Accounts by 12-digit id. */
  accounts: Record<string, Account>;
  organization?: Organization;
  /** AWS managed policies held by this world (imported versions); others come from the built-in catalog. */
  awsManagedPolicies: Record<string, ManagedPolicy>;
  /**
   * Temporary sessions by session ARN; GetSessionToken credentials (`session-token`) by their access key id
   * (`ASIA...`), the handle `--as` and the principal pickers take, since their ARN is the user's own.
   */
  sessions: Record<string, Session>;
  /** ARN of the identity the command line acts as when `--as` is not given. */
  currentIdentity?: string;
}
