/** The built-in quiz bank: every file is valid, every topic is covered, and the counts the issue asks for hold. */
import { describe, expect, it } from 'vitest';
import { EXAM_MAPS } from '../../../shared/lessons/exams/index';
import { indexTasks } from '../../../shared/lessons/exams/exam-map';
import { QUIZ_BANK_FILES } from '../../../shared/lessons/quiz/index';
import { loadBank } from '../../../shared/lessons/quiz-bank';
import { validateBankFile } from '../../../shared/lessons/quiz-check';
import type { QuizBankFile } from '../../../shared/lessons/quiz-types';
import { TOPIC_IDS } from '../../../shared/lessons/topics';

const FLAGSHIP = [
  'ec2-roles',
  'cross-account',
  'federation-oidc',
  'federation-saml',
  'multiple-permissions',
  'conditions',
];
const taskIds = new Set(indexTasks(EXAM_MAPS).keys());
const files = QUIZ_BANK_FILES as QuizBankFile[];
const bank = loadBank(QUIZ_BANK_FILES, EXAM_MAPS);
const items = bank.items;

describe('quiz bank files', () => {
  it('has one file per topic, in curriculum order', () => {
    expect(files.map((f) => f.topic)).toEqual([...TOPIC_IDS]);
  });

  for (const file of files) {
    it(`${file.topic}.json validates with no errors and no warnings`, () => {
      expect(validateBankFile(file, { taskIds })).toEqual([]);
    });
  }

  it('loads with no diagnostics at all', () => {
    expect(bank.diagnostics).toEqual([]);
  });
});

describe('quiz bank coverage', () => {
  it('has at least 160 items', () => {
    expect(items.length).toBeGreaterThanOrEqual(160);
  });

  it('has at least 5 items per topic and 10 per flagship topic', () => {
    for (const topic of TOPIC_IDS) {
      const n = items.filter((i) => i.topic === topic).length;
      expect(n, topic).toBeGreaterThanOrEqual(FLAGSHIP.includes(topic) ? 10 : 5);
    }
  });

  it('has at least 25 predict-decision and 6 order-gates items', () => {
    expect(items.filter((i) => i.kind === 'predict-decision').length).toBeGreaterThanOrEqual(25);
    expect(items.filter((i) => i.kind === 'order-gates').length).toBeGreaterThanOrEqual(6);
  });

  it('uses unique ids across the whole bank', () => {
    const ids = items.map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('gives every choice option a non-empty explanation', () => {
    for (const item of items) {
      if (item.kind !== 'single' && item.kind !== 'multiple') continue;
      for (const o of item.options) expect(o.explanation.trim().length, `${item.id}/${o.id}`).toBeGreaterThan(20);
    }
  });

  it('tags every item with task ids that exist in the exam map', () => {
    for (const item of items) for (const t of item.examTasks) expect(taskIds.has(t), `${item.id}: ${t}`).toBe(true);
  });

  it('covers both exams', () => {
    expect(items.some((i) => i.examTasks.some((t) => t.startsWith('SAA-C03:')))).toBe(true);
    expect(items.some((i) => i.examTasks.some((t) => t.startsWith('SCS-C03:')))).toBe(true);
  });

  it('cites AWS documentation on every item', () => {
    for (const item of items) {
      expect(
        item.refs.some((r) => r.startsWith('https://docs.aws.amazon.com/')),
        item.id,
      ).toBe(true);
    }
  });

  it('balances single-choice answers (the correct option is not always in the same place)', () => {
    const positions = new Map<number, number>();
    for (const item of items) {
      if (item.kind !== 'single') continue;
      const at = item.options.findIndex((o) => o.correct);
      positions.set(at, (positions.get(at) ?? 0) + 1);
    }
    const singles = items.filter((i) => i.kind === 'single').length;
    for (const count of positions.values()) expect(count).toBeLessThan(singles * 0.6);
  });
});

describe('exam maps', () => {
  for (const map of EXAM_MAPS) {
    it(`${map.exam} domain weights add up to 100 and ids are well formed`, () => {
      expect(map.domains.reduce((s, d) => s + d.weight, 0)).toBe(100);
      map.domains.forEach((d, i) => {
        expect(d.id).toBe(`${map.exam}:${i + 1}`);
        d.tasks.forEach((t, j) => expect(t.id).toBe(`${d.id}.${j + 1}`));
      });
    });
  }
});
