/**
 * What an AWS access-denied error says, read into data: who was refused, which action on which resource, and — in the
 * modern format — which policy type decided and whether the deny was explicit or implicit
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/troubleshoot_access-denied.html).
 */

/** The policy types AWS names in access-denied messages. */
export const DENIAL_POLICY_TYPES = [
  'identity',
  'resource',
  'scp',
  'rcp',
  'boundary',
  'session',
  'vpc-endpoint',
] as const;

/** One policy type as named in a message. */
export type DenialPolicyType = (typeof DENIAL_POLICY_TYPES)[number];

/** Explicit (a Deny statement), implicit (no Allow), or not said (older messages). */
export type DenialKind = 'explicit' | 'implicit' | 'unknown';

/** The error codes that carry an authorization failure. */
export type DenialErrorCode =
  | 'AccessDenied'
  | 'AccessDeniedException'
  | 'UnauthorizedOperation'
  | 'AuthorizationError'
  | 'ExpiredToken'
  | 'InvalidClientTokenId';

/** A parsed access-denied message or CloudTrail event. */
export interface ParsedDenial {
  /** Which recognised format it was (see FORMATS in formats.ts). */
  format: string;
  errorCode?: DenialErrorCode;
  /** The API operation named by the CLI wrapper or the CloudTrail event (`GetObject`). */
  operation?: string;
  /** The caller's ARN (`arn:aws:sts::ACCT:assumed-role/R/S`), or `anonymous`. */
  principalArn?: string;
  /** `s3:GetObject` */
  action?: string;
  /** The resource ARN; absent when the message names none (actions without a resource). */
  resource?: string;
  /** The policy type the message names; absent in the older form. */
  policyType?: DenialPolicyType;
  kind: DenialKind;
  /** The ARN of the denying policy, when the message names it (same account / organization only). */
  policyArn?: string;
  /** EC2's encoded authorization failure message, verbatim. */
  encodedMessage?: string;
  /** The message text itself (after the CLI wrapper), for display. */
  message?: string;
}

/** A problem reading the input: a code, where it is (JSON path or character offset), the values a sentence needs. */
export interface DenialDiagnostic {
  code: string;
  severity: 'error' | 'warning';
  path?: string;
  data?: Record<string, string | number>;
}

/** Outcome of a parser: the reading (possibly partial) and what was wrong or missing. */
export interface DenialReading {
  parsed?: ParsedDenial;
  diagnostics: DenialDiagnostic[];
}
