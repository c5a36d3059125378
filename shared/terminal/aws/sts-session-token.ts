/**
 * `sts get-session-token`: the calling IAM user's (or root user's) own temporary credentials, with MFA when
 * `--serial-number` and `--token-code` are given, recorded in the world under their access key id so that
 * `--as <AccessKeyId>` (or `lab act-as --arn <AccessKeyId>`) then calls with them. The output is the API's
 * `{Credentials: {AccessKeyId, SecretAccessKey, SessionToken, Expiration}}`
 * (https://docs.aws.amazon.com/STS/latest/APIReference/API_GetSessionToken.html).
 */
import { explain } from '../../iam';
import { getSessionTokenInWorld } from '../../world/session-token-flow';
import type { Session } from '../../world/types';
import { serviceError } from './context';
import { op } from './operation';
import { callerArn } from './sts-caller';
import { credentialsShape } from './sts-shapes';

/** What `--explain` says after a success: no policy was read, and what later calls carry. */
function explainIssued(session: Session): string {
  const mfa = session.mfa
    ? 'aws:MultiFactorAuthPresent is true (aws:MultiFactorAuthAge counts from now)'
    : 'aws:MultiFactorAuthPresent is false (no MFA code was given), and IAM API calls are refused';
  return (
    `GetSessionToken needs no permission: it authenticates the caller, so no policy was evaluated.\n` +
    `Calls made with ${session.accessKeyId} act as ${session.arn} with that identity's policies; ` +
    `${mfa}; aws:TokenIssueTime is ${session.issuedAt}; they expire at ${session.expiresAt}.\n` +
    `Only AssumeRole and GetCallerIdentity may be called on STS with them.\n`
  );
}

/** `sts get-session-token [--duration-seconds N] [--serial-number S --token-code C]`. */
export const sessionTokenOperation = op(
  'sts',
  'get-session-token',
  [],
  ['duration-seconds', 'serial-number', 'token-code'],
  (ctx) => {
    const r = getSessionTokenInWorld(ctx.world, {
      callerArn: callerArn(ctx),
      ...(ctx.int('duration-seconds') !== undefined ? { durationSeconds: ctx.int('duration-seconds') } : {}),
      ...(ctx.str('serial-number') !== undefined ? { serialNumber: ctx.str('serial-number') } : {}),
      ...(ctx.str('token-code') !== undefined ? { tokenCode: ctx.str('token-code') } : {}),
    });
    if (!r.ok) {
      if (ctx.globals.explain) (r.steps ?? []).forEach((s) => ctx.notes.push(`${explain(s)}\n`));
      throw serviceError(r.error);
    }
    ctx.world = r.world;
    ctx.changed = true;
    const session = r.output.session as Session;
    if (ctx.globals.explain) ctx.notes.push(explainIssued(session));
    return { Credentials: credentialsShape(session, r.output.secret) };
  },
);
