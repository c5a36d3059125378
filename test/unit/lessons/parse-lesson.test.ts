import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseLesson } from '../../../shared/lessons/lesson-check';
import cases from './cases/parse-lesson.json';

const BASE = JSON.parse(
  readFileSync(new URL('../../../shared/lessons/content/12-multiple-permissions.json', import.meta.url), 'utf8'),
);

/** Sets (or, with null, deletes) a dotted path like `steps.2.hints` in a deep copy. */
function mutate(doc: unknown, set: Record<string, unknown>): unknown {
  const copy = JSON.parse(JSON.stringify(doc));
  for (const [path, value] of Object.entries(set)) {
    const keys = path.split('.');
    let cur = copy;
    for (const k of keys.slice(0, -1)) cur = cur[k];
    const last = keys[keys.length - 1];
    if (value === null) delete cur[last];
    else cur[last] = value;
  }
  return copy;
}

describe('parseLesson', () => {
  it('accepts the base lesson, from text and from an object', () => {
    expect(parseLesson(JSON.stringify(BASE)).ok).toBe(true);
    expect(parseLesson(BASE).ok).toBe(true);
  });

  it('refuses text that is not JSON, and non-objects', () => {
    expect(parseLesson('{oops')).toEqual({ ok: false, diagnostics: [{ code: 'lesson.bad-json', path: '' }] });
    expect(parseLesson([])).toEqual({ ok: false, diagnostics: [{ code: 'lesson.not-object', path: '' }] });
  });

  for (const c of cases.cases) {
    it(c.name, () => {
      const r = parseLesson(mutate(BASE, c.set));
      expect(r.ok).toBe(false);
      if (r.ok) return;
      expect(r.diagnostics.map((d) => [d.code, d.path])).toContainEqual(c.expect);
    });
  }
});
