/**
 * CI over the built-in lessons: each parses, and its replay holds against the engine — every demo's stated decision,
 * every task failing on its start world and passing after its solution, every predict-the-decision answer.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseLesson } from '../../../shared/lessons/lesson-check';
import { replayLesson } from '../../../shared/lessons/checks/replay';
import { BUILTIN_LESSON_DOCUMENTS } from '../../../shared/lessons/content';
import { TOPIC_IDS } from '../../../shared/lessons/topics';
import type { Lesson } from '../../../shared/lessons/lesson-types';

const DIR = new URL('../../../shared/lessons/content/', import.meta.url);
const FILES = readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .sort();
const lessons: Lesson[] = FILES.map((f) => {
  const r = parseLesson(readFileSync(new URL(f, DIR), 'utf8'));
  return r.ok ? r.lesson : ({ id: f, steps: [] } as unknown as Lesson);
});

describe('built-in lessons replay', () => {
  FILES.forEach((file, i) => {
    it(file, () => {
      const parsed = parseLesson(readFileSync(new URL(file, DIR), 'utf8'));
      if (!parsed.ok) expect.fail(JSON.stringify(parsed.diagnostics));
      expect(`${parsed.lesson.id}.json`).toBe(file);
      const report = replayLesson(parsed.lesson);
      expect(report.failures).toEqual([]);
      expect(report.ok).toBe(true);
      expect(lessons[i].id).toBe(parsed.lesson.id);
    });
  });
});

describe('curriculum coverage', () => {
  it('has at least one lesson per topic, in curriculum order', () => {
    const topics = lessons.map((l) => l.topic);
    for (const t of TOPIC_IDS) expect(topics, t).toContain(t);
    const order = topics.map((t) => TOPIC_IDS.indexOf(t as (typeof TOPIC_IDS)[number]));
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('the flagship stories (EC2 roles, cross-account, OIDC, SAML) have at least three tasks each', () => {
    for (const topic of ['ec2-roles', 'cross-account', 'federation-oidc', 'federation-saml']) {
      const tasks = lessons.filter((l) => l.topic === topic).flatMap((l) => l.steps.filter((s) => s.kind === 'task'));
      expect(tasks.length, topic).toBeGreaterThanOrEqual(3);
    }
  });

  it('lesson 12 can be completed by clicks only: its solutions use simple console actions', () => {
    const clickable = new Set(['attach-policy', 'detach-policy', 'add-user-to-group', 'remove-user-from-group']);
    const l12 = lessons.find((l) => l.topic === 'multiple-permissions')!;
    const tasks = l12.steps.filter((s) => s.kind === 'task');
    expect(tasks.length).toBeGreaterThanOrEqual(3);
    for (const t of tasks) {
      expect(t.allowedTools).toContain('console');
      for (const c of t.solution) expect(clickable.has(c.type), c.type).toBe(true);
    }
  });

  it('every task has exactly three hints and every lesson has a quiz', () => {
    for (const l of lessons) {
      for (const s of l.steps) if (s.kind === 'task') expect(s.hints.length).toBe(3);
      expect(
        l.steps.some((s) => s.kind === 'quiz'),
        l.id,
      ).toBe(true);
    }
  });

  it('the content index lists every lesson file, in order', () => {
    const ids = BUILTIN_LESSON_DOCUMENTS.map((d) => (d as { id: string }).id);
    expect(ids).toEqual(FILES.map((f) => f.replace(/\.json$/, '')));
  });
});
