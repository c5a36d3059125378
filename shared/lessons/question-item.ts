/**
 * One question model for the whole app: a lesson question is shown, answered and graded as a quiz-bank item, so the
 * lessons and Practice share one view and one grader (`gradeAnswer`). `lessonQuestionItem` turns a lesson question
 * into a `QuizItem` (a predict question's request is evaluated in the lesson's world to become the item's scenario),
 * plus the per-answer explanations a lesson question carries beyond the bank format.
 */
import type { Decision, EvaluationRequest } from '../iam/request';
import type { LessonQuestion } from './lesson-types';
import { makeRng, seedFromString, shuffled } from './practice/prng';
import type { QuizItem } from './quiz-types';
import type { TopicId } from './topics';

/** What a lesson knows about its questions that the bank format asks for. */
export interface LessonQuestionContext {
  topic: TopicId;
  examTasks: string[];
  /** A predict question's request evaluated in the lesson's current world (its policies gathered). */
  scenario?: EvaluationRequest;
}

/** Explanations a lesson question gives beyond `QuizItem`: one per decision, one per ordered item. */
export interface QuestionNotes {
  decisions?: Partial<Record<Decision, string>>;
  /** Ordered items, in the right order, each with why it sits there. */
  order?: { id: string; text: string; explanation: string }[];
}

/** A question ready for the one question view: the item and its extra notes. */
export interface QuestionModel {
  item: QuizItem;
  notes: QuestionNotes;
}

/**
 * The lesson question as a quiz item. Order items are shown shuffled deterministically by the question id (the
 * author writes them in the right order). A predict question needs its scenario (the request evaluated in the
 * lesson's world); without one it is `undefined` (a lesson bug `lessons check` reports).
 */
export function lessonQuestionItem(q: LessonQuestion, ctx: LessonQuestionContext): QuestionModel | undefined {
  const base = {
    id: q.id,
    version: 1 as const,
    topic: ctx.topic,
    examTasks: ctx.examTasks,
    difficulty: 2 as const,
    prompt: q.prompt,
    refs: [],
  };
  switch (q.type) {
    case 'single':
    case 'multiple':
      return { item: { ...base, kind: q.type, options: q.options }, notes: {} };
    case 'order':
      return {
        item: {
          ...base,
          kind: 'order-gates',
          steps: shuffled(q.items, makeRng(seedFromString(q.id))).map(({ id, text }) => ({ id, text })),
          correctOrder: q.items.map((i) => i.id),
          explanation: '',
        },
        notes: { order: q.items },
      };
    case 'predict':
      if (!ctx.scenario) return undefined;
      return {
        item: {
          ...base,
          kind: 'predict-decision',
          scenario: ctx.scenario,
          answer: q.answer,
          explanation: q.explanations[q.answer] ?? '',
        },
        notes: { decisions: q.explanations },
      };
  }
}
