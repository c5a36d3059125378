/** The terminal's line splitter, on named cases (test/unit/terminal/tokenize-cases.json). */
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../shared/terminal/tokenize';
import cases from './tokenize-cases.json';

describe('tokenize', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const r = tokenize(c.line);
    if ('error' in c && c.error) {
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.message).toContain(c.error);
    } else {
      expect(r).toEqual({ ok: true, words: c.words });
    }
  });
});
