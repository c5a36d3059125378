/** Pieces the sts operations share: the Credentials structure, the engine's view of a role, session policy inputs. */
import type { PolicyInput } from '../../iam/request';
import type { RoleInfo } from '../../iam/sts/types';
import { toAwsDate } from '../../world/authz/dates';
import { defaultDocument, findManagedPolicy, findRoleByArn } from '../../world/lookup';
import { orgLevels, orgMembership } from '../../world/org-levels';
import type { Session, World } from '../../world/types';
import { ServiceError, type AwsContext } from './context';

/** The `Credentials` structure of a recorded session (the session token is a stand-in: nothing is signed). */
export function credentialsShape(session: Session, secret: unknown): Record<string, unknown> {
  return {
    AccessKeyId: session.accessKeyId,
    SecretAccessKey: secret,
    SessionToken: `IQoJb3JpZ2luX2VjE${session.accessKeyId}`,
    Expiration: toAwsDate(session.expiresAt),
  };
}

/** The role as the engine's STS flows take it, with its account's organization and RCPs; undefined when absent. */
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

/** `--policy-arns arn=...` or bare ARNs, as the AWS CLI accepts them. */
export function policyArnsArg(ctx: AwsContext): string[] | undefined {
  return ctx.list('policy-arns')?.map((v) => (v.startsWith('arn=') ? v.slice(4) : v));
}

/** Session policies as engine inputs: the inline `--policy` text and each managed ARN (NoSuchEntity when unknown). */
export async function sessionPolicyInputs(
  ctx: AwsContext,
): Promise<{ policy?: string; policyArns?: string[]; sessionPolicy?: PolicyInput; policyInputs?: PolicyInput[] }> {
  const out: { policy?: string; policyArns?: string[]; sessionPolicy?: PolicyInput; policyInputs?: PolicyInput[] } = {};
  const inline = ctx.str('policy');
  if (inline !== undefined) {
    out.policy = await ctx.text(inline);
    out.sessionPolicy = { id: 'session-policy', name: 'session policy', document: out.policy };
  }
  const arns = policyArnsArg(ctx);
  if (arns) {
    out.policyArns = arns;
    out.policyInputs = arns.map((arn) => {
      const p = findManagedPolicy(ctx.world, arn);
      if (!p) throw new ServiceError('NoSuchEntity', `Policy ${arn} does not exist or is not attachable.`);
      return { id: arn, name: p.name, document: defaultDocument(p) };
    });
  }
  return out;
}

/** The duration refusal AWS gives for a session longer than allowed. */
export function durationError(code: string, max?: number): ServiceError {
  return new ServiceError(
    'ValidationError',
    code === 'sts.duration.too-short'
      ? 'The requested DurationSeconds is less than the minimum of 900 seconds.'
      : `The requested DurationSeconds exceeds the maximum allowed for this session${max ? ` (${max} seconds)` : ''}.`,
  );
}
