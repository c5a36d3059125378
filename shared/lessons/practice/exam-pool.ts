/**
 * Which questions an exam attempt draws from. Exam mode is meant to feel like the real exam, so it uses the
 * hand-written, exam-style items by default; the generated "what does AWS decide?" questions join only when the
 * learner opts in. Items must be tagged with a task of the chosen exam (pickExamSet filters by domain).
 */
import type { QuizItem } from '../quiz-types';

/** Options of an exam pool. */
export interface ExamPoolOptions {
  /** Add the generated predict-the-decision questions (off by default). */
  includeGenerated?: boolean;
}

/** The items an exam attempt may use: the hand-written ones, plus the generated ones only when asked for. */
export function examPool(
  written: readonly QuizItem[],
  generated: readonly QuizItem[],
  options: ExamPoolOptions = {},
): QuizItem[] {
  if (!options.includeGenerated) return [...written];
  const ids = new Set(written.map((i) => i.id));
  return [...written, ...generated.filter((i) => !ids.has(i.id))];
}
