/** iam operations on users, groups, access keys, login profiles and MFA devices. */
import { readIamArn } from '../../world/arn';
import { groupMembers } from '../../world/lookup';
import { toAwsDate } from '../../world/authz/dates';
import type { Account, IamUser } from '../../world/types';
import { parseTags } from './args';
import { ServiceError, type AwsContext } from './context';
import { op, type AwsOperation } from './operation';
import { accessKeyMeta, groupShape, userShape } from './shapes';
import { own } from '../../world/own';

/** The account the operation acts on. */
export const acct = (ctx: AwsContext): Account => own(ctx.world.accounts, ctx.account)!;

/** The user by name or NoSuchEntity. */
export function userOf(ctx: AwsContext, name: string): IamUser {
  const u = own(acct(ctx).users, name);
  if (!u) throw new ServiceError('NoSuchEntity', `The user with name ${name} cannot be found.`);
  return u;
}

/** `--user-name`, or the calling user's name when the caller is an IAM user (as the AWS CLI defaults it). */
function callerUserName(ctx: AwsContext): string | undefined {
  const given = ctx.str('user-name');
  if (given !== undefined) return given;
  const caller = ctx.globals.as ?? ctx.world.currentIdentity;
  const info = caller ? readIamArn(caller) : undefined;
  return info?.kind === 'user' ? info.name : undefined;
}

export const USER_OPERATIONS: AwsOperation[] = [
  op('iam', 'create-user', ['user-name'], ['path', 'tags', 'permissions-boundary'], (ctx) => {
    const out = ctx.apply({
      type: 'create-user',
      userName: ctx.need('user-name'),
      ...(ctx.str('path') ? { path: ctx.str('path') } : {}),
      ...(ctx.list('tags') ? { tags: parseTags(ctx.list('tags')!) } : {}),
      ...(ctx.str('permissions-boundary') ? { permissionsBoundary: ctx.str('permissions-boundary') } : {}),
    });
    return { User: userShape(out.user as IamUser) };
  }),
  op('iam', 'get-user', [], ['user-name'], (ctx) => {
    const name = callerUserName(ctx);
    if (name === undefined)
      throw new ServiceError('ValidationError', 'Must specify userName when calling with non-User credentials');
    return { User: userShape(userOf(ctx, name)) };
  }),
  op('iam', 'list-users', [], ['path-prefix'], (ctx) => ({
    Users: Object.values(acct(ctx).users)
      .filter((u) => u.path.startsWith(ctx.str('path-prefix') ?? '/'))
      .map(userShape),
  })),
  op('iam', 'update-user', ['user-name'], ['new-user-name', 'new-path'], (ctx) => {
    ctx.apply({
      type: 'update-user',
      userName: ctx.need('user-name'),
      newUserName: ctx.str('new-user-name'),
      newPath: ctx.str('new-path'),
    });
  }),
  op('iam', 'delete-user', ['user-name'], [], (ctx) => {
    ctx.apply({ type: 'delete-user', userName: ctx.need('user-name') });
  }),
  op('iam', 'tag-user', ['user-name', 'tags'], [], (ctx) => {
    ctx.apply({ type: 'tag-entity', arn: userOf(ctx, ctx.need('user-name')).arn, tags: parseTags(ctx.list('tags')!) });
  }),
  op('iam', 'untag-user', ['user-name', 'tag-keys'], [], (ctx) => {
    ctx.apply({ type: 'untag-entity', arn: userOf(ctx, ctx.need('user-name')).arn, tagKeys: ctx.list('tag-keys')! });
  }),
  op('iam', 'create-group', ['group-name'], ['path'], (ctx) => {
    const out = ctx.apply({
      type: 'create-group',
      groupName: ctx.need('group-name'),
      ...(ctx.str('path') ? { path: ctx.str('path') } : {}),
    });
    return { Group: groupShape(out.group as never) };
  }),
  op('iam', 'get-group', ['group-name'], [], (ctx) => {
    const name = ctx.need('group-name');
    const g = own(acct(ctx).groups, name);
    if (!g) throw new ServiceError('NoSuchEntity', `The group with name ${name} cannot be found.`);
    return {
      Users: groupMembers(acct(ctx), name).map((u) => userShape(own(acct(ctx).users, u)!)),
      Group: groupShape(g),
      IsTruncated: false,
    };
  }),
  op('iam', 'list-groups', [], ['path-prefix'], (ctx) => ({
    Groups: Object.values(acct(ctx).groups)
      .filter((g) => g.path.startsWith(ctx.str('path-prefix') ?? '/'))
      .map(groupShape),
  })),
  op('iam', 'list-groups-for-user', ['user-name'], [], (ctx) => ({
    Groups: userOf(ctx, ctx.need('user-name')).groups.map((g) => groupShape(own(acct(ctx).groups, g)!)),
  })),
  op('iam', 'delete-group', ['group-name'], [], (ctx) => {
    ctx.apply({ type: 'delete-group', groupName: ctx.need('group-name') });
  }),
  op('iam', 'add-user-to-group', ['group-name', 'user-name'], [], (ctx) => {
    ctx.apply({ type: 'add-user-to-group', groupName: ctx.need('group-name'), userName: ctx.need('user-name') });
  }),
  op('iam', 'remove-user-from-group', ['group-name', 'user-name'], [], (ctx) => {
    ctx.apply({ type: 'remove-user-from-group', groupName: ctx.need('group-name'), userName: ctx.need('user-name') });
  }),
  op('iam', 'create-access-key', [], ['user-name'], (ctx) => {
    const userName = callerUserName(ctx);
    const out = ctx.apply({ type: 'create-access-key', ...(userName !== undefined ? { userName } : {}) });
    const key = out.accessKey as { id: string; secret: string; status: string; createDate: string };
    return {
      AccessKey: {
        ...(userName !== undefined ? { UserName: userName } : {}),
        AccessKeyId: key.id,
        Status: key.status,
        SecretAccessKey: key.secret,
        CreateDate: toAwsDate(key.createDate),
      },
    };
  }),
  op('iam', 'update-access-key', ['access-key-id', 'status'], ['user-name'], (ctx) => {
    const userName = callerUserName(ctx);
    const status = ctx.need('status');
    ctx.apply({
      type: 'update-access-key',
      accessKeyId: ctx.need('access-key-id'),
      status: status as 'Active',
      ...(userName !== undefined ? { userName } : {}),
    });
  }),
  op('iam', 'delete-access-key', ['access-key-id'], ['user-name'], (ctx) => {
    const userName = callerUserName(ctx);
    ctx.apply({
      type: 'delete-access-key',
      accessKeyId: ctx.need('access-key-id'),
      ...(userName !== undefined ? { userName } : {}),
    });
  }),
  op('iam', 'list-access-keys', [], ['user-name'], (ctx) => {
    const userName = callerUserName(ctx);
    const keys = userName === undefined ? acct(ctx).root.accessKeys : userOf(ctx, userName).accessKeys;
    return { AccessKeyMetadata: Object.values(keys).map((k) => accessKeyMeta(userName, k)) };
  }),
  op(
    'iam',
    'create-login-profile',
    ['user-name'],
    ['password', 'password-reset-required', 'no-password-reset-required'],
    (ctx) => {
      const userName = ctx.need('user-name');
      ctx.apply({
        type: 'create-login-profile',
        userName,
        passwordResetRequired: ctx.flag('password-reset-required') ?? false,
      });
      const u = userOf(ctx, userName);
      return {
        LoginProfile: {
          UserName: userName,
          CreateDate: toAwsDate(u.loginProfile!.createDate),
          PasswordResetRequired: u.loginProfile!.passwordResetRequired,
        },
      };
    },
  ),
  op(
    'iam',
    'update-login-profile',
    ['user-name'],
    ['password', 'password-reset-required', 'no-password-reset-required'],
    (ctx) => {
      const reset = ctx.flag('password-reset-required');
      ctx.apply({
        type: 'update-login-profile',
        userName: ctx.need('user-name'),
        ...(reset !== undefined ? { passwordResetRequired: reset } : {}),
      });
    },
  ),
  op('iam', 'delete-login-profile', ['user-name'], [], (ctx) => {
    ctx.apply({ type: 'delete-login-profile', userName: ctx.need('user-name') });
  }),
  op(
    'iam',
    'enable-mfa-device',
    ['user-name', 'serial-number'],
    ['authentication-code1', 'authentication-code2'],
    (ctx) => {
      const serial = ctx.need('serial-number');
      ctx.apply({
        type: 'enable-mfa-device',
        userName: ctx.need('user-name'),
        serialNumber: serial,
        kind: serial.startsWith('arn:') ? 'virtual' : 'hardware',
      });
    },
  ),
  op('iam', 'deactivate-mfa-device', ['user-name', 'serial-number'], [], (ctx) => {
    ctx.apply({
      type: 'deactivate-mfa-device',
      userName: ctx.need('user-name'),
      serialNumber: ctx.need('serial-number'),
    });
  }),
  op('iam', 'list-mfa-devices', [], ['user-name'], (ctx) => {
    const userName = callerUserName(ctx);
    const devices = userName === undefined ? acct(ctx).root.mfaDevices : userOf(ctx, userName).mfaDevices;
    return {
      MFADevices: Object.values(devices).map((d) => ({
        ...(userName ? { UserName: userName } : {}),
        SerialNumber: d.serial,
        EnableDate: toAwsDate(d.enableDate),
      })),
    };
  }),
  op('iam', 'create-account-alias', ['account-alias'], [], (ctx) => {
    ctx.apply({ type: 'set-account-alias', alias: ctx.need('account-alias') });
  }),
  op('iam', 'delete-account-alias', ['account-alias'], [], (ctx) => {
    ctx.apply({ type: 'set-account-alias' });
  }),
  op('iam', 'list-account-aliases', [], [], (ctx) => ({ AccountAliases: acct(ctx).alias ? [acct(ctx).alias] : [] })),
];
