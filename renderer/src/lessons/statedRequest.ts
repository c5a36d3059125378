/**
 * A lesson request with a stated answer (a demo, a predict question), evaluated where the answer holds: on the
 * learner's world when it gives the lesson's answer there, else on the lesson's reference world for the step, with a
 * note that says so and how far the learner's world has moved from the reference.
 */
import type { Decision } from '../../../shared/iam/request';
import { evaluateLessonRequest } from '../../../shared/lessons/checks/run-check';
import { worldAtStep } from '../../../shared/lessons/checks/task-flow';
import type { Lesson, LessonRequest } from '../../../shared/lessons/lesson-types';
import { diffWorlds } from '../../../shared/terminal/world-diff';
import { DECISION_WORDS } from '../../../shared/theatre';
import type { World } from '../../../shared/world/types';

/** The evaluation used, and the reference-world note (null when it ran on the learner's world). */
export interface StatedEvaluation {
  ev: ReturnType<typeof evaluateLessonRequest>;
  note: string | null;
}

/** Evaluates `request` on `mine` (the learner's world) or, when its answer differs there, on the step's reference. */
export function evaluateStated(
  mine: World,
  lesson: Lesson | null,
  index: number,
  request: LessonRequest,
  expected: Decision,
): StatedEvaluation {
  const own = evaluateLessonRequest(mine, request);
  if (own.ok && own.result.decision === expected) return { ev: own, note: null };
  const ref = lesson ? worldAtStep(lesson, index) : undefined;
  if (!ref?.ok) return { ev: own, note: null };
  const changes = diffWorlds(ref.world, mine).changes.length;
  const answer = own.ok ? DECISION_WORDS[own.result.decision].toLowerCase() : 'different';
  const note = `This runs on the lesson's reference world: in yours the answer would be ${answer} (your world differs from the reference in ${changes} change${changes === 1 ? '' : 's'}). Your own world stays as it is.`;
  return { ev: evaluateLessonRequest(ref.world, request), note };
}
