/**
 * The goal of a task as a live checklist: each of its checks as a property in words, ticked against the learner's
 * current world, with the cause in words when it does not hold. Pure; the lesson player calls it after every change
 * so the learner sees the goal (requests that must be allowed and others that must stay denied), not the answer.
 */
import type { World } from '../../world/types';
import type { TaskStep } from '../lesson-types';
import { describeCheck, failureReason } from './check-text';
import { firstFailure, runCheck } from './run-check';
import { at } from './parse-util';

/** One line of the checklist. */
export interface GoalItem {
  /** The property in words ("session maria of role LogReader (444455556666) can s3:GetObject on prod-logs/app.log."). */
  label: string;
  passed: boolean;
  /** Why it does not hold yet, in words (absent when it holds). */
  cause?: string;
  /** JSON path of the check inside the lesson step, e.g. `checks[1]` (prefixed with `stepPath` when given). */
  path: string;
}

/** Every check of `task` against `world`, in order. */
export function goalChecklist(task: TaskStep, world: World, stepPath = ''): GoalItem[] {
  return task.checks.map((check, i) => {
    const path = at(at(stepPath, 'checks'), i);
    const outcome = runCheck(world, check, path);
    const item: GoalItem = { label: describeCheck(check), passed: outcome.pass, path };
    if (!outcome.pass) {
      const leaf = firstFailure(outcome.details);
      if (leaf) item.cause = failureReason(leaf);
    }
    return item;
  });
}
