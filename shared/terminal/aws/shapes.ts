/** The AWS API's output shapes for world entities (User, Group, Role, Policy, AccessKeyMetadata...). */
import { toAwsDate } from '../../world/authz/dates';
import { policyUsage } from '../../world/lookup';
import type {
  AccessKey,
  IamGroup,
  IamRole,
  IamUser,
  InstanceProfile,
  ManagedPolicy,
  Tags,
  World,
} from '../../world/types';
import { own } from '../../world/own';

/** `[{Key, Value}]` */
export const tagList = (tags: Tags) => Object.entries(tags).map(([Key, Value]) => ({ Key, Value }));

/** The `User` structure. */
export function userShape(u: IamUser): Record<string, unknown> {
  const out: Record<string, unknown> = {
    Path: u.path,
    UserName: u.name,
    UserId: u.id,
    Arn: u.arn,
    CreateDate: toAwsDate(u.createDate),
  };
  if (u.loginProfile?.passwordLastUsed) out.PasswordLastUsed = toAwsDate(u.loginProfile.passwordLastUsed);
  if (u.permissionsBoundary)
    out.PermissionsBoundary = {
      PermissionsBoundaryType: 'PermissionsBoundaryPolicy',
      PermissionsBoundaryArn: u.permissionsBoundary,
    };
  if (Object.keys(u.tags).length) out.Tags = tagList(u.tags);
  return out;
}

/** The `Group` structure. */
export function groupShape(g: IamGroup): Record<string, unknown> {
  return { Path: g.path, GroupName: g.name, GroupId: g.id, Arn: g.arn, CreateDate: toAwsDate(g.createDate) };
}

/** The `Role` structure; AWS URL-encodes the trust policy in the raw API, the CLI prints it decoded. */
export function roleShape(r: IamRole): Record<string, unknown> {
  const doc = typeof r.trustPolicy === 'string' ? safeJson(r.trustPolicy) : r.trustPolicy;
  const out: Record<string, unknown> = {
    Path: r.path,
    RoleName: r.name,
    RoleId: r.id,
    Arn: r.arn,
    CreateDate: toAwsDate(r.createDate),
    AssumeRolePolicyDocument: doc,
  };
  if (r.description !== undefined) out.Description = r.description;
  out.MaxSessionDuration = r.maxSessionDuration;
  if (r.permissionsBoundary)
    out.PermissionsBoundary = {
      PermissionsBoundaryType: 'PermissionsBoundaryPolicy',
      PermissionsBoundaryArn: r.permissionsBoundary,
    };
  if (Object.keys(r.tags).length) out.Tags = tagList(r.tags);
  const lastUsed: Record<string, string> = {};
  if (r.lastUsed?.date) lastUsed.LastUsedDate = toAwsDate(r.lastUsed.date);
  if (r.lastUsed?.region) lastUsed.Region = r.lastUsed.region;
  out.RoleLastUsed = lastUsed;
  return out;
}

/** JSON text parsed when possible, else as given. */
export function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** The `Policy` structure. */
export function policyShape(world: World, p: ManagedPolicy): Record<string, unknown> {
  const usage = policyUsage(world, p.arn);
  const out: Record<string, unknown> = {
    PolicyName: p.name,
    PolicyId: p.id,
    Arn: p.arn,
    Path: p.path,
    DefaultVersionId: p.defaultVersionId,
    AttachmentCount: usage.attachedTo.length,
    PermissionsBoundaryUsageCount: usage.boundaryOf.length,
    IsAttachable: true,
  };
  if (p.description !== undefined) out.Description = p.description;
  out.CreateDate = toAwsDate(p.createDate);
  out.UpdateDate = toAwsDate(p.updateDate);
  return out;
}

/** The `AccessKeyMetadata` structure. */
export function accessKeyMeta(userName: string | undefined, k: AccessKey): Record<string, unknown> {
  return {
    ...(userName ? { UserName: userName } : {}),
    AccessKeyId: k.id,
    Status: k.status,
    CreateDate: toAwsDate(k.createDate),
  };
}

/** The `InstanceProfile` structure. */
export function instanceProfileShape(world: World, account: string, p: InstanceProfile): Record<string, unknown> {
  const roles = p.roles
    .map((r) => own(own(world.accounts, account)?.roles, r))
    .filter((r): r is IamRole => r !== undefined)
    .map(roleShape);
  return {
    Path: p.path,
    InstanceProfileName: p.name,
    InstanceProfileId: p.id,
    Arn: p.arn,
    CreateDate: toAwsDate(p.createDate),
    Roles: roles,
  };
}
