/**
 * Maps a principal named in a policy (trust or resource policy) to the node that stands for it: an entity of the
 * world when it exists (root user, IAM user, role, identity provider), else a node outside the world (another
 * account, a web identity provider, "anyone"), or a service principal.
 */
import { readIamArn } from '../world/arn';
import type { World } from '../world/types';
import type { NodeKind } from './kinds';
import { own } from '../world/own';

/** The node a principal maps to. */
export interface PrincipalNode {
  id: string;
  kind: NodeKind;
  label: string;
  /** True when the node is not an entity of the world (it must be created in an outside area). */
  outside: boolean;
}

/** The id of the "anyone" node (`Principal: "*"`). */
export const ANYONE_ID = '*';

/** An AWS principal (`"123456789012"`, an account root, user, role or role session ARN). */
export function awsPrincipalNode(world: World, value: string): PrincipalNode {
  if (value === '*') return { id: ANYONE_ID, kind: 'external', label: 'Anyone (*)', outside: true };
  if (/^\d{12}$/.test(value)) return awsPrincipalNode(world, `arn:aws:iam::${value}:root`);
  const info = readIamArn(value);
  if (info) {
    const account = own(world.accounts, info.account);
    if (info.kind === 'root') {
      return account
        ? { id: account.root.arn, kind: 'root', label: 'root', outside: false }
        : { id: value, kind: 'external', label: `Account ${info.account}`, outside: true };
    }
    if (info.kind === 'user' && own(account?.users, info.name)?.arn === value) {
      return { id: value, kind: 'user', label: info.name, outside: false };
    }
    if (info.kind === 'role' && own(account?.roles, info.name)?.arn === value) {
      return { id: value, kind: 'role', label: info.name, outside: false };
    }
    const assumed = info.kind === 'assumed-role' ? own(account?.roles, info.roleName) : undefined;
    if (info.kind === 'assumed-role' && assumed) {
      return { id: assumed.arn, kind: 'role', label: info.roleName, outside: false };
    }
    const name = 'name' in info ? info.name : 'roleName' in info ? info.roleName : '';
    return { id: value, kind: 'external', label: `${name} (${(info as { account: string }).account})`, outside: true };
  }
  return { id: value, kind: 'external', label: value, outside: true };
}

/** A service principal (`ec2.amazonaws.com`): its own node, id = the service name. */
export function servicePrincipalNode(value: string): PrincipalNode {
  return { id: value, kind: 'service', label: value, outside: true };
}

/** A federated principal: the world's identity provider when it exists, else an outside provider. */
export function federatedPrincipalNode(world: World, value: string): PrincipalNode {
  for (const account of Object.values(world.accounts)) {
    const idp = own(account.identityProviders, value);
    if (idp) return { id: idp.arn, kind: 'idp', label: idpLabel(idp.arn), outside: false };
  }
  return { id: value, kind: 'external', label: idpLabel(value), outside: true };
}

/** The short name of an identity provider ARN (`oidc-provider/token.actions.githubusercontent.com` → host). */
export function idpLabel(arn: string): string {
  const m = /:(?:oidc|saml)-provider\/(.+)$/.exec(arn);
  return m ? m[1] : arn;
}
