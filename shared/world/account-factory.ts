/** Builds empty accounts and worlds: the shapes every new account and world start from. */
import { rootArn } from './arn';
import type { Account, World } from './types';

/** An account with only its root user (console password on, no keys, no MFA). */
export function emptyAccount(id: string, name?: string, alias?: string): Account {
  const account: Account = {
    id,
    root: { arn: rootArn(id), hasPassword: true, accessKeys: {}, mfaDevices: {} },
    users: {},
    groups: {},
    roles: {},
    policies: {},
    instanceProfiles: {},
    identityProviders: {},
    resources: {},
    instances: {},
  };
  if (name !== undefined) account.name = name;
  if (alias !== undefined) account.alias = alias;
  return account;
}

/** A world with no accounts, its clock at `clock`. */
export function emptyWorld(name: string, clock = '2025-01-01T09:00:00Z', seed = name): World {
  return { clock, seq: 1, seed, meta: { name }, accounts: {}, awsManagedPolicies: {}, sessions: {} };
}
