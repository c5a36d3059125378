/**
 * Policy variables: `${aws:username}`, `${aws:PrincipalTag/team, 'none'}`, and the escapes `${*}`, `${?}`, `${$}`
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html). Substituted only when the
 * policy says `"Version": "2012-10-17"` (the caller checks). A variable whose key is missing and has no default makes
 * the whole value unresolved: it then matches nothing.
 */
import { LITERAL_QMARK, LITERAL_STAR } from '../match/glob';
import type { ContextValue } from '../request';

/** One substitution, for the trace. */
export interface VariableUse {
  name: string;
  value?: string;
  defaulted?: boolean;
}

/** Result of resolving one policy value. `text` is undefined when a variable could not be resolved. */
export interface Resolved {
  text: string | undefined;
  uses: VariableUse[];
}

/** Reads one key for variable substitution. */
export type KeyReader = (keyLower: string) => ContextValue | undefined;

function escapeWildcards(s: string): string {
  return s.replaceAll('*', LITERAL_STAR).replaceAll('?', LITERAL_QMARK);
}

function scalarText(v: ContextValue | undefined): string | undefined {
  if (v === undefined) return undefined;
  if (Array.isArray(v)) return v.length === 1 ? String(v[0]) : undefined;
  return String(v);
}

const VAR = /\$\{([^}]*)\}/g;

/** True when the text contains a policy variable. */
export function hasVariables(text: string): boolean {
  return text.includes('${');
}

/**
 * Substitutes the variables of one policy value. Wildcards coming from `${*}`, `${?}` and from substituted values
 * are marked literal so that a `*Like` / Resource match treats them as plain characters.
 */
export function resolveVariables(text: string, read: KeyReader): Resolved {
  const uses: VariableUse[] = [];
  let failed = false;
  const out = text.replace(VAR, (_m, inner: string) => {
    const body = inner.trim();
    if (body === '*') return LITERAL_STAR;
    if (body === '?') return LITERAL_QMARK;
    if (body === '$') return '$';
    let name = body;
    let fallback: string | undefined;
    const comma = body.indexOf(',');
    if (comma >= 0) {
      name = body.slice(0, comma).trim();
      const d = body.slice(comma + 1).trim();
      const q = /^'(.*)'$/.exec(d);
      fallback = q ? q[1] : d;
    }
    const value = scalarText(read(name.toLowerCase()));
    if (value !== undefined) {
      uses.push({ name, value });
      return escapeWildcards(value);
    }
    if (fallback !== undefined) {
      uses.push({ name, value: fallback, defaulted: true });
      return escapeWildcards(fallback);
    }
    uses.push({ name });
    failed = true;
    return '';
  });
  return { text: failed ? undefined : out, uses };
}
