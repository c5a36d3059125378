/**
 * One-line text for `iam-lab lessons check`: `ok <id>  3 tasks (7 wrong answers rejected), 2 demos, 1 quiz` or
 * `FAIL <id> <path>: <reason>`.
 */
import type { LessonDiagnostic } from '../../shared/lessons/lesson-types';
import type { ReplayFailure, ReplayReport } from '../../shared/lessons/checks/replay';

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : word.endsWith('z') ? 'zes' : 's'}`;

/** The counts part of an `ok` line. */
export function countsText(c: ReplayReport['counts']): string {
  const wrong = c.tasks ? ` (${plural(c.wrongAnswers, 'wrong answer')} rejected)` : '';
  return `${plural(c.tasks, 'task')}${wrong}, ${plural(c.demos, 'demo')}, ${plural(c.quizzes, 'quiz')}`;
}

/** Describes one replay failure: its code and, when known, what was expected and what the engine said. */
export function failureText(f: ReplayFailure | LessonDiagnostic): string {
  const d = f.data ?? {};
  const extra: string[] = [];
  if (d.expected !== undefined || d.actual !== undefined)
    extra.push(`expected ${String(d.expected)}, got ${String(d.actual)}`);
  if (d.reason !== undefined) extra.push(`reason ${String(d.reason)}`);
  if (d.line !== undefined) extra.push(`line ${String(d.line)}`);
  return `${f.path || '(root)'}: ${f.code}${extra.length ? ` (${extra.join('; ')})` : ''}`;
}

/** The line for a lesson that replayed cleanly. */
export function okLine(id: string, report: ReplayReport): string {
  return `ok ${id}  ${countsText(report.counts)}\n`;
}

/** The lines for a lesson (or file) with problems: the first on the FAIL line, the rest indented below. */
export function failLines(name: string, problems: (ReplayFailure | LessonDiagnostic)[]): string {
  const [first, ...rest] = problems;
  return `FAIL ${name} ${first ? failureText(first) : ''}\n` + rest.map((p) => `     ${failureText(p)}\n`).join('');
}
