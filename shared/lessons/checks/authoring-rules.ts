/**
 * Authoring rules `lessons check` enforces beyond "the lesson replays": every task records at least one wrong answer
 * (`replay.no-wrong-answer`), every lesson records at least one insecure one (`replay.no-insecure-wrong-answer`: the
 * answer that opens a hole is the one a check most needs to reject), and every command a task's solution uses can be
 * done by hand in the app (`replay.no-ui-affordance`: the type has an entry in ui-affordances.json) and in its terminal
 * (`replay.no-terminal-form`: the entry is not marked `terminal: false`).
 */
import type { Lesson } from '../lesson-types';
import affordances from '../ui-affordances.json';
import { at } from './parse-util';

/** One UI affordance: the action that does a command by hand, and its command-line forms. */
export interface UiAffordance {
  ui: string;
  /** Alternatives separated by ` | `: `aws <service> <operation>` (run by the lab terminal) or `lab <operation>`. */
  cli: string;
  /** False for the few commands the lab terminal does not offer (their tasks cannot be done by hand there). */
  terminal?: boolean;
}

/** Command type → its UI affordance (a null-prototype record: command types come from lesson files). */
export const UI_AFFORDANCES: Readonly<Record<string, UiAffordance>> = Object.assign(
  Object.create(null) as Record<string, UiAffordance>,
  affordances.affordances,
);

/** The UI affordance of a command type, if any. */
export function uiAffordanceOf(type: string): UiAffordance | undefined {
  return Object.prototype.hasOwnProperty.call(UI_AFFORDANCES, type) ? UI_AFFORDANCES[type] : undefined;
}

/** One rule broken: a code, the lesson JSON path, structured data. */
export interface AuthoringFailure {
  code: string;
  path: string;
  data?: Record<string, unknown>;
}

/** Every authoring rule the lesson breaks. */
export function authoringFailures(lesson: Lesson): AuthoringFailure[] {
  const out: AuthoringFailure[] = [];
  let insecure = false;
  let tasks = 0;
  lesson.steps.forEach((step, i) => {
    if (step.kind !== 'task') return;
    tasks++;
    const path = at('steps', i);
    const wrong = step.wrongAnswers ?? [];
    if (wrong.length === 0) out.push({ code: 'replay.no-wrong-answer', path });
    if (wrong.some((w) => w.insecure)) insecure = true;
    step.solution.forEach((c, j) => {
      if (!uiAffordanceOf(c.type))
        out.push({
          code: 'replay.no-ui-affordance',
          path: at(at(at(path, 'solution'), j), 'type'),
          data: { type: c.type },
        });
    });
  });
  if (tasks > 0 && !insecure) out.push({ code: 'replay.no-insecure-wrong-answer', path: '' });
  return out;
}
