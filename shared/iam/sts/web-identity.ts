/**
 * sts:AssumeRoleWithWebIdentity (OIDC): only the trust policy decides. Token claims become context keys named after
 * the provider host, e.g. `token.actions.githubusercontent.com:sub`, `accounts.google.com:aud`, `cognito-identity.amazonaws.com:amr`
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_iam-condition-keys.html#condition-keys-wif,
 * https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRoleWithWebIdentity.html).
 */
import { accountOfArn } from '../match/arn';
import type { ContextValue, RoleSessionPrincipal } from '../request';
import { addSeconds, durationProblem, evaluationDenial, parameterDenial, sessionPolicyList, success } from './common';
import { evaluateFederatedTrust } from './federated-trust';
import type { FlowContext, RoleInfo, SessionPolicyInput, StsOutcome } from './types';

/** Input of `assumeRoleWithWebIdentity`. */
export interface WebIdentityInput extends SessionPolicyInput {
  role: RoleInfo;
  /** The IAM OIDC provider ARN (`arn:aws:iam::ACCT:oidc-provider/HOST`) or a well-known host (`accounts.google.com`). */
  provider: string;
  /** The token's claims: aud, sub, amr, oaud, azp, email... (arrays for multivalued claims). */
  claims: Record<string, string | number | boolean | string[]>;
  sessionName: string;
  durationSeconds?: number;
  now: string;
  context?: FlowContext;
}

/** The provider host used to name claim keys. */
export function providerHost(provider: string): string {
  const i = provider.indexOf('oidc-provider/');
  return i >= 0 ? provider.slice(i + 'oidc-provider/'.length) : provider;
}

/** The context keys of a token's claims: `<host>:<claim>`. */
export function webIdentityClaimKeys(
  provider: string,
  claims: WebIdentityInput['claims'],
): Record<string, ContextValue> {
  const host = providerHost(provider);
  const out: Record<string, ContextValue> = {};
  for (const [k, v] of Object.entries(claims)) out[`${host}:${k}`] = v;
  return out;
}

/** Runs AssumeRoleWithWebIdentity. */
export function assumeRoleWithWebIdentity(input: WebIdentityInput): StsOutcome<RoleSessionPrincipal> {
  const duration = input.durationSeconds ?? 3600;
  const dp = durationProblem(duration, input.role.maxSessionDuration ?? 3600);
  if (dp) return parameterDenial(dp, { durationSeconds: duration });
  const policies = sessionPolicyList(input);
  if (typeof policies === 'string') return parameterDenial(policies, {});
  const claims = {
    ...webIdentityClaimKeys(input.provider, input.claims),
    'aws:FederatedProvider': input.provider,
    'sts:RoleSessionName': input.sessionName,
  };
  const result = evaluateFederatedTrust(
    'web-identity',
    input.provider,
    'sts:AssumeRoleWithWebIdentity',
    input.role,
    claims,
    input.now,
    input.context,
  );
  if (result.decision !== 'allowed') return evaluationDenial('sts.web-identity.denied', result, [result]);
  const session: RoleSessionPrincipal = {
    kind: 'role-session',
    account: accountOfArn(input.role.arn) ?? '',
    roleArn: input.role.arn,
    sessionName: input.sessionName,
    via: 'web-identity',
    federatedProvider: input.provider,
    issuedAt: input.now,
    expiresAt: addSeconds(input.now, duration),
  };
  if (input.role.roleId) session.roleId = input.role.roleId;
  if (input.role.tags) session.roleTags = input.role.tags;
  if (input.role.org) session.org = input.role.org;
  if (policies.length) session.sessionPolicies = policies;
  return success('sts.web-identity.ok', session, [result]);
}
