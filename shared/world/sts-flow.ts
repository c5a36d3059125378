/**
 * AssumeRole against a world, end to end and pure: build the caller's request with `requestFor`, run the engine's
 * AssumeRole flow (caller permission + trust policy + TagSession/SetSourceIdentity), and when admitted record the
 * session with the `assume-role` world command. The command line, the UI and lessons share it.
 */
import { assumeRole as engineAssumeRole } from '../iam/sts/assume-role';
import type { ContextValue, PolicyInput } from '../iam/request';
import type { EvaluationResult } from '../iam/result';
import { applyCommand, type CommandApplied } from './commands/apply';
import { worldError, type WorldError } from './errors';
import { requestFor } from './request-for';
import { managedSessionPolicy, roleInfoOf } from './sts-inputs';
import type { PolicyDocument, Tags, World } from './types';

/** What the caller asks for. */
export interface AssumeRoleRequest {
  callerArn: string;
  roleArn: string;
  sessionName: string;
  durationSeconds?: number;
  externalId?: string;
  policy?: PolicyDocument;
  policyArns?: string[];
  tags?: Tags;
  sourceIdentity?: string;
  context?: Record<string, ContextValue>;
  /** Whether the caller signed in with MFA (aws:MultiFactorAuthPresent). */
  mfa?: boolean;
  undoable?: boolean;
}

/** The outcome: the world with the new session, a refusal (bad input), or a denial with the engine's evaluations. */
export type AssumeRoleInWorldResult =
  | (CommandApplied & { steps: EvaluationResult[] })
  | { ok: false; kind: 'refused'; error: WorldError }
  | { ok: false; kind: 'denied'; code: string; result: EvaluationResult; steps: EvaluationResult[] };

/** Runs sts:AssumeRole in a world. */
export function assumeRoleInWorld(world: World, req: AssumeRoleRequest): AssumeRoleInWorldResult {
  const found = roleInfoOf(world, req.roleArn);
  if (!found)
    return {
      ok: false,
      kind: 'refused',
      error: worldError('NoSuchEntity', 'role.not-found', { roleName: req.roleArn }, 'roleArn'),
    };
  const caller = requestFor(
    world,
    req.callerArn,
    'sts:AssumeRole',
    req.roleArn,
    req.mfa ? { mfa: { present: true } } : {},
  );
  if (!caller.ok) return { ok: false, kind: 'refused', error: caller.error };
  const { info: role, account } = found;
  const { identity, boundary, scps, session } = caller.value.policies;
  const policyArns: PolicyInput[] = [];
  for (const arn of req.policyArns ?? []) {
    const input = managedSessionPolicy(world, arn);
    if (!input)
      return {
        ok: false,
        kind: 'refused',
        error: worldError('NoSuchEntity', 'policy.not-attachable', { policyArn: arn }, 'policyArns'),
      };
    policyArns.push(input);
  }
  const outcome = engineAssumeRole({
    caller: caller.value.principal,
    callerPolicies: { identity, boundary, scps, session },
    role,
    sessionName: req.sessionName,
    now: world.clock,
    ...(req.durationSeconds !== undefined ? { durationSeconds: req.durationSeconds } : {}),
    ...(req.externalId !== undefined ? { externalId: req.externalId } : {}),
    ...(req.tags ? { tags: req.tags } : {}),
    ...(req.sourceIdentity !== undefined ? { sourceIdentity: req.sourceIdentity } : {}),
    ...(req.policy !== undefined ? { sessionPolicy: { id: 'session-policy', document: req.policy } } : {}),
    ...(policyArns.length ? { policyArns } : {}),
    ...(req.context ? { context: req.context } : {}),
  });
  if (!outcome.ok)
    return { ok: false, kind: 'denied', code: outcome.code, result: outcome.result, steps: outcome.steps };
  const applied = applyCommand(world, {
    account,
    type: 'assume-role',
    roleArn: role.arn,
    roleSessionName: req.sessionName,
    callerArn: req.callerArn,
    undoable: req.undoable,
    ...(req.durationSeconds !== undefined ? { durationSeconds: req.durationSeconds } : {}),
    ...(req.policy !== undefined ? { policy: req.policy } : {}),
    ...(req.policyArns ? { policyArns: req.policyArns } : {}),
    ...(req.tags ? { tags: req.tags } : {}),
    ...(req.sourceIdentity !== undefined ? { sourceIdentity: req.sourceIdentity } : {}),
    ...(req.mfa ? { mfa: true } : {}),
  });
  if (!applied.ok) return { ok: false, kind: 'refused', error: applied.error };
  return { ...applied, steps: outcome.steps };
}
