/**
 * The analyzer model read on built-in lesson worlds (cases in `cases/analyzer-lessons.json`): the findings a lesson
 * is about exist when it starts and change as its tasks say — lesson 27's two doors close, lesson 25's vendor trust
 * now depends on sts:ExternalId, lesson 30's forgotten grant is overridden, lesson 31's one intended share appears.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import cases from './cases/analyzer-lessons.json';
import { parseLesson } from '../../../shared/lessons/lesson-check';
import { worldAtStep } from '../../../shared/lessons/checks/task-flow';
import { externalAccessFindings, type ZoneOfTrust } from '../../../shared/iam/analyzer';
import type { Lesson } from '../../../shared/lessons/lesson-types';

function load(id: string): Lesson {
  const parsed = parseLesson(
    readFileSync(new URL(`../../../shared/lessons/content/${id}.json`, import.meta.url), 'utf8'),
  );
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.diagnostics));
  return parsed.lesson;
}

function findingsAt(lesson: Lesson, step: number): string[] {
  const w = worldAtStep(lesson, step);
  if (!w.ok) throw new Error(w.error.code);
  const zone: ZoneOfTrust = w.world.organization
    ? { kind: 'organization' }
    : { kind: 'account', accountId: Object.keys(w.world.accounts)[0] };
  return externalAccessFindings(w.world, zone).map((f) =>
    `${f.access} ${f.resource} ${f.principal} ${f.actions.join(',')} | ${f.conditions.join(',')}`.trim(),
  );
}

describe('the analyzer model on lesson worlds', () => {
  for (const c of cases.cases) {
    const lesson = load(c.lesson);
    it(`${c.lesson}: findings at the start`, () => expect(findingsAt(lesson, 0)).toEqual(c.start));
    it(`${c.lesson}: findings after its tasks`, () => expect(findingsAt(lesson, lesson.steps.length)).toEqual(c.end));
  }
});
