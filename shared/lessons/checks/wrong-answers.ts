/**
 * Replays a task's recorded wrong answers: each is applied to the world the task starts from, and the task's checks
 * must then FAIL. A wrong answer the checks accept means the check tests the shape of an answer, not the property
 * the task states (`replay.wrong-answer-accepted`); one the world refuses proves nothing
 * (`replay.wrong-answer-refused`).
 */
import type { World } from '../../world/types';
import type { TaskStep } from '../lesson-types';
import { applyLessonCommands } from '../world-bridge';
import { at } from './parse-util';
import { checkTask } from './task-flow';

/** One problem with a wrong answer: a code, the lesson JSON path, structured data. */
export interface WrongAnswerFailure {
  code: string;
  path: string;
  data?: Record<string, unknown>;
}

/** The world after a wrong answer, or where it was refused. */
export function applyWrongAnswer(
  world: World,
  task: TaskStep,
  index: number,
  stepPath: string,
): { ok: true; world: World } | { ok: false; path: string; reason: string } {
  const w = task.wrongAnswers?.[index];
  const path = at(at(stepPath, 'wrongAnswers'), index);
  if (!w) return { ok: false, path, reason: 'missing' };
  const applied = applyLessonCommands(world, w.solution);
  if (!applied.ok) return { ok: false, path: at(at(path, 'solution'), applied.index), reason: applied.code };
  return applied;
}

/** Every problem with the task's wrong answers, replayed on `start` (the world the task starts from). */
export function replayWrongAnswers(start: World, task: TaskStep, stepPath: string): WrongAnswerFailure[] {
  const out: WrongAnswerFailure[] = [];
  (task.wrongAnswers ?? []).forEach((w, k) => {
    const applied = applyWrongAnswer(start, task, k, stepPath);
    if (!applied.ok) {
      out.push({ code: 'replay.wrong-answer-refused', path: applied.path, data: { reason: applied.reason, id: w.id } });
      return;
    }
    if (checkTask(applied.world, task, stepPath).pass)
      out.push({ code: 'replay.wrong-answer-accepted', path: at(at(stepPath, 'wrongAnswers'), k), data: { id: w.id } });
  });
  return out;
}
