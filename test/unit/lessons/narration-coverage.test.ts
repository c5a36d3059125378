/** Every reason code that the built-in lessons' demos and checks produce has narration text (shared/iam/narration.ts). */
import { describe, expect, it } from 'vitest';
import { NARRATION } from '../../../shared/iam/narration';
import { parseLesson } from '../../../shared/lessons/lesson-check';
import { replayLesson } from '../../../shared/lessons/checks/replay';
import { BUILTIN_LESSON_DOCUMENTS } from '../../../shared/lessons/content';

describe('narration covers the lessons', () => {
  const codes = new Set<string>();
  for (const doc of BUILTIN_LESSON_DOCUMENTS) {
    const r = parseLesson(doc);
    if (r.ok) replayLesson(r.lesson).reasonCodes.forEach((c) => codes.add(c));
  }

  it('collects a realistic set of codes', () => {
    expect(codes.size).toBeGreaterThan(20);
    for (const c of [
      'decision.explicit-deny',
      'decision.root-full-access',
      'authenticate.expired',
      'decision.boundary-no-allow',
    ])
      expect(codes).toContain(c);
  });

  it('has narration text for every code', () => {
    const missing = [...codes].filter(
      (c) =>
        typeof (NARRATION as Record<string, string>)[c] !== 'string' || (NARRATION as Record<string, string>)[c] === '',
    );
    expect(missing).toEqual([]);
  });
});
