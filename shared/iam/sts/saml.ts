/**
 * sts:AssumeRoleWithSAML: only the trust policy decides; the assertion becomes `SAML:aud`, `SAML:sub`,
 * `SAML:sub_type`, `SAML:iss`, `SAML:namequalifier` and one `SAML:<attribute>` key per attribute
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_iam-condition-keys.html#condition-keys-saml,
 * https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRoleWithSAML.html).
 */
import { accountOfArn } from '../match/arn';
import type { ContextValue, RoleSessionPrincipal } from '../request';
import { addSeconds, durationProblem, evaluationDenial, parameterDenial, sessionPolicyList, success } from './common';
import { evaluateFederatedTrust } from './federated-trust';
import type { FlowContext, RoleInfo, SessionPolicyInput, StsOutcome } from './types';

/** What the SAML assertion says. */
export interface SamlAssertion {
  /** Recipient; AWS sign-in is `https://signin.aws.amazon.com/saml` (the default). */
  aud?: string;
  sub: string;
  sub_type?: 'persistent' | 'transient' | string;
  iss: string;
  namequalifier?: string;
  /** RoleSessionName attribute; defaults to `sub`. */
  sessionName?: string;
  attributes?: Record<string, string | string[]>;
}

/** Input of `assumeRoleWithSAML`. */
export interface SamlInput extends SessionPolicyInput {
  role: RoleInfo;
  /** `arn:aws:iam::ACCT:saml-provider/NAME` */
  providerArn: string;
  assertion: SamlAssertion;
  durationSeconds?: number;
  now: string;
  context?: FlowContext;
}

/** The SAML context keys of an assertion. */
export function samlClaimKeys(a: SamlAssertion): Record<string, ContextValue> {
  const out: Record<string, ContextValue> = {
    'SAML:aud': a.aud ?? 'https://signin.aws.amazon.com/saml',
    'SAML:sub': a.sub,
    'SAML:iss': a.iss,
  };
  if (a.sub_type !== undefined) out['SAML:sub_type'] = a.sub_type;
  if (a.namequalifier !== undefined) out['SAML:namequalifier'] = a.namequalifier;
  for (const [k, v] of Object.entries(a.attributes ?? {})) out[`SAML:${k}`] = v;
  return out;
}

/** Runs AssumeRoleWithSAML. */
export function assumeRoleWithSAML(input: SamlInput): StsOutcome<RoleSessionPrincipal> {
  const duration = input.durationSeconds ?? 3600;
  const dp = durationProblem(duration, input.role.maxSessionDuration ?? 3600);
  if (dp) return parameterDenial(dp, { durationSeconds: duration });
  const policies = sessionPolicyList(input);
  if (typeof policies === 'string') return parameterDenial(policies, {});
  const sessionName = input.assertion.sessionName ?? input.assertion.sub;
  const claims = { ...samlClaimKeys(input.assertion), 'aws:FederatedProvider': input.providerArn };
  const result = evaluateFederatedTrust(
    'saml',
    input.providerArn,
    'sts:AssumeRoleWithSAML',
    input.role,
    claims,
    input.now,
    input.context,
  );
  if (result.decision !== 'allowed') return evaluationDenial('sts.saml.denied', result, [result]);
  const session: RoleSessionPrincipal = {
    kind: 'role-session',
    account: accountOfArn(input.role.arn) ?? '',
    roleArn: input.role.arn,
    sessionName,
    via: 'saml',
    federatedProvider: input.providerArn,
    issuedAt: input.now,
    expiresAt: addSeconds(input.now, duration),
  };
  if (input.role.roleId) session.roleId = input.role.roleId;
  if (input.role.tags) session.roleTags = input.role.tags;
  if (input.role.org) session.org = input.role.org;
  if (policies.length) session.sessionPolicies = policies;
  return success('sts.saml.ok', session, [result]);
}
