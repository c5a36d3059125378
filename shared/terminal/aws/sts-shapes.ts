/** Pieces the sts operations share: the Credentials structure, session policy inputs, the duration refusal. */
import type { PolicyInput } from '../../iam/request';
import type { EvaluationResult } from '../../iam/result';
import type { SessionPolicyInput } from '../../iam/sts/types';
import { toAwsDate } from '../../world/authz/dates';
import { managedSessionPolicy } from '../../world/sts-inputs';
import type { Session } from '../../world/types';
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

/** `--policy-arns arn=...` or bare ARNs, as the AWS CLI accepts them. */
export function policyArnsArg(ctx: AwsContext): string[] | undefined {
  return ctx.list('policy-arns')?.map((v) => (v.startsWith('arn=') ? v.slice(4) : v));
}

/** The `--policy` / `--policy-arns` of a call: as typed (for the world command) and as engine inputs. */
export interface SessionPolicies {
  policy?: string;
  policyArns?: string[];
  sessionPolicy?: PolicyInput;
  policyInputs?: PolicyInput[];
}

/** Session policies as engine inputs: the inline `--policy` text and each managed ARN (NoSuchEntity when unknown). */
export async function sessionPolicyInputs(ctx: AwsContext): Promise<SessionPolicies> {
  const out: SessionPolicies = {};
  const inline = ctx.str('policy');
  if (inline !== undefined) {
    out.policy = await ctx.text(inline);
    out.sessionPolicy = { id: 'session-policy', name: 'session policy', document: out.policy };
  }
  const arns = policyArnsArg(ctx);
  if (arns) {
    out.policyArns = arns;
    out.policyInputs = arns.map((arn) => {
      const input = managedSessionPolicy(ctx.world, arn);
      if (!input) throw new ServiceError('NoSuchEntity', `Policy ${arn} does not exist or is not attachable.`);
      return input;
    });
  }
  return out;
}

/** The session policies as an STS flow takes them (only those given). */
export function flowSessionPolicies(p: SessionPolicies): SessionPolicyInput {
  return {
    ...(p.sessionPolicy ? { sessionPolicy: p.sessionPolicy } : {}),
    ...(p.policyInputs ? { policyArns: p.policyInputs } : {}),
  };
}

/** The session policies as the world's session commands record them (only those given). */
export function recordedSessionPolicies(p: SessionPolicies): { policy?: string; policyArns?: string[] } {
  return {
    ...(p.policy !== undefined ? { policy: p.policy } : {}),
    ...(p.policyArns ? { policyArns: p.policyArns } : {}),
  };
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

/**
 * The ValidationError AssumeRole answers for a refused DurationSeconds, in AWS's words: the role-chaining cap of one
 * hour is named as such, a longer session than the role allows names MaxSessionDuration
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_terms-and-concepts.html#iam-term-role-chaining).
 * Undefined for any other refusal.
 */
export function assumeRoleDurationError(code: string, result: EvaluationResult): ServiceError | undefined {
  const asked = (result.trace.events.at(-1)?.data as { durationSeconds?: unknown } | undefined)?.durationSeconds;
  if (code === 'sts.duration.chained-cap')
    return new ServiceError(
      'ValidationError',
      'The requested DurationSeconds exceeds the 1 hour session limit for roles assumed by role chaining.',
    );
  if (code === 'sts.duration.too-long')
    return new ServiceError(
      'ValidationError',
      'The requested DurationSeconds exceeds the MaxSessionDuration set for this role.',
    );
  if (code === 'sts.duration.too-short')
    return new ServiceError(
      'ValidationError',
      `1 validation error detected: Value '${String(asked)}' at 'durationSeconds' failed to satisfy constraint: Member must have value greater than or equal to 900`,
    );
  return undefined;
}
