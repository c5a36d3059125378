/**
 * sts:AssumeRoleWithSAML: only the trust policy decides; the assertion becomes `SAML:aud`, `SAML:sub`,
 * `SAML:sub_type`, `SAML:iss`, `SAML:namequalifier` and one `SAML:<attribute>` key per attribute
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_iam-condition-keys.html#condition-keys-saml,
 * https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRoleWithSAML.html).
 */
import type { ContextValue, RoleSessionPrincipal } from '../request';
import { assumeFederatedRole, type FederatedAssumeInput } from './federated-assume';
import type { StsOutcome } from './types';

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
export interface SamlInput extends FederatedAssumeInput {
  /** `arn:aws:iam::ACCT:saml-provider/NAME` */
  providerArn: string;
  assertion: SamlAssertion;
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
  return assumeFederatedRole('saml', input, {
    provider: input.providerArn,
    claims: { ...samlClaimKeys(input.assertion), 'aws:FederatedProvider': input.providerArn },
    sessionName: input.assertion.sessionName ?? input.assertion.sub,
  });
}
