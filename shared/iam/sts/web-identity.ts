/**
 * sts:AssumeRoleWithWebIdentity (OIDC): only the trust policy decides. Token claims become context keys named after
 * the provider host, e.g. `token.actions.githubusercontent.com:sub`, `accounts.google.com:aud`, `cognito-identity.amazonaws.com:amr`
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_iam-condition-keys.html#condition-keys-wif,
 * https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRoleWithWebIdentity.html).
 */
import type { ContextValue, RoleSessionPrincipal } from '../request';
import { assumeFederatedRole, type FederatedAssumeInput } from './federated-assume';
import type { StsOutcome } from './types';

/** Input of `assumeRoleWithWebIdentity`. */
export interface WebIdentityInput extends FederatedAssumeInput {
  /** The IAM OIDC provider ARN (`arn:aws:iam::ACCT:oidc-provider/HOST`) or a well-known host (`accounts.google.com`). */
  provider: string;
  /** The token's claims: aud, sub, amr, oaud, azp, email... (arrays for multivalued claims). */
  claims: Record<string, string | number | boolean | string[]>;
  sessionName: string;
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
  return assumeFederatedRole('web-identity', input, {
    provider: input.provider,
    claims: {
      ...webIdentityClaimKeys(input.provider, input.claims),
      'aws:FederatedProvider': input.provider,
      'sts:RoleSessionName': input.sessionName,
    },
    sessionName: input.sessionName,
  });
}
