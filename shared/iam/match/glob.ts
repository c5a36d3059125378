/**
 * Wildcard patterns as AWS uses them in Action, Resource and the *Like condition operators: `*` matches any run of
 * characters (including `:` and `/`), `?` exactly one. Compiled once per pattern and cached, because the same few
 * patterns are tested millions of times in a warm evaluation loop.
 *
 * No regular expression is built: a pattern with several stars against a long value made the backtracking engine
 * take seconds to minutes (`a*a*a*a*a*b` against 200 `a`s: 18 s). The matcher splits the pattern at its stars and
 * places the pieces left to right (each at its leftmost fit), never going back over a star: at most
 * `value.length × longest piece` character comparisons (see docs/reliability.md, "Wildcard matching").
 */
import { compileParts, LITERAL_QMARK, LITERAL_STAR, matchParts, type GlobMeter, type GlobParts } from './glob-parts';

export { LITERAL_QMARK, LITERAL_STAR } from './glob-parts';

/** A compiled pattern: true when the value matches. */
export type GlobTest = (value: string) => boolean;

/** Replaces the literal-wildcard markers with the characters they stand for. */
export function literalText(pattern: string): string {
  if (pattern.indexOf(LITERAL_STAR) < 0 && pattern.indexOf(LITERAL_QMARK) < 0) return pattern;
  return pattern.replaceAll(LITERAL_STAR, '*').replaceAll(LITERAL_QMARK, '?');
}

const sensitiveCache = new Map<string, GlobTest>();
const insensitiveCache = new Map<string, GlobTest>();
const CACHE_LIMIT = 50_000;

/** The test for a case-sensitive pattern already lower-cased when `ignoreCase` (the value is lower-cased per call). */
function buildSensitive(pattern: string): GlobTest {
  if (pattern === '*') return () => true;
  const parts = compileParts(pattern);
  const { first, last, middles, anyFirst, anyLast } = parts;
  const plain = anyFirst === undefined && anyLast === undefined && middles.length === 0;
  if (plain && !parts.starred) return (v) => v === first;
  if (plain && last === '') return (v) => v.startsWith(first);
  if (plain && first === '') return (v) => v.endsWith(last);
  if (plain) {
    const min = first.length + last.length;
    return (v) => v.length >= min && v.startsWith(first) && v.endsWith(last);
  }
  return (v) => matchParts(parts, v, undefined);
}

function build(pattern: string, ignoreCase: boolean): GlobTest {
  if (!ignoreCase) return buildSensitive(pattern);
  const test = buildSensitive(pattern.toLowerCase());
  return (v) => test(v.toLowerCase());
}

/** Compiles (or fetches from the cache) a wildcard pattern. `ignoreCase` compares lower-cased pattern and value. */
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

/**
 * The number of character comparisons the general matcher makes for one pattern and value (case-sensitive, no
 * cache, no fast path). For the tests that pin the matcher's cost to the input's length without a clock.
 */
export function globSteps(pattern: string, value: string): { matched: boolean; steps: number } {
  const meter: GlobMeter = { steps: 0 };
  const parts: GlobParts = compileParts(pattern);
  const matched = matchParts(parts, value, meter);
  return { matched, steps: meter.steps };
}
