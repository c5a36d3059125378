/** Small read helpers over a world: find accounts, entities and policies by name or ARN. */
import { AWS_MANAGED_POLICIES } from './aws-managed/catalog';
import { isAwsManagedPolicyArn, readIamArn } from './arn';
import type { Account, IamRole, IamUser, ManagedPolicy, PolicyDocument, World } from './types';
import { own } from './own';

/** The account with this id, if any. */
export function findAccount(world: World, accountId: string): Account | undefined {
  return own(world.accounts, accountId);
}

/** A managed policy by ARN: customer managed in its account, else AWS managed (world copy, then catalog). */
export function findManagedPolicy(world: World, arn: string): ManagedPolicy | undefined {
  if (isAwsManagedPolicyArn(arn)) return own(world.awsManagedPolicies, arn) ?? AWS_MANAGED_POLICIES[arn];
  const info = readIamArn(arn);
  if (!info || info.kind !== 'policy') return undefined;
  const policy = own(own(world.accounts, info.account)?.policies, info.name);
  return policy && policy.arn === arn ? policy : undefined;
}

/** The document of a managed policy's default version. */
export function defaultDocument(policy: ManagedPolicy): PolicyDocument {
  const version = own(policy.versions, policy.defaultVersionId);
  if (!version) throw new Error(`policy ${policy.arn} has no default version ${policy.defaultVersionId}`);
  return version.document;
}

/** A user by ARN. */
export function findUserByArn(world: World, arn: string): { account: Account; user: IamUser } | undefined {
  const info = readIamArn(arn);
  if (!info || info.kind !== 'user') return undefined;
  const account = own(world.accounts, info.account);
  const user = own(account?.users, info.name);
  return account && user && user.arn === arn ? { account, user } : undefined;
}

/** A role by ARN. */
export function findRoleByArn(world: World, arn: string): { account: Account; role: IamRole } | undefined {
  const info = readIamArn(arn);
  if (!info || info.kind !== 'role') return undefined;
  const account = own(world.accounts, info.account);
  const role = own(account?.roles, info.name);
  return account && role && role.arn === arn ? { account, role } : undefined;
}

/** Every entity (user, group, role) in the world that has `policyArn` attached or as boundary, as ARNs. */
export function policyUsage(world: World, policyArn: string): { attachedTo: string[]; boundaryOf: string[] } {
  const attachedTo: string[] = [];
  const boundaryOf: string[] = [];
  for (const account of Object.values(world.accounts)) {
    for (const holder of [
      ...Object.values(account.users),
      ...Object.values(account.groups),
      ...Object.values(account.roles),
    ]) {
      if (holder.attachedPolicies.includes(policyArn)) attachedTo.push(holder.arn);
      if ('permissionsBoundary' in holder && holder.permissionsBoundary === policyArn) boundaryOf.push(holder.arn);
    }
  }
  return { attachedTo, boundaryOf };
}

/** Names of the users in a group, in account order. */
export function groupMembers(account: Account, groupName: string): string[] {
  return Object.values(account.users)
    .filter((u) => u.groups.includes(groupName))
    .map((u) => u.name);
}

/** The account name lookup is case-insensitive in AWS for users, groups and roles: the existing key, if any. */
export function findNameInsensitive(record: Record<string, unknown>, name: string): string | undefined {
  const lower = name.toLowerCase();
  return Object.keys(record).find((k) => k.toLowerCase() === lower);
}
