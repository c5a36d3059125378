/**
 * The authoring rules lessons check enforces: wrong answers are parsed with paths, replayed (accepted or refused ones
 * fail), required per task with an insecure one per lesson, and every solution command has a UI affordance — the map
 * in shared/lessons/ui-affordances.json covers every world command type, so a new command cannot ship without one.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseLesson } from '../../../shared/lessons/lesson-check';
import { replayLesson } from '../../../shared/lessons/checks/replay';
import { authoringFailures, UI_AFFORDANCES, uiAffordanceOf } from '../../../shared/lessons/checks/authoring-rules';
import { COMMAND_TYPES } from '../../../shared/world/commands/apply';
import { AWS_OPERATIONS } from '../../../shared/terminal/aws/index';
import type { Lesson } from '../../../shared/lessons/lesson-types';

const BASE = JSON.parse(
  readFileSync(new URL('../../../shared/lessons/content/07-policy-anatomy.json', import.meta.url), 'utf8'),
);
const copy = () => JSON.parse(JSON.stringify(BASE));
const taskIndex = BASE.steps.findIndex((s: { kind: string }) => s.kind === 'task');
const parsed = (doc: unknown): Lesson => {
  const r = parseLesson(doc);
  if (!r.ok) throw new Error(JSON.stringify(r.diagnostics));
  return r.lesson;
};
const codes = (doc: unknown) => replayLesson(parsed(doc)).failures.map((f) => [f.code, f.path]);

describe('wrong answers', () => {
  it('the base lesson replays cleanly', () => {
    expect(replayLesson(parsed(BASE)).ok).toBe(true);
  });
  it('a wrong answer the checks accept fails the lesson', () => {
    const d = copy();
    d.steps[taskIndex].wrongAnswers[0].solution = d.steps[taskIndex].solution;
    expect(codes(d)).toContainEqual(['replay.wrong-answer-accepted', `steps[${taskIndex}].wrongAnswers[0]`]);
  });
  it('a wrong answer the world refuses fails the lesson, naming the command', () => {
    const d = copy();
    d.steps[taskIndex].wrongAnswers[0].solution = [
      { type: 'add-user-to-group', account: '111122223333', groupName: 'Nope', userName: 'maria' },
    ];
    expect(codes(d)).toContainEqual(['replay.wrong-answer-refused', `steps[${taskIndex}].wrongAnswers[0].solution[0]`]);
  });
  it('a task without wrong answers, and a lesson without an insecure one', () => {
    const d = copy();
    delete d.steps[taskIndex].wrongAnswers;
    expect(codes(d)).toEqual([
      ['replay.no-wrong-answer', `steps[${taskIndex}]`],
      ['replay.no-insecure-wrong-answer', ''],
    ]);
  });
  it('parse problems come with paths', () => {
    const d = copy();
    d.steps[taskIndex].wrongAnswers[0].insecure = 'yes';
    d.steps[taskIndex].wrongAnswers[1].id = 'Bad Id';
    d.steps[taskIndex].wrongAnswers[1].extra = 1;
    const r = parseLesson(d);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.diagnostics.map((x) => [x.code, x.path])).toEqual([
      ['lesson.not-boolean', `steps[${taskIndex}].wrongAnswers[0].insecure`],
      ['lesson.unknown-key', `steps[${taskIndex}].wrongAnswers[1].extra`],
      ['lesson.bad-id', `steps[${taskIndex}].wrongAnswers[1].id`],
    ]);
  });
  it('insecure may be left out (false)', () => {
    const d = copy();
    delete d.steps[taskIndex].wrongAnswers[0].insecure;
    expect(parsed(d).steps[taskIndex]).toMatchObject({ wrongAnswers: [{ insecure: false }, {}] });
  });
});

describe('UI affordances', () => {
  it('cover every world command type, and nothing else', () => {
    expect(Object.keys(UI_AFFORDANCES).sort()).toEqual([...COMMAND_TYPES].sort());
  });
  it('name an inspector or status-bar action, and command-line forms the lab terminal runs', () => {
    const known = new Set(AWS_OPERATIONS.map((o) => `${o.service === 'lab' ? 'lab' : `aws ${o.service}`} ${o.name}`));
    for (const [type, a] of Object.entries(UI_AFFORDANCES)) {
      expect(a.ui, type).toMatch(/^(inspector|status bar): /);
      if (a.terminal === false) continue;
      for (const form of a.cli.split(' | ')) expect(known.has(form), `${type}: ${form}`).toBe(true);
    }
  });
  it('a solution command without an affordance is refused', () => {
    const lesson = parsed(copy());
    const task = lesson.steps[taskIndex] as { solution: { type: string }[] };
    task.solution = [{ type: 'no-such-form' }];
    expect(authoringFailures(lesson)).toContainEqual({
      code: 'replay.no-ui-affordance',
      path: `steps[${taskIndex}].solution[0].type`,
      data: { type: 'no-such-form' },
    });
    expect(uiAffordanceOf('__proto__')).toBeUndefined();
  });
});
