/**
 * The command vocabulary: every change to a world is one of these. The console-like forms, the aws-style command
 * line, lesson solutions and undo all speak it.
 *
 * CAUTION: this is a file format (lesson solutions store commands). Change it only additively.
 *
 * Every command may name its `account` (12 digits); when omitted, the account of the current identity is used, or
 * the world's first account. `undoable: false` keeps a command out of undo history (lesson set-up).
 */
import type { AccessKeyStatus, OrgPolicyType, PolicyDocument, ResourceKind, SessionKind, Tags } from '../types';

/** Fields shared by every command. */
interface Base {
  account?: string;
  /** Defaults to true. Lesson set-up passes false so that the learner cannot undo it. */
  undoable?: boolean;
}

/** Which kind of principal-like entity a policy command targets. */
export type HolderKind = 'user' | 'group' | 'role';

export type CreateUser = Base & {
  type: 'create-user';
  userName: string;
  path?: string;
  tags?: Tags;
  permissionsBoundary?: string;
};
export type UpdateUser = Base & { type: 'update-user'; userName: string; newUserName?: string; newPath?: string };
export type DeleteUser = Base & { type: 'delete-user'; userName: string };
export type CreateGroup = Base & { type: 'create-group'; groupName: string; path?: string };
export type DeleteGroup = Base & { type: 'delete-group'; groupName: string };
export type AddUserToGroup = Base & { type: 'add-user-to-group'; groupName: string; userName: string };
export type RemoveUserFromGroup = Base & { type: 'remove-user-from-group'; groupName: string; userName: string };

export type AttachPolicy = Base & { type: 'attach-policy'; to: HolderKind; name: string; policyArn: string };
export type DetachPolicy = Base & { type: 'detach-policy'; from: HolderKind; name: string; policyArn: string };
export type PutInlinePolicy = Base & {
  type: 'put-inline-policy';
  to: HolderKind;
  name: string;
  policyName: string;
  policyDocument: PolicyDocument;
};
export type DeleteInlinePolicy = Base & {
  type: 'delete-inline-policy';
  from: HolderKind;
  name: string;
  policyName: string;
};
export type PutPermissionsBoundary = Base & {
  type: 'put-permissions-boundary';
  to: 'user' | 'role';
  name: string;
  policyArn: string;
};
export type DeletePermissionsBoundary = Base & {
  type: 'delete-permissions-boundary';
  from: 'user' | 'role';
  name: string;
};

export type CreatePolicy = Base & {
  type: 'create-policy';
  policyName: string;
  path?: string;
  policyDocument: PolicyDocument;
  description?: string;
  tags?: Tags;
};
export type DeletePolicy = Base & { type: 'delete-policy'; policyArn: string };
export type CreatePolicyVersion = Base & {
  type: 'create-policy-version';
  policyArn: string;
  policyDocument: PolicyDocument;
  setAsDefault?: boolean;
};
export type SetDefaultPolicyVersion = Base & {
  type: 'set-default-policy-version';
  policyArn: string;
  versionId: string;
};
export type DeletePolicyVersion = Base & { type: 'delete-policy-version'; policyArn: string; versionId: string };

/** Access key commands act on the root user when `userName` is omitted (as the AWS CLI does for a root caller). */
export type CreateAccessKey = Base & { type: 'create-access-key'; userName?: string };
export type UpdateAccessKey = Base & {
  type: 'update-access-key';
  userName?: string;
  accessKeyId: string;
  status: AccessKeyStatus;
};
export type DeleteAccessKey = Base & { type: 'delete-access-key'; userName?: string; accessKeyId: string };
/** Rotation in one step: creates a second key and deactivates the old one (delete it later). */
export type RotateAccessKey = Base & { type: 'rotate-access-key'; userName?: string; accessKeyId: string };
export type CreateLoginProfile = Base & {
  type: 'create-login-profile';
  userName: string;
  passwordResetRequired?: boolean;
};
export type UpdateLoginProfile = Base & {
  type: 'update-login-profile';
  userName: string;
  passwordResetRequired?: boolean;
};
export type DeleteLoginProfile = Base & { type: 'delete-login-profile'; userName: string };
/** MFA commands act on the root user when `userName` is omitted. */
export type EnableMfaDevice = Base & {
  type: 'enable-mfa-device';
  userName?: string;
  serialNumber?: string;
  kind?: 'virtual' | 'hardware';
};
export type DeactivateMfaDevice = Base & { type: 'deactivate-mfa-device'; userName?: string; serialNumber: string };
export type SetRootPassword = Base & { type: 'set-root-password'; enabled: boolean };

export type CreateRole = Base & {
  type: 'create-role';
  roleName: string;
  assumeRolePolicyDocument: PolicyDocument;
  path?: string;
  description?: string;
  maxSessionDuration?: number;
  permissionsBoundary?: string;
  tags?: Tags;
  serviceLinked?: boolean;
};
export type UpdateRole = Base & {
  type: 'update-role';
  roleName: string;
  description?: string;
  maxSessionDuration?: number;
};
export type UpdateAssumeRolePolicy = Base & {
  type: 'update-assume-role-policy';
  roleName: string;
  policyDocument: PolicyDocument;
};
export type DeleteRole = Base & { type: 'delete-role'; roleName: string };

export type CreateInstanceProfile = Base & {
  type: 'create-instance-profile';
  instanceProfileName: string;
  path?: string;
};
export type DeleteInstanceProfile = Base & { type: 'delete-instance-profile'; instanceProfileName: string };
export type AddRoleToInstanceProfile = Base & {
  type: 'add-role-to-instance-profile';
  instanceProfileName: string;
  roleName: string;
};
export type RemoveRoleFromInstanceProfile = Base & {
  type: 'remove-role-from-instance-profile';
  instanceProfileName: string;
  roleName: string;
};

export type TagEntity = Base & { type: 'tag-entity'; arn: string; tags: Tags };
export type UntagEntity = Base & { type: 'untag-entity'; arn: string; tagKeys: string[] };

export type CreateOidcProvider = Base & {
  type: 'create-oidc-provider';
  url: string;
  clientIds: string[];
  thumbprints?: string[];
};
export type CreateSamlProvider = Base & {
  type: 'create-saml-provider';
  name: string;
  metadataDocument: string;
  entityId?: string;
};
export type DeleteIdentityProvider = Base & { type: 'delete-identity-provider'; arn: string };
/** AddClientIDToOpenIDConnectProvider: one more audience for an OIDC provider (idempotent, as in AWS). */
export type AddClientIdToOidcProvider = Base & {
  type: 'add-client-id-to-oidc-provider';
  arn: string;
  clientId: string;
};

export type CreateResource = Base & {
  type: 'create-resource';
  kind: ResourceKind;
  name: string;
  region?: string;
  policy?: PolicyDocument;
  tags?: Tags;
};
export type PutResourcePolicy = Base & { type: 'put-resource-policy'; arn: string; policy: PolicyDocument };
export type DeleteResourcePolicy = Base & { type: 'delete-resource-policy'; arn: string };
export type DeleteResource = Base & { type: 'delete-resource'; arn: string };

export type RunInstance = Base & {
  type: 'run-instance';
  name?: string;
  region?: string;
  instanceProfileArn?: string;
  tags?: Tags;
};
export type AssociateInstanceProfile = Base & {
  type: 'associate-instance-profile';
  instanceId: string;
  instanceProfileArn: string;
};
export type DisassociateInstanceProfile = Base & { type: 'disassociate-instance-profile'; instanceId: string };
/** ReplaceIamInstanceProfileAssociation: swap the profile of an instance that has one. */
export type ReplaceInstanceProfile = Base & {
  type: 'replace-instance-profile';
  instanceId: string;
  instanceProfileArn: string;
};
export type TerminateInstance = Base & { type: 'terminate-instance'; instanceId: string };

export type CreateAccount = Base & {
  type: 'create-account';
  accountId?: string;
  name?: string;
  alias?: string;
  parentId?: string;
};
export type SetAccountAlias = Base & { type: 'set-account-alias'; alias?: string };
export type CreateOrganization = Base & { type: 'create-organization'; managementAccountId: string };
export type EnablePolicyType = Base & { type: 'enable-policy-type'; policyType: OrgPolicyType };
export type CreateOrganizationalUnit = Base & { type: 'create-organizational-unit'; parentId: string; name: string };
export type DeleteOrganizationalUnit = Base & { type: 'delete-organizational-unit'; ouId: string };
export type MoveAccount = Base & { type: 'move-account'; accountId: string; destinationParentId: string };
export type CreateOrgPolicy = Base & {
  type: 'create-org-policy';
  policyType: OrgPolicyType;
  name: string;
  document: PolicyDocument;
};
export type DeleteOrgPolicy = Base & { type: 'delete-org-policy'; policyId: string };
export type AttachOrgPolicy = Base & { type: 'attach-org-policy'; policyId: string; targetId: string };
export type DetachOrgPolicy = Base & { type: 'detach-org-policy'; policyId: string; targetId: string };

/** Creates a session. The caller's permission is checked by whoever issues the command (CLI, UI) with the engine. */
export type AssumeRole = Base & {
  type: 'assume-role';
  roleArn: string;
  roleSessionName: string;
  /** Caller ARN (user, role session) for `assumed-role`; the provider ARN is `providerArn` for federation. */
  callerArn?: string;
  via?: Exclude<SessionKind, 'federated' | 'session-token'>;
  providerArn?: string;
  durationSeconds?: number;
  policy?: PolicyDocument;
  policyArns?: string[];
  tags?: Tags;
  sourceIdentity?: string;
  mfa?: boolean;
};
export type GetFederationToken = Base & {
  type: 'get-federation-token';
  userName: string;
  name: string;
  durationSeconds?: number;
  policy?: PolicyDocument;
  policyArns?: string[];
};
/**
 * Records GetSessionToken credentials of an IAM user (`userName`) or, without it, the account's root user. The MFA
 * code is checked by whoever issues the command (shared/world/session-token-flow.ts); `serialNumber` names the device
 * it came from and makes the credentials MFA-authenticated.
 */
export type GetSessionToken = Base & {
  type: 'get-session-token';
  userName?: string;
  durationSeconds?: number;
  serialNumber?: string;
};
export type RevokeSession = Base & { type: 'revoke-session'; sessionArn: string };
export type AdvanceClock = Base & { type: 'advance-clock'; seconds: number };
export type SetClock = Base & { type: 'set-clock'; time: string };
export type SetCurrentIdentity = Base & { type: 'set-current-identity'; arn?: string };

/** Every command. */
export type WorldCommand =
  | CreateUser
  | UpdateUser
  | DeleteUser
  | CreateGroup
  | DeleteGroup
  | AddUserToGroup
  | RemoveUserFromGroup
  | AttachPolicy
  | DetachPolicy
  | PutInlinePolicy
  | DeleteInlinePolicy
  | PutPermissionsBoundary
  | DeletePermissionsBoundary
  | CreatePolicy
  | DeletePolicy
  | CreatePolicyVersion
  | SetDefaultPolicyVersion
  | DeletePolicyVersion
  | CreateAccessKey
  | UpdateAccessKey
  | DeleteAccessKey
  | RotateAccessKey
  | CreateLoginProfile
  | UpdateLoginProfile
  | DeleteLoginProfile
  | EnableMfaDevice
  | DeactivateMfaDevice
  | SetRootPassword
  | CreateRole
  | UpdateRole
  | UpdateAssumeRolePolicy
  | DeleteRole
  | CreateInstanceProfile
  | DeleteInstanceProfile
  | AddRoleToInstanceProfile
  | RemoveRoleFromInstanceProfile
  | TagEntity
  | UntagEntity
  | CreateOidcProvider
  | CreateSamlProvider
  | DeleteIdentityProvider
  | AddClientIdToOidcProvider
  | CreateResource
  | PutResourcePolicy
  | DeleteResourcePolicy
  | DeleteResource
  | RunInstance
  | AssociateInstanceProfile
  | DisassociateInstanceProfile
  | ReplaceInstanceProfile
  | TerminateInstance
  | CreateAccount
  | SetAccountAlias
  | CreateOrganization
  | EnablePolicyType
  | CreateOrganizationalUnit
  | DeleteOrganizationalUnit
  | MoveAccount
  | CreateOrgPolicy
  | DeleteOrgPolicy
  | AttachOrgPolicy
  | DetachOrgPolicy
  | AssumeRole
  | GetFederationToken
  | GetSessionToken
  | RevokeSession
  | AdvanceClock
  | SetClock
  | SetCurrentIdentity;

/** The `type` of every command. */
export type CommandType = WorldCommand['type'];

/** The command with a given type. */
export type CommandOf<T extends CommandType> = Extract<WorldCommand, { type: T }>;
