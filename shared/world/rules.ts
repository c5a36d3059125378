/**
 * AWS's name rules and default quotas for IAM entities, as data. Sources: IAM User Guide "IAM object quotas"
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html) and the IAM API reference's
 * parameter constraints (CreateUser, CreateRole, CreatePolicy, ...).
 */

/** The character set AWS allows in user, group, role, policy and instance profile names. */
const NAME_CHARS = /^[\w+=,.@-]+$/;

/** Name length limits by entity kind. */
export const NAME_RULES = {
  user: { max: 64 },
  group: { max: 128 },
  role: { max: 64 },
  policy: { max: 128 },
  inlinePolicy: { max: 128 },
  instanceProfile: { max: 128 },
  roleSessionName: { max: 64, min: 2 },
  samlProvider: { max: 128 },
} as const;

/** Default quotas enforced by the commands. */
export const LIMITS = {
  accessKeysPerUser: 2,
  managedPoliciesPerEntity: 10,
  groupsPerUser: 10,
  policyVersions: 5,
  mfaDevicesPerUser: 8,
  rolesPerInstanceProfile: 1,
  tagsPerEntity: 50,
  minMaxSessionDuration: 3600,
  maxMaxSessionDuration: 43200,
  minSessionDuration: 900,
  roleChainingMaxDuration: 3600,
  federationTokenMaxDuration: 129600,
  /** Characters, not counting white space. */
  managedPolicySize: 6144,
  userInlinePolicySize: 2048,
  groupInlinePolicySize: 5120,
  roleInlinePolicySize: 10240,
  trustPolicySize: 2048,
} as const;

/** True when `name` is a valid IAM name of the given kind. */
export function isValidName(kind: keyof typeof NAME_RULES, name: string): boolean {
  const rule = NAME_RULES[kind];
  const min = 'min' in rule ? rule.min : 1;
  return typeof name === 'string' && name.length >= min && name.length <= rule.max && NAME_CHARS.test(name);
}

/** True when `path` is a valid IAM path: `/` or `/a/b/` with printable ASCII, at most 512 characters. */
export function isValidIamPath(path: string): boolean {
  return typeof path === 'string' && path.length <= 512 && /^(\/|\/[\u0021-\u007e]+\/)$/.test(path);
}

/** True when `alias` is a valid account alias (lowercase letters, digits, single hyphens, 3–63 characters). */
export function isValidAccountAlias(alias: string): boolean {
  return /^[a-z0-9]([a-z0-9]|-(?!-)){1,61}[a-z0-9]$/.test(alias);
}

/** True when `id` is a 12-digit account id. */
export function isValidAccountId(id: string): boolean {
  return /^\d{12}$/.test(id);
}

/** Policy size as AWS counts it: characters other than white space. */
export function policySize(text: string): number {
  return text.replace(/\s/g, '').length;
}
