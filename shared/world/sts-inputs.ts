/**
 * The engine's STS inputs read from a world: a role as the flows take it (with its account's organization and RCPs)
 * and a managed policy passed as a session policy. The world's AssumeRole flow, the terminal's sts operations and the
 * theatre build them here, so all three evaluate the same role.
 */
import type { PolicyInput } from '../iam/request';
import type { RoleInfo } from '../iam/sts/types';
import { defaultDocument, findManagedPolicy, findRoleByArn } from './lookup';
import { orgLevels, orgMembership } from './org-levels';
import type { World } from './types';

/** The role as the engine's STS flows take it, with the id of its account; undefined when there is no such role. */
export function roleInfoOf(world: World, roleArn: string): { info: RoleInfo; account: string } | undefined {
  const found = findRoleByArn(world, roleArn);
  if (!found) return undefined;
  const { role, account } = found;
  const org = orgMembership(world, account.id);
  const rcps = orgLevels(world, account.id, 'RESOURCE_CONTROL_POLICY');
  return {
    account: account.id,
    info: {
      arn: role.arn,
      trustPolicy: { id: `${role.arn}#trust`, name: 'trust policy', document: role.trustPolicy },
      maxSessionDuration: role.maxSessionDuration,
      roleId: role.id,
      tags: role.tags,
      ...(role.serviceLinked ? { serviceLinked: true } : {}),
      ...(org ? { org } : {}),
      ...(rcps ? { rcps } : {}),
    },
  };
}

/** A managed policy (by ARN) as a session policy input, its default version; undefined when it does not exist. */
export function managedSessionPolicy(world: World, arn: string): PolicyInput | undefined {
  const p = findManagedPolicy(world, arn);
  return p ? { id: arn, name: p.name, document: defaultDocument(p) } : undefined;
}
