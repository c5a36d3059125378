/**
 * Reads a task's `wrongAnswers`: `[{id, why, insecure?, solution}]` (`insecure` defaults to false), each solution a list of world commands like the
 * task's own. Problems are diagnostics with JSON paths (`steps[2].wrongAnswers[0].why`).
 */
import type { WrongAnswer } from '../lesson-types';
import { readCommands } from '../world-bridge';
import { type DiagnosticSink, at, isObject, noUnknownKeys, reqArray, reqMarkdown, reqString } from './parse-util';

/** The optional `wrongAnswers` of a task step at `path`. */
export function readWrongAnswers(
  step: Record<string, unknown>,
  path: string,
  sink: DiagnosticSink,
): WrongAnswer[] | undefined {
  if (step.wrongAnswers === undefined) return undefined;
  const list = reqArray(step, 'wrongAnswers', path, sink);
  const ids = new Set<string>();
  return list.map((w, i) => {
    const p = at(at(path, 'wrongAnswers'), i);
    if (!isObject(w)) {
      sink.add('lesson.not-object', p);
      return { id: '', why: '', insecure: false, solution: [] };
    }
    noUnknownKeys(w, ['id', 'why', 'insecure', 'solution'], p, sink);
    const id = reqString(w, 'id', p, sink);
    if (id !== '' && !/^[a-z0-9][a-z0-9-]*$/.test(id)) sink.add('lesson.bad-id', at(p, 'id'));
    if (ids.has(id)) sink.add('lesson.duplicate-id', at(p, 'id'));
    ids.add(id);
    const why = reqMarkdown(w, 'why', p, sink);
    if (w.insecure !== undefined && typeof w.insecure !== 'boolean') sink.add('lesson.not-boolean', at(p, 'insecure'));
    const solution = readCommands(reqArray(w, 'solution', p, sink), at(p, 'solution'), sink);
    return { id, why, insecure: w.insecure === true, solution };
  });
}
