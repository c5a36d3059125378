import type { Account, IamGroup, IamRole, IamUser, World } from '../../world/types';
import { own } from '../../world/own';

/** An entity found by reference, with its account. */
export interface Found<T> {
  account: Account;
  entity: T;
}

/** Result of a lookup by reference: found, missing, or a bare name that several accounts hold. */
export type Lookup<T> = { ok: true; found: Found<T> } | { ok: false; code: 'fact.not-found' | 'fact.ambiguous-name' };

/**
 * Finds a user, group or role by ARN (`arn:aws:iam::ACCT:user/alice`) or by bare name (`alice`). A bare name must be
 * unique across the world's accounts; lessons with several accounts should use ARNs.
 */
export function lookup<K extends 'users' | 'groups' | 'roles'>(
  world: World,
  kind: K,
  ref: string,
): Lookup<K extends 'users' ? IamUser : K extends 'groups' ? IamGroup : IamRole> {
  type T = K extends 'users' ? IamUser : K extends 'groups' ? IamGroup : IamRole;
  const hits: Found<T>[] = [];
  for (const account of Object.values(world.accounts)) {
    for (const entity of Object.values(account[kind]) as T[]) {
      if (ref.startsWith('arn:') ? entity.arn === ref : entity.name === ref) hits.push({ account, entity });
    }
  }
  if (hits.length === 1) return { ok: true, found: hits[0] };
  return { ok: false, code: hits.length === 0 ? 'fact.not-found' : 'fact.ambiguous-name' };
}

/** Finds a user, group or role — whichever kind `ref` names. */
export function lookupHolder(world: World, ref: string): Lookup<IamUser | IamGroup | IamRole> {
  const kinds = ['users', 'groups', 'roles'] as const;
  const results = kinds.map((k) => lookup(world, k, ref) as Lookup<IamUser | IamGroup | IamRole>);
  const oks = results.filter((r) => r.ok);
  if (oks.length === 1) return oks[0];
  if (oks.length > 1 || results.some((r) => !r.ok && r.code === 'fact.ambiguous-name'))
    return { ok: false, code: 'fact.ambiguous-name' };
  return { ok: false, code: 'fact.not-found' };
}

/** Every ARN the world holds: accounts' roots, users, groups, roles, policies, profiles, providers, resources, instances, sessions. */
export function entityArnExists(world: World, arn: string): boolean {
  if (own(world.sessions, arn) || own(world.awsManagedPolicies, arn)) return true;
  for (const a of Object.values(world.accounts)) {
    if (a.root.arn === arn || own(a.identityProviders, arn) || own(a.resources, arn)) return true;
    for (const coll of [a.users, a.groups, a.roles, a.policies, a.instanceProfiles] as Record<
      string,
      { arn: string }
    >[]) {
      if (Object.values(coll).some((e) => e.arn === arn)) return true;
    }
    if (Object.values(a.instances).some((i) => i.arn === arn || i.id === arn)) return true;
  }
  return false;
}

/** Whole days between two ISO times (floor), for access key ages. */
export function daysBetween(fromIso: string, toIso: string): number {
  return Math.floor((Date.parse(toIso) - Date.parse(fromIso)) / 86_400_000);
}
