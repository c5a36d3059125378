/** The learner-progress format: strict parsing with JSON paths, export/import round trip, merge, host channels. */
import { describe, expect, it } from 'vitest';
import {
  emptyProgress,
  mergeProgress,
  parseProgress,
  parseProgressArgs,
  progressFileText,
  readProgressFile,
  storedProgress,
  type LearnerProgress,
} from '../../../shared/ipc/progress';
import { ARG_PARSERS } from '../../../shared/ipc/contract';
import { recordAnswer } from '../../../shared/lessons/practice/spaced';

const NOW = '2026-03-01T10:00:00.000Z';

function sample(): LearnerProgress {
  const p = emptyProgress();
  p.lessons['12-multiple-permissions'] = {
    step: 3,
    done: ['rules', 'default', 'allow'],
    skipped: [],
    completed: false,
    updatedAt: NOW,
  };
  p.review = recordAnswer(p.review, 'rotate-key-steps', false, NOW);
  p.attempts.push({ at: NOW, mode: 'topic', topic: 'groups', correct: 3, total: 5 });
  return p;
}

describe('parseProgress', () => {
  it('accepts a well-formed value and keeps it as is', () => {
    const r = parseProgress(sample());
    expect(r.ok && r.value).toEqual(sample());
  });

  it.each([
    ['not an object', 7, 'progress.not-object', 'progress'],
    ['a newer version', { ...sample(), version: 2 }, 'progress.newer-version', 'progress.version'],
    [
      'a negative step',
      { ...sample(), lessons: { x: { step: -1, done: [], completed: false } } },
      'progress.bad-step',
      'progress.lessons.x.step',
    ],
    [
      'done not a list',
      { ...sample(), lessons: { x: { step: 0, done: 'a', completed: false } } },
      'progress.bad-done',
      'progress.lessons.x.done',
    ],
    [
      'a review box out of range',
      {
        ...sample(),
        review: { version: 1, cards: { q: { box: 9, dueAt: NOW, lastAnsweredAt: NOW, seen: 1, lapses: 0 } } },
      },
      'progress.bad-card',
      'progress.review.cards.q.box',
    ],
    [
      'an attempt without a mode',
      { ...sample(), attempts: [{ at: NOW, correct: 1, total: 2 }] },
      'progress.bad-attempt',
      'progress.attempts[0]',
    ],
  ])('refuses %s with code and path', (_name, value, code, path) => {
    const r = parseProgress(value);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatchObject({ code, path });
  });

  it('storedProgress turns anything unusable into empty progress', () => {
    expect(storedProgress(undefined)).toEqual(emptyProgress());
    expect(storedProgress({ version: 1, lessons: 3 })).toEqual(emptyProgress());
    expect(storedProgress(sample())).toEqual(sample());
  });

  it('is the argument parser of progress:set, with args paths', () => {
    expect(ARG_PARSERS['progress:set']).toBe(parseProgressArgs);
    expect(parseProgressArgs([sample()]).ok).toBe(true);
    const bad = parseProgressArgs([{ version: 1, lessons: [] }]);
    expect(!bad.ok && bad.error.path).toBe('args[0].lessons');
    expect(parseProgressArgs([]).ok).toBe(false);
    expect(ARG_PARSERS['progress:get']([]).ok).toBe(true);
  });
});

describe('progress files', () => {
  it('round-trips through export and import', () => {
    const r = readProgressFile(progressFileText(sample()));
    expect(r.ok && r.value).toEqual(sample());
  });

  it.each([
    ['not JSON', '{', 'progress.bad-json'],
    ['another format', '{"format":"iam-lab-theatre","version":1}', 'progress.bad-format'],
    [
      'a bad inner value',
      JSON.stringify({ format: 'iam-lab-progress', version: 1, progress: { version: 1, lessons: { a: 1 } } }),
      'progress.bad-lesson',
    ],
  ])('refuses %s whole', (_n, text, code) => {
    const r = readProgressFile(text);
    expect(!r.ok && r.error.code).toBe(code);
  });

  it('merge keeps the lesson further along and the latest answer of each card', () => {
    const a = sample();
    const b = emptyProgress();
    b.lessons['12-multiple-permissions'] = { step: 6, done: ['rules'], skipped: [], completed: true };
    b.lessons['01-what-is-iam'] = { step: 1, done: ['a'], skipped: [], completed: false };
    b.review = recordAnswer(b.review, 'rotate-key-steps', true, '2026-03-02T10:00:00.000Z');
    const m = mergeProgress(a, b);
    expect(m.lessons['12-multiple-permissions'].completed).toBe(true);
    expect(Object.keys(m.lessons).sort()).toEqual(['01-what-is-iam', '12-multiple-permissions']);
    expect(m.review.cards['rotate-key-steps'].box).toBe(2);
    expect(m.attempts).toHaveLength(1);
  });
});
