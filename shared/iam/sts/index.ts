/** The STS and credential flows. */
export { assumeRole, type AssumeRoleInput } from './assume-role';
export { assumeRoleWithWebIdentity, webIdentityClaimKeys, providerHost, type WebIdentityInput } from './web-identity';
export { assumeRoleWithSAML, samlClaimKeys, type SamlInput, type SamlAssertion } from './saml';
export { getFederationToken, type FederationTokenInput } from './federation-token';
export { getSessionToken, type SessionTokenInput, type SessionTokenSuccess } from './session-token';
export { launchWithInstanceProfile, type InstanceProfileInput } from './instance-profile';
export type * from './types';
