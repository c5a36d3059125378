/**
 * Types of the policy validator's output. A finding is data — a code, a severity, a JSON path and a position — never
 * prose; `messages.ts` turns codes into sentences for the UI and the command line.
 */

/** The kinds of policy the validator knows; each has its own rules (see docs/validator.md). */
export const POLICY_KINDS = ['identity', 'resource', 'trust', 'scp', 'rcp', 'boundary', 'session'] as const;

/** One policy kind. */
export type ValidationKind = (typeof POLICY_KINDS)[number];

/** How serious a finding is: errors make AWS reject the policy (or make it not do what it says). */
export type Severity = 'error' | 'warning' | 'suggestion';

/** One problem found in a policy. */
export interface Finding {
  /** Dotted code, e.g. `statement.effect-invalid`. Listed in `codes.ts`, narrated by `messages.ts`. */
  code: string;
  severity: Severity;
  /** JSON path, e.g. `Statement[0].Condition.StringEquals.aws:username`; `''` for the whole document. */
  path: string;
  /** 1-based position in the original text (of the key for element findings, of the value otherwise). */
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  /** Values for the message template (the offending value, the expected one, ...). */
  data?: Record<string, string | number | boolean | string[]>;
}

/** Which size quota to check the policy against (AWS counts differently per place a policy is stored). */
export type SizeQuota =
  'managed' | 'user-inline' | 'role-inline' | 'group-inline' | 'trust' | 'scp' | 'rcp' | 'session' | 'none';

/** Options of `validatePolicy`. */
export interface ValidateOptions {
  /** Size quota to apply; defaults per kind (identity/boundary: managed, trust: trust, scp, rcp, session). */
  sizeQuota?: SizeQuota;
}
