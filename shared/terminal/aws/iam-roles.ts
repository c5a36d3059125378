/** iam operations on roles and instance profiles, plus get-account-authorization-details. */
import { exportAuthzDetails } from '../../world/authz/export';
import type { IamRole, InstanceProfile } from '../../world/types';
import { parseTags } from './args';
import { ServiceError, type AwsContext } from './context';
import { acct } from './iam-users';
import { op, type AwsOperation } from './operation';
import { instanceProfileShape, roleShape } from './shapes';
import { own } from '../../world/own';

/** The role or NoSuchEntity. */
function roleOf(ctx: AwsContext, name: string): IamRole {
  const r = own(acct(ctx).roles, name);
  if (!r) throw new ServiceError('NoSuchEntity', `The role with name ${name} cannot be found.`);
  return r;
}

export const ROLE_OPERATIONS: AwsOperation[] = [
  op(
    'iam',
    'create-role',
    ['role-name', 'assume-role-policy-document'],
    ['path', 'description', 'max-session-duration', 'permissions-boundary', 'tags'],
    async (ctx) => {
      const out = ctx.apply({
        type: 'create-role',
        roleName: ctx.need('role-name'),
        assumeRolePolicyDocument: await ctx.policyDocument('assume-role-policy-document'),
        ...(ctx.str('path') ? { path: ctx.str('path') } : {}),
        ...(ctx.str('description') !== undefined ? { description: ctx.str('description') } : {}),
        ...(ctx.int('max-session-duration') !== undefined
          ? { maxSessionDuration: ctx.int('max-session-duration') }
          : {}),
        ...(ctx.str('permissions-boundary') ? { permissionsBoundary: ctx.str('permissions-boundary') } : {}),
        ...(ctx.list('tags') ? { tags: parseTags(ctx.list('tags')!) } : {}),
      });
      const shape = roleShape(out.role as IamRole);
      delete shape.RoleLastUsed;
      return { Role: shape };
    },
  ),
  op('iam', 'get-role', ['role-name'], [], (ctx) => ({ Role: roleShape(roleOf(ctx, ctx.need('role-name'))) })),
  op('iam', 'list-roles', [], ['path-prefix'], (ctx) => ({
    Roles: Object.values(acct(ctx).roles)
      .filter((r) => r.path.startsWith(ctx.str('path-prefix') ?? '/'))
      .map((r) => {
        const s = roleShape(r);
        delete s.RoleLastUsed;
        delete s.Tags;
        delete s.PermissionsBoundary;
        return s;
      }),
  })),
  op('iam', 'update-role', ['role-name'], ['description', 'max-session-duration'], (ctx) => {
    ctx.apply({
      type: 'update-role',
      roleName: ctx.need('role-name'),
      description: ctx.str('description'),
      maxSessionDuration: ctx.int('max-session-duration'),
    });
  }),
  op('iam', 'update-assume-role-policy', ['role-name', 'policy-document'], [], async (ctx) => {
    ctx.apply({
      type: 'update-assume-role-policy',
      roleName: ctx.need('role-name'),
      policyDocument: await ctx.policyDocument('policy-document'),
    });
  }),
  op('iam', 'delete-role', ['role-name'], [], (ctx) => {
    ctx.apply({ type: 'delete-role', roleName: ctx.need('role-name') });
  }),
  op('iam', 'tag-role', ['role-name', 'tags'], [], (ctx) => {
    ctx.apply({ type: 'tag-entity', arn: roleOf(ctx, ctx.need('role-name')).arn, tags: parseTags(ctx.list('tags')!) });
  }),
  op('iam', 'untag-role', ['role-name', 'tag-keys'], [], (ctx) => {
    ctx.apply({ type: 'untag-entity', arn: roleOf(ctx, ctx.need('role-name')).arn, tagKeys: ctx.list('tag-keys')! });
  }),
  op('iam', 'create-instance-profile', ['instance-profile-name'], ['path'], (ctx) => {
    const out = ctx.apply({
      type: 'create-instance-profile',
      instanceProfileName: ctx.need('instance-profile-name'),
      ...(ctx.str('path') ? { path: ctx.str('path') } : {}),
    });
    return { InstanceProfile: instanceProfileShape(ctx.world, ctx.account, out.instanceProfile as InstanceProfile) };
  }),
  op('iam', 'add-role-to-instance-profile', ['instance-profile-name', 'role-name'], [], (ctx) => {
    ctx.apply({
      type: 'add-role-to-instance-profile',
      instanceProfileName: ctx.need('instance-profile-name'),
      roleName: ctx.need('role-name'),
    });
  }),
  op('iam', 'remove-role-from-instance-profile', ['instance-profile-name', 'role-name'], [], (ctx) => {
    ctx.apply({
      type: 'remove-role-from-instance-profile',
      instanceProfileName: ctx.need('instance-profile-name'),
      roleName: ctx.need('role-name'),
    });
  }),
  op('iam', 'delete-instance-profile', ['instance-profile-name'], [], (ctx) => {
    ctx.apply({ type: 'delete-instance-profile', instanceProfileName: ctx.need('instance-profile-name') });
  }),
  op('iam', 'list-instance-profiles', [], [], (ctx) => ({
    InstanceProfiles: Object.values(acct(ctx).instanceProfiles).map((p) =>
      instanceProfileShape(ctx.world, ctx.account, p),
    ),
  })),
  op('iam', 'get-account-authorization-details', [], ['filter'], (ctx) => ({
    ...exportAuthzDetails(ctx.world, { accountId: ctx.account }),
    IsTruncated: false,
  })),
];
