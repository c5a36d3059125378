/** Handlers for roles, instance profiles and tags. */
import { iamArn, readIamArn } from '../arn';
import { refuse } from '../errors';
import { LIMITS } from '../rules';
import type { WorldTx } from '../tx';
import type { IamRole, InstanceProfile, Tags } from '../types';
import {
  accountOf,
  checkDocument,
  checkName,
  checkPath,
  checkTags,
  checkUnique,
  requireAttachablePolicy,
  requireRole,
} from './context';
import type { CommandOf } from './types';
import { own } from '../own';

/** Refuses a MaxSessionDuration outside 3600..43200 seconds. */
function checkMaxSession(value: number, path: string): void {
  if (!Number.isInteger(value) || value < LIMITS.minMaxSessionDuration || value > LIMITS.maxMaxSessionDuration) {
    refuse(
      'ValidationError',
      'role.bad-max-session-duration',
      { value: Number(value), min: LIMITS.minMaxSessionDuration, max: LIMITS.maxMaxSessionDuration },
      path,
    );
  }
}

/** create-role */
export function createRole(tx: WorldTx, cmd: CommandOf<'create-role'>): void {
  const account = accountOf(tx, cmd.account);
  checkName('role', cmd.roleName, 'roleName');
  const path = checkPath(cmd.path ?? (cmd.serviceLinked ? '/aws-service-role/' : '/'));
  checkUnique(account.roles, cmd.roleName, 'role', 'roleName');
  checkDocument(cmd.assumeRolePolicyDocument, 'assumeRolePolicyDocument', LIMITS.trustPolicySize, 'ACLSizePerRole');
  const maxSessionDuration = cmd.maxSessionDuration ?? 3600;
  checkMaxSession(maxSessionDuration, 'maxSessionDuration');
  if (cmd.permissionsBoundary !== undefined)
    requireAttachablePolicy(tx.world, cmd.permissionsBoundary, 'permissionsBoundary');
  if (cmd.description !== undefined && cmd.description.length > 1000) {
    refuse('ValidationError', 'role.description-too-long', { max: 1000 }, 'description');
  }
  const role: IamRole = {
    name: cmd.roleName,
    path,
    arn: iamArn(account.id, 'role', path, cmd.roleName),
    id: tx.nextId('role'),
    createDate: tx.now,
    trustPolicy: cmd.assumeRolePolicyDocument,
    maxSessionDuration,
    tags: checkTags(cmd.tags),
    inlinePolicies: {},
    attachedPolicies: [],
  };
  if (cmd.description !== undefined) role.description = cmd.description;
  if (cmd.permissionsBoundary !== undefined) role.permissionsBoundary = cmd.permissionsBoundary;
  if (cmd.serviceLinked) role.serviceLinked = true;
  tx.set(['accounts', account.id, 'roles', cmd.roleName], role);
  tx.output.role = role;
}

/** update-role: description and MaxSessionDuration. */
export function updateRole(tx: WorldTx, cmd: CommandOf<'update-role'>): void {
  const account = accountOf(tx, cmd.account);
  const role = requireRole(account, cmd.roleName);
  const base = ['accounts', account.id, 'roles', role.name];
  if (cmd.maxSessionDuration !== undefined) {
    checkMaxSession(cmd.maxSessionDuration, 'maxSessionDuration');
    tx.set([...base, 'maxSessionDuration'], cmd.maxSessionDuration);
  }
  if (cmd.description !== undefined) tx.set([...base, 'description'], cmd.description);
}

/** update-assume-role-policy: replaces the trust policy. */
export function updateAssumeRolePolicy(tx: WorldTx, cmd: CommandOf<'update-assume-role-policy'>): void {
  const account = accountOf(tx, cmd.account);
  const role = requireRole(account, cmd.roleName);
  checkDocument(cmd.policyDocument, 'policyDocument', LIMITS.trustPolicySize, 'ACLSizePerRole');
  tx.set(['accounts', account.id, 'roles', role.name, 'trustPolicy'], cmd.policyDocument);
}

/** delete-role: refused while in an instance profile or holding policies. */
export function deleteRole(tx: WorldTx, cmd: CommandOf<'delete-role'>): void {
  const account = accountOf(tx, cmd.account);
  const role = requireRole(account, cmd.roleName);
  const data = { roleName: role.name };
  const profiles = Object.values(account.instanceProfiles).filter((p) => p.roles.includes(role.name));
  if (profiles.length > 0)
    refuse('DeleteConflict', 'role.in-instance-profile', { ...data, instanceProfiles: profiles.map((p) => p.name) });
  if (role.attachedPolicies.length > 0) refuse('DeleteConflict', 'role.has-attached-policies', data);
  if (Object.keys(role.inlinePolicies).length > 0) refuse('DeleteConflict', 'role.has-inline-policies', data);
  tx.remove(['accounts', account.id, 'roles', role.name]);
}

/** create-instance-profile */
export function createInstanceProfile(tx: WorldTx, cmd: CommandOf<'create-instance-profile'>): void {
  const account = accountOf(tx, cmd.account);
  checkName('instanceProfile', cmd.instanceProfileName, 'instanceProfileName');
  const path = checkPath(cmd.path);
  checkUnique(account.instanceProfiles, cmd.instanceProfileName, 'instance-profile', 'instanceProfileName');
  const profile: InstanceProfile = {
    name: cmd.instanceProfileName,
    path,
    arn: iamArn(account.id, 'instance-profile', path, cmd.instanceProfileName),
    id: tx.nextId('instanceProfile'),
    createDate: tx.now,
    roles: [],
  };
  tx.set(['accounts', account.id, 'instanceProfiles', profile.name], profile);
  tx.output.instanceProfile = profile;
}

/** The instance profile, or NoSuchEntity. */
function requireProfile(
  tx: WorldTx,
  accountId: string | undefined,
  name: string,
): { accountId: string; profile: InstanceProfile } {
  const account = accountOf(tx, accountId);
  const profile = typeof name === 'string' ? own(account.instanceProfiles, name) : undefined;
  if (!profile)
    refuse('NoSuchEntity', 'instance-profile.not-found', { instanceProfileName: String(name) }, 'instanceProfileName');
  return { accountId: account.id, profile };
}

/** delete-instance-profile: refused while it holds a role. */
export function deleteInstanceProfile(tx: WorldTx, cmd: CommandOf<'delete-instance-profile'>): void {
  const { accountId, profile } = requireProfile(tx, cmd.account, cmd.instanceProfileName);
  if (profile.roles.length > 0)
    refuse('DeleteConflict', 'instance-profile.has-roles', { instanceProfileName: profile.name, roles: profile.roles });
  tx.remove(['accounts', accountId, 'instanceProfiles', profile.name]);
}

/** add-role-to-instance-profile: one role per profile. */
export function addRoleToInstanceProfile(tx: WorldTx, cmd: CommandOf<'add-role-to-instance-profile'>): void {
  const { accountId, profile } = requireProfile(tx, cmd.account, cmd.instanceProfileName);
  const role = requireRole(own(tx.world.accounts, accountId)!, cmd.roleName);
  if (profile.roles.includes(role.name))
    refuse('EntityAlreadyExists', 'instance-profile.role-present', {
      instanceProfileName: profile.name,
      roleName: role.name,
    });
  if (profile.roles.length >= LIMITS.rolesPerInstanceProfile) {
    refuse('LimitExceeded', 'instance-profile.full', {
      instanceProfileName: profile.name,
      max: LIMITS.rolesPerInstanceProfile,
      quota: 'InstanceSessionsPerInstanceProfile',
    });
  }
  tx.set(['accounts', accountId, 'instanceProfiles', profile.name, 'roles'], [...profile.roles, role.name]);
}

/** remove-role-from-instance-profile */
export function removeRoleFromInstanceProfile(tx: WorldTx, cmd: CommandOf<'remove-role-from-instance-profile'>): void {
  const { accountId, profile } = requireProfile(tx, cmd.account, cmd.instanceProfileName);
  if (!profile.roles.includes(cmd.roleName))
    refuse('NoSuchEntity', 'role.not-found', { roleName: String(cmd.roleName) }, 'roleName');
  tx.set(
    ['accounts', accountId, 'instanceProfiles', profile.name, 'roles'],
    profile.roles.filter((r) => r !== cmd.roleName),
  );
}

/** The world path of a taggable entity by ARN (user, role, customer policy, resource, identity provider). */
function taggablePath(tx: WorldTx, arn: string): { path: string[]; tags: Tags } {
  const info = readIamArn(arn);
  if (info && (info.kind === 'user' || info.kind === 'role' || info.kind === 'policy')) {
    const col = info.kind === 'user' ? 'users' : info.kind === 'role' ? 'roles' : 'policies';
    const entity = own<{ arn: string; tags?: Tags }>(own(tx.world.accounts, info.account)?.[col], info.name);
    if (entity && entity.arn === arn)
      return { path: ['accounts', info.account, col, info.name], tags: entity.tags ?? {} };
  }
  for (const account of Object.values(tx.world.accounts)) {
    const resource = own(account.resources, arn);
    if (resource) return { path: ['accounts', account.id, 'resources', arn], tags: resource.tags };
    const provider = own(account.identityProviders, arn);
    if (provider) return { path: ['accounts', account.id, 'identityProviders', arn], tags: provider.tags ?? {} };
  }
  return refuse('NoSuchEntity', 'entity.not-found', { arn: String(arn) }, 'arn');
}

/** tag-entity: adds or replaces tags. */
export function tagEntity(tx: WorldTx, cmd: CommandOf<'tag-entity'>): void {
  const target = taggablePath(tx, cmd.arn);
  const merged = checkTags({ ...target.tags, ...checkTags(cmd.tags) });
  tx.set([...target.path, 'tags'], merged);
}

/** untag-entity: removes tags by key (absent keys are ignored, as AWS does). */
export function untagEntity(tx: WorldTx, cmd: CommandOf<'untag-entity'>): void {
  const target = taggablePath(tx, cmd.arn);
  const next = { ...target.tags };
  for (const key of cmd.tagKeys ?? []) delete next[key];
  tx.set([...target.path, 'tags'], next);
}
