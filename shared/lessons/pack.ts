/**
 * Lesson packs: how teachers share lessons. A pack is one JSON file
 * `{format: 'iam-lab-lesson-pack', version: 1, title, lessons: [...]}` or a folder of lesson files (the host reads the
 * folder and hands the texts to `readLessonFiles`). Every lesson goes through `parseLesson`, so an imported pack
 * obeys the same rules as the built-in lessons, markdown included (no raw HTML, no external links).
 *
 * CAUTION: the pack shape is a file format. Change it only additively.
 */
import { parseLesson } from './lesson-check';
import type { Lesson, LessonDiagnostic } from './lesson-types';

/** The format tag of a pack file. */
export const PACK_FORMAT = 'iam-lab-lesson-pack';
/** The current pack version. */
export const PACK_VERSION = 1;

/** A lesson pack as stored in one file. */
export interface LessonPack {
  format: typeof PACK_FORMAT;
  version: typeof PACK_VERSION;
  /**
   * Optional stable id (`[a-z0-9-]`, 1–64 characters). The app keeps imported packs by id: importing a pack with the
   * id of a stored one replaces it. Without an id, the id is derived from the title (`packIdFromTitle`).
   */
  id?: string;
  title: string;
  lessons: Lesson[];
}

/** The shape of a pack id (also the shape of a stored pack's key). */
export const PACK_ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,63}$/;

/** A pack's id from its title when the file has none: lower case, runs of other characters as one `-`. */
export function packIdFromTitle(title: string): string {
  const slug = title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 64)
    .replace(/-+$/, '');
  return slug === '' ? 'pack' : slug;
}

/** A problem with one lesson of a pack: which one (file name or `lessons[i]`) and its diagnostics. */
export interface PackProblem {
  source: string;
  diagnostics: LessonDiagnostic[];
}

/** What reading a pack gives: the lessons that parsed and the problems of those that did not. */
export interface PackReadResult {
  lessons: Lesson[];
  problems: PackProblem[];
}

/**
 * Reads a pack file's text. A bad envelope is one problem with source `pack`. A readable envelope also gives the
 * pack's `title` and `id` (its own, or derived from the title).
 */
export function readPackText(text: string): PackReadResult & { title?: string; id?: string } {
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch {
    return { lessons: [], problems: [{ source: 'pack', diagnostics: [{ code: 'pack.bad-json', path: '' }] }] };
  }
  if (typeof v !== 'object' || v === null || Array.isArray(v)) {
    return { lessons: [], problems: [{ source: 'pack', diagnostics: [{ code: 'pack.not-object', path: '' }] }] };
  }
  const o = v as Record<string, unknown>;
  const envelope: LessonDiagnostic[] = [];
  if (o.format !== PACK_FORMAT) envelope.push({ code: 'pack.bad-format', path: 'format' });
  if (o.version !== PACK_VERSION)
    envelope.push({
      code: typeof o.version === 'number' && o.version > PACK_VERSION ? 'pack.newer-version' : 'pack.bad-version',
      path: 'version',
    });
  if (typeof o.title !== 'string' || o.title === '') envelope.push({ code: 'pack.missing-title', path: 'title' });
  if (!Array.isArray(o.lessons)) envelope.push({ code: 'pack.missing-lessons', path: 'lessons' });
  if (o.id !== undefined && (typeof o.id !== 'string' || !PACK_ID_PATTERN.test(o.id)))
    envelope.push({ code: 'pack.bad-id', path: 'id' });
  if (envelope.length > 0) return { lessons: [], problems: [{ source: 'pack', diagnostics: envelope }] };
  const result = collect((o.lessons as unknown[]).map((l, i) => ({ source: `lessons[${i}]`, value: l })));
  const title = o.title as string;
  return { ...result, title, id: typeof o.id === 'string' ? o.id : packIdFromTitle(title) };
}

/** Reads a folder's lesson files (name → text), in name order. */
export function readLessonFiles(files: { name: string; text: string }[]): PackReadResult {
  const sorted = [...files].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return collect(sorted.map((f) => ({ source: f.name, value: f.text })));
}

/** Parses each entry and refuses duplicate lesson ids. */
function collect(entries: { source: string; value: unknown }[]): PackReadResult {
  const lessons: Lesson[] = [];
  const problems: PackProblem[] = [];
  const ids = new Set<string>();
  for (const e of entries) {
    const r = parseLesson(e.value);
    if (!r.ok) {
      problems.push({ source: e.source, diagnostics: r.diagnostics });
      continue;
    }
    if (ids.has(r.lesson.id)) {
      problems.push({ source: e.source, diagnostics: [{ code: 'pack.duplicate-lesson-id', path: 'id' }] });
      continue;
    }
    ids.add(r.lesson.id);
    lessons.push(r.lesson);
  }
  return { lessons, problems };
}

/** Builds a pack file's text from lessons (pretty JSON, stable key order as given); `id` is written when given. */
export function writePackText(title: string, lessons: Lesson[], id?: string): string {
  const pack: LessonPack =
    id === undefined
      ? { format: PACK_FORMAT, version: PACK_VERSION, title, lessons }
      : { format: PACK_FORMAT, version: PACK_VERSION, id, title, lessons };
  return JSON.stringify(pack, null, 2) + '\n';
}
