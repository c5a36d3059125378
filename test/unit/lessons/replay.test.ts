/** The replay must catch lessons that teach something the engine does not do. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseLesson } from '../../../shared/lessons/lesson-check';
import { replayLesson } from '../../../shared/lessons/checks/replay';
import { runCheck, firstFailure } from '../../../shared/lessons/checks/run-check';
import { startWorld, worldAtStep, checkTask, applySolution } from '../../../shared/lessons/checks/task-flow';
import type { Lesson, TaskStep } from '../../../shared/lessons/lesson-types';

const BASE = JSON.parse(
  readFileSync(new URL('../../../shared/lessons/content/12-multiple-permissions.json', import.meta.url), 'utf8'),
);
const copy = () => JSON.parse(JSON.stringify(BASE));
const parsed = (doc: unknown): Lesson => {
  const r = parseLesson(doc);
  if (!r.ok) throw new Error(JSON.stringify(r.diagnostics));
  return r.lesson;
};
const codes = (doc: unknown) => replayLesson(parsed(doc)).failures.map((f) => [f.code, f.path]);

describe('replayLesson catches wrong lessons', () => {
  it('the base lesson replays cleanly with counts', () => {
    const r = replayLesson(parsed(BASE));
    expect(r.ok).toBe(true);
    expect(r.counts).toEqual({ tasks: 3, wrongAnswers: 5, demos: 1, quizzes: 1, questions: 3, explains: 1 });
  });

  it('a demo promising the wrong decision', () => {
    const d = copy();
    d.steps[1].expect = 'allowed';
    expect(codes(d)).toContainEqual(['replay.demo-decision', 'steps[1].expect']);
  });

  it('a task that already passes on its start world', () => {
    const d = copy();
    d.steps[2].checks = [
      { not: { fact: 'user-in-group', user: 'lee', group: 'Auditors' } },
      { fact: 'entity-exists', arn: 'arn:aws:iam::111122223333:user/lee' },
    ];
    expect(codes(d)).toContainEqual(['replay.task-passes-at-start', 'steps[2]']);
  });

  it('a solution that does not solve the task', () => {
    const d = copy();
    d.steps[3].solution = [{ type: 'create-user', account: '111122223333', userName: 'unrelated' }];
    expect(codes(d)).toContainEqual(['replay.task-fails-after-solution', 'steps[3].checks[0]']);
  });

  it('a solution the world refuses', () => {
    const d = copy();
    d.steps[2].solution = [
      { type: 'add-user-to-group', account: '111122223333', groupName: 'NoSuchGroup', userName: 'lee' },
    ];
    expect(codes(d)).toContainEqual(['replay.solution-refused', 'steps[2].solution[0]']);
  });

  it('a predict-the-decision answer the engine does not give', () => {
    const d = copy();
    d.steps[5].questions[0].answer = 'explicitDeny';
    expect(codes(d)).toContainEqual(['replay.predict-answer', 'steps[5].questions[0].answer']);
  });

  it('a decidedBy that names the wrong statement', () => {
    const d = copy();
    d.steps[4].checks[0].decidedBy = { sid: 'SomethingElse' };
    expect(codes(d)).toContainEqual(['replay.task-fails-after-solution', 'steps[4].checks[0]']);
  });

  it('an unknown built-in world', () => {
    const d = copy();
    d.world = { builtin: 'nowhere' };
    expect(codes(d)).toEqual([['world.unknown-builtin', 'world']]);
  });
});

describe('player helpers', () => {
  const lesson = parsed(BASE);
  const task = lesson.steps[4] as TaskStep;

  it('a failing request check carries the engine request and result for the theatre', () => {
    const w = worldAtStep(lesson, 4);
    if (!w.ok) throw new Error('world');
    const r = checkTask(w.world, task, 'steps[4]');
    expect(r.pass).toBe(false);
    const d = r.details[0];
    expect(d.code).toBe('check.decision-differs');
    expect(d.path).toBe('steps[4].checks[0]');
    expect(d.result?.decision).toBe('allowed');
    expect(d.request?.action).toBe('s3:DeleteObject');
    expect(d.expected).toBe('explicitDeny');
    expect(d.result?.trace.events.length).toBeGreaterThan(0);
  });

  it('applySolution then checkTask passes; the deciding statement is the named one', () => {
    const w = worldAtStep(lesson, 4);
    if (!w.ok) throw new Error('world');
    const solved = applySolution(w.world, task, 'steps[4]');
    if (!solved.ok) throw new Error('solution');
    const r = checkTask(solved.world, task, 'steps[4]');
    expect(r.pass).toBe(true);
    expect(r.details[0].result?.decidedBy.some((s) => s.sid === 'NeverDeleteReports')).toBe(true);
  });

  it('combinators: not / any / all, and firstFailure finds the failing leaf', () => {
    const s = startWorld(lesson);
    if (!s.ok) throw new Error('world');
    const inGroup = { fact: 'user-in-group' as const, user: 'lee', group: 'Auditors' };
    expect(runCheck(s.world, inGroup).pass).toBe(false);
    expect(runCheck(s.world, { not: inGroup }).pass).toBe(true);
    expect(
      runCheck(s.world, { any: [inGroup, { fact: 'entity-exists', arn: 'arn:aws:iam::111122223333:user/lee' }] }).pass,
    ).toBe(true);
    const all = runCheck(
      s.world,
      { all: [{ fact: 'entity-exists', arn: 'arn:aws:iam::111122223333:user/lee' }, inGroup] },
      'x',
    );
    expect(all.pass).toBe(false);
    expect(firstFailure(all.details)?.code).toBe('fact.not-in-group');
    expect(firstFailure(all.details)?.path).toBe('x.all[1]');
  });

  it('a request naming an unknown principal fails the check instead of throwing', () => {
    const s = startWorld(lesson);
    if (!s.ok) throw new Error('world');
    const r = runCheck(s.world, {
      request: { principal: 'arn:aws:iam::111122223333:user/ghost', action: 's3:GetObject', resource: '*' },
      expect: 'implicitDeny',
    });
    expect(r.pass).toBe(false);
    expect(r.details.code).toBe('check.request-unresolved');
  });
});

describe('inline worlds', () => {
  it('loads an inline scenario document through the world parser, and refuses a bad one', async () => {
    const { scenarioDocument } = await import('../../../shared/world/scenario/parse');
    const start = startWorld(parsed(BASE));
    if (!start.ok) throw new Error('world');
    const d = copy();
    d.world = { inline: scenarioDocument(start.world) };
    delete d.setup;
    expect(replayLesson(parsed(d)).ok).toBe(true);
    d.world = { inline: { format: 'iam-lab-scenario', version: 1, world: { nope: true } } };
    expect(replayLesson(parsed(d)).failures[0].code).toMatch(/^world\.bad-inline/);
  });
});
