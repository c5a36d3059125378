/** What each policy kind allows, per the IAM, SCP and RCP syntax pages (see docs/validator.md for the links). */
import type { ValidationKind } from './types';

/** Every statement element of the IAM policy language. */
export const STATEMENT_ELEMENTS = [
  'Sid',
  'Effect',
  'Principal',
  'NotPrincipal',
  'Action',
  'NotAction',
  'Resource',
  'NotResource',
  'Condition',
] as const;

/** Top-level elements of a policy document. */
export const TOP_LEVEL_ELEMENTS = ['Version', 'Id', 'Statement'] as const;

/** Policy language versions AWS accepts. */
export const VALID_VERSIONS = ['2012-10-17', '2008-10-17'] as const;

/** Kinds whose statements must not name a principal (the principal is whoever the policy is attached to). */
export const NO_PRINCIPAL_KINDS: ReadonlySet<ValidationKind> = new Set(['identity', 'boundary', 'session', 'scp']);

/** Kinds whose statements must name a principal. */
export const PRINCIPAL_REQUIRED_KINDS: ReadonlySet<ValidationKind> = new Set(['resource', 'trust', 'rcp']);

/** Kinds whose statements must have Resource or NotResource (a resource policy may omit it in some services: warning). */
export const RESOURCE_REQUIRED_KINDS: ReadonlySet<ValidationKind> = new Set([
  'identity',
  'boundary',
  'session',
  'scp',
  'rcp',
]);

/** Elements a kind does not support, beyond the principal rules (RCP syntax lists no NotAction / NotPrincipal). */
export const UNSUPPORTED_ELEMENTS: Readonly<Partial<Record<ValidationKind, readonly string[]>>> = {
  rcp: ['NotAction', 'NotPrincipal'],
  trust: ['NotPrincipal'],
};

/** Kinds stored by IAM itself, where Sid is letters and digits only and the IAM character set applies. */
export const IAM_STORED_KINDS: ReadonlySet<ValidationKind> = new Set(['identity', 'boundary', 'trust', 'session']);

/** Actions a role trust policy may name (besides wildcards over sts). */
export const TRUST_ACTIONS = [
  'sts:AssumeRole',
  'sts:AssumeRoleWithSAML',
  'sts:AssumeRoleWithWebIdentity',
  'sts:TagSession',
  'sts:SetSourceIdentity',
  'sts:SetContext',
] as const;
