/**
 * Sentences for the denial reader's codes: the agreement between AWS's message and the world, and the reading's
 * diagnostics. One template per code (a test checks completeness); the codes stay the data everywhere else.
 */
import { POLICY_TYPE_WORDS } from './formats';
import { AGREEMENT_CODES, type AgreementCode, type DenialAgreement } from './reconstruct';
import type { DenialDiagnostic, DenialPolicyType } from './types';

const AGREEMENT: Readonly<Record<AgreementCode, string>> = {
  'denial.agree': 'The world agrees with AWS: {world}.',
  'denial.agree-no-type': "AWS's message names no policy type; in this world, {world}.",
  'denial.kind-differs':
    'AWS says {aws}, but in this world {world}: a statement differs between your account and this world.',
  'denial.type-differs': "AWS says {aws}, but in this world {world}: the world's policies differ from the account's.",
  'denial.world-allows':
    'AWS says {aws}, but this world allows the request: the world is missing the policy that denied it.',
  'denial.world-has-no-scps':
    "AWS says an SCP denied it, but this world has no SCP that applies to the caller's account: your export may be missing the organization's policies.",
  'denial.world-has-no-rcps':
    "AWS says a resource control policy denied it, but this world has no RCP on the resource's account: your export may be missing the organization's policies.",
  'denial.world-has-no-boundary':
    'AWS says a permissions boundary denied it, but the caller has no permissions boundary in this world: add the boundary the account sets.',
  'denial.world-has-no-session-policy':
    'AWS says a session policy denied it, but this caller has no session policy in this world: the session was created with a policy the world does not know (AssumeRole --policy / --policy-arns).',
  'denial.world-has-no-resource-policy':
    "AWS says a resource-based policy denied it, but the resource has no policy in this world: your export may be missing the resource's policy (bucket, key, queue or trust policy).",
  'denial.vpc-endpoint-not-modelled':
    'AWS says a VPC endpoint policy denied it. IAM Lab does not model VPC endpoints: check the endpoint policy of the VPC the call came from.',
  'denial.expired-token': 'The credentials had expired: the request failed authentication before any policy was read.',
};

const DIAGNOSTICS: Readonly<Record<string, string>> = {
  'denial.empty': 'There is nothing to read: paste an error message or a CloudTrail event.',
  'denial.not-recognised':
    'This does not look like an access-denied message ("User: … is not authorized to perform: …").',
  'denial.not-authorization-error': 'The error code {errorCode} is not an authorization failure.',
  'denial.no-resource': 'The message names no resource; the request is replayed on "*".',
  'denial.policy-type-unknown': 'The policy type "{words}" is not one AWS names in access-denied messages.',
  'denial.action-mismatch': 'The message refuses {action} but its reason names {reasonAction}.',
  'denial.encoded-only':
    'Only an encoded authorization message: decode it with sts decode-authorization-message to see the request.',
  'denial.encoded-not-ours':
    'This encoded message is not one IAM Lab made; only AWS can decode it (aws sts decode-authorization-message in your account).',
  'denial.event-not-json': 'The CloudTrail event is not valid JSON.',
  'denial.event-not-object': 'The CloudTrail event must be a JSON object.',
  'denial.event-no-error': 'The CloudTrail event has no errorCode: it records a call that succeeded.',
  'denial.event-no-principal': 'The CloudTrail event has no userIdentity ARN.',
  'denial.event-no-action': 'The CloudTrail event has no eventSource and eventName.',
  'denial.event-message-short':
    'The event\'s errorMessage names no policy type (S3 often logs only "Access Denied"); the event\'s own fields give the request.',
  'denial.event-message-mismatch': "The event's userIdentity and its errorMessage name different callers.",
  'denial.expired-token-no-request':
    'ExpiredToken names no request: the temporary credentials expired; get new ones (assume the role again).',
  'denial.nothing-to-replay': 'The message names no caller or action, so there is no request to replay.',
  'denial.principal-not-in-world': 'The caller {principal} is not in this world: import the account it belongs to.',
  'denial.policy-not-in-world': 'AWS names the policy {policyArn}, which is not in play in this world.',
};

/** "an explicit deny in a service control policy" / "no identity-based policy allows it (an implicit deny)". */
export function gatePhrase(t: DenialPolicyType | undefined, k: string | undefined): string {
  if (!t) return 'a deny';
  const { words, article } = POLICY_TYPE_WORDS[t];
  if (k === 'explicit') return `an explicit deny in ${article} ${words}`;
  if (k === 'implicit') return `no ${words} allows it (an implicit deny)`;
  return `${article} ${words} denies it`;
}

/** The sentence for an agreement. */
export function narrateAgreement(a: DenialAgreement): string {
  const fill: Record<string, string> = {
    aws: gatePhrase(a.aws.policyType, a.aws.kind),
    world: gatePhrase(a.world.policyType, a.world.kind),
  };
  return AGREEMENT[a.code].replace(/\{(\w+)\}/g, (_m, k: string) => fill[k] ?? '');
}

/** The sentence for a diagnostic. */
export function narrateDenialDiagnostic(d: DenialDiagnostic): string {
  const tpl = DIAGNOSTICS[d.code] ?? d.code;
  return tpl.replace(/\{(\w+)\}/g, (_m, k: string) => String(d.data?.[k] ?? ''));
}

/** Every diagnostic code with a sentence (tests check each emitted code has one). */
export const NARRATED_DENIAL_CODES: readonly string[] = [...AGREEMENT_CODES, ...Object.keys(DIAGNOSTICS)];
