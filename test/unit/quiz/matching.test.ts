/** The matching kind (SCS-C03's matching items): validation with JSON paths, all-or-nothing grading. */
import { describe, expect, it } from 'vitest';
import { gradeAnswer, validateQuizItem } from '../../../shared/lessons/quiz-check';
import type { MatchingItem } from '../../../shared/lessons/quiz-types';

const item: MatchingItem = {
  id: 'match-sample',
  version: 1,
  kind: 'matching',
  topic: 'policy-types',
  examTasks: ['SCS-C03:4.2'],
  difficulty: 2,
  prompt: 'Match each policy type with what it does.',
  refs: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies.html'],
  prompts: [
    { id: 'scp', text: 'Service control policy' },
    { id: 'boundary', text: 'Permissions boundary' },
    { id: 'bucket', text: 'Bucket policy' },
  ],
  responses: [
    { id: 'cap', text: 'Caps what principals can do, grants nothing' },
    { id: 'grant', text: 'Grants access to a resource, naming principals' },
    { id: 'auth', text: 'Proves who the caller is' },
  ],
  correctPairs: [
    { prompt: 'scp', response: 'cap' },
    { prompt: 'boundary', response: 'cap' },
    { prompt: 'bucket', response: 'grant' },
  ],
  explanation: 'SCPs and boundaries only limit; a bucket policy can grant.',
};

const codes = (v: unknown) => validateQuizItem(v).map((d) => `${d.code}@${d.path}`);

describe('matching items: validation', () => {
  it('accepts a valid item, a response used twice and a response used by none', () => {
    expect(codes(item)).toEqual([]);
  });

  it('needs 3 to 7 prompts', () => {
    expect(codes({ ...item, prompts: item.prompts.slice(0, 2), correctPairs: item.correctPairs.slice(0, 2) })).toEqual([
      'quiz.match.entries-count@$.prompts',
    ]);
  });

  it('every prompt gets exactly one known response', () => {
    expect(codes({ ...item, correctPairs: item.correctPairs.slice(0, 2) })).toEqual([
      'quiz.match.prompt-unpaired@$.correctPairs',
    ]);
    expect(codes({ ...item, correctPairs: [...item.correctPairs, { prompt: 'scp', response: 'grant' }] })).toEqual([
      'quiz.match.prompt-paired-twice@$.correctPairs[3]',
    ]);
    expect(
      codes({ ...item, correctPairs: [{ prompt: 'scp', response: 'nope' }, ...item.correctPairs.slice(1)] }),
    ).toEqual(['quiz.match.pair-response@$.correctPairs[0]', 'quiz.match.prompt-unpaired@$.correctPairs']);
  });

  it('refuses duplicate ids and HTML in a response', () => {
    expect(codes({ ...item, responses: [...item.responses, { id: 'cap', text: '<b>x</b>' }] })).toEqual([
      'quiz.match.id-duplicate@$.responses[3].id',
      'quiz.text.html@$.responses[3].text',
    ]);
  });
});

describe('matching items: grading', () => {
  it('is right only when every prompt has its response', () => {
    expect(gradeAnswer(item, { kind: 'matching', pairs: item.correctPairs })).toEqual({
      correct: true,
      wrongPrompts: [],
    });
    expect(
      gradeAnswer(item, {
        kind: 'matching',
        pairs: [
          { prompt: 'scp', response: 'cap' },
          { prompt: 'boundary', response: 'grant' },
        ],
      }),
    ).toEqual({ correct: false, wrongPrompts: ['boundary', 'bucket'] });
  });

  it('an answer of another kind is wrong', () => {
    expect(gradeAnswer(item, { kind: 'single', optionId: 'a' })).toEqual({ correct: false, kindMismatch: true });
  });
});
