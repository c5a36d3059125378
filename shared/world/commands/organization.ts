/**
 * Handlers for accounts and AWS Organizations: the organization, OUs, moving accounts, SCPs and RCPs.
 * When a policy type is enabled, AWS attaches its full-access policy (FullAWSAccess, RCPFullAWSAccess) to the root,
 * every OU and every account; new OUs and accounts get it too. The last SCP of a target cannot be detached.
 */
import { emptyAccount } from '../account-factory';
import { refuse } from '../errors';
import { isValidAccountAlias, isValidAccountId } from '../rules';
import type { WorldTx } from '../tx';
import type { Organization, OrgPolicy, OrgPolicyType } from '../types';
import { accountOf, checkDocument } from './context';
import type { CommandOf } from './types';
import { own } from '../own';

/** The AWS managed full-access policy for each type. */
export const FULL_ACCESS_POLICIES: Record<OrgPolicyType, OrgPolicy> = {
  SERVICE_CONTROL_POLICY: {
    id: 'p-FullAWSAccess',
    arn: 'arn:aws:organizations::aws:policy/service_control_policy/p-FullAWSAccess',
    name: 'FullAWSAccess',
    type: 'SERVICE_CONTROL_POLICY',
    awsManaged: true,
    document: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] },
  },
  RESOURCE_CONTROL_POLICY: {
    id: 'p-RCPFullAWSAccess',
    arn: 'arn:aws:organizations::aws:policy/resource_control_policy/p-RCPFullAWSAccess',
    name: 'RCPFullAWSAccess',
    type: 'RESOURCE_CONTROL_POLICY',
    awsManaged: true,
    document: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: '*', Resource: '*' }] },
  },
};

/** The organization, or a refusal. */
function requireOrg(tx: WorldTx): Organization {
  const org = tx.world.organization;
  if (!org) refuse('NoSuchEntity', 'organization.not-found', {});
  return org;
}

/** True when `id` is the root, an OU or a member account of the organization. */
function isTarget(org: Organization, id: string): boolean {
  return id === org.rootId || Object.hasOwn(org.ous, id) || Object.hasOwn(org.accountParents, id);
}

/** Attaches the full-access policies of every enabled type to a new target. */
function attachDefaults(tx: WorldTx, org: Organization, targetId: string): void {
  const ids = org.enabledPolicyTypes.map((t) => FULL_ACCESS_POLICIES[t].id);
  tx.set(['organization', 'attachments', targetId], ids);
}

/** create-account: a new account (id given or generated), joining the organization under `parentId` if given. */
export function createAccount(tx: WorldTx, cmd: CommandOf<'create-account'>): void {
  let id = cmd.accountId;
  if (id === undefined) {
    do id = tx.nextId('account');
    while (own(tx.world.accounts, id));
  }
  if (!isValidAccountId(id)) refuse('ValidationError', 'account.bad-id', { accountId: String(id) }, 'accountId');
  if (own(tx.world.accounts, id)) refuse('EntityAlreadyExists', 'account.exists', { accountId: id }, 'accountId');
  if (cmd.alias !== undefined) checkAlias(tx, cmd.alias);
  if (cmd.parentId !== undefined) {
    const org = requireOrg(tx);
    if (cmd.parentId !== org.rootId && !own(org.ous, cmd.parentId))
      refuse('NoSuchEntity', 'org.parent-not-found', { parentId: cmd.parentId }, 'parentId');
  }
  tx.set(['accounts', id], emptyAccount(id, cmd.name, cmd.alias));
  if (cmd.parentId !== undefined) {
    const org = requireOrg(tx);
    tx.set(['organization', 'accountParents', id], cmd.parentId);
    attachDefaults(tx, org, id);
  }
  tx.output.accountId = id;
}

/** Refuses an invalid alias or one another account uses (aliases are unique across AWS). */
function checkAlias(tx: WorldTx, alias: string): void {
  if (!isValidAccountAlias(alias)) refuse('ValidationError', 'account.bad-alias', { alias: String(alias) }, 'alias');
  if (Object.values(tx.world.accounts).some((a) => a.alias === alias))
    refuse('EntityAlreadyExists', 'account.alias-taken', { alias }, 'alias');
}

/** set-account-alias (omit `alias` to delete it). */
export function setAccountAlias(tx: WorldTx, cmd: CommandOf<'set-account-alias'>): void {
  const account = accountOf(tx, cmd.account);
  if (cmd.alias === undefined) {
    tx.remove(['accounts', account.id, 'alias']);
    return;
  }
  if (account.alias === cmd.alias) return;
  checkAlias(tx, cmd.alias);
  tx.set(['accounts', account.id, 'alias'], cmd.alias);
}

/** create-organization: the management account joins at the root; no policy type is enabled yet. */
export function createOrganization(tx: WorldTx, cmd: CommandOf<'create-organization'>): void {
  if (tx.world.organization) refuse('EntityAlreadyExists', 'organization.exists', {});
  const mgmt = accountOf(tx, cmd.managementAccountId);
  const id = tx.nextId('org');
  const rootId = tx.nextId('root');
  const org: Organization = {
    id,
    arn: `arn:aws:organizations::${mgmt.id}:organization/${id}`,
    managementAccountId: mgmt.id,
    rootId,
    enabledPolicyTypes: [],
    ous: {},
    accountParents: { [mgmt.id]: rootId },
    policies: {},
    attachments: { [rootId]: [], [mgmt.id]: [] },
  };
  tx.set(['organization'], org);
  tx.output.organization = org;
}

/** enable-policy-type: attaches the type's full-access policy everywhere. */
export function enablePolicyType(tx: WorldTx, cmd: CommandOf<'enable-policy-type'>): void {
  const org = requireOrg(tx);
  const full = FULL_ACCESS_POLICIES[cmd.policyType];
  if (!full) refuse('ValidationError', 'org.bad-policy-type', { policyType: String(cmd.policyType) }, 'policyType');
  if (org.enabledPolicyTypes.includes(cmd.policyType))
    refuse('EntityAlreadyExists', 'org.policy-type-enabled', { policyType: cmd.policyType });
  tx.set(['organization', 'enabledPolicyTypes'], [...org.enabledPolicyTypes, cmd.policyType]);
  tx.set(['organization', 'policies', full.id], full);
  const targets = [org.rootId, ...Object.keys(org.ous), ...Object.keys(org.accountParents)];
  for (const target of targets) {
    const current = own(tx.world.organization?.attachments, target) ?? [];
    tx.set(['organization', 'attachments', target], [...current, full.id]);
  }
}

/** create-organizational-unit */
export function createOrganizationalUnit(tx: WorldTx, cmd: CommandOf<'create-organizational-unit'>): void {
  const org = requireOrg(tx);
  if (cmd.parentId !== org.rootId && !own(org.ous, cmd.parentId))
    refuse('NoSuchEntity', 'org.parent-not-found', { parentId: String(cmd.parentId) }, 'parentId');
  if (typeof cmd.name !== 'string' || cmd.name.length < 1 || cmd.name.length > 128)
    refuse('ValidationError', 'org.bad-ou-name', {}, 'name');
  if (Object.values(org.ous).some((o) => o.parentId === cmd.parentId && o.name === cmd.name)) {
    refuse('EntityAlreadyExists', 'org.ou-exists', { name: cmd.name }, 'name');
  }
  const id = `ou-${org.rootId.slice(2)}-${tx.nextId('ou')}`;
  tx.set(['organization', 'ous', id], {
    id,
    arn: `arn:aws:organizations::${org.managementAccountId}:ou/${org.id}/${id}`,
    name: cmd.name,
    parentId: cmd.parentId,
  });
  attachDefaults(tx, org, id);
  tx.output.ouId = id;
}

/** delete-organizational-unit: it must be empty. */
export function deleteOrganizationalUnit(tx: WorldTx, cmd: CommandOf<'delete-organizational-unit'>): void {
  const org = requireOrg(tx);
  if (!own(org.ous, cmd.ouId)) refuse('NoSuchEntity', 'org.ou-not-found', { ouId: String(cmd.ouId) }, 'ouId');
  const hasChildren =
    Object.values(org.ous).some((o) => o.parentId === cmd.ouId) ||
    Object.values(org.accountParents).some((p) => p === cmd.ouId);
  if (hasChildren) refuse('DeleteConflict', 'org.ou-not-empty', { ouId: cmd.ouId });
  tx.remove(['organization', 'ous', cmd.ouId]);
  tx.remove(['organization', 'attachments', cmd.ouId]);
}

/** move-account: into an OU or the root; an account outside the organization joins it. */
export function moveAccount(tx: WorldTx, cmd: CommandOf<'move-account'>): void {
  const org = requireOrg(tx);
  accountOf(tx, cmd.accountId);
  const dest = cmd.destinationParentId;
  if (dest !== org.rootId && !own(org.ous, dest))
    refuse('NoSuchEntity', 'org.parent-not-found', { parentId: String(dest) }, 'destinationParentId');
  const joining = !Object.hasOwn(org.accountParents, cmd.accountId);
  tx.set(['organization', 'accountParents', cmd.accountId], dest);
  if (joining) attachDefaults(tx, org, cmd.accountId);
}

/** create-org-policy: an SCP or RCP. */
export function createOrgPolicy(tx: WorldTx, cmd: CommandOf<'create-org-policy'>): void {
  const org = requireOrg(tx);
  if (!FULL_ACCESS_POLICIES[cmd.policyType])
    refuse('ValidationError', 'org.bad-policy-type', { policyType: String(cmd.policyType) }, 'policyType');
  if (typeof cmd.name !== 'string' || cmd.name.length < 1 || cmd.name.length > 128)
    refuse('ValidationError', 'org.bad-policy-name', {}, 'name');
  if (Object.values(org.policies).some((p) => p.name === cmd.name && p.type === cmd.policyType)) {
    refuse('EntityAlreadyExists', 'org.policy-exists', { name: cmd.name }, 'name');
  }
  checkDocument(cmd.document, 'document', 5120, 'PolicySize');
  const id = tx.nextId('orgPolicy');
  const typePath = cmd.policyType === 'SERVICE_CONTROL_POLICY' ? 'service_control_policy' : 'resource_control_policy';
  const policy: OrgPolicy = {
    id,
    arn: `arn:aws:organizations::${org.managementAccountId}:policy/${org.id}/${typePath}/${id}`,
    name: cmd.name,
    type: cmd.policyType,
    document: cmd.document,
  };
  tx.set(['organization', 'policies', id], policy);
  tx.output.policyId = id;
}

/** delete-org-policy: not while attached; AWS managed ones cannot be deleted. */
export function deleteOrgPolicy(tx: WorldTx, cmd: CommandOf<'delete-org-policy'>): void {
  const org = requireOrg(tx);
  const policy = own(org.policies, cmd.policyId);
  if (!policy) refuse('NoSuchEntity', 'org.policy-not-found', { policyId: String(cmd.policyId) }, 'policyId');
  if (policy.awsManaged) refuse('AccessDenied', 'org.policy-aws-managed', { policyId: policy.id }, 'policyId');
  if (Object.values(org.attachments).some((ids) => ids.includes(policy.id)))
    refuse('DeleteConflict', 'org.policy-in-use', { policyId: policy.id });
  tx.remove(['organization', 'policies', policy.id]);
}

/** attach-org-policy: the policy type must be enabled. */
export function attachOrgPolicy(tx: WorldTx, cmd: CommandOf<'attach-org-policy'>): void {
  const org = requireOrg(tx);
  const policy = own(org.policies, cmd.policyId);
  if (!policy) refuse('NoSuchEntity', 'org.policy-not-found', { policyId: String(cmd.policyId) }, 'policyId');
  if (!org.enabledPolicyTypes.includes(policy.type))
    refuse('InvalidInput', 'org.policy-type-not-enabled', { policyType: policy.type });
  if (!isTarget(org, cmd.targetId))
    refuse('NoSuchEntity', 'org.target-not-found', { targetId: String(cmd.targetId) }, 'targetId');
  const current = own(org.attachments, cmd.targetId) ?? [];
  if (current.includes(policy.id))
    refuse('EntityAlreadyExists', 'org.policy-already-attached', { policyId: policy.id, targetId: cmd.targetId });
  if (current.filter((id) => own(org.policies, id)?.type === policy.type).length >= 5) {
    refuse('LimitExceeded', 'org.too-many-policies', { targetId: cmd.targetId, max: 5 });
  }
  tx.set(['organization', 'attachments', cmd.targetId], [...current, policy.id]);
}

/** detach-org-policy: a target must keep at least one SCP while SCPs are enabled. */
export function detachOrgPolicy(tx: WorldTx, cmd: CommandOf<'detach-org-policy'>): void {
  const org = requireOrg(tx);
  const current = own(org.attachments, cmd.targetId) ?? [];
  if (!current.includes(cmd.policyId))
    refuse('NoSuchEntity', 'org.policy-not-attached', {
      policyId: String(cmd.policyId),
      targetId: String(cmd.targetId),
    });
  const policy = own(org.policies, cmd.policyId);
  if (policy?.type === 'SERVICE_CONTROL_POLICY') {
    const scps = current.filter((id) => own(org.policies, id)?.type === 'SERVICE_CONTROL_POLICY');
    if (scps.length <= 1) refuse('ValidationError', 'org.last-scp', { targetId: cmd.targetId });
  }
  tx.set(
    ['organization', 'attachments', cmd.targetId],
    current.filter((id) => id !== cmd.policyId),
  );
}
