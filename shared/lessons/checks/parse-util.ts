import { parseMarkdown } from '../markdown/parse';
import type { LessonDiagnostic } from '../lesson-types';

/** Collects diagnostics while a lesson is read; every helper records problems here instead of throwing. */
export class DiagnosticSink {
  readonly list: LessonDiagnostic[] = [];

  /** Records one problem at a JSON path. */
  add(code: string, path: string, data?: Record<string, unknown>): void {
    this.list.push(data ? { code, path, data } : { code, path });
  }
}

/** True for a plain JSON object (not an array, not null). */
export function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Joins a JSON path and a key or index: `steps` + 2 → `steps[2]`, `a` + `b` → `a.b`. */
export function at(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return path === '' ? key : `${path}.${key}`;
}

/** Requires a non-empty string at `obj[key]`. */
export function reqString(obj: Record<string, unknown>, key: string, path: string, sink: DiagnosticSink): string {
  const v = obj[key];
  if (typeof v !== 'string' || v.trim() === '') {
    sink.add(v === undefined ? 'lesson.missing' : 'lesson.not-string', at(path, key));
    return '';
  }
  return v;
}

/** Reads an optional string; reports a wrong type. */
export function optString(
  obj: Record<string, unknown>,
  key: string,
  path: string,
  sink: DiagnosticSink,
): string | undefined {
  const v = obj[key];
  if (v === undefined) return undefined;
  if (typeof v !== 'string') {
    sink.add('lesson.not-string', at(path, key));
    return undefined;
  }
  return v;
}

/** Requires markdown-lite text: a string whose markdown parses without diagnostics (no raw HTML, no URLs). */
export function reqMarkdown(obj: Record<string, unknown>, key: string, path: string, sink: DiagnosticSink): string {
  const v = reqString(obj, key, path, sink);
  checkMarkdown(v, at(path, key), sink);
  return v;
}

/** Reports every markdown diagnostic of `text` at `path`. */
export function checkMarkdown(text: string, path: string, sink: DiagnosticSink): void {
  for (const d of parseMarkdown(text).diagnostics) sink.add(d.code, path, { line: d.line });
}

/** Requires an array at `obj[key]` (optionally non-empty). */
export function reqArray(
  obj: Record<string, unknown>,
  key: string,
  path: string,
  sink: DiagnosticSink,
  nonEmpty = true,
): unknown[] {
  const v = obj[key];
  if (!Array.isArray(v)) {
    sink.add(v === undefined ? 'lesson.missing' : 'lesson.not-array', at(path, key));
    return [];
  }
  if (nonEmpty && v.length === 0) sink.add('lesson.empty', at(path, key));
  return v;
}

/** Reports keys that the format does not define (typos such as `expectt`). */
export function noUnknownKeys(
  obj: Record<string, unknown>,
  allowed: readonly string[],
  path: string,
  sink: DiagnosticSink,
): void {
  for (const k of Object.keys(obj)) if (!allowed.includes(k)) sink.add('lesson.unknown-key', at(path, k));
}
