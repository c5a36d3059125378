/**
 * The wildcard matcher (shared/iam/match/glob.ts) against the regular-expression matcher it replaced (copied below as
 * the oracle) on small random inputs, and its cost pinned to the input's length by counting comparisons (no clock).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileGlob, globSteps, LITERAL_QMARK, LITERAL_STAR } from '../../../shared/iam/match/glob';

/** The matcher as it was before issue #13: a backtracking RegExp per pattern. Oracle only — exponential. */
function oldGlob(pattern: string, ignoreCase: boolean): (v: string) => boolean {
  if (pattern === '*') return () => true;
  let src = '^';
  for (const ch of pattern) {
    if (ch === '*') src += '.*';
    else if (ch === '?') src += '.';
    else if (ch === LITERAL_STAR) src += '\\*';
    else if (ch === LITERAL_QMARK) src += '\\?';
    else src += /[\\^$.*+?()[\]{}|/]/.test(ch) ? '\\' + ch : ch;
  }
  const re = new RegExp(src + '$', ignoreCase ? 'is' : 's');
  return (v) => re.test(v);
}

// Small alphabets, so that random patterns and values often meet. Non-ASCII letters whose lower and upper case the
// RegExp `i` flag and `toLowerCase` fold alike (the new matcher lower-cases; IAM names are ASCII anyway).
const valueChars = ['a', 'b', 'A', 'B', ':', '/', '.', '*', '?', 'é', 'É', '\n', '😀'];
const patternChars = [...valueChars, '*', '*', '?', LITERAL_STAR, LITERAL_QMARK, '(', '$'];
const str = (chars: string[], max: number) =>
  fc.array(fc.constantFrom(...chars), { maxLength: max }).map((a) => a.join(''));

describe('wildcard matcher agrees with the regular-expression matcher it replaced', () => {
  it('case-sensitive (Resource, StringLike, ArnLike parts)', () => {
    fc.assert(
      fc.property(str(patternChars, 8), str(valueChars, 10), (p, v) => {
        expect(compileGlob(p, false)(v)).toBe(oldGlob(p, false)(v));
      }),
      { numRuns: 20_000 },
    );
  });
  it('case-insensitive (Action, NotAction)', () => {
    fc.assert(
      fc.property(str(patternChars, 8), str(valueChars, 10), (p, v) => {
        expect(compileGlob(p, true)(v)).toBe(oldGlob(p, true)(v));
      }),
      { numRuns: 20_000 },
    );
  });
  it('two-letter alphabet (pieces overlap and repeat often)', () => {
    fc.assert(
      fc.property(str(['a', 'b', '*', '?'], 9), str(['a', 'b'], 10), (p, v) => {
        expect(compileGlob(p, false)(v)).toBe(oldGlob(p, false)(v));
        expect(globSteps(p, v).matched).toBe(oldGlob(p, false)(v));
      }),
      { numRuns: 20_000 },
    );
  });
  it('values built from the pattern (so that most of them match)', () => {
    const filled = fc
      .tuple(str(patternChars, 8), fc.array(str(valueChars, 3), { minLength: 8, maxLength: 8 }))
      .map(([p, fills]) => {
        let k = 0;
        let v = '';
        for (const ch of p) {
          if (ch === '*') v += fills[k++ % fills.length];
          else if (ch === '?') v += 'b';
          else if (ch === LITERAL_STAR) v += '*';
          else if (ch === LITERAL_QMARK) v += '?';
          else v += ch;
        }
        return [p, v] as const;
      });
    fc.assert(
      fc.property(filled, ([p, v]) => {
        expect(compileGlob(p, false)(v)).toBe(true);
        expect(oldGlob(p, false)(v)).toBe(true);
      }),
      { numRuns: 5_000 },
    );
  });
  it('the fast paths (exact, prefix, suffix, prefix and suffix) and the general path agree', () => {
    fc.assert(
      fc.property(str(patternChars, 8), str(valueChars, 10), (p, v) => {
        expect(globSteps(p, v).matched).toBe(p === '*' ? true : compileGlob(p, false)(v));
      }),
      { numRuns: 10_000 },
    );
  });
});

describe('wildcard matcher cost grows linearly with the value', () => {
  const bound = (p: string, n: number) => (n + 1) * (Math.max(...p.split('*').map((s) => s.length)) + 1) + p.length;

  it('never more than (value length + 1) × (longest piece + 1) + pattern length comparisons', () => {
    fc.assert(
      fc.property(str(['a', 'b', '*', '?'], 12), str(['a', 'b'], 300), (p, v) => {
        expect(globSteps(p, v).steps).toBeLessThanOrEqual(bound(p, v.length));
      }),
      { numRuns: 3_000 },
    );
  });

  for (const p of ['a*a*a*a*a*a*b', '*a*a*a*a*a*a*a*a*a*a*b*', '*aaaaaaab*', 'a?a*?a*a?*b', '**a*?*?*a**b']) {
    it(`"${p}" against 'a' repeated n times: doubling n at most doubles the comparisons (plus a constant)`, () => {
      let prev = globSteps(p, 'a'.repeat(250)).steps;
      for (const n of [500, 1000, 2000, 4000, 8000]) {
        const { matched, steps } = globSteps(p, 'a'.repeat(n));
        expect(matched).toBe(false);
        expect(steps / prev).toBeLessThan(2.1);
        expect(steps).toBeLessThanOrEqual(bound(p, n));
        prev = steps;
      }
    });
  }

  it('the worst cases from issue #13 answer at once (the old matcher took from seconds to hours)', () => {
    const v = 'a'.repeat(500);
    expect(compileGlob('a*a*a*a*a*a*b', false)(v)).toBe(false);
    expect(compileGlob('a*a*a*a*a*a*b', true)(v)).toBe(false);
    expect(compileGlob('a*a*a*a*a*a*a', false)(v)).toBe(true);
    expect(globSteps('a*a*a*a*a*a*b', v).steps).toBeLessThan(1_100);
  });
});
