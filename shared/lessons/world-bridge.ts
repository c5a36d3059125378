/**
 * The one file where lessons meet the world model and the engine. Everything else in `shared/lessons` goes through
 * these functions, so a change in the world's command or request API touches only this file.
 * (Placeholder until shared/world commands and requestFor land.)
 */
import type { EvaluationRequest } from '../iam/request';
import type { EvaluationResult } from '../iam/result';
import type { World } from '../world/types';
import type { DiagnosticSink } from './checks/parse-util';
import type { LessonRequest, LessonWorldSource } from './lesson-types';

/** A world command as lessons write it (the world's typed command union). */
export type LessonCommand = { type: string } & Record<string, unknown>;

/** Reads and shape-checks a list of world commands. */
export function readCommands(list: unknown[], path: string, sink: DiagnosticSink): LessonCommand[] {
  list.forEach((c, i) => {
    if (typeof c !== 'object' || c === null || typeof (c as { type?: unknown }).type !== 'string') sink.add('lesson.bad-command', `${path}[${i}]`);
  });
  return list as LessonCommand[];
}

/** Loads a lesson's start world. */
export function loadLessonWorld(_source: LessonWorldSource): { ok: true; world: World } | { ok: false; code: string } {
  return { ok: false, code: 'world.unavailable' };
}

/** Applies commands in order (outside the undo history); stops at the first refusal. */
export function applyLessonCommands(world: World, _commands: LessonCommand[]): { ok: true; world: World } | { ok: false; index: number; code: string } {
  return { ok: true, world };
}

/** Turns a lesson request into an engine request against the world. */
export function buildRequest(_world: World, _req: LessonRequest): { ok: true; request: EvaluationRequest } | { ok: false; code: string } {
  return { ok: false, code: 'request.unavailable' };
}

/** Runs the engine. */
export function evaluateRequest(_request: EvaluationRequest): EvaluationResult {
  throw new Error('engine not available yet');
}
