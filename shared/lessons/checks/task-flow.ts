/**
 * The lesson player's pure helpers: build the start world, check a task, play its solution. The renderer's
 * `LessonRunner` and the replay checker both use these, so what CI proves is what the learner gets.
 */
import type { World } from '../../world/types';
import type { Lesson, TaskStep } from '../lesson-types';
import { applyLessonCommands, loadLessonWorld } from '../world-bridge';
import { type CheckDetail, runChecks } from './run-check';
import { at } from './parse-util';

/** A failure to build or change a lesson's world: a code and the lesson JSON path it concerns. */
export interface FlowError {
  code: string;
  path: string;
}

/** The lesson's start world: its world source with the setup commands applied (outside the undo history). */
export function startWorld(lesson: Lesson): { ok: true; world: World } | { ok: false; error: FlowError } {
  const loaded = loadLessonWorld(lesson.world);
  if (!loaded.ok) return { ok: false, error: { code: loaded.code, path: 'world' } };
  if (!lesson.setup || lesson.setup.length === 0) return loaded;
  const applied = applyLessonCommands(loaded.world, lesson.setup, false);
  if (!applied.ok) return { ok: false, error: { code: applied.code, path: at('setup', applied.index) } };
  return applied;
}

/** Checks a task against the learner's world: all its checks must pass. */
export function checkTask(world: World, task: TaskStep, stepPath: string): { pass: boolean; details: CheckDetail[] } {
  return runChecks(world, task.checks, stepPath);
}

/** Plays a task's solution on a world ("Show solution"); the player applies the same commands one by one, visibly. */
export function applySolution(
  world: World,
  task: TaskStep,
  stepPath: string,
): { ok: true; world: World } | { ok: false; error: FlowError } {
  const applied = applyLessonCommands(world, task.solution);
  if (!applied.ok)
    return { ok: false, error: { code: applied.code, path: at(at(stepPath, 'solution'), applied.index) } };
  return applied;
}

/**
 * The world a step starts from when every earlier task was solved with its solution — what "Skip" and "resume at
 * step N" rebuild.
 */
export function worldAtStep(
  lesson: Lesson,
  stepIndex: number,
): { ok: true; world: World } | { ok: false; error: FlowError } {
  const start = startWorld(lesson);
  if (!start.ok) return start;
  let world = start.world;
  for (let i = 0; i < stepIndex && i < lesson.steps.length; i++) {
    const step = lesson.steps[i];
    if (step.kind !== 'task') continue;
    const next = applySolution(world, step, at('steps', i));
    if (!next.ok) return next;
    world = next.world;
  }
  return { ok: true, world };
}

/** The player's task flow in one place: start world (setup applied), check a task, play a solution, rebuild step N. */
export const runLessonTaskFlow = { startWorld, checkTask, applySolution, worldAtStep } as const;
