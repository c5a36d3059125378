/** A lookup of bank items by id (built once; never changed). */
import type { QuizItem } from '../../../shared/lessons/quiz-types';

/** Items by id. */
export function indexById(items: readonly QuizItem[]): ReadonlyMap<string, QuizItem> {
  return new Map(items.map((i) => [i.id, i]));
}
