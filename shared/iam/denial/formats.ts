/**
 * The access-denied formats the parsers recognise, by id, with the phrase AWS uses for each policy type. The two
 * sentence forms come from the IAM User Guide's "Troubleshoot access denied error messages": an explicit deny says
 * "with an explicit deny in a <type>", an implicit one "because no <type> allows the <action> action"; the older form
 * ends after the resource. EC2 answers UnauthorizedOperation with an encoded authorization failure message.
 */
import { DENIAL_POLICY_TYPES, type DenialKind, type DenialPolicyType } from './types';

/** The words AWS uses for each policy type, and the article before them in the explicit form. */
export const POLICY_TYPE_WORDS: Readonly<Record<DenialPolicyType, { words: string; article: 'a' | 'an' }>> = {
  identity: { words: 'identity-based policy', article: 'an' },
  resource: { words: 'resource-based policy', article: 'a' },
  scp: { words: 'service control policy', article: 'a' },
  rcp: { words: 'resource control policy', article: 'a' },
  boundary: { words: 'permissions boundary', article: 'a' },
  session: { words: 'session policy', article: 'a' },
  'vpc-endpoint': { words: 'VPC endpoint policy', article: 'a' },
};

/** The policy type named by a phrase (case-insensitive; "permissions boundary policy" also accepted). */
export function policyTypeOfWords(words: string): DenialPolicyType | undefined {
  const w = words.trim().toLowerCase().replace(/\s+/g, ' ');
  for (const t of DENIAL_POLICY_TYPES) if (POLICY_TYPE_WORDS[t].words.toLowerCase() === w) return t;
  if (w === 'permissions boundary policy' || w === 'permission boundary') return 'boundary';
  if (w === 'identity based policy') return 'identity';
  if (w === 'resource based policy') return 'resource';
  return undefined;
}

/** The format id of a reason form: `implicit-scp`, `explicit-identity`, ... */
export function reasonFormat(kind: Exclude<DenialKind, 'unknown'>, type: DenialPolicyType): string {
  return `${kind}-${type}`;
}

/** Every format id the parsers can return. */
export const FORMATS: readonly string[] = [
  ...DENIAL_POLICY_TYPES.map((t) => reasonFormat('implicit', t)),
  ...DENIAL_POLICY_TYPES.map((t) => reasonFormat('explicit', t)),
  'no-reason',
  'ec2-encoded',
  'expired-token',
  'cloudtrail',
];

/** Variations each sentence form is also read with. */
export const FORMAT_VARIANTS: readonly string[] = [
  'cli-wrapper', // "An error occurred (CODE) when calling the OP operation: ..."
  'no-resource', // actions without a resource: no "on resource: ..."
  'quoted-resource', // S3 quotes the resource ARN
  'policy-arn', // "... with an explicit deny in a service control policy: arn:aws:organizations::..."
  'encoded-suffix', // EC2: "... Encoded authorization failure message: ..."
];
