/** Sentence templates for the "why not?" suggestion codes ({key}s filled from `data`). */
import type { WhyNotCode } from './types';

/** One sentence per suggestion code. */
export const WHYNOT_NARRATION: Record<WhyNotCode, string> = {
  'whynot.add-identity-allow':
    'Add an Allow statement for {action} on {resource} to an identity-based policy of the principal.',
  'whynot.edit-statement-action': 'The statement covers {pattern} but not {action}: add the action to it.',
  'whynot.edit-statement-resource': 'The statement covers {pattern} but not {resource}: add the resource to it.',
  'whynot.condition-failed':
    'Condition {operator} on {key} wants {policyValues} but the request has {requestValue}; a value such as {satisfyingValue} would satisfy it.',
  'whynot.condition-key-missing': 'Condition {operator} on {key} needs the key, which the request does not have.',
  'whynot.remove-deny':
    'Remove (or narrow) the Deny statement {sid} in {policyId}: an explicit deny cannot be overridden.',
  'whynot.deny-condition-matched':
    'The Deny applied because {operator} on {key} held ({requestValue} vs {policyValues}); change that to escape it.',
  'whynot.scp-blocks': 'An SCP at level {level} does not allow the action: add it to an SCP attached there.',
  'whynot.rcp-blocks': 'An RCP at level {level} does not allow the action: add it to an RCP attached there.',
  'whynot.boundary-blocks': 'The permissions boundary {policyId} does not allow the action: add it to the boundary.',
  'whynot.session-policy-blocks': 'The session policy does not allow the action: pass a session policy that does.',
  'whynot.pass-session-policy':
    'A federated user session needs a session policy: pass one when calling GetFederationToken.',
  'whynot.trust-add-principal':
    'The trust policy must name {principal}: add a statement allowing it to assume the role.',
  'whynot.key-policy-add-principal': 'The key policy must allow {principal}, or enable IAM policies for its account.',
  'whynot.resource-policy-add-principal':
    'The resource is in another account: its resource-based policy must allow {principal}.',
  'whynot.refresh-credentials': 'The credentials have expired: get new temporary credentials.',
  'whynot.session-token-with-mfa':
    'Get new session credentials with MFA (GetSessionToken with the MFA device serial number and a code), then call IAM again.',
  'whynot.long-term-credentials-for-sts':
    "Call this STS operation with the user's long-term access key instead of session credentials.",
  'whynot.use-iam-principal': 'The root user cannot assume roles: use an IAM user or role.',
  'whynot.fix-policy-error': 'Policy {policyId} could not be read ({code}) and was skipped: fix it.',
  'whatwould.add-deny': 'An explicit Deny for this action and resource in any applicable policy would deny it.',
  'whatwould.remove-allow': 'Removing statement {sid} of {policyId} would remove the grant.',
  'whatwould.scp-deny': 'An SCP denying the action (or not allowing it) at any level would deny it.',
  'whatwould.boundary-without-action': 'A permissions boundary that does not allow the action would deny it.',
  'whatwould.session-policy-without-action': 'A session policy that does not allow the action would deny it.',
};
