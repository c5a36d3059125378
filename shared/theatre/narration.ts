/** Sentences for the theatre's own codes: flow steps, intersection terms and gate statuses (the engine's are in iam/narration). */
import type { FlowStepCode, IntersectionTerm } from './script';
import type { GateStatus } from './frame';
import type { Gate } from '../iam/result';

/** Title and one-line explanation of each flow step. */
export const FLOW_NARRATION: Record<FlowStepCode, { title: string; text: string }> = {
  'flow.caller-permission': { title: 'Caller permission', text: "The caller's own policies must allow sts:AssumeRole on the role (unless the trust policy names the caller in the same account)." },
  'flow.trust-policy': { title: 'Trust policy', text: "The role's trust policy must explicitly allow this caller to assume it." },
  'flow.session': { title: 'Session', text: "STS returns temporary credentials. Their permissions are the role's policies ∩ its permissions boundary ∩ the session policy." },
  'flow.provider': { title: 'Identity provider', text: 'An external identity provider signed a token; the call to STS is unsigned.' },
  'flow.token-claims': { title: 'Token claims', text: 'The claims of the token become condition keys named after the provider.' },
  'flow.trust-conditions': { title: 'Trust-policy conditions', text: 'Only the trust policy decides: it must name the provider and its conditions must hold for these claims.' },
  'flow.instance-profile': { title: 'Instance profile', text: 'The instance was launched with an instance profile that wraps one role.' },
  'flow.ec2-trust': { title: 'EC2 assumes the role', text: 'The EC2 service assumes the role; its trust policy must allow ec2.amazonaws.com.' },
  'flow.metadata-credentials': { title: 'Metadata credentials', text: 'Code on the instance reads temporary credentials from the instance metadata service; no keys are stored.' },
  'flow.saml-provider': { title: 'SAML identity provider', text: 'A SAML 2.0 identity provider (Active Directory, LDAP, ...) signed an assertion; IAM knows it by its metadata.' },
  'flow.saml-assertion': { title: 'Assertion attributes', text: 'The assertion becomes SAML:aud, SAML:sub, SAML:iss and one SAML: key per attribute.' },
  'flow.saml-trust': { title: 'Trust-policy conditions', text: 'Only the trust policy decides: it must name the SAML provider, and its SAML:aud / SAML:sub conditions must hold.' },
  'flow.federation-caller': { title: 'Caller permission', text: "An IAM user calls sts:GetFederationToken with its long-term keys; the user's own policies must allow it." },
  'flow.federation-session': { title: 'Federation token', text: "STS returns a federated user session. Its permissions are the user's policies ∩ the session policy; with no session policy it has none." },
  'flow.call': { title: 'The call', text: 'The request itself, evaluated gate by gate.' },
};

/** Labels of the gates on the stage, in AWS's words. */
export const GATE_LABELS: Record<Gate, string> = {
  authenticate: 'Authenticate',
  'explicit-deny': 'Explicit deny?',
  rcp: 'RCPs',
  scp: 'SCPs',
  'resource-policy': 'Resource-based policy',
  identity: 'Identity-based policies',
  boundary: 'Permissions boundary',
  session: 'Session policy',
  decision: 'Decision',
};

/** Icon and words of each gate status (never colour alone). */
export const STATUS_LOOK: Record<GateStatus, { icon: string; words: string }> = {
  pending: { icon: '·', words: 'not reached' },
  checking: { icon: '?', words: 'checking' },
  allow: { icon: '✓', words: 'allows' },
  'explicit-deny': { icon: '✕', words: 'explicit deny' },
  'implicit-deny': { icon: '–', words: 'implicit deny' },
  'not-applicable': { icon: '○', words: 'not applicable' },
};

/** How each intersection term is named. */
export const TERM_LABELS: Record<IntersectionTerm['term'], string> = {
  role: "Role's policies",
  user: "Calling user's policies",
  boundary: 'Permissions boundary',
  session: 'Session policy',
};

/** The decision in AWS's words. */
export const DECISION_WORDS = { allowed: 'Allowed', explicitDeny: 'Explicit deny', implicitDeny: 'Implicit deny' } as const;
