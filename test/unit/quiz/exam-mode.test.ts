/** Exam mode: the SCS-C03 map, the retired SCS-C02, hand-written pools by default, weighted domains, the finish check. */
import { describe, expect, it } from 'vitest';
import { currentExams, defaultExam, type ExamMap } from '../../../shared/lessons/exams/exam-map';
import { DEFAULT_EXAM, EXAM_MAPS } from '../../../shared/lessons/exams/index';
import {
  answerItem,
  examPool,
  finishCheck,
  finishExam,
  pickExamSet,
  scoreSession,
  startExam,
  toggleFlag,
  weightedDomainResults,
} from '../../../shared/lessons/practice/index';
import { generatedBank } from '../../../shared/lessons/practice/generate/index';
import { loadBank } from '../../../shared/lessons/quiz-bank';
import type { QuizItem, SingleChoiceItem } from '../../../shared/lessons/quiz-types';
import { QUIZ_BANK_FILES } from '../../../shared/lessons/quiz/index';

const bank = loadBank(QUIZ_BANK_FILES, EXAM_MAPS).items;
const scs03 = EXAM_MAPS.find((m) => m.exam === 'SCS-C03')!;

function item(id: string, examTasks: string[]): SingleChoiceItem {
  return {
    id,
    version: 1,
    kind: 'single',
    topic: 'groups',
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

describe('exam maps', () => {
  it('SCS-C03 has the six domains of the 2025 guide with weights summing to 100', () => {
    expect(scs03.domains.map((d) => [d.id, d.weight])).toEqual([
      ['SCS-C03:1', 16],
      ['SCS-C03:2', 14],
      ['SCS-C03:3', 18],
      ['SCS-C03:4', 20],
      ['SCS-C03:5', 18],
      ['SCS-C03:6', 14],
    ]);
    for (const d of scs03.domains) for (const t of d.tasks) expect(t.id.startsWith(`${d.id}.`), t.id).toBe(true);
    expect(scs03.domains[3]!.tasks.every((t) => t.checked === 'guide')).toBe(true);
  });

  it('SCS-C02 is kept only as retired and is never the default', () => {
    const c02 = EXAM_MAPS.find((m) => m.exam === 'SCS-C02')!;
    expect(c02.retired).toBe('2025-12-01');
    expect(c02.replacedBy).toBe('SCS-C03');
    expect(currentExams(EXAM_MAPS).map((m) => m.exam)).not.toContain('SCS-C02');
    expect(defaultExam(EXAM_MAPS, DEFAULT_EXAM)?.exam).toBe('SCS-C03');
    expect(defaultExam(EXAM_MAPS, 'SCS-C02')?.exam).toBe('SCS-C03');
  });

  it('every hand-written item carries an SCS-C03 task and none an SCS-C02 one', () => {
    for (const i of bank) {
      expect(
        i.examTasks.some((t) => t.startsWith('SCS-C03:')),
        i.id,
      ).toBe(true);
      expect(
        i.examTasks.some((t) => t.startsWith('SCS-C02:')),
        i.id,
      ).toBe(false);
    }
  });

  it('CLI-mechanics items carry no SAA-C03 tag (SAA does not test them)', () => {
    for (const id of ['cli-env-beats-file', 'cli-who-am-i', 'users-two-keys']) {
      const i = bank.find((x) => x.id === id);
      expect(
        i?.examTasks.some((t) => t.startsWith('SAA-C03:')),
        id,
      ).toBe(false);
    }
  });
});

describe('examPool', () => {
  const written = [item('w1', ['SCS-C03:4.1'])];
  const generated = [item('gen-1', ['SCS-C03:4.2']), item('w1', ['SCS-C03:4.2'])];

  it('uses the hand-written items only by default', () => {
    expect(examPool(written, generated).map((i) => i.id)).toEqual(['w1']);
  });

  it('adds the generated ones when the learner opts in, without duplicating ids', () => {
    expect(examPool(written, generated, { includeGenerated: true }).map((i) => i.id)).toEqual(['w1', 'gen-1']);
  });

  it('a default SCS-C03 exam set from the real banks has no generated item', () => {
    const pool = examPool(bank, generatedBank(20250101, { perWorld: 2 }));
    const set = pickExamSet(pool, scs03, 20, 7);
    expect(set.length).toBe(20);
    expect(set.some((i) => i.id.startsWith('gen-'))).toBe(false);
  });
});

describe('weightedDomainResults', () => {
  const map: ExamMap = {
    version: 1,
    exam: 'TST-02',
    title: 'Test',
    domains: [
      { id: 'TST-02:1', title: 'One', weight: 60, tasks: [{ id: 'TST-02:1.1', title: 't' }] },
      { id: 'TST-02:2', title: 'Two', weight: 30, tasks: [{ id: 'TST-02:2.1', title: 't' }] },
      { id: 'TST-02:3', title: 'Three', weight: 10, tasks: [{ id: 'TST-02:3.1', title: 't' }] },
    ],
  };
  const items: QuizItem[] = [
    item('q1', ['TST-02:1.1']),
    item('q2', ['TST-02:1.1']),
    item('q3', ['TST-02:2.1']),
    item('q4', ['TST-02:2.1']),
  ];

  it('lists every domain with its weight and weights the score by the exam guide', () => {
    let s = startExam({ itemIds: items.map((i) => i.id), seed: 1, nowMs: 0, durationSeconds: 0, exam: 'TST-02' });
    s = answerItem(s, 'q1', { kind: 'single', optionId: 'a' }, 1);
    s = answerItem(s, 'q2', { kind: 'single', optionId: 'a' }, 1);
    s = answerItem(s, 'q3', { kind: 'single', optionId: 'b' }, 1);
    s = answerItem(s, 'q4', { kind: 'single', optionId: 'b' }, 1);
    const r = scoreSession(finishExam(s, 2), items, [map]);
    expect(r.percent).toBe(50);
    const w = weightedDomainResults(r.byDomain, map);
    expect(w.domains.map((d) => [d.domainId, d.weight, d.correct, d.total, d.percent])).toEqual([
      ['TST-02:1', 60, 2, 2, 100],
      ['TST-02:2', 30, 0, 2, 0],
      ['TST-02:3', 10, 0, 0, undefined],
    ]);
    // 60 × 100% + 30 × 0% over the 90 points asked: 66%, not the raw 50%.
    expect(w.weightedPercent).toBe(66);
    expect(w.coveredWeight).toBe(90);
    expect(w.retired).toBe(false);
  });

  it('is 0 with nothing asked', () => {
    expect(weightedDomainResults([], map)).toMatchObject({ weightedPercent: 0, coveredWeight: 0 });
  });
});

describe('finishCheck', () => {
  it('lists flagged and unanswered questions by number', () => {
    let s = startExam({ itemIds: ['a', 'b', 'c'], seed: 1, nowMs: 0, durationSeconds: 60 });
    s = answerItem(s, 'a', { kind: 'single', optionId: 'a' }, 1);
    s = toggleFlag(s, 'c');
    s = toggleFlag(s, 'a');
    const f = finishCheck(s);
    expect(f.flagged.map((e) => [e.number, e.answered])).toEqual([
      [1, true],
      [3, false],
    ]);
    expect(f.unanswered.map((e) => e.number)).toEqual([2, 3]);
    expect(f.clean).toBe(false);
  });

  it('is clean when everything is answered and nothing flagged', () => {
    let s = startExam({ itemIds: ['a'], seed: 1, nowMs: 0, durationSeconds: 60 });
    s = answerItem(s, 'a', { kind: 'single', optionId: 'b' }, 1);
    expect(finishCheck(s).clean).toBe(true);
  });
});
