/**
 * `sts get-caller-identity`, `sts assume-role` and `sts decode-authorization-message` (IAM Lab's own encoded messages,
 * shared/iam/denial/encoded-message.ts) against the world; `get-session-token` lives in sts-session-token.ts and the
 * federation operations in sts-federation.ts.
 */
import { evaluate, explain } from '../../iam';
import { decodeAuthorizationMessage, denialMessage, denialMessageOf } from '../../iam/denial';
import { accountOfArn } from '../../iam/match/arn';
import { readIamArn } from '../../world/arn';
import { findRoleByArn, findUserByArn } from '../../world/lookup';
import { requestFor } from '../../world/request-for';
import { assumeRoleInWorld } from '../../world/sts-flow';
import type { Session } from '../../world/types';
import { parseTags } from './args';
import { serviceError, ServiceError } from './context';
import { op, type AwsOperation } from './operation';
import { callerArn, callerIdentityArn } from './sts-caller';
import { FEDERATION_OPERATIONS } from './sts-federation';
import { sessionTokenOperation } from './sts-session-token';
import { sessionTokenOf } from '../../world/session-token-flow';
import { assumeRoleDurationError, credentialsShape, policyArnsArg } from './sts-shapes';
import { own } from '../../world/own';

export { callerArn } from './sts-caller';

export const STS_OPERATIONS: AwsOperation[] = [
  op('sts', 'get-caller-identity', [], [], (ctx) => {
    const caller = callerArn(ctx);
    // GetSessionToken credentials answer as the user (or root) that obtained them, until they expire.
    const token = sessionTokenOf(ctx.world, caller);
    if (token && Date.parse(ctx.world.clock) >= Date.parse(token.expiresAt))
      throw new ServiceError('ExpiredToken', 'The security token included in the request is expired');
    const arn = token ? (token.callerArn ?? token.arn) : caller;
    const info = readIamArn(arn);
    if (!info) throw new ServiceError('InvalidClientTokenId', 'The security token included in the request is invalid.');
    if (info.kind === 'root') return { UserId: info.account, Account: info.account, Arn: arn };
    if (info.kind === 'user') {
      const u = findUserByArn(ctx.world, arn);
      if (!u) throw new ServiceError('InvalidClientTokenId', 'The security token included in the request is invalid.');
      return { UserId: u.user.id, Account: info.account, Arn: arn };
    }
    if (info.kind === 'assumed-role') {
      const session = own(ctx.world.sessions, arn);
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
      const policyArns = policyArnsArg(ctx);
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
        ...(ctx.str('serial-number') !== undefined ? { serialNumber: ctx.str('serial-number') } : {}),
        ...(ctx.str('token-code') !== undefined ? { tokenCode: ctx.str('token-code') } : {}),
      });
      if (!r.ok && ctx.globals.explain) (r.steps ?? []).forEach((s) => ctx.notes.push(`${explain(s)}\n`));
      if (!r.ok && r.kind === 'refused') throw serviceError(r.error);
      if (!r.ok) {
        const duration = assumeRoleDurationError(r.code, r.result);
        if (duration) throw duration;
        // AWS's own message: the refusing step's action, and the policy type unless the trust policy refused.
        const action =
          r.code === 'sts.tag-session.denied'
            ? 'sts:TagSession'
            : r.code === 'sts.source-identity.denied'
              ? 'sts:SetSourceIdentity'
              : 'sts:AssumeRole';
        const m = denialMessageOf(
          {
            principal: callerIdentityArn(ctx),
            action,
            resource: roleArn,
            callerAccount: accountOfArn(callerIdentityArn(ctx)),
          },
          r.result,
        );
        throw new ServiceError(
          m?.errorCode ?? 'AccessDenied',
          m?.message ?? `User: ${callerIdentityArn(ctx)} is not authorized`,
        );
      }
      ctx.world = r.world;
      ctx.changed = true;
      if (ctx.globals.explain) r.steps.forEach((s) => ctx.notes.push(`${explain(s)}\n`));
      const session = r.output.session as Session;
      return {
        Credentials: credentialsShape(session, r.output.secret),
        AssumedRoleUser: { AssumedRoleId: r.output.assumedRoleId, Arn: session.arn },
        ...(session.sourceIdentity !== undefined ? { SourceIdentity: session.sourceIdentity } : {}),
      };
    },
  ),
  op('sts', 'decode-authorization-message', ['encoded-message'], [], (ctx) => {
    // The caller needs sts:DecodeAuthorizationMessage, like any other call.
    const caller = callerArn(ctx);
    const r = requestFor(ctx.world, caller, 'sts:DecodeAuthorizationMessage', '*');
    if (!r.ok) throw serviceError(r.error);
    const result = evaluate(r.value);
    if (ctx.globals.explain) ctx.notes.push(`${explain(result)}\n`);
    if (result.decision !== 'allowed') {
      const m = denialMessage(r.value, result)!;
      throw new ServiceError(m.errorCode, m.message);
    }
    const decoded = decodeAuthorizationMessage(ctx.need('encoded-message'));
    if (decoded === undefined)
      throw new ServiceError(
        'InvalidAuthorizationMessageException',
        'The message is not an authorization message IAM Lab encoded (only AWS can decode the ones AWS encodes).',
      );
    return { DecodedMessage: decoded };
  }),
  sessionTokenOperation,
  ...FEDERATION_OPERATIONS,
];
