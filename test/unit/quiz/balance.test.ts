/** Option-length balance: the measure itself on small items, and the limits on the real bank. */
import { describe, expect, it } from 'vitest';
import { EXAM_MAPS } from '../../../shared/lessons/exams';
import { balanceProblems, keyLengthRank, lengthBalance } from '../../../shared/lessons/quiz-balance';
import { loadBank } from '../../../shared/lessons/quiz-bank';
import type { QuizItem, SingleChoiceItem } from '../../../shared/lessons/quiz-types';
import { QUIZ_BANK_FILES } from '../../../shared/lessons/quiz/index';

function single(id: string, key: string, ...others: string[]): SingleChoiceItem {
  return {
    id,
    version: 1,
    kind: 'single',
    topic: 'groups',
    examTasks: ['SCS-C03:4.2'],
    difficulty: 1,
    prompt: 'Which?',
    refs: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/id_groups.html'],
    options: [
      { id: 'k', text: key, correct: true, explanation: 'right' },
      ...others.map((t, i) => ({ id: `o${i}`, text: t, correct: false, explanation: 'wrong' })),
    ],
  };
}

describe('keyLengthRank', () => {
  it('ranks the key by length among its options', () => {
    expect(keyLengthRank(single('a', 'longest one', 'short', 'tiny'))).toMatchObject({
      rank: 1,
      longest: true,
      shortest: false,
    });
    expect(keyLengthRank(single('b', 'mid', 'a much longer one', 'x'))).toMatchObject({
      rank: 2,
      longest: false,
      shortest: false,
    });
    expect(keyLengthRank(single('c', 'k', 'longer', 'longest'))).toMatchObject({ rank: 3, shortest: true });
  });

  it('a tie with a distractor is neither strictly longest nor strictly shortest', () => {
    expect(keyLengthRank(single('d', 'same', 'same', 'x'))).toMatchObject({ rank: 1, longest: false });
  });
});

describe('balanceProblems', () => {
  it('flags a bank whose key is usually the longest, and one whose key is usually the shortest', () => {
    const longBank: QuizItem[] = [1, 2, 3].map((n) => single(`l${n}`, 'the keyed answer is long', 'short', 'brief'));
    expect(balanceProblems(lengthBalance(longBank))).toContain('balance.key-longest');
    const shortBank: QuizItem[] = [1, 2, 3].map((n) => single(`s${n}`, 'k', 'a longer one', 'another longer'));
    expect(balanceProblems(lengthBalance(shortBank))).toContain('balance.key-shortest');
  });

  it('passes a spread of ranks', () => {
    const spread: QuizItem[] = [
      single('a', 'longest answer here', 'mid answer', 'short'),
      single('b', 'mid answer', 'longest answer here', 'short'),
      single('c', 'short', 'longest answer here', 'mid answer'),
      single('d', 'mid answer', 'short', 'longest answer here'),
    ];
    expect(balanceProblems(lengthBalance(spread))).toEqual([]);
  });
});

describe('the hand-written bank', () => {
  const bank = loadBank(QUIZ_BANK_FILES, EXAM_MAPS).items;
  const b = lengthBalance(bank);

  it('does not give its key away by length', () => {
    expect(b.singleCount).toBeGreaterThan(80);
    expect(balanceProblems(b)).toEqual([]);
  });

  it('every explanation of a keyed single-answer option is substantive', () => {
    for (const item of bank) {
      if (item.kind !== 'single') continue;
      const key = item.options.find((o) => o.correct)!;
      expect(key.explanation.length, item.id).toBeGreaterThan(40);
    }
  });
});
