/** Handlers for credentials: access keys (users and root), console passwords, MFA devices. */
import { refuse } from '../errors';
import { LIMITS } from '../rules';
import type { WorldTx } from '../tx';
import type { AccessKey, Account, MfaDevice } from '../types';
import { accountOf, requireUser } from './context';
import type { CommandOf } from './types';

/** Where the keys or MFA devices of the target live: a user's, or the root user's when `userName` is omitted. */
function credentialOwner(
  tx: WorldTx,
  account: Account,
  userName: string | undefined,
): { base: string[]; keys: Record<string, AccessKey>; mfa: Record<string, MfaDevice>; label: string } {
  if (userName === undefined) {
    return {
      base: ['accounts', account.id, 'root'],
      keys: account.root.accessKeys,
      mfa: account.root.mfaDevices,
      label: 'root',
    };
  }
  const user = requireUser(account, userName);
  return {
    base: ['accounts', account.id, 'users', user.name],
    keys: user.accessKeys,
    mfa: user.mfaDevices,
    label: user.name,
  };
}

/** Adds a new Active key to the owner; refuses a third key. */
function addKey(tx: WorldTx, base: string[], keys: Record<string, AccessKey>, label: string): AccessKey {
  if (Object.keys(keys).length >= LIMITS.accessKeysPerUser) {
    refuse('LimitExceeded', 'access-key.too-many', {
      userName: label,
      max: LIMITS.accessKeysPerUser,
      quota: 'AccessKeysPerUser',
    });
  }
  const key: AccessKey = {
    id: tx.nextId('accessKey'),
    secret: tx.nextId('secret'),
    status: 'Active',
    createDate: tx.now,
  };
  tx.set([...base, 'accessKeys', key.id], key);
  return key;
}

/** The key, or NoSuchEntity. */
function requireKey(keys: Record<string, AccessKey>, id: string): AccessKey {
  const key = typeof id === 'string' ? keys[id] : undefined;
  if (!key) refuse('NoSuchEntity', 'access-key.not-found', { accessKeyId: String(id) }, 'accessKeyId');
  return key;
}

/** create-access-key */
export function createAccessKey(tx: WorldTx, cmd: CommandOf<'create-access-key'>): void {
  const account = accountOf(tx, cmd.account);
  const owner = credentialOwner(tx, account, cmd.userName);
  const key = addKey(tx, owner.base, owner.keys, owner.label);
  tx.output.accessKey = { ...key, userName: owner.label };
}

/** update-access-key (Active/Inactive) */
export function updateAccessKey(tx: WorldTx, cmd: CommandOf<'update-access-key'>): void {
  const account = accountOf(tx, cmd.account);
  const owner = credentialOwner(tx, account, cmd.userName);
  requireKey(owner.keys, cmd.accessKeyId);
  if (cmd.status !== 'Active' && cmd.status !== 'Inactive') {
    refuse('ValidationError', 'access-key.bad-status', { status: String(cmd.status) }, 'status');
  }
  tx.set([...owner.base, 'accessKeys', cmd.accessKeyId, 'status'], cmd.status);
}

/** delete-access-key */
export function deleteAccessKey(tx: WorldTx, cmd: CommandOf<'delete-access-key'>): void {
  const account = accountOf(tx, cmd.account);
  const owner = credentialOwner(tx, account, cmd.userName);
  requireKey(owner.keys, cmd.accessKeyId);
  tx.remove([...owner.base, 'accessKeys', cmd.accessKeyId]);
}

/** rotate-access-key: create the second key, then deactivate the old one (deleting it is a later step). */
export function rotateAccessKey(tx: WorldTx, cmd: CommandOf<'rotate-access-key'>): void {
  const account = accountOf(tx, cmd.account);
  const owner = credentialOwner(tx, account, cmd.userName);
  requireKey(owner.keys, cmd.accessKeyId);
  const key = addKey(tx, owner.base, owner.keys, owner.label);
  tx.set([...owner.base, 'accessKeys', cmd.accessKeyId, 'status'], 'Inactive');
  tx.output.accessKey = { ...key, userName: owner.label };
}

/** create-login-profile (the password itself is not kept). */
export function createLoginProfile(tx: WorldTx, cmd: CommandOf<'create-login-profile'>): void {
  const account = accountOf(tx, cmd.account);
  const user = requireUser(account, cmd.userName);
  if (user.loginProfile) refuse('EntityAlreadyExists', 'login-profile.exists', { userName: user.name });
  tx.set(['accounts', account.id, 'users', user.name, 'loginProfile'], {
    createDate: tx.now,
    passwordResetRequired: cmd.passwordResetRequired ?? false,
  });
}

/** update-login-profile */
export function updateLoginProfile(tx: WorldTx, cmd: CommandOf<'update-login-profile'>): void {
  const account = accountOf(tx, cmd.account);
  const user = requireUser(account, cmd.userName);
  if (!user.loginProfile) refuse('NoSuchEntity', 'login-profile.not-found', { userName: user.name });
  tx.set(['accounts', account.id, 'users', user.name, 'loginProfile'], {
    ...user.loginProfile,
    passwordResetRequired: cmd.passwordResetRequired ?? user.loginProfile.passwordResetRequired,
  });
}

/** delete-login-profile */
export function deleteLoginProfile(tx: WorldTx, cmd: CommandOf<'delete-login-profile'>): void {
  const account = accountOf(tx, cmd.account);
  const user = requireUser(account, cmd.userName);
  if (!user.loginProfile) refuse('NoSuchEntity', 'login-profile.not-found', { userName: user.name });
  tx.remove(['accounts', account.id, 'users', user.name, 'loginProfile']);
}

/** enable-mfa-device: a virtual device is named after its owner unless a serial is given. */
export function enableMfaDevice(tx: WorldTx, cmd: CommandOf<'enable-mfa-device'>): void {
  const account = accountOf(tx, cmd.account);
  const owner = credentialOwner(tx, account, cmd.userName);
  const kind = cmd.kind ?? 'virtual';
  const serial =
    cmd.serialNumber ??
    `arn:aws:iam::${account.id}:mfa/${cmd.userName === undefined ? 'root-account-mfa-device' : cmd.userName}`;
  if (Object.hasOwn(owner.mfa, serial))
    refuse('EntityAlreadyExists', 'mfa.exists', { serialNumber: serial }, 'serialNumber');
  if (Object.keys(owner.mfa).length >= LIMITS.mfaDevicesPerUser) {
    refuse('LimitExceeded', 'mfa.too-many', { max: LIMITS.mfaDevicesPerUser, quota: 'MFADevicesPerUser' });
  }
  const device: MfaDevice = { serial, kind, enableDate: tx.now };
  tx.set([...owner.base, 'mfaDevices', serial], device);
  tx.output.mfaDevice = device;
}

/** deactivate-mfa-device */
export function deactivateMfaDevice(tx: WorldTx, cmd: CommandOf<'deactivate-mfa-device'>): void {
  const account = accountOf(tx, cmd.account);
  const owner = credentialOwner(tx, account, cmd.userName);
  if (!Object.hasOwn(owner.mfa, cmd.serialNumber)) {
    refuse(
      'NoSuchEntity',
      'mfa.not-found',
      { serialNumber: String(cmd.serialNumber), userName: owner.label },
      'serialNumber',
    );
  }
  tx.remove([...owner.base, 'mfaDevices', cmd.serialNumber]);
}

/** set-root-password: turns the root user's console password on or off. */
export function setRootPassword(tx: WorldTx, cmd: CommandOf<'set-root-password'>): void {
  const account = accountOf(tx, cmd.account);
  tx.set(['accounts', account.id, 'root', 'hasPassword'], Boolean(cmd.enabled));
}
