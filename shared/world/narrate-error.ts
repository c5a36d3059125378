/**
 * Narration of world errors: turns `{code, reason, data}` into the sentence the AWS CLI would print after
 * "An error occurred (CODE) when calling the OPERATION operation: ". The engine and commands never carry prose;
 * this table is the one place it lives.
 */
import type { WorldError } from './errors';

type Data = WorldError['data'];
const s = (v: unknown): string => (Array.isArray(v) ? v.join(', ') : String(v ?? ''));

/** Sentence per reason code. */
const MESSAGES: Record<string, (d: Data) => string> = {
  'account.not-found': (d) => `The account ${s(d.accountId)} does not exist in this world.`,
  'user.not-found': (d) => `The user with name ${s(d.userName)} cannot be found.`,
  'group.not-found': (d) => `The group with name ${s(d.groupName)} cannot be found.`,
  'role.not-found': (d) => `The role with name ${s(d.roleName)} cannot be found.`,
  'policy.not-found': (d) => `Policy ${s(d.policyArn)} was not found.`,
  'policy.not-attachable': (d) => `Policy ${s(d.policyArn)} does not exist or is not attachable.`,
  'policy.not-attached': (d) => `Policy ${s(d.policyArn)} was not found.`,
  'policy.aws-managed-readonly': (d) => `Policy ${s(d.policyArn)} is an AWS managed policy and cannot be changed.`,
  'policy-version.not-found': (d) => `Policy ${s(d.policyArn)} version ${s(d.versionId)} does not exist.`,
  'inline-policy.not-found': (d) => `The ${s(d.kind)} policy with name ${s(d.policyName)} cannot be found.`,
  'boundary.not-set': (d) => `The ${s(d.kind)} ${s(d.name)} has no permissions boundary.`,
  'user.exists': (d) => `User with name ${s(d.name)} already exists.`,
  'group.exists': (d) => `Group with name ${s(d.name)} already exists.`,
  'role.exists': (d) => `Role with name ${s(d.name)} already exists.`,
  'instance-profile.exists': (d) => `Instance Profile ${s(d.name)} already exists.`,
  'policy.exists': (d) => `A policy called ${s(d.name)} already exists. Duplicate names are not allowed.`,
  'user.has-login-profile': () => 'Cannot delete entity, must delete login profile first.',
  'user.has-access-keys': () => 'Cannot delete entity, must delete access keys first.',
  'user.has-mfa-devices': () => 'Cannot delete entity, must delete MFA device first.',
  'user.in-groups': () => 'Cannot delete entity, must remove users from group first.',
  'user.has-attached-policies': () => 'Cannot delete entity, must detach all policies first.',
  'user.has-inline-policies': () => 'Cannot delete entity, must delete policies first.',
  'group.has-members': () => 'Cannot delete entity, must remove users from group first.',
  'group.has-attached-policies': () => 'Cannot delete entity, must detach all policies first.',
  'group.has-inline-policies': () => 'Cannot delete entity, must delete policies first.',
  'group.user-not-member': (d) => `The user ${s(d.userName)} is not a member of group ${s(d.groupName)}.`,
  'role.in-instance-profile': () => 'Cannot delete entity, must remove roles from instance profile first.',
  'role.has-attached-policies': () => 'Cannot delete entity, must detach all policies first.',
  'role.has-inline-policies': () => 'Cannot delete entity, must delete policies first.',
  'role.bad-max-session-duration': (d) =>
    `The MaxSessionDuration ${s(d.value)} must be between ${s(d.min)} and ${s(d.max)} seconds.`,
  'role.description-too-long': () => 'The role description must be at most 1000 characters.',
  'instance-profile.not-found': (d) => `Instance Profile ${s(d.instanceProfileName)} cannot be found.`,
  'instance-profile.has-roles': () => 'Cannot delete entity, must remove roles from instance profile first.',
  'instance-profile.full': (d) => `Cannot exceed quota for ${s(d.quota)}: ${s(d.max)}`,
  'instance-profile.role-present': (d) =>
    `The role ${s(d.roleName)} is already in instance profile ${s(d.instanceProfileName)}.`,
  'policy.attached': () => 'Cannot delete a policy attached to entities.',
  'policy.used-as-boundary': () => 'Cannot delete a policy used as a permissions boundary.',
  'policy.has-versions': () =>
    "This policy has more than one version. Before you delete a policy, you must delete the policy's non-default versions.",
  'policy-version.is-default': () => 'Cannot delete the default version of a policy.',
  'policy.too-many-versions': (d) =>
    `A managed policy can have up to ${s(d.max)} versions. Before you create a new version, you must delete an existing version.`,
  'policy.too-many-attached': (d) => `Cannot exceed quota for ${s(d.quota)}: ${s(d.max)}`,
  'policy.too-large': (d) => `Cannot exceed quota for ${s(d.quota)}: ${s(d.max)}`,
  'user.too-many-groups': (d) => `Cannot exceed quota for ${s(d.quota)}: ${s(d.max)}`,
  'access-key.too-many': (d) => `Cannot exceed quota for ${s(d.quota)}: ${s(d.max)}`,
  'access-key.not-found': (d) => `The Access Key with id ${s(d.accessKeyId)} cannot be found.`,
  'access-key.bad-status': (d) => `Status ${s(d.status)} must be Active or Inactive.`,
  'login-profile.exists': (d) => `Login Profile for user ${s(d.userName)} already exists.`,
  'login-profile.not-found': (d) => `Login Profile for User ${s(d.userName)} cannot be found.`,
  'mfa.exists': (d) => `MFA device ${s(d.serialNumber)} already exists.`,
  'mfa.not-found': (d) => `MFA device ${s(d.serialNumber)} is not enabled for ${s(d.userName)}.`,
  'mfa.too-many': (d) => `Cannot exceed quota for ${s(d.quota)}: ${s(d.max)}`,
  'name.invalid': (d) =>
    `The specified value for ${s(d.kind)} name is invalid: ${s(d.name)}. It must contain only alphanumeric characters and/or the following: +=,.@_- and be at most ${s(d.max)} characters.`,
  'path.invalid': (d) => `The specified value for path is invalid: ${s(d.path)}. It must begin and end with /.`,
  'tags.too-many': (d) => `Cannot exceed quota for TagsPerEntity: ${s(d.max)}`,
  'tags.invalid': () => 'A tag key must be 1-128 characters and a value at most 256 characters.',
  'command.unknown': (d) => `Unknown command ${s(d.type)}.`,
  'command.bad-holder-kind': (d) => `Unknown entity kind ${s(d.kind)}.`,
  'entity.not-found': (d) => `The entity ${s(d.arn)} cannot be found.`,
  'identity-provider.exists': (d) => `Provider ${s(d.arn)} already exists.`,
  'identity-provider.not-found': (d) => `Provider ${s(d.arn)} cannot be found.`,
  'oidc.bad-url': (d) => `The OIDC provider URL ${s(d.url)} must begin with https://.`,
  'saml.bad-metadata': () => 'The SAML metadata document is not valid metadata.',
  'oidc.bad-client-id': (d) => `The client ID ${s(d.clientId)} must be 1 to 255 characters long.`,
  'oidc.client-ids-full': (d) => `Cannot exceed quota for ClientIdsPerOpenIdConnectProvider: ${s(d.max)}`,
  'resource.exists': (d) => `The resource ${s(d.arn)} already exists.`,
  'resource.not-found': (d) => `The resource ${s(d.arn)} cannot be found.`,
  'resource.bad-name': (d) => `The resource name ${s(d.name)} is not valid.`,
  'resource.no-policy-for-kind': (d) => `A ${s(d.kind)} has no resource-based policy of its own.`,
  'resource-policy.not-found': (d) => `The resource ${s(d.arn)} has no policy.`,
  'bucket.bad-name': (d) => `The bucket name ${s(d.name)} is not valid.`,
  'bucket.not-found': (d) => `The specified bucket ${s(d.bucket)} does not exist.`,
  'bucket.not-empty': (d) => `The bucket ${s(d.bucket)} you tried to delete is not empty.`,
  'kms.key-policy-required': () => 'A KMS key always has a key policy; replace it instead.',
  'instance.not-found': (d) => `The instance ID ${s(d.instanceId)} does not exist.`,
  'instance.already-associated': (d) => `The instance ${s(d.instanceId)} already has an instance profile association.`,
  'instance.no-profile': (d) => `The instance ${s(d.instanceId)} has no instance profile.`,
  'instance.no-role': (d) => `The instance ${s(d.instanceId)} has no role in its instance profile.`,
  'account.bad-id': (d) => `The account id ${s(d.accountId)} must be 12 digits.`,
  'account.exists': (d) => `The account ${s(d.accountId)} already exists.`,
  'account.bad-alias': (d) => `The account alias ${s(d.alias)} is not valid.`,
  'account.alias-taken': (d) => `The account alias ${s(d.alias)} already exists.`,
  'organization.exists': () => 'The account is already a member of an organization.',
  'organization.not-found': () => 'This world has no organization.',
  'org.parent-not-found': (d) => `The parent ${s(d.parentId)} cannot be found.`,
  'org.bad-policy-type': (d) => `Unknown policy type ${s(d.policyType)}.`,
  'org.policy-type-enabled': (d) => `The policy type ${s(d.policyType)} is already enabled.`,
  'org.policy-type-not-enabled': (d) => `The policy type ${s(d.policyType)} is not enabled on the root.`,
  'org.bad-ou-name': () => 'The organizational unit name is not valid.',
  'org.ou-exists': (d) => `An organizational unit named ${s(d.name)} already exists under this parent.`,
  'org.ou-not-found': (d) => `The organizational unit ${s(d.ouId)} cannot be found.`,
  'org.ou-not-empty': () => 'The organizational unit must be empty (no accounts or child OUs) before you delete it.',
  'org.bad-policy-name': () => 'The policy name is not valid.',
  'org.policy-exists': (d) => `A policy named ${s(d.name)} already exists.`,
  'org.policy-not-found': (d) => `The policy ${s(d.policyId)} cannot be found.`,
  'org.policy-aws-managed': () => 'AWS managed policies cannot be deleted.',
  'org.policy-in-use': () => 'The policy is attached to one or more targets; detach it first.',
  'org.target-not-found': (d) => `The target ${s(d.targetId)} cannot be found.`,
  'org.policy-already-attached': () => 'The policy is already attached to this target.',
  'org.too-many-policies': (d) => `A target can have at most ${s(d.max)} policies of a type.`,
  'org.policy-not-attached': () => 'The policy is not attached to this target.',
  'org.last-scp': () => 'You cannot remove the last service control policy from a target.',
  'session.bad-name': (d) => `The session name ${s(d.name)} is not valid.`,
  'session.not-found': (d) => `The session ${s(d.sessionArn)} cannot be found.`,
  'session.expired': () => 'The security token included in the request is expired',
  'session.provider-not-found': (d) => `The identity provider ${s(d.providerArn)} cannot be found.`,
  'session.duration-over-max': (d) =>
    `The requested DurationSeconds ${s(d.durationSeconds)} is outside ${s(d.min)}..${s(d.max)} (the role's MaxSessionDuration).`,
  'session.chaining-duration': (d) =>
    `The requested DurationSeconds exceeds the 1 hour session limit for roles assumed by role chaining (${s(d.durationSeconds)}).`,
  'session.mfa-incomplete': () =>
    'MultiFactorAuthentication failed, must provide both MFA serial number and one time pass code.',
  'session.mfa-invalid': () => 'MultiFactorAuthentication failed with invalid MFA one time pass code.',
  'session.mfa-bad-code': (d) =>
    `1 validation error detected: Value '${s(d.tokenCode)}' at 'tokenCode' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\d]* and have length 6`,
  'session.token-duration': (d) =>
    `1 validation error detected: Value '${s(d.durationSeconds)}' at 'durationSeconds' failed to satisfy constraint: Member must have value ${d.min !== undefined ? `greater than or equal to ${s(d.min)}` : `less than or equal to ${s(d.max)}`}`,
  'session.token-no-mfa-for-iam': () => 'The security token included in the request is invalid',
  'session.sts-with-session-credentials': (d) => `Cannot call ${s(d.operation)} with session credentials`,
  'session.token-not-a-user': (d) =>
    `GetSessionToken is called with the long-term credentials of an IAM user or the root user, not ${s(d.callerArn)}.`,
  'session.too-many-policy-arns': (d) => `At most ${s(d.max)} managed session policies may be passed.`,
  'clock.bad-step': (d) => `The clock can only move forward (got ${s(d.seconds)} seconds).`,
  'clock.bad-time': (d) => `The time ${s(d.time)} is not an ISO-8601 date.`,
  'principal.not-found': (d) => `The principal ${s(d.arn)} cannot be found in this world.`,
  'policy.missing': () => 'The policy document is missing.',
  'policy.not-json': () => 'Syntax errors in policy.',
  'policy.not-object': () => 'Syntax errors in policy.',
  'policy.bad-version': () => 'The policy failed legacy parsing',
  'policy.no-statement': () => 'Policy document must contain a Statement.',
  'policy.statement-not-object': () => 'Syntax errors in policy.',
  'policy.bad-effect': () => 'Syntax errors in policy: Effect must be Allow or Deny.',
  'policy.no-action': () => 'Policy statement must contain actions.',
  'policy.invalid': (d) => `Syntax errors in policy (${s(d.engineCode)}${d.at ? ` at ${s(d.at)}` : ''}).`,
};

/** The AWS-style message for a world error (falls back to the reason code). */
export function narrateError(error: WorldError): string {
  const message = MESSAGES[error.reason];
  return message ? message(error.data) : `${error.reason}`;
}

/** Reason codes that have a narration (tests check every refusal is narrated). */
export const NARRATED_REASONS = Object.keys(MESSAGES);
