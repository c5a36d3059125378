/**
 * The goal checklist and failure causes: every recorded wrong answer of every built-in lesson leaves at least one
 * goal line unticked with a sentence, and named cases (cases/causes.json) get the cause that names the real mistake
 * (wrong account, session vs user, bucket vs objects, a condition key the trust policy does not test, too broad).
 */
import { describe, expect, it } from 'vitest';
import { BUILTIN_LESSON_DOCUMENTS } from '../../../shared/lessons/content';
import { parseLesson } from '../../../shared/lessons/lesson-check';
import type { Lesson, TaskStep } from '../../../shared/lessons/lesson-types';
import { goalChecklist } from '../../../shared/lessons/checks/goal-checklist';
import { applySolution, worldAtStep } from '../../../shared/lessons/checks/task-flow';
import { applyWrongAnswer } from '../../../shared/lessons/checks/wrong-answers';
import { firstFailure, runChecks } from '../../../shared/lessons/checks/run-check';
import { describeCheck } from '../../../shared/lessons/checks/check-text';
import cases from './cases/causes.json';

const lessons: Lesson[] = BUILTIN_LESSON_DOCUMENTS.map((d) => {
  const r = parseLesson(d);
  if (!r.ok) throw new Error(JSON.stringify(r.diagnostics));
  return r.lesson;
});

function taskOf(lessonId: string, taskId: string): { lesson: Lesson; task: TaskStep; index: number } {
  const lesson = lessons.find((l) => l.id === lessonId)!;
  const index = lesson.steps.findIndex((s) => s.kind === 'task' && s.id === taskId);
  return { lesson, task: lesson.steps[index] as TaskStep, index };
}

describe('goalChecklist', () => {
  it('lists every check of a task as a property in words, unticked at the start and ticked after the solution', () => {
    const { lesson, task, index } = taskOf('17-federation-oidc', 'role');
    const start = worldAtStep(lesson, index);
    if (!start.ok) throw new Error(start.error.code);
    const before = goalChecklist(task, start.world, `steps[${index}]`);
    expect(before.map((i) => i.label)).toEqual(task.checks.map(describeCheck));
    expect(before[2].label).toBe(
      'a web identity token from token.actions.githubusercontent.com with aud sts.amazonaws.com and sub repo:someone-else/website:ref:refs/heads/main cannot assume role GitHubDeploy (111122223333) (sts:AssumeRoleWithWebIdentity).',
    );
    expect(before[1]).toMatchObject({ passed: false, path: `steps[${index}].checks[1]` });
    expect(before[1].cause).toBeTruthy();
    const after = applySolution(start.world, task, `steps[${index}]`);
    if (!after.ok) throw new Error(after.error.code);
    expect(goalChecklist(task, after.world).every((i) => i.passed && i.cause === undefined)).toBe(true);
  });

  it('every wrong answer of every lesson leaves a line unticked, with a sentence', () => {
    let count = 0;
    for (const lesson of lessons) {
      lesson.steps.forEach((step, i) => {
        if (step.kind !== 'task') return;
        const start = worldAtStep(lesson, i);
        if (!start.ok) throw new Error(`${lesson.id}: ${start.error.code}`);
        (step.wrongAnswers ?? []).forEach((_, k) => {
          const w = applyWrongAnswer(start.world, step, k, `steps[${i}]`);
          if (!w.ok) throw new Error(`${lesson.id} ${step.id}: ${w.reason}`);
          const failing = goalChecklist(step, w.world).filter((g) => !g.passed);
          expect(failing.length, `${lesson.id} ${step.id} wrong answer ${k}`).toBeGreaterThan(0);
          for (const f of failing) expect(f.cause, `${lesson.id} ${step.id}`).toMatch(/\w+ \w+/);
          count++;
        });
      });
    }
    expect(count).toBeGreaterThanOrEqual(60);
  });
});

describe('failure causes (cases/causes.json)', () => {
  for (const c of cases) {
    it(c.name, () => {
      const { lesson, task, index } = taskOf(c.lesson, c.task);
      const start = worldAtStep(lesson, index);
      if (!start.ok) throw new Error(start.error.code);
      const k = task.wrongAnswers!.findIndex((w) => w.id === c.wrong);
      const w = applyWrongAnswer(start.world, task, k, `steps[${index}]`);
      if (!w.ok) throw new Error(w.reason);
      const { details } = runChecks(w.world, task.checks, `steps[${index}]`);
      const causes = details.map(firstFailure).flatMap((d) => (d?.cause ? [d.cause.code] : []));
      expect(causes).toContain(c.cause);
      const sentences = goalChecklist(task, w.world).map((g) => g.cause ?? '');
      expect(
        sentences.some((s) => s.includes(c.says)),
        sentences.join('\n'),
      ).toBe(true);
    });
  }
});
