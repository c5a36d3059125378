/**
 * Finds the world entity behind a graph node, so the inspector can show its details and pick its forms. Returns a
 * tagged union; nodes outside the world (other accounts, services) resolve to `other`.
 */
import { readIamArn } from '../../../shared/world/arn';
import { findManagedPolicy } from '../../../shared/world';
import { own } from '../../../shared/world/own';
import type {
  Account,
  Ec2Instance,
  Organization,
  OrgPolicy,
  IamGroup,
  IamRole,
  IamUser,
  IdentityProvider,
  InstanceProfile,
  ManagedPolicy,
  PolicyDocument,
  Resource,
  World,
} from '../../../shared/world';
import type { GraphNode } from '../../../shared/graph';

/** The entity a node stands for. */
export type Entity =
  | { kind: 'user'; account: Account; user: IamUser }
  | { kind: 'group'; account: Account; group: IamGroup }
  | { kind: 'role'; account: Account; role: IamRole }
  | { kind: 'policy'; account?: Account; policy: ManagedPolicy; awsManaged: boolean }
  | {
      kind: 'inline';
      account: Account;
      holder: 'user' | 'group' | 'role';
      holderName: string;
      policyName: string;
      document: PolicyDocument;
    }
  | { kind: 'resource'; account: Account; resource: Resource }
  | { kind: 'account'; account: Account }
  | { kind: 'instance-profile'; account: Account; profile: InstanceProfile }
  | { kind: 'instance'; account: Account; instance: Ec2Instance }
  | { kind: 'idp'; account: Account; provider: IdentityProvider }
  | { kind: 'root'; account: Account }
  | { kind: 'organization'; org: Organization }
  | { kind: 'org-policy'; org: Organization; policy: OrgPolicy }
  | { kind: 'other' };

/** Resolves a node to its entity. */
export function entityOf(world: World, node: GraphNode): Entity {
  const account = node.account ? own(world.accounts, node.account) : undefined;
  if (node.kind === 'account' && account) return { kind: 'account', account };
  if (node.kind === 'inline-policy' && account) {
    const m = /^(.*)#inline:(.+)$/.exec(node.id);
    const info = m ? readIamArn(m[1]) : undefined;
    if (m && info && (info.kind === 'user' || info.kind === 'group' || info.kind === 'role')) {
      const holder =
        info.kind === 'user'
          ? own(account.users, info.name)
          : info.kind === 'group'
            ? own(account.groups, info.name)
            : own(account.roles, info.name);
      const document = own(holder?.inlinePolicies, m[2]);
      if (document !== undefined)
        return { kind: 'inline', account, holder: info.kind, holderName: info.name, policyName: m[2], document };
    }
  }
  if (node.kind === 'policy' || node.kind === 'aws-policy') {
    const policy = findManagedPolicy(world, node.id);
    if (policy) return { kind: 'policy', account, policy, awsManaged: node.kind === 'aws-policy' };
  }
  const resource = own(account?.resources, node.id);
  if (node.kind === 'resource' && account && resource) return { kind: 'resource', account, resource };
  if (node.kind === 'root' && account) return { kind: 'root', account };
  const org = world.organization;
  if (org && node.kind === 'organization') return { kind: 'organization', org };
  if (org && (node.kind === 'scp' || node.kind === 'rcp')) {
    const policy = Object.values(org.policies).find((p) => p.arn === node.id);
    if (policy) return { kind: 'org-policy', org, policy };
  }
  if (node.kind === 'instance-profile' && account) {
    const profile = Object.values(account.instanceProfiles).find((p) => p.arn === node.id);
    if (profile) return { kind: 'instance-profile', account, profile };
  }
  if (node.kind === 'instance' && account) {
    const instance = Object.values(account.instances).find((i) => i.arn === node.id);
    if (instance) return { kind: 'instance', account, instance };
  }
  if (node.kind === 'idp' && account) {
    const provider = Object.values(account.identityProviders).find((p) => p.arn === node.id);
    if (provider) return { kind: 'idp', account, provider };
  }
  const info = readIamArn(node.id);
  if (account && info && 'name' in info) {
    const user = info.kind === 'user' ? own(account.users, info.name) : undefined;
    if (user) return { kind: 'user', account, user };
    const group = info.kind === 'group' ? own(account.groups, info.name) : undefined;
    if (group) return { kind: 'group', account, group };
    const role = info.kind === 'role' ? own(account.roles, info.name) : undefined;
    if (role) return { kind: 'role', account, role };
  }
  return { kind: 'other' };
}
