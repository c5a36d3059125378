/**
 * Replays a lesson against the engine — the proof that a lesson teaches what AWS does. From the start world, in
 * step order: every demo's stated decision (and deciding statement) must hold; every task must FAIL on the world it
 * starts from and PASS after its solution (whose world then carries on), and FAIL after each of its recorded wrong
 * answers; every predict-the-decision answer must be the engine's answer; the authoring rules hold (authoring-rules.ts). Used by `iam-lab lessons check` and by the CI test over the built-in lessons.
 */
import type { Lesson } from '../lesson-types';
import { matchesDecidedBy, evaluateLessonRequest, type CheckDetail } from './run-check';
import { applySolution, checkTask, startWorld } from './task-flow';
import { at } from './parse-util';
import { authoringFailures } from './authoring-rules';
import { replayWrongAnswers } from './wrong-answers';

/** One replay problem: a code, the lesson JSON path, and structured data (expected/actual). */
export interface ReplayFailure {
  code: string;
  path: string;
  data?: Record<string, unknown>;
}

/** What a replay found, with counts for the one-line summary. */
export interface ReplayReport {
  ok: boolean;
  counts: { tasks: number; wrongAnswers: number; demos: number; quizzes: number; questions: number; explains: number };
  failures: ReplayFailure[];
  /** Every trace reason code seen in demo and check evaluations (for the narration coverage test). */
  reasonCodes: string[];
}

/** The path and code of the first failing leaf in a task's check details. */
function failingLeaf(details: CheckDetail[]): CheckDetail | undefined {
  const walk = (d: CheckDetail): CheckDetail | undefined => {
    if (d.pass) return undefined;
    for (const c of d.children ?? []) {
      const f = walk(c);
      if (f) return f;
    }
    return d;
  };
  for (const d of details) {
    const f = walk(d);
    if (f) return f;
  }
  return undefined;
}

/** Replays one parsed lesson. */
export function replayLesson(lesson: Lesson): ReplayReport {
  const counts = { tasks: 0, wrongAnswers: 0, demos: 0, quizzes: 0, questions: 0, explains: 0 };
  const failures: ReplayFailure[] = [];
  const codes = new Set<string>();
  const collect = (events: { code: string }[]): void => events.forEach((e) => codes.add(e.code));
  const collectDetails = (ds: CheckDetail[]): void =>
    ds.forEach((d) => {
      if (d.result) collect(d.result.trace.events);
      if (d.result) codes.add(d.result.reason);
      collectDetails(d.children ?? []);
    });
  const start = startWorld(lesson);
  if (!start.ok) return { ok: false, counts, failures: [start.error], reasonCodes: [] };
  let world = start.world;
  lesson.steps.forEach((step, i) => {
    const path = at('steps', i);
    switch (step.kind) {
      case 'explain':
        counts.explains++;
        return;
      case 'demo': {
        counts.demos++;
        const ev = evaluateLessonRequest(world, step.request);
        if (!ev.ok) {
          failures.push({ code: 'replay.demo-unresolved', path: at(path, 'request'), data: { reason: ev.code } });
          return;
        }
        collect(ev.result.trace.events);
        codes.add(ev.result.reason);
        if (ev.result.decision !== step.expect) {
          failures.push({
            code: 'replay.demo-decision',
            path: at(path, 'expect'),
            data: { expected: step.expect, actual: ev.result.decision, reason: ev.result.reason },
          });
        } else if (
          step.expectDecidedBy &&
          !ev.result.decidedBy.some((r) => matchesDecidedBy(r, step.expectDecidedBy!))
        ) {
          failures.push({
            code: 'replay.demo-decided-by',
            path: at(path, 'expectDecidedBy'),
            data: { actual: ev.result.decidedBy },
          });
        }
        return;
      }
      case 'task': {
        counts.tasks++;
        counts.wrongAnswers += step.wrongAnswers?.length ?? 0;
        const before = checkTask(world, step, path);
        collectDetails(before.details);
        if (before.pass) failures.push({ code: 'replay.task-passes-at-start', path });
        for (const f of replayWrongAnswers(world, step, path)) failures.push(f);
        const after = applySolution(world, step, path);
        if (!after.ok) {
          failures.push({
            code: 'replay.solution-refused',
            path: after.error.path,
            data: { reason: after.error.code },
          });
          return;
        }
        world = after.world;
        const done = checkTask(world, step, path);
        collectDetails(done.details);
        if (!done.pass) {
          const leaf = failingLeaf(done.details);
          failures.push({
            code: 'replay.task-fails-after-solution',
            path: leaf?.path ?? path,
            data: { reason: leaf?.code, expected: leaf?.expected, actual: leaf?.result?.decision },
          });
        }
        return;
      }
      case 'quiz':
        counts.quizzes++;
        step.questions.forEach((q, k) => {
          counts.questions++;
          if (q.type !== 'predict') return;
          const qpath = at(at(path, 'questions'), k);
          const ev = evaluateLessonRequest(world, q.request);
          if (!ev.ok) {
            failures.push({ code: 'replay.predict-unresolved', path: at(qpath, 'request'), data: { reason: ev.code } });
            return;
          }
          collect(ev.result.trace.events);
          codes.add(ev.result.reason);
          if (ev.result.decision !== q.answer)
            failures.push({
              code: 'replay.predict-answer',
              path: at(qpath, 'answer'),
              data: { expected: q.answer, actual: ev.result.decision },
            });
        });
        return;
    }
  });
  failures.push(...authoringFailures(lesson));
  return { ok: failures.length === 0, counts, failures, reasonCodes: [...codes].sort() };
}
