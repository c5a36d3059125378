/**
 * Edges derived from policy documents rather than stored links: who can assume a role (its trust policy), who a
 * resource policy grants access to, and who can pass a role (iam:PassRole in identity policies). They show what the
 * documents allow on their face — conditions are marked, Deny statements and other policies are the engine's job.
 */
import { defaultDocument, findManagedPolicy } from '../world/lookup';
import type { Account, IamGroup, IamRole, IamUser, PolicyDocument, World } from '../world/types';
import { allowsAction, globMatch, readStatements, type ReadStatement } from './policy-read';
import { awsPrincipalNode, federatedPrincipalNode, servicePrincipalNode, type PrincipalNode } from './principal-nodes';
import { own } from '../world/own';

/** The STS actions that assume a role. */
export const ASSUME_ACTIONS = ['sts:AssumeRole', 'sts:AssumeRoleWithWebIdentity', 'sts:AssumeRoleWithSAML'] as const;

/** A derived link from a principal to a target node. */
export interface DerivedLink {
  from: PrincipalNode;
  to: string;
  conditional: boolean;
  actions: string[];
}

/** The principals a statement names, as nodes. */
export function statementPrincipals(world: World, s: ReadStatement): PrincipalNode[] {
  const p = s.principals;
  if (!p) return [];
  const nodes: PrincipalNode[] = [];
  if (p.anyone) nodes.push(awsPrincipalNode(world, '*'));
  for (const a of p.aws) nodes.push(awsPrincipalNode(world, a));
  for (const a of p.service) nodes.push(servicePrincipalNode(a));
  for (const a of p.federated) nodes.push(federatedPrincipalNode(world, a));
  return nodes;
}

/** Who the role's trust policy lets assume it. */
export function canAssumeLinks(world: World, role: IamRole): DerivedLink[] {
  const links: DerivedLink[] = [];
  for (const s of readStatements(role.trustPolicy)) {
    const actions = ASSUME_ACTIONS.filter((a) => allowsAction(s, a));
    if (actions.length === 0) continue;
    for (const from of statementPrincipals(world, s)) {
      links.push({ from, to: role.arn, conditional: s.hasCondition, actions: [...actions] });
    }
  }
  return links;
}

/** Who a resource-based policy grants something to (Allow statements with a Principal). */
export function grantLinks(world: World, resourceArn: string, policy: PolicyDocument | undefined): DerivedLink[] {
  const links: DerivedLink[] = [];
  for (const s of readStatements(policy)) {
    if (s.effect !== 'Allow') continue;
    for (const from of statementPrincipals(world, s)) {
      links.push({
        from,
        to: resourceArn,
        conditional: s.hasCondition,
        actions: s.notAction ? ['NotAction'] : s.actions,
      });
    }
  }
  return links;
}

/** The identity-based documents of a holder: its inline policies and its attached managed policies. */
export function identityDocuments(world: World, holder: IamUser | IamGroup | IamRole): PolicyDocument[] {
  const docs: PolicyDocument[] = Object.values(holder.inlinePolicies);
  for (const arn of holder.attachedPolicies) {
    const policy = findManagedPolicy(world, arn);
    if (policy && own(policy.versions, policy.defaultVersionId)) docs.push(defaultDocument(policy));
  }
  return docs;
}

/** A resource pattern that names every role (`*`, `arn:aws:iam::*:role/*`...): drawn as a flag, not as edges. */
export function namesEveryRole(pattern: string): boolean {
  return pattern === '*' || /^arn:aws:iam::[^:]*:(role\/)?\*$/.test(pattern) || /^arn:aws:iam::[^:]*:\*$/.test(pattern);
}

/** The roles a holder may pass (iam:PassRole), and whether some statement allows passing any role. */
export function passRoleTargets(
  world: World,
  holder: IamUser | IamGroup | IamRole,
  roles: readonly IamRole[],
  readCache: Map<PolicyDocument, ReadStatement[]>,
): { roles: string[]; any: boolean } {
  const targets = new Set<string>();
  let any = false;
  for (const doc of identityDocuments(world, holder)) {
    let statements = readCache.get(doc);
    if (!statements) readCache.set(doc, (statements = readStatements(doc)));
    for (const s of statements) {
      if (!allowsAction(s, 'iam:PassRole')) continue;
      for (const pattern of s.resources) {
        if (namesEveryRole(pattern)) {
          any = true;
          continue;
        }
        for (const role of roles) if (globMatch(pattern, role.arn, false)) targets.add(role.arn);
      }
    }
  }
  return { roles: [...targets].sort(), any };
}

/** Every role in the world, accounts in id order, roles by name. */
export function allRoles(world: World): IamRole[] {
  return sortedAccounts(world).flatMap((a) => byName(Object.values(a.roles)));
}

/** Accounts sorted by id. */
export function sortedAccounts(world: World): Account[] {
  return Object.values(world.accounts).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Entities sorted by name (case-insensitive, then exact). */
export function byName<T extends { name: string }>(items: T[]): T[] {
  return items.sort((a, b) => compareText(a.name, b.name));
}

/** Stable text order: case-insensitive first, exact as tie-break. */
export function compareText(a: string, b: string): number {
  const la = a.toLowerCase();
  const lb = b.toLowerCase();
  if (la !== lb) return la < lb ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}
