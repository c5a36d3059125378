/** Who an sts call is made as. */
import type { AwsContext } from './context';

/** The caller: `--as`, else the scenario's current identity, else the account's root user. */
export function callerArn(ctx: AwsContext): string {
  return ctx.globals.as ?? ctx.world.currentIdentity ?? `arn:aws:iam::${ctx.account}:root`;
}
