/** Organization queries: an account's membership facts and the SCPs/RCPs that apply to it, level by level. */
import type { OrgLevelPolicies, OrgMembership, PolicyInput } from '../iam/request';
import type { OrgPolicyType, World } from './types';
import { own } from './own';

/** The chain of parents of an account, from the root down to the account's own parent. */
function ancestry(world: World, accountId: string): string[] | undefined {
  const org = world.organization;
  const parent = own(org?.accountParents, accountId);
  if (!org || parent === undefined) return undefined;
  const chain: string[] = [];
  let cur: string | undefined = parent;
  while (cur !== undefined && cur !== org.rootId) {
    chain.unshift(cur);
    cur = own(org.ous, cur)?.parentId;
  }
  return [org.rootId, ...chain];
}

/** Organization facts for aws:PrincipalOrgID / aws:ResourceOrgID and SCP/RCP applicability; undefined outside an org. */
export function orgMembership(world: World, accountId: string): OrgMembership | undefined {
  const org = world.organization;
  const chain = ancestry(world, accountId);
  if (!org || !chain) return undefined;
  return {
    orgId: org.id,
    path: `${org.id}/${chain.join('/')}/`,
    isManagementAccount: org.managementAccountId === accountId,
  };
}

/** The policies of `type` attached at each level (root, OUs, account) above an account; undefined when not enabled. */
export function orgLevels(world: World, accountId: string, type: OrgPolicyType): OrgLevelPolicies[] | undefined {
  const org = world.organization;
  const chain = ancestry(world, accountId);
  if (!org || !chain || !org.enabledPolicyTypes.includes(type)) return undefined;
  const level = (id: string): OrgLevelPolicies => ({
    level: id === org.rootId ? 'root' : id === accountId ? 'account' : 'ou',
    id,
    policies: (own(org.attachments, id) ?? [])
      .map((pid) => own(org.policies, pid))
      .filter((p): p is NonNullable<typeof p> => p !== undefined && p.type === type)
      .map((p): PolicyInput => ({ id: p.arn, name: p.name, document: p.document })),
  });
  return [...chain, accountId].map(level);
}
