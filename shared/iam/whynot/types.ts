/**
 * A "why not?" (or "what would deny it?") suggestion: a code, the gate it concerns, structured data for narration, and
 * optionally a concrete policy patch. No prose: `WHYNOT_NARRATION` turns codes into sentences.
 */
import type { Gate, PolicyKind, StatementRef } from '../result';

/** Every suggestion code. */
export const WHYNOT_CODES = [
  'whynot.add-identity-allow',
  'whynot.edit-statement-action',
  'whynot.edit-statement-resource',
  'whynot.condition-failed',
  'whynot.condition-key-missing',
  'whynot.remove-deny',
  'whynot.deny-condition-matched',
  'whynot.scp-blocks',
  'whynot.rcp-blocks',
  'whynot.boundary-blocks',
  'whynot.session-policy-blocks',
  'whynot.pass-session-policy',
  'whynot.trust-add-principal',
  'whynot.key-policy-add-principal',
  'whynot.resource-policy-add-principal',
  'whynot.refresh-credentials',
  'whynot.session-token-with-mfa',
  'whynot.long-term-credentials-for-sts',
  'whynot.use-iam-principal',
  'whynot.fix-policy-error',
  'whatwould.add-deny',
  'whatwould.remove-allow',
  'whatwould.scp-deny',
  'whatwould.boundary-without-action',
  'whatwould.session-policy-without-action',
] as const;

/** A suggestion code. */
export type WhyNotCode = (typeof WHYNOT_CODES)[number];

/** A concrete change to a policy document. */
export interface PolicyPatch {
  op: 'add-statement' | 'remove-statement' | 'edit-element';
  policyKind: PolicyKind;
  /** The policy to change; absent for "add to some policy of this kind". */
  policyId?: string;
  /** For remove/edit: where. */
  path?: string;
  /** For add: the statement; for edit: the new element value. */
  value?: unknown;
}

/** One suggestion. */
export interface Suggestion {
  code: WhyNotCode;
  gate: Gate;
  ref?: StatementRef;
  data: Record<string, unknown>;
  patch?: PolicyPatch;
}
