/**
 * The policy validator: `validatePolicy(text, kind, catalog?) → Finding[]` (and `validatePolicyDocument` for a value),
 * its codes and their sentences.
 */
export { validatePolicy, validatePolicyDocument, forgetValidatedDocuments, sortFindings } from './validate-policy';
export { FINDING_CODES, type FindingCode } from './codes';
export { FINDING_MESSAGES, findingMessage } from './messages';
export {
  POLICY_KINDS,
  type Finding,
  type Severity,
  type ValidationKind,
  type ValidateOptions,
  type SizeQuota,
} from './types';
