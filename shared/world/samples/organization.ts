/**
 * An organization: a management account and a member account in a Workloads OU, SCPs enabled, and an SCP that denies
 * deleting buckets attached to the OU. Dana in the member account has AdministratorAccess and is still denied: SCPs
 * cap every principal of a member account, root included, but never the management account.
 */
import { applyCommand, applyCommands } from '../commands/apply';
import type { WorldCommand } from '../commands/types';
import type { World } from '../types';
import { buildWorld } from './build';

/** The management and member account ids of the sample. */
export const ORG_SAMPLE_ACCOUNTS = { management: '100000000001', member: '200000000002' } as const;

/** Applies commands on top of a world, throwing on a refusal (a bug in the sample). */
function then(world: World, commands: WorldCommand[]): World {
  const r = applyCommands(world, commands);
  if (!r.ok) throw new Error(`organization sample: command ${r.index} refused: ${r.error.reason}`);
  return r.world;
}

/** Builds the organization sample. */
export function organizationWorld(): World {
  const { management: mgmt, member } = ORG_SAMPLE_ACCOUNTS;
  let world = buildWorld(
    'Organization with an SCP',
    'A management account, a Workloads OU with a member account, and an SCP.',
    [
      { type: 'create-account', accountId: mgmt, name: 'Management' },
      { type: 'create-organization', managementAccountId: mgmt },
      { type: 'enable-policy-type', policyType: 'SERVICE_CONTROL_POLICY' },
      { type: 'set-current-identity', arn: `arn:aws:iam::${mgmt}:root` },
    ],
  );
  const ou = applyCommand(world, {
    type: 'create-organizational-unit',
    parentId: world.organization!.rootId,
    name: 'Workloads',
  });
  if (!ou.ok) throw new Error(ou.error.reason);
  const ouId = ou.output.ouId as string;
  const scp = applyCommand(ou.world, {
    type: 'create-org-policy',
    policyType: 'SERVICE_CONTROL_POLICY',
    name: 'DenyBucketDeletion',
    document: {
      Version: '2012-10-17',
      Statement: [{ Sid: 'NoBucketDeletion', Effect: 'Deny', Action: 's3:DeleteBucket', Resource: '*' }],
    },
  });
  if (!scp.ok) throw new Error(scp.error.reason);
  world = then(scp.world, [
    { type: 'attach-org-policy', policyId: scp.output.policyId as string, targetId: ouId },
    { type: 'create-account', accountId: member, name: 'Workloads-Prod', parentId: ouId },
    { account: member, type: 'create-user', userName: 'dana' },
    {
      account: member,
      type: 'attach-policy',
      to: 'user',
      name: 'dana',
      policyArn: 'arn:aws:iam::aws:policy/AdministratorAccess',
    },
    { account: member, type: 'create-resource', kind: 's3-bucket', name: 'workloads-prod-logs' },
  ]);
  return world;
}
