/** The built-in lessons, parsed once with the same checker imported packs go through. */
import { BUILTIN_LESSON_DOCUMENTS } from '../../../shared/lessons/content';
import { parseLesson } from '../../../shared/lessons/lesson-check';
import type { Lesson } from '../../../shared/lessons/lesson-types';

/** Every built-in lesson that parses, in curriculum order (a broken one is a bug caught by CI, and skipped here). */
export const BUILTIN_LESSONS: readonly Lesson[] = BUILTIN_LESSON_DOCUMENTS.flatMap((doc) => {
  const r = parseLesson(doc);
  return r.ok ? [r.lesson] : [];
});
