/** The words detective practice shows for its codes: reveals, policy types and fix grades. */
import { POLICY_TYPE_WORDS } from '../../../../shared/iam/denial';
import { DENIAL_POLICY_TYPES, type DenialPolicyType } from '../../../../shared/iam/denial/types';
import type { FixGradeCode, PuzzleReveal } from '../../../../shared/lessons/practice/detective';

/** What each reveal uncovers. */
export const REVEAL_WORDS: Readonly<Record<PuzzleReveal['id'], string>> = {
  'cloudtrail-event': 'The CloudTrail event',
  'identity-policies': 'Identity-based policies',
  'resource-policy': 'Resource-based or trust policy',
  boundary: 'Permissions boundary',
  scps: 'Service control policies',
  rcps: 'Resource control policies',
  'session-policies': 'Session policies',
};

/** The policy types a learner can name (the lab models no VPC endpoints, so none is generated for them). */
export const TYPE_CHOICES: readonly { type: DenialPolicyType; label: string }[] = DENIAL_POLICY_TYPES.filter(
  (t) => t !== 'vpc-endpoint',
).map((type) => ({ type, label: POLICY_TYPE_WORDS[type].words }));

/** A policy type in AWS's words. */
export function typeWords(t: DenialPolicyType): string {
  return POLICY_TYPE_WORDS[t].words;
}

/** The sentence for a fix's grade. */
export function fixWords(code: FixGradeCode, alsoAllows: number): string {
  switch (code) {
    case 'practice.fix-minimal':
      return 'Smallest fix: the request goes through and nothing else that was denied is now allowed.';
    case 'practice.fix-too-broad':
      return `It works, but it is too broad: it also allows ${alsoAllows} other request${alsoAllows === 1 ? '' : 's'} that ${alsoAllows === 1 ? 'was' : 'were'} denied.`;
    case 'practice.fix-does-not-work':
      return 'After this change the request is still denied.';
    case 'practice.fix-refused':
      return 'The world refused this change.';
    case 'practice.fix-missing':
      return 'No fix was chosen.';
  }
}
