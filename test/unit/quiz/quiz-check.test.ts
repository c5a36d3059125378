/** Validation (data-driven from check-cases.json) and grading of quiz items. */
import { describe, expect, it } from 'vitest';
import { EXAM_MAPS } from '../../../shared/lessons/exams/index';
import { indexTasks } from '../../../shared/lessons/exams/exam-map';
import { loadBank } from '../../../shared/lessons/quiz-bank';
import { gradeAnswer, validateBankFile, validateQuizItem } from '../../../shared/lessons/quiz-check';
import type {
  MultipleChoiceItem,
  OrderGatesItem,
  PredictDecisionItem,
  SingleChoiceItem,
} from '../../../shared/lessons/quiz-types';
import cases from './check-cases.json';

const taskIds = new Set(indexTasks(EXAM_MAPS).keys());

type Json = Record<string, unknown>;
/** Sets or deletes a value at a small path such as `options[1].explanation`. */
function patch(target: Json, path: string, value: unknown, remove = false): void {
  const parts = path.split(/\.|\[(\d+)\]/).filter((p) => p !== undefined && p !== '');
  let obj: Json = target;
  for (const p of parts.slice(0, -1)) obj = obj[p] as Json;
  const last = parts[parts.length - 1];
  if (remove) delete obj[last];
  else obj[last] = value;
}

describe('validateQuizItem cases', () => {
  for (const c of cases.cases as Array<{
    name: string;
    set?: Json;
    delete?: string[];
    replace?: Json;
    expect: string[];
  }>) {
    it(c.name, () => {
      const item = structuredClone((c.replace ?? cases.base) as Json);
      for (const [path, value] of Object.entries(c.set ?? {})) patch(item, path, value);
      for (const path of c.delete ?? []) patch(item, path, undefined, true);
      const found = validateQuizItem(item, '$', { taskIds }).map((d) => `${d.code}@${d.path}`);
      expect(found.sort()).toEqual([...c.expect].sort());
    });
  }

  it('reports a non-object item', () => {
    expect(validateQuizItem(42)).toEqual([{ code: 'quiz.item.not-object', severity: 'error', path: '$' }]);
  });
});

describe('validateBankFile', () => {
  it('flags an item filed under the wrong topic and duplicate ids', () => {
    const item = { ...cases.base };
    const file = { version: 1, topic: 'mfa', items: [item, item] };
    const codes = validateBankFile(file, { taskIds }).map((d) => `${d.code}@${d.path}`);
    expect(codes).toEqual([
      'quiz.topic.file-mismatch@$.items[0].topic',
      'quiz.topic.file-mismatch@$.items[1].topic',
      'quiz.id.duplicate@$.items[1].id',
    ]);
  });

  it('loadBank drops a file with errors and a duplicate id across files', () => {
    const good = { version: 1, topic: 'groups', items: [cases.base] };
    const broken = { version: 1, topic: 'groups', items: [{ ...cases.base, id: 'x', difficulty: 9 }] };
    const loaded = loadBank([good, broken, good], EXAM_MAPS);
    expect(loaded.items.map((i) => i.id)).toEqual(['sample-item']);
    expect(loaded.diagnostics.map((d) => `${d.file}:${d.code}`)).toEqual([
      '1:quiz.difficulty.out-of-range',
      '2:quiz.id.duplicate-across-files',
    ]);
  });
});

const base = {
  version: 1 as const,
  topic: 'groups' as const,
  examTasks: ['SAA-C03:1.1'],
  difficulty: 1 as const,
  prompt: 'p',
  refs: [],
};
const opts = (correct: string[]) =>
  ['a', 'b', 'c', 'd'].map((id) => ({ id, text: id, correct: correct.includes(id), explanation: 'x' }));

describe('gradeAnswer', () => {
  const single: SingleChoiceItem = { ...base, id: 's', kind: 'single', options: opts(['c']) };
  const multi: MultipleChoiceItem = { ...base, id: 'm', kind: 'multiple', options: opts(['a', 'd']) };
  const ordered: OrderGatesItem = {
    ...base,
    id: 'o',
    kind: 'order-gates',
    explanation: 'x',
    steps: [
      { id: 'y', text: 'y' },
      { id: 'x', text: 'x' },
      { id: 'z', text: 'z' },
    ],
    correctOrder: ['x', 'y', 'z'],
  };
  const predict = {
    ...base,
    id: 'p',
    kind: 'predict-decision',
    answer: 'explicitDeny',
    explanation: 'x',
  } as unknown as PredictDecisionItem;

  it('single: right and wrong option', () => {
    expect(gradeAnswer(single, { kind: 'single', optionId: 'c' })).toEqual({
      correct: true,
      wrongChosen: [],
      correctMissed: [],
    });
    expect(gradeAnswer(single, { kind: 'single', optionId: 'a' })).toEqual({
      correct: false,
      wrongChosen: ['a'],
      correctMissed: ['c'],
    });
  });

  it('multiple: exact set only, with missed and wrong options reported', () => {
    expect(gradeAnswer(multi, { kind: 'multiple', optionIds: ['d', 'a'] }).correct).toBe(true);
    expect(gradeAnswer(multi, { kind: 'multiple', optionIds: ['a'] })).toEqual({
      correct: false,
      wrongChosen: [],
      correctMissed: ['d'],
    });
    expect(gradeAnswer(multi, { kind: 'multiple', optionIds: ['a', 'b', 'd'] })).toEqual({
      correct: false,
      wrongChosen: ['b'],
      correctMissed: [],
    });
    expect(gradeAnswer(multi, { kind: 'multiple', optionIds: ['a', 'd', 'zz'] }).correct).toBe(false);
  });

  it('order: first misplaced index', () => {
    expect(gradeAnswer(ordered, { kind: 'order-gates', order: ['x', 'y', 'z'] })).toEqual({
      correct: true,
      firstMisplaced: -1,
    });
    expect(gradeAnswer(ordered, { kind: 'order-gates', order: ['x', 'z', 'y'] })).toEqual({
      correct: false,
      firstMisplaced: 1,
    });
    expect(gradeAnswer(ordered, { kind: 'order-gates', order: ['x', 'y', 'z', 'w'] }).correct).toBe(false);
  });

  it('predict: compares the decision', () => {
    expect(gradeAnswer(predict, { kind: 'predict-decision', decision: 'explicitDeny' })).toEqual({
      correct: true,
      expected: 'explicitDeny',
    });
    expect(gradeAnswer(predict, { kind: 'predict-decision', decision: 'implicitDeny' })).toEqual({
      correct: false,
      expected: 'explicitDeny',
    });
  });

  it('an answer of another kind is wrong', () => {
    expect(gradeAnswer(single, { kind: 'multiple', optionIds: ['c'] })).toEqual({ correct: false, kindMismatch: true });
  });
});
