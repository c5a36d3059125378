/**
 * The global condition keys AWS derives from the principal and its credentials. A request may not supply them: the
 * engine computes them (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html).
 */

/** Lower-cased names of the principal-derived keys (plus the `aws:principaltag/` prefix). */
export const PRINCIPAL_DERIVED_KEYS: ReadonlySet<string> = new Set([
  'aws:username',
  'aws:userid',
  'aws:principalarn',
  'aws:principalaccount',
  'aws:principalorgid',
  'aws:principalorgpaths',
  'aws:principaltype',
  'aws:principalisawsservice',
  'aws:principalservicename',
  'aws:principalservicenameslist',
  'aws:multifactorauthpresent',
  'aws:multifactorauthage',
  'aws:tokenissuetime',
  'aws:sourceidentity',
  'aws:federatedprovider',
  'aws:assumedroot',
]);

/** True when the (lower-cased) key is one the engine derives from the principal. */
export function isPrincipalDerivedKey(keyLower: string): boolean {
  return PRINCIPAL_DERIVED_KEYS.has(keyLower) || keyLower.startsWith('aws:principaltag/');
}
