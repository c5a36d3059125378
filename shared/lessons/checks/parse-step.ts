import { LESSON_TOOLS, type LessonCommand, type LessonStep, type LessonTool } from '../lesson-types';
import { readCommands } from '../world-bridge';
import { readCheck } from './parse-check';
import { readQuestion } from './parse-question';
import { readDecidedBy, readDecision, readRequest } from './parse-request';
import { readRefs } from './refs-rule';
import { readWrongAnswers } from './parse-wrong-answers';
import {
  type DiagnosticSink,
  at,
  checkMarkdown,
  isObject,
  noUnknownKeys,
  optString,
  reqArray,
  reqMarkdown,
  reqString,
} from './parse-util';

/** Reads an optional `focus` list of node ids. */
function readFocus(v: Record<string, unknown>, path: string, sink: DiagnosticSink): string[] | undefined {
  if (v.focus === undefined) return undefined;
  if (!Array.isArray(v.focus) || !v.focus.every((x) => typeof x === 'string')) {
    sink.add('lesson.bad-focus', at(path, 'focus'));
    return undefined;
  }
  return v.focus as string[];
}

/** Copies the optional title and focus onto a step. */
function withCommon<T extends object>(step: T, v: Record<string, unknown>, path: string, sink: DiagnosticSink): T {
  const title = optString(v, 'title', path, sink);
  const focus = readFocus(v, path, sink);
  return { ...step, ...(title !== undefined ? { title } : {}), ...(focus ? { focus } : {}) };
}

/** Reads one step of a lesson; returns null when its kind is unknown (already reported). */
export function readStep(v: unknown, path: string, sink: DiagnosticSink): LessonStep | null {
  if (!isObject(v)) {
    sink.add('lesson.not-object', path);
    return null;
  }
  const id = reqString(v, 'id', path, sink);
  switch (v.kind) {
    case 'explain': {
      noUnknownKeys(v, ['kind', 'id', 'title', 'text', 'focus', 'refs'], path, sink);
      const text = reqMarkdown(v, 'text', path, sink);
      return withCommon({ kind: 'explain' as const, id, text, refs: readRefs(v, path, sink) }, v, path, sink);
    }
    case 'demo': {
      noUnknownKeys(
        v,
        ['kind', 'id', 'title', 'request', 'expect', 'expectDecidedBy', 'narration', 'focus'],
        path,
        sink,
      );
      const request = readRequest(v.request, at(path, 'request'), sink);
      const expect = readDecision(v.expect, at(path, 'expect'), sink);
      const by = readDecidedBy(v.expectDecidedBy, at(path, 'expectDecidedBy'), sink);
      const narration = reqMarkdown(v, 'narration', path, sink);
      return withCommon(
        { kind: 'demo' as const, id, request, expect, narration, ...(by ? { expectDecidedBy: by } : {}) },
        v,
        path,
        sink,
      );
    }
    case 'task': {
      noUnknownKeys(
        v,
        ['kind', 'id', 'title', 'prompt', 'allowedTools', 'checks', 'hints', 'solution', 'wrongAnswers', 'focus'],
        path,
        sink,
      );
      const prompt = reqMarkdown(v, 'prompt', path, sink);
      const tools = reqArray(v, 'allowedTools', path, sink);
      tools.forEach((t, i) => {
        if (!(LESSON_TOOLS as readonly unknown[]).includes(t))
          sink.add('lesson.unknown-tool', at(at(path, 'allowedTools'), i));
      });
      const checks = reqArray(v, 'checks', path, sink).map((c, i) => readCheck(c, at(at(path, 'checks'), i), sink));
      const hints = reqArray(v, 'hints', path, sink);
      if (hints.length !== 3) sink.add('lesson.hints-not-three', at(path, 'hints'), { count: hints.length });
      hints.forEach((h, i) => {
        if (typeof h !== 'string' || h.trim() === '') sink.add('lesson.not-string', at(at(path, 'hints'), i));
        else checkMarkdown(h, at(at(path, 'hints'), i), sink);
      });
      const solution: LessonCommand[] = readCommands(reqArray(v, 'solution', path, sink), at(path, 'solution'), sink);
      const wrongAnswers = readWrongAnswers(v, path, sink);
      return withCommon(
        {
          kind: 'task' as const,
          id,
          prompt,
          allowedTools: tools as LessonTool[],
          checks,
          hints: hints as [string, string, string],
          solution,
          ...(wrongAnswers ? { wrongAnswers } : {}),
        },
        v,
        path,
        sink,
      );
    }
    case 'quiz': {
      noUnknownKeys(v, ['kind', 'id', 'title', 'questions'], path, sink);
      const questions = reqArray(v, 'questions', path, sink)
        .map((q, i) => readQuestion(q, at(at(path, 'questions'), i), sink))
        .filter((q) => q !== null);
      return withCommon({ kind: 'quiz' as const, id, questions }, v, path, sink);
    }
    default:
      sink.add('lesson.unknown-step-kind', at(path, 'kind'));
      return null;
  }
}
