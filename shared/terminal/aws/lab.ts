/**
 * `lab` operations: what the simulated world needs that AWS has no API for — its clock (sessions expire, keys age),
 * the identity the command line acts as by default, and forgetting one session. Each is a world command, so it is one
 * undo step in the app. (AWS cannot end one set of temporary credentials: to cut off issued sessions, deny on
 * `aws:TokenIssueTime` — the console's "Revoke active sessions". `lab forget-session` only removes the lab's record.)
 */
import type { AwsOperation } from './operation';

function labOp(name: string, required: readonly string[], run: AwsOperation['run']): AwsOperation {
  return { service: 'lab', name, operation: name, required, optional: [], run };
}

export const LAB_OPERATIONS: AwsOperation[] = [
  labOp('advance-clock', ['seconds'], (ctx) => {
    ctx.apply({ type: 'advance-clock', seconds: ctx.int('seconds')! });
    return { Clock: ctx.world.clock };
  }),
  labOp('set-clock', ['time'], (ctx) => {
    ctx.apply({ type: 'set-clock', time: ctx.need('time') });
    return { Clock: ctx.world.clock };
  }),
  labOp('get-clock', [], (ctx) => ({ Clock: ctx.world.clock })),
  labOp('act-as', ['arn'], (ctx) => {
    ctx.apply({ type: 'set-current-identity', arn: ctx.need('arn') });
    return { CurrentIdentity: ctx.need('arn') };
  }),
  labOp('forget-session', ['session-arn'], (ctx) => {
    ctx.apply({ type: 'revoke-session', sessionArn: ctx.need('session-arn') });
  }),
];
