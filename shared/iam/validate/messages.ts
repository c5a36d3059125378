/**
 * Finding code → sentence, for the UI and the command line. `{name}` placeholders are filled from `Finding.data`;
 * arrays are joined with " or ". Every code in `codes.ts` has an entry (a test checks it).
 */
import type { FindingCode } from './codes';
import type { Finding } from './types';

/** The sentence template of each finding code. */
export const FINDING_MESSAGES: Readonly<Record<FindingCode, string>> = {
  'json.empty': 'The document is empty: a policy is a JSON object.',
  'json.unexpected-character': 'This is not valid JSON here: expected {expected}, found {found}.',
  'json.unexpected-end': 'The JSON text ends too early: expected {expected}.',
  'json.invalid-escape': 'Invalid escape sequence in a string: expected {expected}.',
  'json.invalid-number': 'Invalid number: expected {expected}.',
  'json.control-character': 'A string contains a raw control character ({found}); write it as an escape such as \\n.',
  'json.too-deep': 'The JSON nests too deeply to be a policy.',
  'json.trailing-content': 'Extra text after the end of the JSON value: found {found}.',
  'json.duplicate-key':
    'The key "{key}" appears twice in the same object; only the last one counts, and AWS may refuse the policy.',
  'policy.not-object': 'A policy must be a JSON object, not {found}.',
  'policy.unknown-element': 'Unknown top-level element "{element}"; a policy has only Version, Id and Statement.',
  'policy.missing-statement': 'The policy has no Statement element.',
  'policy.statement-empty': 'Statement is an empty list: the policy says nothing.',
  'policy.version-invalid': 'Version must be {expected}; found "{found}".',
  'policy.version-missing':
    'No Version: AWS then reads the policy with the old 2008-10-17 rules. Add "Version": "2012-10-17".',
  'policy.version-required': 'This kind of policy needs "Version": "2012-10-17".',
  'policy.version-old': 'Version 2008-10-17 is the old language version; use 2012-10-17 (needed for policy variables).',
  'policy.variables-need-version':
    'The policy variable in "{value}" is only replaced under Version 2012-10-17; here it is plain text.',
  'policy.variable-unterminated':
    'In "{value}" a policy variable starts with ${ but has no closing }: it is plain text that matches nothing you meant.',
  'policy.variable-empty': 'In "{value}" the policy variable ${} names no key: it is never replaced.',
  'policy.variable-nested':
    'In "{value}" a policy variable holds another ${...}; variables are replaced once, never inside each other.',
  'policy.id-invalid': 'Id must be a string.',
  'policy.invalid-character':
    'IAM policies can contain only tab, line breaks and characters U+0020 to U+00FF; found {codePoint}.',
  'policy.size-exceeded': 'The policy is {size} characters long; the {quota} quota allows {max}.',
  'policy.size-over-default-quota':
    'The policy is {size} characters long, over the default {quota} quota of {max} (it can be raised).',
  'statement.not-object': 'Each statement must be a JSON object.',
  'statement.unknown-element': 'Unknown statement element "{element}".',
  'statement.element-type': '{element} must be {expected}.',
  'statement.element-empty': '{element} is empty.',
  'statement.missing-effect': 'The statement has no Effect: it must say "Allow" or "Deny".',
  'statement.effect-invalid': 'Effect must be exactly "Allow" or "Deny"; found "{found}".',
  'statement.action-and-notaction': 'A statement can have Action or NotAction, not both.',
  'statement.resource-and-notresource': 'A statement can have Resource or NotResource, not both.',
  'statement.principal-and-notprincipal': 'A statement can have Principal or NotPrincipal, not both.',
  'statement.missing-action': 'The statement has neither Action nor NotAction.',
  'statement.missing-resource': 'In {kindPhrase} every statement needs Resource or NotResource.',
  'statement.missing-resource-resource-policy': 'The statement has no Resource; most resource-based policies need one.',
  'statement.resource-not-allowed': 'A role trust policy cannot contain {element}: the resource is the role itself.',
  'statement.principal-not-allowed':
    '{element} cannot appear in {kindPhrase}: it applies to whoever it is attached to.',
  'statement.element-not-supported': '{element} is not supported in {kindPhrase}.',
  'statement.missing-principal': 'In {kindPhrase} every statement must name a Principal.',
  'statement.notprincipal-with-allow':
    'NotPrincipal can only be used with "Effect": "Deny"; with Allow it would grant to everyone else.',
  'statement.sid-duplicate': 'The Sid "{sid}" is already used by statement {first}; Sids must be unique.',
  'statement.sid-invalid': 'Sid "{sid}" may contain only letters and digits in this kind of policy.',
  'statement.sid-characters': 'Sid "{sid}" contains characters some services refuse; letters and digits are safest.',
  'statement.redundant':
    'This statement adds nothing: statement {coveredBy} already covers all its actions and resources.',
  'action.empty': 'An action cannot be empty.',
  'action.format': 'Action "{action}" is not of the form service:ActionName.',
  'action.service-wildcard':
    'Action "{action}" has a wildcard in the service prefix; only the action name can use * and ?.',
  'action.service-unknown': 'There is no AWS service with the prefix "{service}".',
  'action.unknown': '{service} has no action matching "{action}".',
  'resource.arn-format':
    'Resource "{resource}" is neither "*" nor an ARN (arn:partition:service:region:account:resource).',
  'resource.arn-partition': 'Unknown partition "{partition}" in "{resource}".',
  'resource.arn-service-mismatch':
    "None of the statement's actions works on {service} resources (they take {expected} resources).",
  'principal.invalid-value': 'Principal must be "*" or an object such as {"AWS": ...}; found {found}.',
  'principal.unknown-type': 'Unknown principal type "{type}"; use AWS, Service, Federated or CanonicalUser.',
  'principal.aws-invalid':
    '"{principal}" is not an account id or the ARN of an account root, user, role, role session or federated user.',
  'principal.wildcard-in-arn':
    'Wildcards are not allowed inside a principal ARN ("{principal}"); use "*" with a condition such as aws:PrincipalArn.',
  'principal.service-format': '"{principal}" does not look like a service principal (name.amazonaws.com).',
  'principal.federated-format': '"{principal}" is not an OIDC or SAML provider ARN or a known web identity provider.',
  'principal.canonical-user-format': '"{principal}" is not a canonical user id (64 hexadecimal characters).',
  'principal.public-allow': 'This statement allows everyone ("*") with no condition.',
  'condition.block-invalid': 'Condition must be an object of operators.',
  'condition.operator-unknown': 'Unknown condition operator "{operator}".',
  'condition.operator-block-invalid': 'The operator {operator} must map condition keys to values.',
  'condition.key-format': 'Condition key "{key}" is not of the form prefix:name.',
  'condition.value-type': 'Condition values must be strings, numbers or booleans; found {found}.',
  'condition.value-empty': 'The value list of {key} is empty, so this condition can never match.',
  'condition.date-invalid':
    '"{value}" is not a date ({operator} needs ISO 8601 such as 2025-01-31T12:00:00Z, or epoch seconds).',
  'condition.ip-invalid': '"{value}" is not an IP address or CIDR range.',
  'condition.number-invalid': '"{value}" is not a number.',
  'condition.bool-invalid': '"{value}" is not true or false.',
  'condition.arn-invalid': '"{value}" is not an ARN ({operator} compares ARNs).',
  'condition.binary-invalid': '"{value}" is not base64 text.',
  'condition.null-value': 'Null takes true (the key is absent) or false (it is present); found "{value}".',
  'condition.key-unknown': 'Condition key "{key}" is not known to AWS for this service or as a global key.',
  'condition.key-type-mismatch': '{key} holds {keyType} values, which {operator} does not compare.',
  'condition.forallvalues-with-allow':
    '{operator} with Allow also matches when the key is missing or empty; add a Null check or use ForAnyValue.',
  'condition.set-operator-single-value-key': '{key} has a single value; {operator} is meant for multivalued keys.',
  'scp.action-wildcard-position': 'In an SCP a wildcard can only end an action name or stand alone ("{action}").',
  'rcp.allow-not-supported': 'RCPs only deny: Allow is reserved for the RCPFullAWSAccess policy.',
  'rcp.principal-must-be-star': 'In an RCP Principal must be "*"; narrow it with conditions instead.',
  'rcp.service-not-supported': 'RCPs do not apply to {service}.',
  'trust.action-not-sts': 'A trust policy only grants sts actions such as sts:AssumeRole; "{action}" is not one.',
  'trust.federated-action-mismatch':
    'The federated principal {principal} can only use {expected}, which this statement does not allow.',
  'trust.oidc-missing-aud':
    'No condition on {key}: tokens minted for other applications of {provider} would be accepted.',
  'trust.oidc-missing-sub': 'No condition on {key}: any repository or project using {provider} could assume this role.',
  'security.allow-all': 'This statement allows every action on every resource.',
  'security.passrole-wildcard':
    '{action} on "*" lets the holder pass any role to a service, a path to privilege escalation.',
  'security.allow-notaction':
    'Allow with NotAction grants every action except the listed ones, including future actions.',
  'security.allow-notresource': 'Allow with NotResource grants on every resource except the listed ones.',
};

/** How each policy kind is named inside a sentence ("In {kindPhrase} …"). */
export const KIND_PHRASES: Readonly<Record<string, string>> = {
  identity: 'an identity-based policy',
  resource: 'a resource-based policy',
  trust: 'a role trust policy',
  scp: 'an SCP',
  rcp: 'an RCP',
  boundary: 'a permissions boundary',
  session: 'a session policy',
};

/** The sentence for a finding, with its data filled in (and "Did you mean …?" when the data has a suggestion). */
export function findingMessage(f: Pick<Finding, 'code' | 'data'>): string {
  const template = (FINDING_MESSAGES as Record<string, string>)[f.code] ?? f.code;
  const data: Record<string, unknown> = { ...f.data };
  if (typeof data.kind === 'string') data.kindPhrase = KIND_PHRASES[data.kind] ?? data.kind;
  const text = template.replace(/\{(\w+)\}/g, (m, name: string) => {
    const v = data[name];
    if (v === undefined) return m;
    return Array.isArray(v) ? v.join(' or ') : String(v);
  });
  return typeof data.suggestion === 'string' ? `${text} Did you mean "${data.suggestion}"?` : text;
}
