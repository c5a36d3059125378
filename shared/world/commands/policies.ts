/** Handlers for managed policies (create, versions, delete), attachment, inline policies and boundaries. */
import { iamArn } from '../arn';
import { refuse } from '../errors';
import { policyUsage } from '../lookup';
import { policyText } from '../policy-check';
import { LIMITS, policySize } from '../rules';
import type { WorldTx } from '../tx';
import type { ManagedPolicy, PolicyDocument } from '../types';
import {
  accountOf,
  checkDocument,
  checkName,
  checkPath,
  checkTags,
  entityPath,
  HOLDER_COLLECTION,
  requireAttachablePolicy,
  requireCustomerPolicy,
  requireHolder,
} from './context';
import type { CommandOf, HolderKind } from './types';

/** AWS's quota names for attached policies, used in LimitExceeded messages. */
const ATTACH_QUOTA = { user: 'PoliciesPerUser', group: 'PoliciesPerGroup', role: 'PoliciesPerRole' } as const;

/** Aggregate inline policy size quotas by holder kind. */
const INLINE_QUOTA = {
  user: { max: LIMITS.userInlinePolicySize, name: 'UserPolicySize' },
  group: { max: LIMITS.groupInlinePolicySize, name: 'GroupPolicySize' },
  role: { max: LIMITS.roleInlinePolicySize, name: 'RolePolicySize' },
} as const;

/** attach-policy (user, group or role). Attaching twice is accepted. */
export function attachPolicy(tx: WorldTx, cmd: CommandOf<'attach-policy'>): void {
  const account = accountOf(tx, cmd.account);
  const holder = requireHolder(account, cmd.to, cmd.name);
  requireAttachablePolicy(tx.world, cmd.policyArn);
  if (holder.attachedPolicies.includes(cmd.policyArn)) return;
  if (holder.attachedPolicies.length >= LIMITS.managedPoliciesPerEntity) {
    refuse('LimitExceeded', 'policy.too-many-attached', {
      name: holder.name,
      max: LIMITS.managedPoliciesPerEntity,
      quota: ATTACH_QUOTA[cmd.to],
    });
  }
  tx.set(
    [...entityPath(account.id, cmd.to, holder.name), 'attachedPolicies'],
    [...holder.attachedPolicies, cmd.policyArn],
  );
}

/** detach-policy */
export function detachPolicy(tx: WorldTx, cmd: CommandOf<'detach-policy'>): void {
  const account = accountOf(tx, cmd.account);
  const holder = requireHolder(account, cmd.from, cmd.name);
  if (!holder.attachedPolicies.includes(cmd.policyArn)) {
    refuse('NoSuchEntity', 'policy.not-attached', { policyArn: String(cmd.policyArn), name: holder.name }, 'policyArn');
  }
  tx.set(
    [...entityPath(account.id, cmd.from, holder.name), 'attachedPolicies'],
    holder.attachedPolicies.filter((a) => a !== cmd.policyArn),
  );
}

/** put-inline-policy: creates or replaces an inline policy; the holder's inline policies share one size quota. */
export function putInlinePolicy(tx: WorldTx, cmd: CommandOf<'put-inline-policy'>): void {
  const account = accountOf(tx, cmd.account);
  const holder = requireHolder(account, cmd.to, cmd.name);
  checkName('inlinePolicy', cmd.policyName, 'policyName');
  checkDocument(cmd.policyDocument, 'policyDocument');
  const others = Object.entries(holder.inlinePolicies).filter(([n]) => n !== cmd.policyName);
  const total = [...others.map(([, d]) => d), cmd.policyDocument].reduce<number>(
    (sum, d: PolicyDocument) => sum + policySize(policyText(d)),
    0,
  );
  const quota = INLINE_QUOTA[cmd.to];
  if (total > quota.max) {
    refuse('LimitExceeded', 'policy.too-large', { size: total, max: quota.max, quota: quota.name }, 'policyDocument');
  }
  tx.set([...entityPath(account.id, cmd.to, holder.name), 'inlinePolicies', cmd.policyName], cmd.policyDocument);
}

/** delete-inline-policy */
export function deleteInlinePolicy(tx: WorldTx, cmd: CommandOf<'delete-inline-policy'>): void {
  const account = accountOf(tx, cmd.account);
  const holder = requireHolder(account, cmd.from, cmd.name);
  if (!Object.hasOwn(holder.inlinePolicies, cmd.policyName)) {
    refuse(
      'NoSuchEntity',
      'inline-policy.not-found',
      { kind: cmd.from, policyName: String(cmd.policyName), name: holder.name },
      'policyName',
    );
  }
  tx.remove([...entityPath(account.id, cmd.from, holder.name), 'inlinePolicies', cmd.policyName]);
}

/** put-permissions-boundary (user or role). */
export function putPermissionsBoundary(tx: WorldTx, cmd: CommandOf<'put-permissions-boundary'>): void {
  const account = accountOf(tx, cmd.account);
  const holder = requireHolder(account, cmd.to, cmd.name);
  requireAttachablePolicy(tx.world, cmd.policyArn);
  tx.set([...entityPath(account.id, cmd.to, holder.name), 'permissionsBoundary'], cmd.policyArn);
}

/** delete-permissions-boundary */
export function deletePermissionsBoundary(tx: WorldTx, cmd: CommandOf<'delete-permissions-boundary'>): void {
  const account = accountOf(tx, cmd.account);
  const holder = requireHolder(account, cmd.from, cmd.name) as { permissionsBoundary?: string; name: string };
  if (holder.permissionsBoundary === undefined) {
    refuse('NoSuchEntity', 'boundary.not-set', { kind: cmd.from, name: holder.name }, 'name');
  }
  tx.remove([...entityPath(account.id, cmd.from, holder.name), 'permissionsBoundary']);
}

/** create-policy: a customer managed policy with version v1 as default. */
export function createPolicy(tx: WorldTx, cmd: CommandOf<'create-policy'>): void {
  const account = accountOf(tx, cmd.account);
  checkName('policy', cmd.policyName, 'policyName');
  const path = checkPath(cmd.path);
  if (Object.hasOwn(account.policies, cmd.policyName)) {
    refuse('EntityAlreadyExists', 'policy.exists', { name: cmd.policyName }, 'policyName');
  }
  checkDocument(cmd.policyDocument, 'policyDocument', LIMITS.managedPolicySize, 'PolicySize');
  const policy: ManagedPolicy = {
    name: cmd.policyName,
    path,
    arn: iamArn(account.id, 'policy', path, cmd.policyName),
    id: tx.nextId('policy'),
    createDate: tx.now,
    updateDate: tx.now,
    defaultVersionId: 'v1',
    versions: { v1: { document: cmd.policyDocument, createDate: tx.now } },
    versionCounter: 1,
  };
  if (cmd.description !== undefined) policy.description = cmd.description;
  if (cmd.tags !== undefined) policy.tags = checkTags(cmd.tags);
  tx.set(['accounts', account.id, 'policies', cmd.policyName], policy);
  tx.output.policy = policy;
}

/** delete-policy: refused while attached, used as a boundary, or holding non-default versions. */
export function deletePolicy(tx: WorldTx, cmd: CommandOf<'delete-policy'>): void {
  const { account, policy } = requireCustomerPolicy(tx.world, cmd.policyArn);
  const usage = policyUsage(tx.world, policy.arn);
  if (usage.attachedTo.length > 0)
    refuse('DeleteConflict', 'policy.attached', { policyArn: policy.arn, attachedTo: usage.attachedTo });
  if (usage.boundaryOf.length > 0)
    refuse('DeleteConflict', 'policy.used-as-boundary', { policyArn: policy.arn, boundaryOf: usage.boundaryOf });
  if (Object.keys(policy.versions).length > 1)
    refuse('DeleteConflict', 'policy.has-versions', { policyArn: policy.arn });
  tx.remove(['accounts', account.id, 'policies', policy.name]);
}

/** create-policy-version: at most five versions. */
export function createPolicyVersion(tx: WorldTx, cmd: CommandOf<'create-policy-version'>): void {
  const { account, policy } = requireCustomerPolicy(tx.world, cmd.policyArn);
  checkDocument(cmd.policyDocument, 'policyDocument', LIMITS.managedPolicySize, 'PolicySize');
  if (Object.keys(policy.versions).length >= LIMITS.policyVersions) {
    refuse('LimitExceeded', 'policy.too-many-versions', { policyArn: policy.arn, max: LIMITS.policyVersions });
  }
  const versionId = `v${policy.versionCounter + 1}`;
  const base = ['accounts', account.id, 'policies', policy.name];
  tx.set([...base, 'versions', versionId], { document: cmd.policyDocument, createDate: tx.now });
  tx.set([...base, 'versionCounter'], policy.versionCounter + 1);
  tx.set([...base, 'updateDate'], tx.now);
  if (cmd.setAsDefault) tx.set([...base, 'defaultVersionId'], versionId);
  tx.output.versionId = versionId;
}

/** The customer managed policy and its account, refused with NoSuchEntity unless it has the version. */
function requirePolicyVersion(tx: WorldTx, policyArn: string, versionId: string) {
  const found = requireCustomerPolicy(tx.world, policyArn);
  if (!Object.hasOwn(found.policy.versions, versionId)) {
    refuse(
      'NoSuchEntity',
      'policy-version.not-found',
      { policyArn: found.policy.arn, versionId: String(versionId) },
      'versionId',
    );
  }
  return found;
}

/** set-default-policy-version */
export function setDefaultPolicyVersion(tx: WorldTx, cmd: CommandOf<'set-default-policy-version'>): void {
  const { account, policy } = requirePolicyVersion(tx, cmd.policyArn, cmd.versionId);
  tx.set(['accounts', account.id, 'policies', policy.name, 'defaultVersionId'], cmd.versionId);
}

/** delete-policy-version: the default version cannot be deleted. */
export function deletePolicyVersion(tx: WorldTx, cmd: CommandOf<'delete-policy-version'>): void {
  const { account, policy } = requirePolicyVersion(tx, cmd.policyArn, cmd.versionId);
  if (policy.defaultVersionId === cmd.versionId) {
    refuse(
      'DeleteConflict',
      'policy-version.is-default',
      { policyArn: policy.arn, versionId: cmd.versionId },
      'versionId',
    );
  }
  tx.remove(['accounts', account.id, 'policies', policy.name, 'versions', cmd.versionId]);
}

/** The holder kinds as a list, for data-driven code. */
export const HOLDER_KINDS: HolderKind[] = Object.keys(HOLDER_COLLECTION) as HolderKind[];
