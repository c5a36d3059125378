/** Handlers for users, groups and group membership. */
import { iamArn } from '../arn';
import { refuse } from '../errors';
import { groupMembers } from '../lookup';
import { LIMITS } from '../rules';
import type { WorldTx } from '../tx';
import type { IamGroup, IamUser } from '../types';
import {
  accountOf,
  checkName,
  checkPath,
  checkTags,
  checkUnique,
  requireAttachablePolicy,
  requireGroup,
  requireUser,
} from './context';
import type { CommandOf } from './types';

/** create-user */
export function createUser(tx: WorldTx, cmd: CommandOf<'create-user'>): void {
  const account = accountOf(tx, cmd.account);
  checkName('user', cmd.userName, 'userName');
  const path = checkPath(cmd.path);
  checkUnique(account.users, cmd.userName, 'user', 'userName');
  const tags = checkTags(cmd.tags);
  if (cmd.permissionsBoundary !== undefined)
    requireAttachablePolicy(tx.world, cmd.permissionsBoundary, 'permissionsBoundary');
  const user: IamUser = {
    name: cmd.userName,
    path,
    arn: iamArn(account.id, 'user', path, cmd.userName),
    id: tx.nextId('user'),
    createDate: tx.now,
    groups: [],
    tags,
    inlinePolicies: {},
    attachedPolicies: [],
    accessKeys: {},
    mfaDevices: {},
  };
  if (cmd.permissionsBoundary !== undefined) user.permissionsBoundary = cmd.permissionsBoundary;
  tx.set(['accounts', account.id, 'users', cmd.userName], user);
  tx.output.user = user;
}

/** update-user: rename and/or move to a new path (the ARN follows). */
export function updateUser(tx: WorldTx, cmd: CommandOf<'update-user'>): void {
  const account = accountOf(tx, cmd.account);
  const user = requireUser(account, cmd.userName);
  const newName = cmd.newUserName ?? user.name;
  const newPath = cmd.newPath === undefined ? user.path : checkPath(cmd.newPath, 'newPath');
  if (newName !== user.name) {
    checkName('user', newName, 'newUserName');
    const others = { ...account.users };
    delete others[user.name];
    checkUnique(others, newName, 'user', 'newUserName');
  }
  const updated: IamUser = { ...user, name: newName, path: newPath, arn: iamArn(account.id, 'user', newPath, newName) };
  if (newName !== user.name) tx.remove(['accounts', account.id, 'users', user.name]);
  tx.set(['accounts', account.id, 'users', newName], updated);
  if (tx.world.currentIdentity === user.arn) tx.set(['currentIdentity'], updated.arn);
}

/** delete-user: refused while anything still hangs off the user, as AWS refuses it. */
export function deleteUser(tx: WorldTx, cmd: CommandOf<'delete-user'>): void {
  const account = accountOf(tx, cmd.account);
  const user = requireUser(account, cmd.userName);
  const data = { userName: user.name };
  if (user.loginProfile) refuse('DeleteConflict', 'user.has-login-profile', data);
  if (Object.keys(user.accessKeys).length > 0) refuse('DeleteConflict', 'user.has-access-keys', data);
  if (Object.keys(user.mfaDevices).length > 0) refuse('DeleteConflict', 'user.has-mfa-devices', data);
  if (user.groups.length > 0) refuse('DeleteConflict', 'user.in-groups', { ...data, groups: user.groups });
  if (user.attachedPolicies.length > 0) refuse('DeleteConflict', 'user.has-attached-policies', data);
  if (Object.keys(user.inlinePolicies).length > 0) refuse('DeleteConflict', 'user.has-inline-policies', data);
  tx.remove(['accounts', account.id, 'users', user.name]);
  if (tx.world.currentIdentity === user.arn) tx.remove(['currentIdentity']);
}

/** create-group */
export function createGroup(tx: WorldTx, cmd: CommandOf<'create-group'>): void {
  const account = accountOf(tx, cmd.account);
  checkName('group', cmd.groupName, 'groupName');
  const path = checkPath(cmd.path);
  checkUnique(account.groups, cmd.groupName, 'group', 'groupName');
  const group: IamGroup = {
    name: cmd.groupName,
    path,
    arn: iamArn(account.id, 'group', path, cmd.groupName),
    id: tx.nextId('group'),
    createDate: tx.now,
    inlinePolicies: {},
    attachedPolicies: [],
  };
  tx.set(['accounts', account.id, 'groups', cmd.groupName], group);
  tx.output.group = group;
}

/** delete-group: refused while it has members or policies. */
export function deleteGroup(tx: WorldTx, cmd: CommandOf<'delete-group'>): void {
  const account = accountOf(tx, cmd.account);
  const group = requireGroup(account, cmd.groupName);
  const data = { groupName: group.name };
  const members = groupMembers(account, group.name);
  if (members.length > 0) refuse('DeleteConflict', 'group.has-members', { ...data, members });
  if (group.attachedPolicies.length > 0) refuse('DeleteConflict', 'group.has-attached-policies', data);
  if (Object.keys(group.inlinePolicies).length > 0) refuse('DeleteConflict', 'group.has-inline-policies', data);
  tx.remove(['accounts', account.id, 'groups', group.name]);
}

/** add-user-to-group (adding a member twice is accepted, as AWS does). */
export function addUserToGroup(tx: WorldTx, cmd: CommandOf<'add-user-to-group'>): void {
  const account = accountOf(tx, cmd.account);
  const group = requireGroup(account, cmd.groupName);
  const user = requireUser(account, cmd.userName);
  if (user.groups.includes(group.name)) return;
  if (user.groups.length >= LIMITS.groupsPerUser) {
    refuse('LimitExceeded', 'user.too-many-groups', {
      userName: user.name,
      max: LIMITS.groupsPerUser,
      quota: 'GroupsPerUser',
    });
  }
  tx.set(['accounts', account.id, 'users', user.name, 'groups'], [...user.groups, group.name]);
}

/** remove-user-from-group */
export function removeUserFromGroup(tx: WorldTx, cmd: CommandOf<'remove-user-from-group'>): void {
  const account = accountOf(tx, cmd.account);
  const group = requireGroup(account, cmd.groupName);
  const user = requireUser(account, cmd.userName);
  if (!user.groups.includes(group.name)) {
    refuse('NoSuchEntity', 'group.user-not-member', { userName: user.name, groupName: group.name }, 'userName');
  }
  tx.set(
    ['accounts', account.id, 'users', user.name, 'groups'],
    user.groups.filter((g) => g !== group.name),
  );
}
