import type { Decision } from '../../iam/request';
import type { LessonQuestion, QuizOption } from '../lesson-types';
import { DECISIONS, readDecision, readRequest } from './parse-request';
import { type DiagnosticSink, at, isObject, noUnknownKeys, reqArray, reqMarkdown, reqString } from './parse-util';

/** Reads the options of a choice question: unique ids, each with an explanation; the right count of correct ones. */
function readOptions(v: Record<string, unknown>, path: string, single: boolean, sink: DiagnosticSink): QuizOption[] {
  const list = reqArray(v, 'options', path, sink);
  const opath = at(path, 'options');
  const seen = new Set<string>();
  const options = list.map((o, i): QuizOption => {
    const p = at(opath, i);
    if (!isObject(o)) {
      sink.add('lesson.not-object', p);
      return { id: '', text: '', correct: false, explanation: '' };
    }
    noUnknownKeys(o, ['id', 'text', 'correct', 'explanation'], p, sink);
    const id = reqString(o, 'id', p, sink);
    if (seen.has(id)) sink.add('lesson.duplicate-id', at(p, 'id'));
    seen.add(id);
    if (typeof o.correct !== 'boolean') sink.add('lesson.not-boolean', at(p, 'correct'));
    return {
      id,
      text: reqMarkdown(o, 'text', p, sink),
      correct: o.correct === true,
      explanation: reqMarkdown(o, 'explanation', p, sink),
    };
  });
  if (list.length < 2) sink.add('lesson.too-few-options', opath);
  const correct = options.filter((o) => o.correct).length;
  if (single ? correct !== 1 : correct < 1) sink.add('lesson.bad-correct-count', opath, { correct });
  return options;
}

/** Reads one quiz question: `single`, `multiple`, `predict` or `order`. */
export function readQuestion(v: unknown, path: string, sink: DiagnosticSink): LessonQuestion | null {
  if (!isObject(v)) {
    sink.add('lesson.not-object', path);
    return null;
  }
  const id = reqString(v, 'id', path, sink);
  const prompt = reqMarkdown(v, 'prompt', path, sink);
  switch (v.type) {
    case 'single':
    case 'multiple':
      noUnknownKeys(v, ['type', 'id', 'prompt', 'options'], path, sink);
      return { type: v.type, id, prompt, options: readOptions(v, path, v.type === 'single', sink) };
    case 'predict': {
      noUnknownKeys(v, ['type', 'id', 'prompt', 'request', 'answer', 'explanations'], path, sink);
      const request = readRequest(v.request, at(path, 'request'), sink);
      const answer = readDecision(v.answer, at(path, 'answer'), sink);
      const ex = v.explanations;
      const explanations = {} as Record<Decision, string>;
      if (!isObject(ex)) sink.add(ex === undefined ? 'lesson.missing' : 'lesson.not-object', at(path, 'explanations'));
      else {
        noUnknownKeys(ex, DECISIONS, at(path, 'explanations'), sink);
        for (const d of DECISIONS) explanations[d] = reqMarkdown(ex, d, at(path, 'explanations'), sink);
      }
      return { type: 'predict', id, prompt, request, answer, explanations };
    }
    case 'order': {
      noUnknownKeys(v, ['type', 'id', 'prompt', 'items'], path, sink);
      const list = reqArray(v, 'items', path, sink);
      if (list.length < 2) sink.add('lesson.too-few-options', at(path, 'items'));
      const items = list.map((it, i) => {
        const p = at(at(path, 'items'), i);
        if (!isObject(it)) {
          sink.add('lesson.not-object', p);
          return { id: '', text: '', explanation: '' };
        }
        noUnknownKeys(it, ['id', 'text', 'explanation'], p, sink);
        return {
          id: reqString(it, 'id', p, sink),
          text: reqMarkdown(it, 'text', p, sink),
          explanation: reqMarkdown(it, 'explanation', p, sink),
        };
      });
      if (new Set(items.map((x) => x.id)).size !== items.length) sink.add('lesson.duplicate-id', at(path, 'items'));
      return { type: 'order', id, prompt, items };
    }
    default:
      sink.add('lesson.unknown-question-type', at(path, 'type'));
      return null;
  }
}
