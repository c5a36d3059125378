/** Who an sts call is made as. */
import { sessionTokenOf } from '../../world/session-token-flow';
import type { AwsContext } from './context';

/** The caller: `--as`, else the scenario's current identity, else the account's root user. */
export function callerArn(ctx: AwsContext): string {
  return ctx.globals.as ?? ctx.world.currentIdentity ?? `arn:aws:iam::${ctx.account}:root`;
}

/**
 * The ARN AWS names in its messages for the caller: GetSessionToken credentials (named by their access key id in the
 * lab) are the user or root user that obtained them.
 */
export function callerIdentityArn(ctx: AwsContext): string {
  const caller = callerArn(ctx);
  const token = sessionTokenOf(ctx.world, caller);
  return token ? (token.callerArn ?? token.arn) : caller;
}
