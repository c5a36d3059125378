/**
 * The normalized form of a policy: every string-or-array value is an array, `Statement` is always a list, and each
 * statement remembers its JSON path in the original document so the trace can point back at it.
 */

/** `Allow` or `Deny`. */
export type Effect = 'Allow' | 'Deny';

/** Which block of the Principal element an entry came from; `*` is the bare `"Principal": "*"`. */
export type PrincipalBlock = '*' | 'AWS' | 'Service' | 'Federated' | 'CanonicalUser';

/** One principal named in a Principal / NotPrincipal element. */
export interface PrincipalEntry {
  block: PrincipalBlock;
  value: string;
}

/** Set qualifier of a condition operator. */
export type SetQualifier = 'ForAllValues' | 'ForAnyValue';

/** One key of one operator of a Condition block: `"StringEquals": {"aws:username": ["a", "b"]}` gives one of these. */
export interface NormalizedCondition {
  /** The operator as written, e.g. `ForAnyValue:StringLikeIfExists`. */
  operator: string;
  /** The operator without qualifier and IfExists, e.g. `StringLike`. */
  base: string;
  qualifier?: SetQualifier;
  ifExists: boolean;
  /** The key as written. */
  key: string;
  /** The key lower-cased (condition key names are case-insensitive). */
  keyLower: string;
  /** Policy values as strings (numbers and booleans written as JSON literals become their text). */
  values: string[];
  /** JSON path, e.g. `Statement[0].Condition.StringEquals.aws:username`. */
  path: string;
}

/** One statement, normalized. Exactly one of actions / notActions is set, and at most one of each other pair. */
export interface NormalizedStatement {
  index: number;
  /** `Statement[1]`, or `Statement` when the document held a single statement object. */
  path: string;
  sid?: string;
  effect: Effect;
  actions?: string[];
  notActions?: string[];
  resources?: string[];
  notResources?: string[];
  principal?: PrincipalEntry[];
  notPrincipal?: PrincipalEntry[];
  conditions: NormalizedCondition[];
  /** True when any Resource/NotResource entry contains `${` and the policy version enables variables. */
  resourceHasVariables: boolean;
}

/** A parsed policy. */
export interface NormalizedPolicy {
  version?: string;
  id?: string;
  /** Policy variables are substituted only with `"Version": "2012-10-17"`. */
  variablesEnabled: boolean;
  statements: NormalizedStatement[];
}

/** A structural problem that prevents evaluation (the full validator lives in `validate/`). */
export interface ParseDiagnostic {
  code: string;
  path: string;
}

/** Result of parsing: the policy or the reasons it could not be read. */
export type ParseResult = { ok: true; policy: NormalizedPolicy } | { ok: false; diagnostics: ParseDiagnostic[] };
