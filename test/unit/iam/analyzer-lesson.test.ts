/** Lesson 27's world, read by the analyzer model: its two findings exist at the start and are gone after the tasks. */
import { describe, expect, it } from 'vitest';
import lesson27 from '../../../shared/lessons/content/27-access-analyzer.json';
import { parseLesson } from '../../../shared/lessons/lesson-check';
import { worldAtStep } from '../../../shared/lessons/checks/task-flow';
import { externalAccessFindings } from '../../../shared/iam/analyzer';

const parsed = parseLesson(lesson27);
if (!parsed.ok) throw new Error(JSON.stringify(parsed.diagnostics));
const lesson = parsed.lesson;

function findingsAt(step: number): string[] {
  const w = worldAtStep(lesson, step);
  if (!w.ok) throw new Error(w.error.code);
  return externalAccessFindings(w.world, { kind: 'organization' }).map(
    (f) => `${f.access} ${f.resource} ${f.principal}`,
  );
}

describe('lesson 27 and the analyzer model', () => {
  it('finds the public bucket and the former contractor at the start', () => {
    expect(findingsAt(0)).toEqual([
      'public arn:aws:s3:::reports *',
      'account arn:aws:iam::444455556666:role/AuditRole arn:aws:iam::777788889999:root',
    ]);
  });

  it('finds nothing once both tasks are solved', () => {
    expect(findingsAt(lesson.steps.length)).toEqual([]);
  });
});
