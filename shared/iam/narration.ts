/**
 * Code → English sentence templates, used by the CLI and the UI (the engine emits codes only). Placeholders in braces
 * are filled from the event: {policy}, {sid}, {statement}, {pattern}, {value}, {operator}, {key}, {level}, {matchKind}.
 * A unit test checks every code in `REASON_CODES` has a sentence.
 */
import { lastSegment } from './match/arn';
import type { ReasonCode } from './reasons';
import { patternListText } from './pattern-summary';
import type { TraceEvent } from './result';

/** One sentence template per reason code. */
export const NARRATION: Record<ReasonCode, string> = {
  'gate.authenticate': 'AWS authenticates the caller.',
  'gate.explicit-deny': 'AWS looks for an explicit Deny in every policy that applies.',
  'gate.rcp': 'AWS checks the resource control policies (RCPs) of the resource account.',
  'gate.scp': 'AWS checks the service control policies (SCPs) of the principal account.',
  'gate.resource-policy': 'AWS checks the resource-based policy.',
  'gate.identity': 'AWS checks the identity-based policies of the principal.',
  'gate.boundary': 'AWS checks the permissions boundary.',
  'gate.session': 'AWS checks the session policies.',
  'gate.decision': 'AWS makes its decision.',
  'authenticate.ok': 'The caller is authenticated.',
  'authenticate.anonymous': 'The request is anonymous (unsigned).',
  'authenticate.service': 'The caller is an AWS service principal.',
  'authenticate.expired':
    'The temporary credentials expired at {pattern}; the request at {value} fails before any policy is read.',
  'authenticate.session-token-iam-needs-mfa':
    'The caller holds GetSessionToken credentials issued without MFA, and {value} is an IAM operation: AWS refuses the credentials before any policy is read.',
  'authenticate.session-token-sts-limited':
    'The caller holds GetSessionToken credentials, which can call only AssumeRole and GetCallerIdentity in STS, not {value}.',
  'context.principal-key-ignored':
    'The request tried to supply {key}, which AWS derives from the principal; the supplied value is ignored.',
  'policy.enter': 'AWS reads the policy {policy}.',
  'policy.allow': 'The policy {policy} has an Allow statement that applies.',
  'policy.deny': 'The policy {policy} has a Deny statement that applies.',
  'policy.no-match': 'Nothing in the policy {policy} applies here.',
  'policy.parse-error': 'The policy {policy} could not be read ({code}); it is skipped, which can only deny.',
  'level.enter': 'Organization level {level}.',
  'level.allow': 'At level {level} a policy allows the request.',
  'level.no-allow': 'At level {level} no policy allows the request.',
  'statement.enter': 'AWS reads {statement}, an {effect} statement.',
  'statement.applies': '{Statement} applies to this request.',
  'statement.not-applicable': '{Statement} does not apply to this request.',
  'statement.action.match': 'The action {value} matches {pattern}.',
  'statement.action.no-match': 'The action {value} matches none of {pattern}.',
  'statement.not-action.match': 'The action {value} is not in NotAction {pattern}, so the statement covers it.',
  'statement.not-action.no-match':
    'The action {value} is listed in NotAction ({pattern}), so the statement does not cover it.',
  'statement.resource.match': 'The resource {value} matches {pattern}.',
  'statement.resource.no-match': 'The resource {value} matches none of {pattern}.',
  'statement.not-resource.match': 'The resource {value} is not in NotResource {pattern}, so the statement covers it.',
  'statement.not-resource.no-match':
    'The resource {value} is listed in NotResource ({pattern}), so the statement does not cover it.',
  'statement.resource.variable-unresolved':
    'A policy variable in resource {pattern} has no value and no default, so that entry matches nothing.',
  'statement.principal.match': 'The Principal element names the caller {value} ({matchKind}).',
  'statement.principal.no-match': 'The Principal element does not name the caller {value}.',
  'statement.principal.missing': 'The statement has no Principal, so in a resource-based policy it applies to no one.',
  'statement.not-principal.match':
    'The caller {value} is not excluded by NotPrincipal, so the statement applies to it.',
  'statement.not-principal.no-match':
    'NotPrincipal lists the caller {value} (and its account), so the statement does not apply to it.',
  'statement.not-principal.boundary':
    'The caller has a permissions boundary: a Deny with NotPrincipal always applies to it.',
  'condition.match': 'Condition {operator} on {key}: the request value {value} matches {pattern}.',
  'condition.no-match': 'Condition {operator} on {key}: the request value {value} does not match {pattern}.',
  'condition.key-missing':
    'Condition {operator} on {key}: the key is not in the request, so a positive operator is false and a negated one true.',
  'condition.if-exists-missing':
    'Condition {operator} on {key}: the key is not in the request, so ...IfExists makes it true.',
  'condition.for-all-values-empty':
    'Condition {operator} on {key}: the key is absent or empty, so ForAllValues is true.',
  'condition.for-any-value-empty':
    'Condition {operator} on {key}: the key is absent or empty, so ForAnyValue is false.',
  'condition.null.match': 'Null condition on {key} holds (presence is as the policy requires).',
  'condition.null.no-match': 'Null condition on {key} does not hold.',
  'condition.operator-unknown':
    'Condition operator {operator} is not one AWS knows: the engine fails closed (false in an Allow, true in a Deny) and lists the policy in errors.',
  'condition.variable-unresolved':
    'Condition {operator} on {key}: a policy variable had no value and no default, so that value matches nothing.',
  'explicit-deny.found': 'An explicit Deny applies: the request is denied, whatever any Allow says.',
  'explicit-deny.none': 'No explicit Deny applies.',
  'rcp.not-applicable.no-policies': 'No RCPs are in play for the resource account.',
  'rcp.not-applicable.management-account': 'RCPs do not apply to resources of the management account.',
  'rcp.not-applicable.aws-managed-key': 'RCPs do not apply to AWS managed KMS keys.',
  'rcp.not-applicable.service-unsupported': 'RCPs do not cover this service.',
  'rcp.not-applicable.service-linked-role': 'RCPs do not apply to requests made by service-linked roles.',
  'rcp.allow': 'Every level of the organization allows the request in its RCPs.',
  'rcp.level-no-allow': 'An organization level ({id}) has no RCP that allows the request.',
  'scp.not-applicable.no-policies': 'No SCPs are in play for the principal account.',
  'scp.not-applicable.management-account': 'SCPs do not apply to principals of the management account.',
  'scp.not-applicable.service-linked-role': 'SCPs do not apply to service-linked roles.',
  'scp.not-applicable.service-principal': 'SCPs do not apply to AWS service principals.',
  'scp.not-applicable.anonymous': 'SCPs do not apply to callers outside the organization.',
  'scp.allow': 'Every level of the organization allows the request in its SCPs.',
  'scp.level-no-allow': 'An organization level ({id}) has no SCP that allows the request.',
  'resource-policy.none': 'The resource has no resource-based policy in play.',
  'resource-policy.trust-ignored': 'A trust policy was given, but it only applies to assume-role actions.',
  'resource-policy.allow.final':
    'The resource-based policy allows the request for this principal ({matchKind}); in the same account that is enough.',
  'resource-policy.allow.limited':
    'The resource-based policy allows the role ({matchKind}); the permissions boundary and session policy still apply.',
  'resource-policy.allow.delegated':
    'The resource-based policy trusts the whole account; the identity-based policies decide.',
  'resource-policy.allow.cross-account': 'The resource-based policy allows this principal from another account.',
  'resource-policy.no-allow': 'The resource-based policy does not allow the request.',
  'resource-policy.trust-no-allow': 'The role trust policy does not allow this caller; it must allow explicitly.',
  'resource-policy.trust-missing': 'No trust policy is given for the role, so no one can assume it.',
  'resource-policy.kms-no-allow':
    'The KMS key policy does not allow this principal nor enable IAM policies for its account.',
  'resource-policy.kms-no-key-policy':
    'No key policy is given for the KMS key; IAM policies alone cannot grant access to a key.',
  'resource-policy.cross-account-no-allow':
    'The resource is in another account and its resource-based policy does not allow this principal.',
  'resource-policy.root-cannot-assume-role': 'The root user cannot assume a role.',
  'identity.root-full-access': 'The caller is the root user, which has full access in its account.',
  'identity.allow': 'An identity-based policy allows the request.',
  'identity.no-allow': 'No identity-based policy allows the request.',
  'identity.none': 'This caller has no identity-based policies.',
  'identity.satisfied-by-resource-policy':
    'The resource-based policy grant to the role stands in for the identity-based policies.',
  'boundary.not-set': 'No permissions boundary is set.',
  'boundary.allow': 'The permissions boundary allows the request.',
  'boundary.no-allow': 'The permissions boundary does not allow the request.',
  'session.not-a-session': 'The caller is not a session, so session policies do not apply.',
  'session.allow': 'A session policy allows the request.',
  'session.no-allow': 'Session policies were passed and none allows the request.',
  'session.role-no-policy': "No session policy was passed: the role session keeps the role's permissions.",
  'session.federated-no-policy': 'A federated user session without a session policy has no permissions.',
  'decision.allowed': 'Allowed.',
  'decision.resource-policy-allow': 'Allowed by the resource-based policy.',
  'decision.root-full-access': 'Allowed: the root user has full access.',
  'decision.get-caller-identity': 'Allowed: sts:GetCallerIdentity needs no permission.',
  'decision.explicit-deny': 'Explicit deny.',
  'decision.no-allow': 'Implicit deny: nothing allows the request.',
  'decision.rcp-no-allow': 'Implicit deny: an RCP level does not allow the request.',
  'decision.scp-no-allow': 'Implicit deny: an SCP level does not allow the request.',
  'decision.resource-no-allow': 'Implicit deny: the resource-based policy does not allow the request.',
  'decision.trust-no-allow': 'Implicit deny: the role trust policy does not allow the caller.',
  'decision.kms-no-allow': 'Implicit deny: the KMS key policy does not allow the caller.',
  'decision.boundary-no-allow': 'Implicit deny: the permissions boundary does not allow the request.',
  'decision.session-no-allow': 'Implicit deny: the session policies do not allow the request.',
  'decision.federated-no-session-policy':
    'Implicit deny: a federated user session without a session policy has no permissions.',
  'decision.root-cannot-assume-role': 'Implicit deny: the root user cannot assume a role.',
  'parse.json.invalid': 'The document is not valid JSON.',
  'parse.document.not-object': 'The document is not a JSON object.',
  'parse.version.invalid': 'Version must be 2012-10-17 or 2008-10-17.',
  'parse.statement.missing': 'The policy has no Statement.',
  'parse.statement.not-object': 'A statement is not a JSON object.',
  'parse.effect.missing': 'A statement has no Effect.',
  'parse.effect.invalid': 'Effect must be Allow or Deny.',
  'parse.action.both': 'A statement cannot have both Action and NotAction.',
  'parse.action.missing': 'A statement needs Action or NotAction.',
  'parse.action.invalid': 'Action values must be strings.',
  'parse.resource.both': 'A statement cannot have both Resource and NotResource.',
  'parse.resource.invalid': 'Resource values must be strings.',
  'parse.principal.both': 'A statement cannot have both Principal and NotPrincipal.',
  'parse.principal.invalid': 'Principal must be "*" or an object.',
  'parse.principal.unknown-block': 'Principal blocks are AWS, Service, Federated or CanonicalUser.',
  'parse.principal.not-string': 'Principal values must be strings.',
  'parse.condition.not-object': 'Condition must be an object.',
  'parse.condition.operator-not-object': 'A condition operator must map keys to values.',
  'parse.condition.value-invalid': 'Condition values must be strings, numbers or booleans.',
  'sts.assume-role.ok': 'AssumeRole succeeds: the caller may call it and the trust policy allows it.',
  'sts.assume-role.denied': 'AssumeRole is denied by an explicit deny.',
  'sts.caller-permission':
    "AssumeRole is denied: the caller's own policies (or its SCPs, boundary or session policy) do not allow sts:AssumeRole on the role.",
  'sts.trust-policy': 'AssumeRole is denied: the role trust policy does not allow this caller.',
  'sts.external-id.missing': 'The trust policy requires an external ID the caller did not pass.',
  'sts.mfa.required': 'The trust policy requires MFA, and the caller did not use it.',
  'sts.duration.too-short': 'The requested duration is below the 900-second minimum.',
  'sts.duration.too-long': "The requested duration exceeds the role's maximum session duration.",
  'sts.duration.chained-cap': 'Role chaining limits the session to one hour.',
  'sts.session-policy.too-many': 'At most 10 managed session policies can be passed.',
  'sts.tag-session.denied': 'Passing session tags needs sts:TagSession, which is not allowed.',
  'sts.source-identity.denied': 'Setting a source identity needs sts:SetSourceIdentity, which is not allowed.',
  'sts.web-identity.ok': 'AssumeRoleWithWebIdentity succeeds: the trust policy allows the token.',
  'sts.web-identity.denied': 'AssumeRoleWithWebIdentity is denied by the trust policy.',
  'sts.saml.ok': 'AssumeRoleWithSAML succeeds: the trust policy allows the assertion.',
  'sts.saml.denied': 'AssumeRoleWithSAML is denied by the trust policy.',
  'sts.federation-token.ok': 'GetFederationToken succeeds.',
  'sts.federation-token.denied': 'GetFederationToken is denied.',
  'sts.federation-token.root-not-allowed': 'GetFederationToken is for IAM users.',
  'sts.session-token.ok': 'GetSessionToken succeeds.',
  'sts.session-token.denied': 'GetSessionToken is denied.',
  'sts.session-token.not-a-user':
    'GetSessionToken is called with long-term credentials of an IAM user or the root user.',
  'sts.role-session-cannot-federate': 'A role session cannot call GetFederationToken or GetSessionToken.',
  'sts.instance-profile.ok': 'The instance receives the role credentials from the instance metadata service.',
  'sts.instance-profile.pass-role-denied':
    'Launching with the instance profile needs iam:PassRole on the role, which is not allowed.',
  'sts.instance-profile.run-instances-denied': 'The launcher may not call ec2:RunInstances.',
  'sts.instance-profile.trust-denied': 'The role trust policy does not let ec2.amazonaws.com assume it.',
  'sts.expired-caller': "The caller's credentials have expired.",
};

function show(v: unknown): string {
  if (v === undefined) return '(absent)';
  if (typeof v === 'string') return v;
  if (Array.isArray(v)) return v.map(show).join(', ');
  if (v && typeof v === 'object' && 'value' in (v as Record<string, unknown>))
    return String((v as { value: unknown }).value);
  return JSON.stringify(v);
}

/** A statement as people name it: `statement "Sid"`, else `statement 1` (1-based, as in the JSON read top down). */
export function statementName(sid: string | undefined, index: number): string {
  return sid ? `statement "${sid}"` : `statement ${index + 1}`;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/**
 * A policy id as people name it: a managed policy by its name (`ReadOnlyAccess`), an inline policy as
 * `NoReports (inline, alice)`; other ids (SCP ids, hand-written ids) as they are.
 */
export function policyName(id: string): string {
  const inline = id.indexOf('#inline/');
  if (inline >= 0) {
    const holder = id.slice(0, inline);
    return `${id.slice(inline + '#inline/'.length)} (inline, ${lastSegment(holder)})`;
  }
  if (id.startsWith('arn:') && id.includes(':policy/')) return lastSegment(id);
  return id;
}

/**
 * A policy's name with no ARN left in it, for where room is short (the projected verdict): a role's trust policy reads
 * `ProdS3Reader trust policy`, another ARN its last part (`lab-prod-data`); other names as `policyName` gives them.
 */
export function shortPolicyName(id: string): string {
  const name = policyName(id);
  if (!name.startsWith('arn:')) return name;
  const trust = /^arn:aws:iam::\d*:role\/(?:.*\/)?([^/#]+)#trust$/.exec(name);
  return trust ? `${trust[1]} trust policy` : (name.split(':').pop() ?? name);
}

/** The sentence for one trace event, placeholders filled. */
export function narrate(event: TraceEvent): string {
  const tpl = (NARRATION as Record<string, string>)[event.code] ?? event.code;
  const ref = event.ref;
  const data = event.data ?? {};
  const fill: Record<string, string> = {
    policy: ref ? (ref.level ? `${policyName(ref.policyId)} @ ${ref.level}` : policyName(ref.policyId)) : '',
    statement: ref ? statementName(ref.sid, ref.statementIndex) : '',
    Statement: ref ? capitalise(statementName(ref.sid, ref.statementIndex)) : '',
    sid: ref?.sid ?? '',
    pattern:
      Array.isArray(event.pattern) && event.pattern.every((p) => typeof p === 'string')
        ? patternListText(event.pattern, typeof event.value === 'string' ? event.value : undefined)
        : show(event.pattern),
    value: show(event.value),
    operator: event.operator ?? '',
    key: event.key ?? '',
    level: String(data.id ?? ref?.level ?? ''),
    id: String(data.id ?? ''),
    matchKind: String(data.matchKind ?? ''),
    effect: String(data.effect ?? ''),
    code: String(data.code ?? ''),
  };
  return tpl.replace(/\{(\w+)\}/g, (_m, k: string) => fill[k] ?? '');
}
