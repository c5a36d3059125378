/**
 * Every finding code the validator emits, with its severity. `messages.ts` must have a sentence for each (a test
 * checks it). Codes are our own words, in the spirit of IAM Access Analyzer's policy checks.
 */
import type { Severity } from './types';

/** Finding code → severity. */
export const FINDING_CODES = {
  // JSON text
  'json.empty': 'error',
  'json.unexpected-character': 'error',
  'json.unexpected-end': 'error',
  'json.invalid-escape': 'error',
  'json.invalid-number': 'error',
  'json.control-character': 'error',
  'json.too-deep': 'error',
  'json.trailing-content': 'error',
  'json.duplicate-key': 'warning',
  // Whole policy
  'policy.not-object': 'error',
  'policy.unknown-element': 'error',
  'policy.missing-statement': 'error',
  'policy.statement-empty': 'error',
  'policy.version-invalid': 'error',
  'policy.version-missing': 'suggestion',
  'policy.version-required': 'error',
  'policy.version-old': 'suggestion',
  'policy.variables-need-version': 'warning',
  'policy.id-invalid': 'error',
  'policy.invalid-character': 'error',
  'policy.size-exceeded': 'error',
  'policy.size-over-default-quota': 'warning',
  // Statement structure
  'statement.not-object': 'error',
  'statement.unknown-element': 'error',
  'statement.element-type': 'error',
  'statement.element-empty': 'error',
  'statement.missing-effect': 'error',
  'statement.effect-invalid': 'error',
  'statement.action-and-notaction': 'error',
  'statement.resource-and-notresource': 'error',
  'statement.principal-and-notprincipal': 'error',
  'statement.missing-action': 'error',
  'statement.missing-resource': 'error',
  'statement.missing-resource-resource-policy': 'warning',
  'statement.resource-not-allowed': 'error',
  'statement.principal-not-allowed': 'error',
  'statement.element-not-supported': 'error',
  'statement.missing-principal': 'error',
  'statement.notprincipal-with-allow': 'error',
  'statement.sid-duplicate': 'error',
  'statement.sid-invalid': 'error',
  'statement.sid-characters': 'warning',
  'statement.redundant': 'suggestion',
  // Actions
  'action.empty': 'error',
  'action.format': 'error',
  'action.service-wildcard': 'error',
  'action.service-unknown': 'warning',
  'action.unknown': 'warning',
  // Resources
  'resource.arn-format': 'error',
  'resource.arn-partition': 'warning',
  'resource.arn-service-mismatch': 'warning',
  // Principals
  'principal.invalid-value': 'error',
  'principal.unknown-type': 'error',
  'principal.aws-invalid': 'error',
  'principal.wildcard-in-arn': 'error',
  'principal.service-format': 'warning',
  'principal.federated-format': 'warning',
  'principal.canonical-user-format': 'warning',
  'principal.public-allow': 'warning',
  // Conditions
  'condition.block-invalid': 'error',
  'condition.operator-unknown': 'error',
  'condition.operator-block-invalid': 'error',
  'condition.key-format': 'error',
  'condition.value-type': 'error',
  'condition.value-empty': 'warning',
  'condition.date-invalid': 'error',
  'condition.ip-invalid': 'error',
  'condition.number-invalid': 'error',
  'condition.bool-invalid': 'error',
  'condition.arn-invalid': 'error',
  'condition.binary-invalid': 'error',
  'condition.null-value': 'error',
  'condition.key-unknown': 'warning',
  'condition.key-type-mismatch': 'warning',
  'condition.forallvalues-with-allow': 'warning',
  'condition.set-operator-single-value-key': 'warning',
  // Kind-specific rules
  'scp.action-wildcard-position': 'error',
  'rcp.allow-not-supported': 'error',
  'rcp.principal-must-be-star': 'error',
  'rcp.service-not-supported': 'warning',
  'trust.action-not-sts': 'error',
  'trust.federated-action-mismatch': 'warning',
  'trust.oidc-missing-aud': 'warning',
  'trust.oidc-missing-sub': 'warning',
  // Security checks
  'security.allow-all': 'warning',
  'security.passrole-wildcard': 'warning',
  'security.allow-notaction': 'warning',
  'security.allow-notresource': 'warning',
} as const satisfies Record<string, Severity>;

/** One finding code. */
export type FindingCode = keyof typeof FINDING_CODES;
