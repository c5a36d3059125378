/**
 * Referential integrity of a world that passed the shape check: keys match names and ids, nothing points at what
 * does not exist (groups, attached and boundary policies, instance profile roles, instance profiles, org parents and
 * policies), default versions exist, limits hold. Each problem is a diagnostic with the JSON path of the dangling
 * reference.
 */
import { findManagedPolicy } from '../lookup';
import { LIMITS } from '../rules';
import type { World } from '../types';
import { joinPath, type ShapeDiagnostic } from './shape';
import { own } from '../own';

/** Checks references inside a world; `base` is the JSON path of the world in the file. */
export function checkIntegrity(world: World, base = 'world'): ShapeDiagnostic[] {
  const out: ShapeDiagnostic[] = [];
  const ref = (path: string, expected: string) => out.push({ code: 'scenario.dangling-reference', path, expected });
  const mismatch = (path: string, expected: string) => out.push({ code: 'scenario.key-mismatch', path, expected });
  const limit = (path: string, expected: string) => out.push({ code: 'scenario.limit', path, expected });
  const managed = (arn: string, path: string) => {
    if (!findManagedPolicy(world, arn)) ref(path, 'an existing managed policy');
  };
  for (const [accountKey, account] of Object.entries(world.accounts)) {
    const a = joinPath(joinPath(base, 'accounts'), accountKey);
    if (account.id !== accountKey) mismatch(joinPath(a, 'id'), accountKey);
    for (const [name, user] of Object.entries(account.users)) {
      const p = joinPath(joinPath(a, 'users'), name);
      if (user.name !== name) mismatch(joinPath(p, 'name'), name);
      user.groups.forEach(
        (g, i) =>
          own(account.groups, g) === undefined && ref(joinPath(joinPath(p, 'groups'), i), 'a group of the account'),
      );
      user.attachedPolicies.forEach((arn, i) => managed(arn, joinPath(joinPath(p, 'attachedPolicies'), i)));
      if (user.permissionsBoundary) managed(user.permissionsBoundary, joinPath(p, 'permissionsBoundary'));
      if (Object.keys(user.accessKeys).length > LIMITS.accessKeysPerUser)
        limit(joinPath(p, 'accessKeys'), 'at most 2 access keys');
      for (const [id, key] of Object.entries(user.accessKeys))
        if (key.id !== id) mismatch(joinPath(joinPath(joinPath(p, 'accessKeys'), id), 'id'), id);
    }
    for (const [name, group] of Object.entries(account.groups)) {
      const p = joinPath(joinPath(a, 'groups'), name);
      if (group.name !== name) mismatch(joinPath(p, 'name'), name);
      group.attachedPolicies.forEach((arn, i) => managed(arn, joinPath(joinPath(p, 'attachedPolicies'), i)));
    }
    for (const [name, role] of Object.entries(account.roles)) {
      const p = joinPath(joinPath(a, 'roles'), name);
      if (role.name !== name) mismatch(joinPath(p, 'name'), name);
      role.attachedPolicies.forEach((arn, i) => managed(arn, joinPath(joinPath(p, 'attachedPolicies'), i)));
      if (role.permissionsBoundary) managed(role.permissionsBoundary, joinPath(p, 'permissionsBoundary'));
    }
    for (const [name, policy] of Object.entries(account.policies)) {
      const p = joinPath(joinPath(a, 'policies'), name);
      if (policy.name !== name) mismatch(joinPath(p, 'name'), name);
      if (!own(policy.versions, policy.defaultVersionId)) ref(joinPath(p, 'defaultVersionId'), 'one of the versions');
      if (Object.keys(policy.versions).length > LIMITS.policyVersions)
        limit(joinPath(p, 'versions'), 'at most 5 versions');
    }
    for (const [name, profile] of Object.entries(account.instanceProfiles)) {
      const p = joinPath(joinPath(a, 'instanceProfiles'), name);
      if (profile.name !== name) mismatch(joinPath(p, 'name'), name);
      profile.roles.forEach(
        (r, i) =>
          own(account.roles, r) === undefined && ref(joinPath(joinPath(p, 'roles'), i), 'a role of the account'),
      );
    }
    for (const [id, instance] of Object.entries(account.instances)) {
      const p = joinPath(joinPath(a, 'instances'), id);
      if (instance.id !== id) mismatch(joinPath(p, 'id'), id);
      if (
        instance.instanceProfileArn &&
        !Object.values(account.instanceProfiles).some((ip) => ip.arn === instance.instanceProfileArn)
      ) {
        ref(joinPath(p, 'instanceProfileArn'), 'an instance profile of the account');
      }
    }
    for (const [key, r] of Object.entries(account.resources))
      if (r.arn !== key) mismatch(joinPath(joinPath(joinPath(a, 'resources'), key), 'arn'), key);
    for (const [key, ip] of Object.entries(account.identityProviders)) {
      if (ip.arn !== key) mismatch(joinPath(joinPath(joinPath(a, 'identityProviders'), key), 'arn'), key);
    }
  }
  for (const [arn, policy] of Object.entries(world.awsManagedPolicies)) {
    const p = joinPath(joinPath(base, 'awsManagedPolicies'), arn);
    if (policy.arn !== arn) mismatch(joinPath(p, 'arn'), arn);
    if (!own(policy.versions, policy.defaultVersionId)) ref(joinPath(p, 'defaultVersionId'), 'one of the versions');
  }
  const org = world.organization;
  if (org) {
    const o = joinPath(base, 'organization');
    if (!own(world.accounts, org.managementAccountId))
      ref(joinPath(o, 'managementAccountId'), 'an account of the world');
    const parents = new Set([org.rootId, ...Object.keys(org.ous)]);
    for (const [id, ou] of Object.entries(org.ous))
      if (!parents.has(ou.parentId)) ref(joinPath(joinPath(joinPath(o, 'ous'), id), 'parentId'), 'the root or an OU');
    for (const [acct, parent] of Object.entries(org.accountParents)) {
      const p = joinPath(joinPath(o, 'accountParents'), acct);
      if (!own(world.accounts, acct)) ref(p, 'an account of the world');
      if (!parents.has(parent)) ref(p, 'the root or an OU');
    }
    for (const [target, ids] of Object.entries(org.attachments)) {
      ids.forEach(
        (id, i) =>
          own(org.policies, id) === undefined &&
          ref(joinPath(joinPath(joinPath(o, 'attachments'), target), i), 'a policy of the organization'),
      );
    }
  }
  return out;
}
