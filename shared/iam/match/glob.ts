/**
 * Wildcard patterns as AWS uses them in Action, Resource and the *Like condition operators: `*` matches any run of
 * characters (including `:` and `/`), `?` exactly one. Compiled once per pattern and cached, because the same few
 * patterns are tested millions of times in a warm evaluation loop.
 */

/** A compiled pattern: true when the value matches. */
export type GlobTest = (value: string) => boolean;

/**
 * Private-use characters standing for a literal `*` / `?` produced by the `${*}` / `${?}` policy variables, so that the
 * compiler can tell them from wildcards. `literalText` turns them back into the plain characters.
 */
export const LITERAL_STAR = '\uE000';
export const LITERAL_QMARK = '\uE001';

/** Replaces the literal-wildcard markers with the characters they stand for. */
export function literalText(pattern: string): string {
  if (pattern.indexOf(LITERAL_STAR) < 0 && pattern.indexOf(LITERAL_QMARK) < 0) return pattern;
  return pattern.replaceAll(LITERAL_STAR, '*').replaceAll(LITERAL_QMARK, '?');
}

const sensitiveCache = new Map<string, GlobTest>();
const insensitiveCache = new Map<string, GlobTest>();
const CACHE_LIMIT = 50_000;

function escapeRegex(ch: string): string {
  return /[\\^$.*+?()[\]{}|/]/.test(ch) ? '\\' + ch : ch;
}

function build(pattern: string, ignoreCase: boolean): GlobTest {
  if (pattern === '*') return () => true;
  const star = pattern.indexOf('*');
  const q = pattern.indexOf('?');
  const hasMarkers = pattern.indexOf(LITERAL_STAR) >= 0 || pattern.indexOf(LITERAL_QMARK) >= 0;
  if (star < 0 && q < 0) {
    const lit = hasMarkers ? literalText(pattern) : pattern;
    if (ignoreCase) {
      const low = lit.toLowerCase();
      return (v) => v.length === low.length && v.toLowerCase() === low;
    }
    return (v) => v === lit;
  }
  if (!hasMarkers && q < 0 && star === pattern.length - 1) {
    const prefix = ignoreCase ? pattern.slice(0, -1).toLowerCase() : pattern.slice(0, -1);
    return ignoreCase ? (v) => v.toLowerCase().startsWith(prefix) : (v) => v.startsWith(prefix);
  }
  let src = '^';
  for (const ch of pattern) {
    if (ch === '*') src += '.*';
    else if (ch === '?') src += '.';
    else if (ch === LITERAL_STAR) src += '\\*';
    else if (ch === LITERAL_QMARK) src += '\\?';
    else src += escapeRegex(ch);
  }
  src += '$';
  const re = new RegExp(src, ignoreCase ? 'is' : 's');
  return (v) => re.test(v);
}

/** Compiles (or fetches from the cache) a wildcard pattern. */
export function compileGlob(pattern: string, ignoreCase: boolean): GlobTest {
  const cache = ignoreCase ? insensitiveCache : sensitiveCache;
  let fn = cache.get(pattern);
  if (fn === undefined) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    fn = build(pattern, ignoreCase);
    cache.set(pattern, fn);
  }
  return fn;
}

/** True when `value` matches the wildcard `pattern`. */
export function globMatch(pattern: string, value: string, ignoreCase: boolean): boolean {
  return compileGlob(pattern, ignoreCase)(value);
}
