/**
 * sts:GetFederationToken: an IAM user (or, discouraged, the root user) creates a federated user session. The caller
 * needs permission for the action; the duration is 900 s to 36 h (1 h for root); the session's permissions are the
 * intersection of the caller's policies and the session policies passed — with none passed it has no permissions
 * (https://docs.aws.amazon.com/STS/latest/APIReference/API_GetFederationToken.html).
 */
import { federatedUserArnOf } from '../context/caller';
import { evaluate } from '../evaluate/evaluate';
import type { FederatedUserPrincipal, PrincipalSpec } from '../request';
import { addSeconds, durationProblem, evaluationDenial, parameterDenial, sessionPolicyList, success } from './common';
import type { CallerPolicies, FlowContext, SessionPolicyInput, StsOutcome } from './types';

/** Input of `getFederationToken`. */
export interface FederationTokenInput extends SessionPolicyInput {
  caller: PrincipalSpec;
  callerPolicies: CallerPolicies;
  /** The federated user's name (becomes `arn:aws:sts::ACCT:federated-user/NAME`). */
  name: string;
  durationSeconds?: number;
  now: string;
  context?: FlowContext;
}

/** Runs GetFederationToken. */
export function getFederationToken(input: FederationTokenInput): StsOutcome<FederatedUserPrincipal> {
  const c = input.caller;
  if (c.kind === 'role-session' || c.kind === 'federated-user')
    return parameterDenial('sts.role-session-cannot-federate', { kind: c.kind });
  if (c.kind !== 'user' && c.kind !== 'root')
    return parameterDenial('sts.federation-token.root-not-allowed', { kind: c.kind });
  const duration = input.durationSeconds ?? 43200;
  const dp = durationProblem(duration, c.kind === 'root' ? 3600 : 129600);
  if (dp) return parameterDenial(dp, { durationSeconds: duration });
  const policies = sessionPolicyList(input);
  if (typeof policies === 'string') return parameterDenial(policies, {});
  const result = evaluate({
    principal: c,
    action: 'sts:GetFederationToken',
    resource: { arn: federatedUserArnOf(c.account, input.name), account: c.account },
    context: input.context,
    now: input.now,
    policies: input.callerPolicies,
  });
  if (result.decision !== 'allowed') return evaluationDenial('sts.federation-token.denied', result, [result]);
  const session: FederatedUserPrincipal = {
    kind: 'federated-user',
    account: c.account,
    name: input.name,
    callerUserArn: c.kind === 'user' ? c.arn : `arn:aws:iam::${c.account}:root`,
    issuedAt: input.now,
    expiresAt: addSeconds(input.now, duration),
  };
  if (c.org) session.org = c.org;
  if (policies.length) session.sessionPolicies = policies;
  return success('sts.federation-token.ok', session, [result]);
}
