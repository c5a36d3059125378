/**
 * `buildGraph(world)`: the world as graph data — accounts, OUs and the organization as boxes, every IAM entity as a
 * node, stored links (membership, attachments, boundaries, instance profiles) and derived links (trust, resource
 * grants, pass-role) as edges. Pure and deterministic: the same world gives the same model, in the same order.
 */
import { isAwsManagedPolicyArn } from '../world/arn';
import { findManagedPolicy } from '../world/lookup';
import type { Account, IamGroup, IamRole, IamUser, PolicyDocument, World } from '../world/types';
import {
  allRoles,
  byName,
  canAssumeLinks,
  grantLinks,
  passRoleTargets,
  sortedAccounts,
  type DerivedLink,
} from './derive';
import type { EdgeKind, NodeKind } from './kinds';
import type { ReadStatement } from './policy-read';
import { idpLabel } from './principal-nodes';
import type { GraphEdge, GraphModel, GraphNode } from './types';
import { own } from '../world/own';

/** Ids of the areas that hold nodes living outside any account. */
export const AREA_IDS = {
  outside: 'area:outside',
  services: 'area:services',
  awsManaged: 'area:aws-managed',
} as const;

const AREA_LABELS: Record<string, string> = {
  [AREA_IDS.outside]: 'Outside this world',
  [AREA_IDS.services]: 'AWS services',
  [AREA_IDS.awsManaged]: 'AWS managed policies',
};

/** The node id of an inline policy: its holder's ARN and the policy name (inline policies have no ARN). */
export function inlinePolicyId(holderArn: string, policyName: string): string {
  return `${holderArn}#inline:${policyName}`;
}

/** The stable id of an edge. */
export function edgeId(kind: EdgeKind, source: string, target: string): string {
  return `${kind}:${source}->${target}`;
}

class Builder {
  readonly nodes = new Map<string, GraphNode>();
  readonly edges = new Map<string, GraphEdge>();
  constructor(readonly world: World) {}

  node(node: GraphNode): void {
    if (node.parent === undefined) delete node.parent;
    if (!this.nodes.has(node.id)) this.nodes.set(node.id, node);
  }

  area(id: string): string {
    this.node({ id, kind: 'area', label: AREA_LABELS[id] });
    return id;
  }

  edge(kind: EdgeKind, source: string, target: string, extra: Partial<GraphEdge> = {}): void {
    const id = edgeId(kind, source, target);
    const existing = this.edges.get(id);
    if (existing) {
      // Several statements drawing the same link: it is unconditional if any of them is.
      if (existing.conditional && !extra.conditional) delete existing.conditional;
      if (extra.actions) existing.actions = [...new Set([...(existing.actions ?? []), ...extra.actions])].sort();
      return;
    }
    const edge: GraphEdge = { id, kind, source, target };
    if (extra.conditional) edge.conditional = true;
    if (extra.actions && extra.actions.length > 0) edge.actions = [...extra.actions].sort();
    this.edges.set(id, edge);
  }

  /** Ensures the node of a managed policy exists (customer managed in its account, AWS managed in the area). */
  managedPolicy(arn: string): string {
    if (this.nodes.has(arn)) return arn;
    const policy = findManagedPolicy(this.world, arn);
    const name = policy?.name ?? arn.slice(arn.lastIndexOf('/') + 1);
    if (isAwsManagedPolicyArn(arn)) {
      this.node({ id: arn, kind: 'aws-policy', label: name, parent: this.area(AREA_IDS.awsManaged), arn });
    } else {
      this.node({ id: arn, kind: 'external', label: `${name} (missing)`, parent: this.area(AREA_IDS.outside), arn });
    }
    return arn;
  }

  /** Draws derived links, creating outside nodes for principals that are not entities of the world. */
  links(kind: EdgeKind, links: DerivedLink[]): void {
    for (const link of links) {
      const from = link.from;
      if (from.outside && !this.nodes.has(from.id)) {
        const parent = this.area(from.kind === 'service' ? AREA_IDS.services : AREA_IDS.outside);
        this.node({ id: from.id, kind: from.kind, label: from.label, parent });
      }
      this.edge(kind, from.id, link.to, { conditional: link.conditional, actions: link.actions });
    }
  }
}

function accountLabel(account: Account): string {
  const name = account.name ?? account.alias;
  return name ? `${name} · ${account.id}` : `Account ${account.id}`;
}

function addOrganization(b: Builder): void {
  const org = b.world.organization;
  if (!org) return;
  b.node({ id: org.arn, kind: 'organization', label: `Organization ${org.id}`, arn: org.arn });
  const ouIdToNode = (id: string): string => (id === org.rootId ? org.arn : (own(org.ous, id)?.arn ?? org.arn));
  const ous = Object.values(org.ous).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  // Parents before children, so Cytoscape gets every compound before what it holds.
  const placed = new Set<string>();
  const place = (ouId: string): void => {
    const ou = own(org.ous, ouId);
    if (!ou || placed.has(ouId)) return;
    placed.add(ouId);
    if (ou.parentId !== org.rootId) place(ou.parentId);
    b.node({ id: ou.arn, kind: 'ou', label: ou.name, parent: ouIdToNode(ou.parentId), arn: ou.arn });
  };
  ous.forEach((ou) => place(ou.id));
  const policies = Object.values(org.policies).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const p of policies) {
    b.node({
      id: p.arn,
      kind: p.type === 'SERVICE_CONTROL_POLICY' ? 'scp' : 'rcp',
      label: p.name,
      parent: org.arn,
      arn: p.arn,
    });
  }
  const targetNode = (id: string): string | undefined =>
    id === org.rootId ? org.arn : (own(org.ous, id)?.arn ?? (own(b.world.accounts, id) ? id : undefined));
  for (const [target, ids] of Object.entries(org.attachments)) {
    const node = targetNode(target);
    if (!node) continue;
    for (const pid of ids) {
      const policy = own(org.policies, pid);
      if (policy) b.edge('org-policy', policy.arn, node);
    }
  }
}

function accountParent(world: World, accountId: string): string | undefined {
  const org = world.organization;
  const parentId = own(org?.accountParents, accountId);
  if (!org || parentId === undefined) return undefined;
  return parentId === org.rootId ? org.arn : (own(org.ous, parentId)?.arn ?? org.arn);
}

function addHolderPolicies(b: Builder, holder: IamUser | IamGroup | IamRole, accountId: string): void {
  for (const arn of holder.attachedPolicies) b.edge('attached', holder.arn, b.managedPolicy(arn));
  for (const name of Object.keys(holder.inlinePolicies).sort()) {
    const id = inlinePolicyId(holder.arn, name);
    b.node({
      id,
      kind: 'inline-policy',
      label: name,
      parent: accountId,
      account: accountId,
      detail: { holder: holder.arn },
    });
    b.edge('inline', holder.arn, id);
  }
  if ('permissionsBoundary' in holder && holder.permissionsBoundary) {
    b.edge('boundary', holder.arn, b.managedPolicy(holder.permissionsBoundary));
  }
}

function addAccountEntities(b: Builder, account: Account): void {
  const id = account.id;
  b.node({ id, kind: 'account', label: accountLabel(account), parent: accountParent(b.world, id), account: id });
  b.node({ id: account.root.arn, kind: 'root', label: 'root', parent: id, account: id, arn: account.root.arn });
  const leaf = (kind: NodeKind, nodeId: string, label: string, detail?: GraphNode['detail']): void => {
    const node: GraphNode = { id: nodeId, kind, label, parent: id, account: id, arn: nodeId };
    if (detail) node.detail = detail;
    b.node(node);
  };
  for (const u of byName(Object.values(account.users))) leaf('user', u.arn, u.name);
  for (const g of byName(Object.values(account.groups))) leaf('group', g.arn, g.name);
  for (const r of byName(Object.values(account.roles)))
    leaf('role', r.arn, r.name, r.serviceLinked ? { serviceLinked: true } : undefined);
  for (const p of byName(Object.values(account.policies))) leaf('policy', p.arn, p.name);
  for (const p of byName(Object.values(account.instanceProfiles))) leaf('instance-profile', p.arn, p.name);
  for (const i of Object.values(account.instances).sort((a, c) => (a.id < c.id ? -1 : 1))) {
    leaf('instance', i.arn, i.name ?? i.id, { instanceId: i.id });
  }
  for (const p of Object.values(account.identityProviders).sort((a, c) => (a.arn < c.arn ? -1 : 1))) {
    leaf('idp', p.arn, idpLabel(p.arn), { protocol: p.kind });
  }
  for (const r of Object.values(account.resources).sort((a, c) => (a.arn < c.arn ? -1 : 1))) {
    leaf('resource', r.arn, r.name, { resourceKind: r.kind });
  }
}

function addAccountLinks(
  b: Builder,
  account: Account,
  roles: readonly IamRole[],
  cache: Map<PolicyDocument, ReadStatement[]>,
): void {
  const id = account.id;
  const holders = [
    ...byName(Object.values(account.users)),
    ...byName(Object.values(account.groups)),
    ...byName(Object.values(account.roles)),
  ];
  for (const u of byName(Object.values(account.users))) {
    for (const g of [...u.groups].sort()) {
      const group = own(account.groups, g);
      if (group) b.edge('member-of', u.arn, group.arn);
    }
  }
  for (const h of holders) {
    addHolderPolicies(b, h, id);
    const pass = passRoleTargets(b.world, h, roles, cache);
    for (const r of pass.roles) b.edge('can-pass-role', h.arn, r);
    if (pass.any) {
      const node = b.nodes.get(h.arn);
      if (node) node.detail = { ...node.detail, passesAnyRole: true };
    }
  }
  for (const r of byName(Object.values(account.roles))) b.links('can-assume', canAssumeLinks(b.world, r));
  for (const p of Object.values(account.instanceProfiles)) {
    for (const roleName of p.roles) {
      const role = own(account.roles, roleName);
      if (role) b.edge('instance-profile', p.arn, role.arn);
    }
  }
  for (const i of Object.values(account.instances)) {
    if (i.instanceProfileArn && b.nodes.has(i.instanceProfileArn))
      b.edge('instance-profile', i.arn, i.instanceProfileArn);
  }
  for (const r of Object.values(account.resources).sort((a, c) => (a.arn < c.arn ? -1 : 1))) {
    if (r.policy !== undefined) b.links('grants', grantLinks(b.world, r.arn, r.policy));
  }
}

/** Builds the graph model of a world. */
export function buildGraph(world: World): GraphModel {
  const b = new Builder(world);
  addOrganization(b);
  const accounts = sortedAccounts(world);
  accounts.forEach((a) => addAccountEntities(b, a));
  const roles = allRoles(world);
  const cache = new Map<PolicyDocument, ReadStatement[]>();
  accounts.forEach((a) => addAccountLinks(b, a, roles, cache));
  // AWS managed policies the world holds (imported with an account) are drawn even when attached to nothing, so they
  // can be found; sorted by name, after the attached ones (which the links created above).
  const held = Object.values(world.awsManagedPolicies ?? {}).sort((x, y) =>
    x.name < y.name ? -1 : x.name > y.name ? 1 : 0,
  );
  for (const policy of held) b.managedPolicy(policy.arn);
  const nodes = [...b.nodes.values()];
  // Compounds first (in creation order: parents before children), then leaves in creation order.
  const compound = (n: GraphNode) =>
    n.kind === 'organization' || n.kind === 'ou' || n.kind === 'account' || n.kind === 'area';
  const edges = [...b.edges.values()].sort((a, c) => (a.id < c.id ? -1 : a.id > c.id ? 1 : 0));
  // Edges whose ends are missing (a dangling reference in the world) are dropped rather than crash the view.
  const ids = new Set(nodes.map((n) => n.id));
  return {
    nodes: [...nodes.filter(compound), ...nodes.filter((n) => !compound(n))],
    edges: edges.filter((e) => ids.has(e.source) && ids.has(e.target)),
  };
}
