/**
 * Export of a world in the shape of `aws iam get-account-authorization-details` output (policy documents decoded to
 * JSON, as the AWS CLI prints them). AWS managed policies that the world holds or that something uses are included.
 */
import { AWS_MANAGED_POLICIES } from '../aws-managed/catalog';
import { policyUsage } from '../lookup';
import { policyObject } from '../policy-check';
import type { IamGroup, IamRole, IamUser, ManagedPolicy, PolicyDocument, Tags, World } from '../types';
import { toAwsDate } from './dates';
import { own } from '../own';

type Obj = Record<string, unknown>;

const tagList = (tags: Tags): Obj[] => Object.entries(tags).map(([Key, Value]) => ({ Key, Value }));
const inlineList = (p: Record<string, PolicyDocument>): Obj[] =>
  Object.entries(p).map(([PolicyName, doc]) => ({ PolicyName, PolicyDocument: policyObject(doc) }));

/** `AttachedManagedPolicies` entries (name looked up from the ARN's last segment). */
function attachedList(arns: string[]): Obj[] {
  return arns.map((PolicyArn) => ({ PolicyName: PolicyArn.slice(PolicyArn.lastIndexOf('/') + 1), PolicyArn }));
}

/** `PermissionsBoundary`, when set. */
function boundaryOf(arn: string | undefined): Obj {
  return arn
    ? { PermissionsBoundary: { PermissionsBoundaryType: 'PermissionsBoundaryPolicy', PermissionsBoundaryArn: arn } }
    : {};
}

function userDetail(u: IamUser): Obj {
  return {
    Path: u.path,
    UserName: u.name,
    UserId: u.id,
    Arn: u.arn,
    CreateDate: toAwsDate(u.createDate),
    UserPolicyList: inlineList(u.inlinePolicies),
    GroupList: [...u.groups],
    AttachedManagedPolicies: attachedList(u.attachedPolicies),
    ...boundaryOf(u.permissionsBoundary),
    Tags: tagList(u.tags),
  };
}

function groupDetail(g: IamGroup): Obj {
  return {
    Path: g.path,
    GroupName: g.name,
    GroupId: g.id,
    Arn: g.arn,
    CreateDate: toAwsDate(g.createDate),
    GroupPolicyList: inlineList(g.inlinePolicies),
    AttachedManagedPolicies: attachedList(g.attachedPolicies),
  };
}

function roleDetail(world: World, r: IamRole, account: string): Obj {
  const profiles = Object.values(own(world.accounts, account)?.instanceProfiles ?? {}).filter((p) =>
    p.roles.includes(r.name),
  );
  const roleBrief = (name: string): Obj => {
    const role = own(own(world.accounts, account)?.roles, name);
    return role
      ? {
          Path: role.path,
          RoleName: role.name,
          RoleId: role.id,
          Arn: role.arn,
          CreateDate: toAwsDate(role.createDate),
          AssumeRolePolicyDocument: policyObject(role.trustPolicy),
        }
      : { RoleName: name };
  };
  const lastUsed: Obj = {};
  if (r.lastUsed?.date) lastUsed.LastUsedDate = toAwsDate(r.lastUsed.date);
  if (r.lastUsed?.region) lastUsed.Region = r.lastUsed.region;
  return {
    Path: r.path,
    RoleName: r.name,
    RoleId: r.id,
    Arn: r.arn,
    CreateDate: toAwsDate(r.createDate),
    AssumeRolePolicyDocument: policyObject(r.trustPolicy),
    ...(r.description !== undefined ? { Description: r.description } : {}),
    ...(r.maxSessionDuration !== 3600 ? { MaxSessionDuration: r.maxSessionDuration } : {}),
    InstanceProfileList: profiles.map((p) => ({
      Path: p.path,
      InstanceProfileName: p.name,
      InstanceProfileId: p.id,
      Arn: p.arn,
      CreateDate: toAwsDate(p.createDate),
      Roles: p.roles.map(roleBrief),
    })),
    RolePolicyList: inlineList(r.inlinePolicies),
    AttachedManagedPolicies: attachedList(r.attachedPolicies),
    ...boundaryOf(r.permissionsBoundary),
    Tags: tagList(r.tags),
    RoleLastUsed: lastUsed,
  };
}

function policyDetail(world: World, p: ManagedPolicy): Obj {
  const usage = policyUsage(world, p.arn);
  return {
    PolicyName: p.name,
    PolicyId: p.id,
    Arn: p.arn,
    Path: p.path,
    DefaultVersionId: p.defaultVersionId,
    AttachmentCount: usage.attachedTo.length,
    PermissionsBoundaryUsageCount: usage.boundaryOf.length,
    IsAttachable: true,
    ...(p.description !== undefined ? { Description: p.description } : {}),
    CreateDate: toAwsDate(p.createDate),
    UpdateDate: toAwsDate(p.updateDate),
    PolicyVersionList: Object.entries(p.versions).map(([VersionId, v]) => ({
      Document: policyObject(v.document),
      VersionId,
      IsDefaultVersion: VersionId === p.defaultVersionId,
      CreateDate: toAwsDate(v.createDate),
    })),
  };
}

/**
 * The world as get-account-authorization-details output: one account's (as AWS answers a caller), or all accounts
 * together (a multi-account dump, as the samples in shared/fixtures are).
 */
export function exportAuthzDetails(world: World, options: { accountId?: string } = {}): Obj {
  const accounts = Object.values(world.accounts).filter(
    (a) => options.accountId === undefined || a.id === options.accountId,
  );
  const customer = accounts.flatMap((a) => Object.values(a.policies));
  const used = new Set<string>();
  for (const a of accounts) {
    for (const h of [...Object.values(a.users), ...Object.values(a.groups), ...Object.values(a.roles)]) {
      h.attachedPolicies.forEach((x) => used.add(x));
      const boundary = (h as { permissionsBoundary?: string }).permissionsBoundary;
      if (boundary) used.add(boundary);
    }
  }
  const aws = { ...world.awsManagedPolicies };
  for (const arn of used) if (!aws[arn] && AWS_MANAGED_POLICIES[arn]) aws[arn] = AWS_MANAGED_POLICIES[arn];
  return {
    UserDetailList: accounts.flatMap((a) => Object.values(a.users).map(userDetail)),
    GroupDetailList: accounts.flatMap((a) => Object.values(a.groups).map(groupDetail)),
    RoleDetailList: accounts.flatMap((a) => Object.values(a.roles).map((r) => roleDetail(world, r, a.id))),
    Policies: [...customer, ...Object.values(aws)].map((p) => policyDetail(world, p)),
  };
}
