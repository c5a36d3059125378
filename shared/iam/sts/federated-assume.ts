/**
 * The flow AssumeRoleWithWebIdentity and AssumeRoleWithSAML share once their claims are read: check the duration and
 * the session policies, let the role's trust policy decide on the claim keys, and build the role session.
 */
import { accountOfArn } from '../match/arn';
import type { ReasonCode } from '../reasons';
import type { ContextValue, RoleSessionPrincipal } from '../request';
import { addSeconds, durationProblem, evaluationDenial, parameterDenial, sessionPolicyList, success } from './common';
import { evaluateFederatedTrust } from './federated-trust';
import type { FlowContext, RoleInfo, SessionPolicyInput, StsOutcome } from './types';

/** The STS action and the outcome codes of each federated flow. */
const FEDERATED_FLOWS = {
  'web-identity': {
    action: 'sts:AssumeRoleWithWebIdentity',
    ok: 'sts.web-identity.ok',
    denied: 'sts.web-identity.denied',
  },
  saml: { action: 'sts:AssumeRoleWithSAML', ok: 'sts.saml.ok', denied: 'sts.saml.denied' },
} as const satisfies Record<string, { action: string; ok: ReasonCode; denied: ReasonCode }>;

/** What both federated flows take from their caller. */
export interface FederatedAssumeInput extends SessionPolicyInput {
  role: RoleInfo;
  durationSeconds?: number;
  now: string;
  context?: FlowContext;
}

/** What the flow-specific part has read: the provider, the claim keys for the trust policy and the session name. */
export interface FederatedClaims {
  provider: string;
  claims: Record<string, ContextValue>;
  sessionName: string;
}

/** Runs the common part of a federated AssumeRole; the trust policy alone decides. */
export function assumeFederatedRole(
  kind: keyof typeof FEDERATED_FLOWS,
  input: FederatedAssumeInput,
  read: FederatedClaims,
): StsOutcome<RoleSessionPrincipal> {
  const flow = FEDERATED_FLOWS[kind];
  const duration = input.durationSeconds ?? 3600;
  const dp = durationProblem(duration, input.role.maxSessionDuration ?? 3600);
  if (dp) return parameterDenial(dp, { durationSeconds: duration });
  const policies = sessionPolicyList(input);
  if (typeof policies === 'string') return parameterDenial(policies, {});
  const result = evaluateFederatedTrust(
    kind,
    read.provider,
    flow.action,
    input.role,
    read.claims,
    input.now,
    input.context,
  );
  if (result.decision !== 'allowed') return evaluationDenial(flow.denied, result, [result]);
  const session: RoleSessionPrincipal = {
    kind: 'role-session',
    account: accountOfArn(input.role.arn) ?? '',
    roleArn: input.role.arn,
    sessionName: read.sessionName,
    via: kind,
    federatedProvider: read.provider,
    issuedAt: input.now,
    expiresAt: addSeconds(input.now, duration),
  };
  if (input.role.roleId) session.roleId = input.role.roleId;
  if (input.role.tags) session.roleTags = input.role.tags;
  if (input.role.org) session.org = input.role.org;
  if (policies.length) session.sessionPolicies = policies;
  return success(flow.ok, session, [result]);
}
