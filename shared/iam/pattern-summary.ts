/**
 * Long pattern lists in one sentence. An AWS managed policy such as ReadOnlyAccess lists almost two thousand actions:
 * "matches none of a4b:Get*, a4b:List*, …" printed whole is tens of thousands of characters that bury the step. A list
 * longer than `PATTERN_LIST_LIMIT` is told as its nearest patterns (same service first, then the longest common start
 * with the request value) and how many more there are. The UI keeps the whole list behind an expander.
 */

/** Lists up to this many patterns are shown whole. */
export const PATTERN_LIST_LIMIT = 6;

/** How many of the nearest patterns a summary names. */
export const NEAREST_SHOWN = 3;

/** A long list, summarised. */
export interface PatternSummary {
  total: number;
  /** The patterns nearest the value, in the list's order of nearness. */
  nearest: string[];
  /** How many are not named. */
  rest: number;
}

function commonStart(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && a[i] === b[i]) i++;
  return i;
}

function serviceOf(s: string): string {
  const i = s.indexOf(':');
  return i < 0 ? '' : s.slice(0, i);
}

/**
 * The `shown` patterns nearest `value`: those of the value's service (the part before the first colon) first, then by
 * the length of the common start (case-insensitive), ties in list order. Pure; no pattern is ever compiled.
 */
export function summarisePatterns(
  patterns: readonly string[],
  value: string | undefined,
  shown = NEAREST_SHOWN,
): PatternSummary {
  const v = (value ?? '').toLowerCase();
  const service = serviceOf(v);
  const ranked = patterns
    .map((p, i) => {
      const low = p.toLowerCase();
      const sameService = service !== '' && serviceOf(low) === service ? 1 : 0;
      return { p, i, sameService, start: commonStart(low, v) };
    })
    .sort((a, b) => b.sameService - a.sameService || b.start - a.start || a.i - b.i);
  const nearest = ranked.slice(0, shown).map((r) => r.p);
  return { total: patterns.length, nearest, rest: patterns.length - nearest.length };
}

/** The list as sentence text: whole when short, else "a, b, c and 1,838 more (1,841 patterns)". */
export function patternListText(patterns: readonly string[], value: string | undefined): string {
  if (patterns.length <= PATTERN_LIST_LIMIT) return patterns.join(', ');
  const s = summarisePatterns(patterns, value);
  return `${s.nearest.join(', ')} and ${s.rest.toLocaleString('en-US')} more (${s.total.toLocaleString('en-US')} patterns)`;
}
