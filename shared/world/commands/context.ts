/** Shared checks for command handlers: resolve the account and entities, validate names and documents, refuse. */
import { refuse } from '../errors';
import { checkPolicyDocument, policyText } from '../policy-check';
import { isValidIamPath, isValidName, LIMITS, NAME_RULES, policySize } from '../rules';
import { findManagedPolicy, findNameInsensitive } from '../lookup';
import { readIamArn } from '../arn';
import type { WorldTx } from '../tx';
import type { Account, IamGroup, IamRole, IamUser, ManagedPolicy, PolicyDocument, Tags, World } from '../types';
import type { HolderKind } from './types';
import { own } from '../own';

/** The account a command acts on: the one named, else the current identity's, else the first. */
export function defaultAccountId(world: World): string | undefined {
  const id = world.currentIdentity;
  // GetSessionToken credentials are named by their access key id; their session knows the account.
  const current = id ? (readIamArn(id)?.account ?? own(world.sessions, id)?.account) : undefined;
  if (current && own(world.accounts, current)) return current;
  return Object.keys(world.accounts)[0];
}

/** Resolves the command's account or refuses with NoSuchEntity. */
export function accountOf(tx: WorldTx, accountId: string | undefined): Account {
  const id = accountId ?? defaultAccountId(tx.world);
  const account = id === undefined ? undefined : own(tx.world.accounts, id);
  if (!account) refuse('NoSuchEntity', 'account.not-found', { accountId: id ?? '' }, 'account');
  return account;
}

/** Collection key in an account for each holder kind. */
export const HOLDER_COLLECTION = { user: 'users', group: 'groups', role: 'roles' } as const;

/** The world path of an entity. */
export function entityPath(accountId: string, kind: HolderKind, name: string): string[] {
  return ['accounts', accountId, HOLDER_COLLECTION[kind], name];
}

/** The user, or NoSuchEntity. */
export function requireUser(account: Account, userName: string): IamUser {
  const user = typeof userName === 'string' ? own(account.users, userName) : undefined;
  if (!user) refuse('NoSuchEntity', 'user.not-found', { userName: String(userName) }, 'userName');
  return user;
}

/** The group, or NoSuchEntity. */
export function requireGroup(account: Account, groupName: string): IamGroup {
  const group = typeof groupName === 'string' ? own(account.groups, groupName) : undefined;
  if (!group) refuse('NoSuchEntity', 'group.not-found', { groupName: String(groupName) }, 'groupName');
  return group;
}

/** The role, or NoSuchEntity. */
export function requireRole(account: Account, roleName: string): IamRole {
  const role = typeof roleName === 'string' ? own(account.roles, roleName) : undefined;
  if (!role) refuse('NoSuchEntity', 'role.not-found', { roleName: String(roleName) }, 'roleName');
  return role;
}

/** A user, group or role by kind. */
export function requireHolder(account: Account, kind: HolderKind, name: string): IamUser | IamGroup | IamRole {
  if (kind === 'user') return requireUser(account, name);
  if (kind === 'group') return requireGroup(account, name);
  if (kind === 'role') return requireRole(account, name);
  return refuse('ValidationError', 'command.bad-holder-kind', { kind: String(kind) });
}

/** A managed policy (customer or AWS) that can be attached, or NoSuchEntity. */
export function requireAttachablePolicy(world: World, policyArn: string, path = 'policyArn'): ManagedPolicy {
  const policy = typeof policyArn === 'string' ? findManagedPolicy(world, policyArn) : undefined;
  if (!policy) refuse('NoSuchEntity', 'policy.not-attachable', { policyArn: String(policyArn) }, path);
  return policy;
}

/** A customer managed policy (AWS managed ones cannot be changed), or a refusal. */
export function requireCustomerPolicy(world: World, policyArn: string): { account: Account; policy: ManagedPolicy } {
  if (typeof policyArn === 'string' && policyArn.startsWith('arn:aws:iam::aws:')) {
    refuse('AccessDenied', 'policy.aws-managed-readonly', { policyArn }, 'policyArn');
  }
  const info = typeof policyArn === 'string' ? readIamArn(policyArn) : undefined;
  const account = info ? own(world.accounts, info.account) : undefined;
  const policy = info && info.kind === 'policy' ? own(account?.policies, info.name) : undefined;
  if (!account || !policy || policy.arn !== policyArn) {
    refuse('NoSuchEntity', 'policy.not-found', { policyArn: String(policyArn) }, 'policyArn');
  }
  return { account, policy };
}

/** Refuses a name that breaks AWS's character set or length. */
export function checkName(kind: keyof typeof NAME_RULES, name: string, path: string): void {
  if (!isValidName(kind, name)) {
    refuse('ValidationError', 'name.invalid', { kind, name: String(name), max: NAME_RULES[kind].max }, path);
  }
}

/** Refuses an invalid IAM path. */
export function checkPath(path: string | undefined, at = 'path'): string {
  const value = path ?? '/';
  if (!isValidIamPath(value)) refuse('ValidationError', 'path.invalid', { path: String(value) }, at);
  return value;
}

/** Refuses a name that already exists in the record (AWS compares IAM names case-insensitively). */
export function checkUnique(record: Record<string, unknown>, name: string, entity: string, path: string): void {
  const existing = findNameInsensitive(record, name);
  if (existing !== undefined) refuse('EntityAlreadyExists', `${entity}.exists`, { name, existing }, path);
}

/** Refuses a malformed policy document or one over the size quota. */
export function checkDocument(doc: PolicyDocument, path: string, maxSize?: number, quotaName?: string): void {
  if (doc === undefined || doc === null) refuse('MalformedPolicyDocument', 'policy.missing', {}, path);
  const problem = checkPolicyDocument(doc);
  if (problem) {
    const data: Record<string, string> = problem.engineCode
      ? { at: problem.path, engineCode: problem.engineCode }
      : { at: problem.path };
    refuse('MalformedPolicyDocument', problem.reason, data, problem.path ? `${path}.${problem.path}` : path);
  }
  if (maxSize !== undefined) {
    const size = policySize(policyText(doc));
    if (size > maxSize)
      refuse('LimitExceeded', 'policy.too-large', { size, max: maxSize, quota: quotaName ?? 'PolicySize' }, path);
  }
}

/** Refuses more tags than AWS allows, or tag keys/values of bad length. */
export function checkTags(tags: Tags | undefined, path = 'tags'): Tags {
  const t = tags ?? {};
  if (typeof t !== 'object' || Array.isArray(t)) refuse('ValidationError', 'tags.invalid', {}, path);
  if (Object.keys(t).length > LIMITS.tagsPerEntity) {
    refuse('LimitExceeded', 'tags.too-many', { max: LIMITS.tagsPerEntity }, path);
  }
  for (const [k, v] of Object.entries(t)) {
    if (k.length < 1 || k.length > 128 || typeof v !== 'string' || v.length > 256) {
      refuse('ValidationError', 'tags.invalid', { key: k }, `${path}.${k}`);
    }
  }
  return { ...t };
}

/** ISO time `seconds` after `iso`, without milliseconds when they are zero. */
export function addSeconds(iso: string, seconds: number): string {
  return formatIso(Date.parse(iso) + seconds * 1000);
}

/** Formats epoch milliseconds as ISO-8601, dropping `.000`. */
export function formatIso(ms: number): string {
  return new Date(ms).toISOString().replace('.000Z', 'Z');
}
