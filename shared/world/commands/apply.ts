/**
 * `applyCommand(world, command)`: the one entry point that changes a world. Pure: returns the new world, the exact
 * reversible diff and any output (new ids, secrets), or the refusal as data. Nothing is half-applied.
 */
import { CommandRefused, worldError, type WorldError } from '../errors';
import type { WorldDiff } from '../diff';
import { WorldTx } from '../tx';
import type { World } from '../types';
import * as credentials from './credentials';
import * as org from './organization';
import * as policies from './policies';
import * as resources from './resources';
import * as roles from './roles';
import * as sts from './sts';
import * as users from './users-groups';
import type { CommandOf, CommandType, WorldCommand } from './types';

/** A handler for each command type. */
type Handlers = { [T in CommandType]: (tx: WorldTx, cmd: CommandOf<T>) => void };

/** Every command type and its handler. */
export const COMMAND_HANDLERS: Handlers = {
  'create-user': users.createUser,
  'update-user': users.updateUser,
  'delete-user': users.deleteUser,
  'create-group': users.createGroup,
  'delete-group': users.deleteGroup,
  'add-user-to-group': users.addUserToGroup,
  'remove-user-from-group': users.removeUserFromGroup,
  'attach-policy': policies.attachPolicy,
  'detach-policy': policies.detachPolicy,
  'put-inline-policy': policies.putInlinePolicy,
  'delete-inline-policy': policies.deleteInlinePolicy,
  'put-permissions-boundary': policies.putPermissionsBoundary,
  'delete-permissions-boundary': policies.deletePermissionsBoundary,
  'create-policy': policies.createPolicy,
  'delete-policy': policies.deletePolicy,
  'create-policy-version': policies.createPolicyVersion,
  'set-default-policy-version': policies.setDefaultPolicyVersion,
  'delete-policy-version': policies.deletePolicyVersion,
  'create-access-key': credentials.createAccessKey,
  'update-access-key': credentials.updateAccessKey,
  'delete-access-key': credentials.deleteAccessKey,
  'rotate-access-key': credentials.rotateAccessKey,
  'create-login-profile': credentials.createLoginProfile,
  'update-login-profile': credentials.updateLoginProfile,
  'delete-login-profile': credentials.deleteLoginProfile,
  'enable-mfa-device': credentials.enableMfaDevice,
  'deactivate-mfa-device': credentials.deactivateMfaDevice,
  'set-root-password': credentials.setRootPassword,
  'create-role': roles.createRole,
  'update-role': roles.updateRole,
  'update-assume-role-policy': roles.updateAssumeRolePolicy,
  'delete-role': roles.deleteRole,
  'create-instance-profile': roles.createInstanceProfile,
  'delete-instance-profile': roles.deleteInstanceProfile,
  'add-role-to-instance-profile': roles.addRoleToInstanceProfile,
  'remove-role-from-instance-profile': roles.removeRoleFromInstanceProfile,
  'tag-entity': roles.tagEntity,
  'untag-entity': roles.untagEntity,
  'create-oidc-provider': resources.createOidcProvider,
  'create-saml-provider': resources.createSamlProvider,
  'delete-identity-provider': resources.deleteIdentityProvider,
  'add-client-id-to-oidc-provider': resources.addClientIdToOidcProvider,
  'create-resource': resources.createResource,
  'put-resource-policy': resources.putResourcePolicy,
  'delete-resource-policy': resources.deleteResourcePolicy,
  'delete-resource': resources.deleteResource,
  'run-instance': resources.runInstance,
  'associate-instance-profile': resources.associateInstanceProfile,
  'disassociate-instance-profile': resources.disassociateInstanceProfile,
  'replace-instance-profile': resources.replaceInstanceProfile,
  'terminate-instance': resources.terminateInstance,
  'create-account': org.createAccount,
  'set-account-alias': org.setAccountAlias,
  'create-organization': org.createOrganization,
  'enable-policy-type': org.enablePolicyType,
  'create-organizational-unit': org.createOrganizationalUnit,
  'delete-organizational-unit': org.deleteOrganizationalUnit,
  'move-account': org.moveAccount,
  'create-org-policy': org.createOrgPolicy,
  'delete-org-policy': org.deleteOrgPolicy,
  'attach-org-policy': org.attachOrgPolicy,
  'detach-org-policy': org.detachOrgPolicy,
  'assume-role': sts.assumeRole,
  'get-federation-token': sts.getFederationToken,
  'get-session-token': sts.getSessionToken,
  'revoke-session': sts.revokeSession,
  'advance-clock': sts.advanceClock,
  'set-clock': sts.setClock,
  'set-current-identity': sts.setCurrentIdentity,
};

/** Every command type, for documentation and tests. */
export const COMMAND_TYPES = Object.keys(COMMAND_HANDLERS) as CommandType[];

/** What a successful command gives back. */
export interface CommandApplied {
  ok: true;
  world: World;
  diff: WorldDiff;
  /** Values produced by the command (new ids, access key secrets, ARNs, session credentials). */
  output: Record<string, unknown>;
  /** Whether this step belongs in undo history. */
  undoable: boolean;
}

/** The outcome of `applyCommand`. */
export type ApplyResult = CommandApplied | { ok: false; error: WorldError };

/** Applies one command to a world. Never throws for user mistakes; bugs still throw. */
export function applyCommand(world: World, command: WorldCommand): ApplyResult {
  const handler =
    command && typeof command === 'object' ? (COMMAND_HANDLERS as Record<string, unknown>)[command.type] : undefined;
  if (typeof handler !== 'function') {
    return {
      ok: false,
      error: worldError('ValidationError', 'command.unknown', { type: String(command?.type) }, 'type'),
    };
  }
  const tx = new WorldTx(world);
  try {
    (handler as (tx: WorldTx, cmd: WorldCommand) => void)(tx, command);
  } catch (e) {
    if (e instanceof CommandRefused) return { ok: false, error: e.error };
    throw e;
  }
  return { ok: true, world: tx.world, diff: tx.diff(), output: tx.output, undoable: command.undoable !== false };
}

/** Applies commands in order, stopping at the first refusal (reporting its index). */
export function applyCommands(
  world: World,
  commands: WorldCommand[],
): { ok: true; world: World; diffs: WorldDiff[] } | { ok: false; index: number; error: WorldError } {
  let cur = world;
  const diffs: WorldDiff[] = [];
  for (let i = 0; i < commands.length; i++) {
    const r = applyCommand(cur, commands[i]);
    if (!r.ok) return { ok: false, index: i, error: r.error };
    cur = r.world;
    diffs.push(r.diff);
  }
  return { ok: true, world: cur, diffs };
}
