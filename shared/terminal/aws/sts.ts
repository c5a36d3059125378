/** `sts assume-role` and `sts get-caller-identity` against the world. */
import { explain } from '../../iam';
import { readIamArn } from '../../world/arn';
import { toAwsDate } from '../../world/authz/dates';
import { findRoleByArn, findUserByArn } from '../../world/lookup';
import { assumeRoleInWorld } from '../../world/sts-flow';
import type { Session } from '../../world/types';
import { parseTags } from './args';
import { serviceError, ServiceError, type AwsContext } from './context';
import { op, type AwsOperation } from './operation';

/** The caller: `--as`, else the scenario's current identity, else the account's root user. */
export function callerArn(ctx: AwsContext): string {
  return ctx.globals.as ?? ctx.world.currentIdentity ?? `arn:aws:iam::${ctx.account}:root`;
}

export const STS_OPERATIONS: AwsOperation[] = [
  op('sts', 'get-caller-identity', [], [], (ctx) => {
    const arn = callerArn(ctx);
    const info = readIamArn(arn);
    if (!info) throw new ServiceError('InvalidClientTokenId', 'The security token included in the request is invalid.');
    if (info.kind === 'root') return { UserId: info.account, Account: info.account, Arn: arn };
    if (info.kind === 'user') {
      const u = findUserByArn(ctx.world, arn);
      if (!u) throw new ServiceError('InvalidClientTokenId', 'The security token included in the request is invalid.');
      return { UserId: u.user.id, Account: info.account, Arn: arn };
    }
    if (info.kind === 'assumed-role') {
      const session = ctx.world.sessions[arn];
      const role = session?.roleArn ? findRoleByArn(ctx.world, session.roleArn)?.role : undefined;
      if (!session || !role)
        throw new ServiceError('InvalidClientTokenId', 'The security token included in the request is invalid.');
      if (Date.parse(ctx.world.clock) >= Date.parse(session.expiresAt))
        throw new ServiceError('ExpiredToken', 'The security token included in the request is expired');
      return { UserId: `${role.id}:${info.sessionName}`, Account: info.account, Arn: arn };
    }
    if (info.kind === 'federated-user')
      return { UserId: `${info.account}:${info.name}`, Account: info.account, Arn: arn };
    throw new ServiceError('InvalidClientTokenId', 'The security token included in the request is invalid.');
  }),
  op(
    'sts',
    'assume-role',
    ['role-arn', 'role-session-name'],
    [
      'duration-seconds',
      'external-id',
      'policy',
      'policy-arns',
      'tags',
      'source-identity',
      'serial-number',
      'token-code',
    ],
    async (ctx) => {
      const caller = callerArn(ctx);
      const roleArn = ctx.need('role-arn');
      const policyArns = ctx.list('policy-arns')?.map((v) => (v.startsWith('arn=') ? v.slice(4) : v));
      const r = assumeRoleInWorld(ctx.world, {
        callerArn: caller,
        roleArn,
        sessionName: ctx.need('role-session-name'),
        ...(ctx.int('duration-seconds') !== undefined ? { durationSeconds: ctx.int('duration-seconds') } : {}),
        ...(ctx.str('external-id') !== undefined ? { externalId: ctx.str('external-id') } : {}),
        ...(ctx.str('policy') !== undefined ? { policy: await ctx.text(ctx.str('policy')!) } : {}),
        ...(policyArns ? { policyArns } : {}),
        ...(ctx.list('tags') ? { tags: parseTags(ctx.list('tags')!) } : {}),
        ...(ctx.str('source-identity') !== undefined ? { sourceIdentity: ctx.str('source-identity') } : {}),
        ...(ctx.str('token-code') !== undefined ? { mfa: true } : {}),
      });
      if (!r.ok && r.kind === 'refused') throw serviceError(r.error);
      if (!r.ok) {
        if (ctx.globals.explain) r.steps.forEach((s) => ctx.notes.push(`${explain(s)}\n`));
        if (r.code.includes('duration'))
          throw new ServiceError(
            'ValidationError',
            `The requested DurationSeconds exceeds the MaxSessionDuration set for this role (${r.code}).`,
          );
        throw new ServiceError(
          'AccessDenied',
          `User: ${caller} is not authorized to perform: sts:AssumeRole on resource: ${roleArn} (${r.code})`,
        );
      }
      ctx.world = r.world;
      ctx.changed = true;
      if (ctx.globals.explain) r.steps.forEach((s) => ctx.notes.push(`${explain(s)}\n`));
      const session = r.output.session as Session;
      return {
        Credentials: {
          AccessKeyId: session.accessKeyId,
          SecretAccessKey: r.output.secret,
          SessionToken: `IQoJb3JpZ2luX2VjE${session.accessKeyId}`,
          Expiration: toAwsDate(session.expiresAt),
        },
        AssumedRoleUser: { AssumedRoleId: r.output.assumedRoleId, Arn: session.arn },
        ...(session.sourceIdentity !== undefined ? { SourceIdentity: session.sourceIdentity } : {}),
      };
    },
  ),
];
