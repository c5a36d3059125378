/**
 * What deleting a node takes, as the AWS console does it: AWS refuses to delete a user that still has keys, groups
 * or policies, so the console first removes those. The plan is the list of world commands, in order, ending with the
 * delete itself; the UI shows it for confirmation and applies it as one undoable step.
 */
import type { WorldCommand } from '../world/commands/types';
import { policyUsage } from '../world/lookup';
import { readIamArn } from '../world/arn';
import type { World } from '../world/types';
import { own } from '../world/own';

/** The commands that delete the entity `id` (an ARN or inline-policy id), or undefined when it cannot be deleted here. */
export function deletionPlan(world: World, id: string): WorldCommand[] | undefined {
  const inline = /^(.*)#inline:(.+)$/.exec(id);
  if (inline) {
    const holder = readIamArn(inline[1]);
    if (!holder || (holder.kind !== 'user' && holder.kind !== 'group' && holder.kind !== 'role')) return undefined;
    return [
      {
        type: 'delete-inline-policy',
        account: holder.account,
        from: holder.kind,
        name: holder.name,
        policyName: inline[2],
      },
    ];
  }
  const info = readIamArn(id);
  if (!info || !('name' in info)) return undefined;
  const account = own(world.accounts, info.account);
  if (!account) return undefined;
  const acct = account.id;
  if (info.kind === 'user') {
    const u = own(account.users, info.name);
    if (!u || u.arn !== id) return undefined;
    return [
      ...(u.loginProfile ? [{ type: 'delete-login-profile', account: acct, userName: u.name } as const] : []),
      ...Object.keys(u.accessKeys).map(
        (k) => ({ type: 'delete-access-key', account: acct, userName: u.name, accessKeyId: k }) as const,
      ),
      ...Object.keys(u.mfaDevices).map(
        (s) => ({ type: 'deactivate-mfa-device', account: acct, userName: u.name, serialNumber: s }) as const,
      ),
      ...u.groups.map(
        (g) => ({ type: 'remove-user-from-group', account: acct, groupName: g, userName: u.name }) as const,
      ),
      ...u.attachedPolicies.map(
        (p) => ({ type: 'detach-policy', account: acct, from: 'user', name: u.name, policyArn: p }) as const,
      ),
      ...Object.keys(u.inlinePolicies).map(
        (p) => ({ type: 'delete-inline-policy', account: acct, from: 'user', name: u.name, policyName: p }) as const,
      ),
      ...(u.permissionsBoundary
        ? [{ type: 'delete-permissions-boundary', account: acct, from: 'user', name: u.name } as const]
        : []),
      { type: 'delete-user', account: acct, userName: u.name },
    ];
  }
  if (info.kind === 'group') {
    const g = own(account.groups, info.name);
    if (!g || g.arn !== id) return undefined;
    const members = Object.values(account.users).filter((u) => u.groups.includes(g.name));
    return [
      ...members.map(
        (u) => ({ type: 'remove-user-from-group', account: acct, groupName: g.name, userName: u.name }) as const,
      ),
      ...g.attachedPolicies.map(
        (p) => ({ type: 'detach-policy', account: acct, from: 'group', name: g.name, policyArn: p }) as const,
      ),
      ...Object.keys(g.inlinePolicies).map(
        (p) => ({ type: 'delete-inline-policy', account: acct, from: 'group', name: g.name, policyName: p }) as const,
      ),
      { type: 'delete-group', account: acct, groupName: g.name },
    ];
  }
  if (info.kind === 'role') {
    const r = own(account.roles, info.name);
    if (!r || r.arn !== id) return undefined;
    const profiles = Object.values(account.instanceProfiles).filter((p) => p.roles.includes(r.name));
    return [
      ...profiles.map(
        (p) =>
          ({
            type: 'remove-role-from-instance-profile',
            account: acct,
            instanceProfileName: p.name,
            roleName: r.name,
          }) as const,
      ),
      ...r.attachedPolicies.map(
        (p) => ({ type: 'detach-policy', account: acct, from: 'role', name: r.name, policyArn: p }) as const,
      ),
      ...Object.keys(r.inlinePolicies).map(
        (p) => ({ type: 'delete-inline-policy', account: acct, from: 'role', name: r.name, policyName: p }) as const,
      ),
      ...(r.permissionsBoundary
        ? [{ type: 'delete-permissions-boundary', account: acct, from: 'role', name: r.name } as const]
        : []),
      { type: 'delete-role', account: acct, roleName: r.name },
    ];
  }
  if (info.kind === 'policy') {
    const p = own(account.policies, info.name);
    if (!p || p.arn !== id) return undefined;
    const usage = policyUsage(world, p.arn);
    const detach: WorldCommand[] = [];
    for (const holderArn of usage.attachedTo) {
      const h = readIamArn(holderArn);
      if (h && (h.kind === 'user' || h.kind === 'group' || h.kind === 'role')) {
        detach.push({ type: 'detach-policy', account: h.account, from: h.kind, name: h.name, policyArn: p.arn });
      }
    }
    for (const holderArn of usage.boundaryOf) {
      const h = readIamArn(holderArn);
      if (h && (h.kind === 'user' || h.kind === 'role'))
        detach.push({ type: 'delete-permissions-boundary', account: h.account, from: h.kind, name: h.name });
    }
    const versions = Object.keys(p.versions)
      .filter((v) => v !== p.defaultVersionId)
      .sort()
      .map((v) => ({ type: 'delete-policy-version', account: acct, policyArn: p.arn, versionId: v }) as const);
    return [...detach, ...versions, { type: 'delete-policy', account: acct, policyArn: p.arn }];
  }
  return undefined;
}
