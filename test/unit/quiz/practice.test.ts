/** Practice logic: seeded selection, exam sessions and timer, results by domain, review list, spaced repetition. */
import { describe, expect, it } from 'vitest';
import type { ExamMap } from '../../../shared/lessons/exams/exam-map';
import { EXAM_MAPS } from '../../../shared/lessons/exams/index';
import { QUIZ_BANK_FILES } from '../../../shared/lessons/quiz/index';
import { loadBank } from '../../../shared/lessons/quiz-bank';
import type { QuizItem, SingleChoiceItem } from '../../../shared/lessons/quiz-types';
import {
  answerItem,
  clearAnswer,
  dueIds,
  emptyReviewState,
  filterItems,
  finishExam,
  goTo,
  isClosed,
  makeRng,
  nextPracticeIds,
  pickExamSet,
  pickSet,
  recordAnswer,
  recordAttempt,
  remainingSeconds,
  scoreSession,
  seedFromString,
  shuffled,
  startExam,
  toggleFlag,
  unanswered,
} from '../../../shared/lessons/practice/index';

const bank = loadBank(QUIZ_BANK_FILES, EXAM_MAPS).items;

/** A small single-choice item whose right answer is `a`. */
function item(id: string, examTasks: string[], topic: QuizItem['topic'] = 'groups'): SingleChoiceItem {
  return {
    id,
    version: 1,
    kind: 'single',
    topic,
    examTasks,
    difficulty: 1,
    prompt: id,
    refs: [],
    options: [
      { id: 'a', text: 'a', correct: true, explanation: 'a' },
      { id: 'b', text: 'b', correct: false, explanation: 'b' },
    ],
  };
}

const MAP: ExamMap = {
  version: 1,
  exam: 'TST-01',
  title: 'Test',
  domains: [
    {
      id: 'TST-01:1',
      title: 'One',
      weight: 50,
      tasks: [
        { id: 'TST-01:1.1', title: 'a' },
        { id: 'TST-01:1.2', title: 'b' },
      ],
    },
    { id: 'TST-01:2', title: 'Two', weight: 30, tasks: [{ id: 'TST-01:2.1', title: 'c' }] },
    { id: 'TST-01:3', title: 'Three', weight: 20, tasks: [{ id: 'TST-01:3.1', title: 'd' }] },
  ],
};
const pool = (prefix: string, task: string, n: number) =>
  Array.from({ length: n }, (_, i) => item(`${prefix}-${i}`, [task]));

describe('seeded randomness', () => {
  it('is reproducible per seed and differs between seeds', () => {
    const a = makeRng(42);
    const b = makeRng(42);
    const seqA = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(seqA);
    expect(seqA.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(makeRng(43)()).not.toBe(seqA[0]);
    expect(seedFromString('2025-01-01')).toBe(seedFromString('2025-01-01'));
    expect(seedFromString('a')).not.toBe(seedFromString('b'));
  });

  it('shuffles into a permutation without touching the input', () => {
    const list = Array.from({ length: 30 }, (_, i) => i);
    const out = shuffled(list, makeRng(7));
    expect([...out].sort((x, y) => x - y)).toEqual(list);
    expect(out).not.toEqual(list);
    expect(list[0]).toBe(0);
  });
});

describe('picking sets', () => {
  it('filters by topic, exam part, kind and difficulty', () => {
    const ec2 = filterItems(bank, { topics: ['ec2-roles'] });
    expect(ec2.length).toBeGreaterThanOrEqual(10);
    expect(ec2.every((i) => i.topic === 'ec2-roles')).toBe(true);
    const iamDomain = filterItems(bank, { examParts: ['SCS-C03:4'] });
    expect(iamDomain.every((i) => i.examTasks.some((t) => t.startsWith('SCS-C03:4.')))).toBe(true);
    expect(filterItems(bank, { examParts: ['SCS-C03:4.1'] }).length).toBeLessThan(iamDomain.length);
    const hardPredict = filterItems(bank, { kinds: ['predict-decision'], difficulties: [3] });
    expect(hardPredict.length).toBeGreaterThan(0);
    expect(hardPredict.every((i) => i.kind === 'predict-decision' && i.difficulty === 3)).toBe(true);
    expect(filterItems(bank, { exam: 'SAA-C03' }).every((i) => i.examTasks.some((t) => t.startsWith('SAA-C03:')))).toBe(
      true,
    );
  });

  it('picks the same set for the same seed, another for another seed', () => {
    const one = pickSet(bank, { topics: ['conditions'] }, 5, 1).map((i) => i.id);
    expect(one).toHaveLength(5);
    expect(pickSet(bank, { topics: ['conditions'] }, 5, 1).map((i) => i.id)).toEqual(one);
    expect(pickSet(bank, { topics: ['conditions'] }, 5, 2).map((i) => i.id)).not.toEqual(one);
    expect(pickSet(bank, { topics: ['conditions'] }, 500, 1).length).toBe(
      filterItems(bank, { topics: ['conditions'] }).length,
    );
  });

  it('shares an exam set between domains by weight', () => {
    const items = [
      ...pool('one', 'TST-01:1.1', 10),
      ...pool('two', 'TST-01:2.1', 10),
      ...pool('three', 'TST-01:3.1', 10),
    ];
    const set = pickExamSet(items, MAP, 10, 5);
    const count = (p: string) => set.filter((i) => i.id.startsWith(`${p}-`)).length;
    expect([count('one'), count('two'), count('three')]).toEqual([5, 3, 2]);
    expect(new Set(set.map((i) => i.id)).size).toBe(10);
  });

  it("gives a short domain's places to the others", () => {
    const items = [
      ...pool('one', 'TST-01:1.2', 10),
      ...pool('two', 'TST-01:2.1', 1),
      ...pool('three', 'TST-01:3.1', 10),
    ];
    const set = pickExamSet(items, MAP, 10, 5);
    const count = (p: string) => set.filter((i) => i.id.startsWith(`${p}-`)).length;
    expect(set).toHaveLength(10);
    expect(count('two')).toBe(1);
    expect(count('one')).toBeGreaterThan(count('three'));
  });

  it('builds a 20-item SCS-C03 set from the real bank', () => {
    const scs = EXAM_MAPS.find((m) => m.exam === 'SCS-C03')!;
    const set = pickExamSet(bank, scs, 20, 99);
    expect(set).toHaveLength(20);
    expect(set.every((i) => i.examTasks.some((t) => t.startsWith('SCS-C03:')))).toBe(true);
    expect(pickExamSet(bank, scs, 20, 99).map((i) => i.id)).toEqual(set.map((i) => i.id));
  });
});

describe('exam session', () => {
  const T0 = Date.parse('2025-03-01T09:00:00Z');
  const ids = ['q1', 'q2', 'q3'];

  it('counts down, refuses answers after the deadline, and finishes at the deadline', () => {
    let s = startExam({ itemIds: ids, seed: 1, nowMs: T0, durationSeconds: 600, exam: 'TST-01' });
    expect(remainingSeconds(s, T0)).toBe(600);
    expect(remainingSeconds(s, T0 + 90_500)).toBe(510);
    s = answerItem(s, 'q1', { kind: 'single', optionId: 'a' }, T0 + 1000);
    s = answerItem(s, 'nope', { kind: 'single', optionId: 'a' }, T0 + 1000);
    expect(Object.keys(s.answers)).toEqual(['q1']);
    expect(isClosed(s, T0 + 600_000)).toBe(true);
    const late = answerItem(s, 'q2', { kind: 'single', optionId: 'a' }, T0 + 601_000);
    expect(late).toBe(s);
    const done = finishExam(s, T0 + 700_000);
    expect(done.finishedAtMs).toBe(T0 + 600_000);
    expect(remainingSeconds(done, T0 + 900_000)).toBe(0);
    expect(finishExam(done, T0 + 999_999)).toBe(done);
  });

  it('is untimed when no duration is given', () => {
    const s = startExam({ itemIds: ids, seed: 1, nowMs: T0 });
    expect(remainingSeconds(s, T0 + 10 ** 9)).toBe(Infinity);
    expect(isClosed(s, T0 + 10 ** 9)).toBe(false);
  });

  it('flags, unflags, navigates and clears answers', () => {
    let s = startExam({ itemIds: ids, seed: 1, nowMs: T0 });
    s = toggleFlag(toggleFlag(s, 'q3'), 'q1');
    expect(s.flagged).toEqual(['q1', 'q3']);
    s = toggleFlag(s, 'q3');
    expect(s.flagged).toEqual(['q1']);
    expect(goTo(s, 10).current).toBe(2);
    expect(goTo(s, -1).current).toBe(0);
    s = answerItem(s, 'q2', { kind: 'single', optionId: 'b' }, T0);
    expect(unanswered(s)).toEqual(['q1', 'q3']);
    s = clearAnswer(s, 'q2', T0);
    expect(unanswered(s)).toEqual(ids);
  });
});

describe('results', () => {
  const items = [
    item('r1', ['TST-01:1.1', 'TST-01:1.2'], 'mfa'),
    item('r2', ['TST-01:2.1'], 'mfa'),
    item('r3', ['TST-01:2.1', 'TST-01:3.1'], 'groups'),
    item('r4', ['TST-01:3.1', 'OTHER-01:1.1'], 'groups'),
  ];
  const T0 = Date.parse('2025-03-01T09:00:00Z');
  let s = startExam({ itemIds: ['r1', 'r2', 'r3', 'r4'], seed: 3, nowMs: T0, exam: 'TST-01' });
  s = answerItem(s, 'r1', { kind: 'single', optionId: 'a' }, T0);
  s = answerItem(s, 'r2', { kind: 'single', optionId: 'b' }, T0);
  s = answerItem(s, 'r3', { kind: 'single', optionId: 'a' }, T0);
  s = toggleFlag(s, 'r4');
  const res = scoreSession(finishExam(s, T0 + 1), items, [MAP]);

  it('totals and percent', () => {
    expect([res.correct, res.total, res.answered, res.percent]).toEqual([2, 4, 3, 50]);
    expect(res.correctIds).toEqual(['r1', 'r3']);
  });

  it('counts each item once per domain it belongs to', () => {
    expect(res.byDomain.map((d) => `${d.domainId}:${d.correct}/${d.total}`)).toEqual([
      'TST-01:1:1/1',
      'TST-01:2:1/2',
      'TST-01:3:1/2',
    ]);
    expect(res.byDomain[0].weight).toBe(50);
  });

  it('by topic', () => {
    expect(res.byTopic).toEqual({ mfa: { correct: 1, total: 2 }, groups: { correct: 1, total: 2 } });
  });

  it('lists wrong and unanswered items for review, with flags', () => {
    expect(
      res.review.map((r) => [r.itemId, r.index, r.flagged, r.answer ? 'answered' : 'blank', r.grade?.correct ?? null]),
    ).toEqual([
      ['r2', 1, false, 'answered', false],
      ['r4', 3, true, 'blank', null],
    ]);
    expect(res.review[0].grade?.wrongChosen).toEqual(['b']);
  });
});

describe('spaced repetition', () => {
  const NOW = '2025-03-01T09:00:00.000Z';
  const at = (iso: string, minutes: number) => new Date(Date.parse(iso) + minutes * 60_000).toISOString();

  it('moves a correct item up a box and a missed one back to box 1', () => {
    let st = recordAnswer(emptyReviewState(), 'x', true, NOW);
    expect(st.cards.x).toMatchObject({ box: 2, dueAt: at(NOW, 24 * 60), seen: 1, lapses: 0 });
    st = recordAnswer(st, 'x', true, at(NOW, 24 * 60));
    expect(st.cards.x).toMatchObject({ box: 3, dueAt: at(NOW, 4 * 24 * 60), seen: 2 });
    st = recordAnswer(st, 'x', false, at(NOW, 5 * 24 * 60));
    expect(st.cards.x).toMatchObject({ box: 1, dueAt: at(NOW, 5 * 24 * 60 + 10), seen: 3, lapses: 1 });
  });

  it('never goes past the top box', () => {
    let st = emptyReviewState();
    for (let i = 0; i < 10; i++) st = recordAnswer(st, 'y', true, NOW);
    expect(st.cards.y.box).toBe(5);
  });

  it('brings missed items back first, then the longest overdue, then new ones', () => {
    let st = emptyReviewState();
    st = recordAnswer(st, 'known-old', true, '2025-02-01T00:00:00.000Z');
    st = recordAnswer(st, 'known-recent', true, '2025-02-27T00:00:00.000Z');
    st = recordAnswer(st, 'known-fresh', true, '2025-03-01T08:00:00.000Z');
    st = recordAnswer(st, 'missed', false, '2025-03-01T08:00:00.000Z');
    const items = ['new-1', 'known-old', 'known-fresh', 'missed', 'known-recent', 'new-2'].map((id) => ({ id }));
    expect(
      dueIds(
        st,
        items.map((i) => i.id),
        NOW,
      ),
    ).toEqual(['missed', 'known-old', 'known-recent']);
    expect(nextPracticeIds(st, items, NOW, 10)).toEqual(['missed', 'known-old', 'known-recent', 'new-1', 'new-2']);
    expect(nextPracticeIds(st, items, NOW, 2)).toEqual(['missed', 'known-old']);
    expect(dueIds(st, ['missed'], '2025-03-01T08:05:00.000Z')).toEqual([]);
  });

  it('records a whole attempt from its results', () => {
    const st = recordAttempt(emptyReviewState(), { correctIds: ['a'], wrongIds: ['b'] }, NOW);
    expect([st.cards.a.box, st.cards.b.box]).toEqual([2, 1]);
  });

  it('rejects a "now" that is not a time (a bug in the caller)', () => {
    expect(() => recordAnswer(emptyReviewState(), 'z', true, 'yesterday')).toThrow();
  });
});
