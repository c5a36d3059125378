/** ARN builders and readers for the entities of the world. */
import { parseArn } from '../iam/match/arn';

/** Normalizes an IAM path: `/` by default, always with leading and trailing slashes. */
export function normalizePath(path: string | undefined): string {
  if (!path) return '/';
  return path;
}

/** `arn:aws:iam::ACCT:KIND/PATH/NAME` for users, groups, roles, policies and instance profiles. */
export function iamArn(
  account: string,
  kind: 'user' | 'group' | 'role' | 'policy' | 'instance-profile',
  path: string,
  name: string,
): string {
  return `arn:aws:iam::${account}:${kind}${normalizePath(path)}${name}`;
}

/** The root user ARN of an account. */
export function rootArn(account: string): string {
  return `arn:aws:iam::${account}:root`;
}

/** The session ARN of an assumed role. */
export function assumedRoleArn(account: string, roleName: string, sessionName: string): string {
  return `arn:aws:sts::${account}:assumed-role/${roleName}/${sessionName}`;
}

/** The ARN of a federated user session (GetFederationToken). */
export function federatedUserArn(account: string, name: string): string {
  return `arn:aws:sts::${account}:federated-user/${name}`;
}

/** ARN splitting is the engine's (one reading of an ARN for the whole app). */
export { parseArn, type ArnParts } from '../iam/match/arn';

/** What an IAM/STS ARN names, with the name being the last path segment. */
export type IamArnInfo =
  | { kind: 'root'; account: string }
  | { kind: 'user' | 'group' | 'role' | 'policy' | 'instance-profile'; account: string; name: string; path: string }
  | { kind: 'assumed-role'; account: string; roleName: string; sessionName: string }
  | { kind: 'federated-user'; account: string; name: string }
  | { kind: 'mfa' | 'oidc-provider' | 'saml-provider'; account: string; name: string };

/** Reads an IAM or STS ARN (`arn:aws:iam::ACCT:user/path/alice`, `...:root`, `arn:aws:sts::ACCT:assumed-role/R/S`). */
export function readIamArn(arn: string): IamArnInfo | undefined {
  const p = parseArn(arn);
  if (!p) return undefined;
  if (p.service === 'sts') {
    const [kind, a, b] = p.resource.split('/');
    if (kind === 'assumed-role' && a && b)
      return { kind: 'assumed-role', account: p.account, roleName: a, sessionName: b };
    if (kind === 'federated-user' && a) return { kind: 'federated-user', account: p.account, name: a };
    return undefined;
  }
  if (p.service !== 'iam') return undefined;
  if (p.resource === 'root') return { kind: 'root', account: p.account };
  const slash = p.resource.indexOf('/');
  if (slash < 0) return undefined;
  const kind = p.resource.slice(0, slash);
  const rest = p.resource.slice(slash);
  const last = rest.lastIndexOf('/');
  const name = rest.slice(last + 1);
  const path = rest.slice(0, last + 1);
  if (kind === 'user' || kind === 'group' || kind === 'role' || kind === 'policy' || kind === 'instance-profile') {
    return { kind, account: p.account, name, path };
  }
  if (kind === 'mfa' || kind === 'oidc-provider' || kind === 'saml-provider') {
    return { kind, account: p.account, name: rest.slice(1) };
  }
  return undefined;
}

/** True for an AWS managed policy ARN (`arn:aws:iam::aws:policy/...`). */
export function isAwsManagedPolicyArn(arn: string): boolean {
  return arn.startsWith('arn:aws:iam::aws:policy/');
}

/** The bucket ARN of an S3 object ARN (`arn:aws:s3:::bucket/key` → `arn:aws:s3:::bucket`); undefined for anything else. */
export function s3BucketArnOf(arn: string): string | undefined {
  return /^(arn:aws:s3:::[^/]+)\//.exec(arn)?.[1];
}
