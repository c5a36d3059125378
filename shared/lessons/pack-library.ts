/**
 * The learner's library of imported packs, judged again on every start: each stored pack text goes through the same
 * `readPackText` as an import, and its lessons must not take the id of a built-in lesson or of a lesson of an earlier
 * pack. A pack that no longer passes keeps its place in the library with its first problem (nothing the learner had is
 * dropped); only packs that pass contribute lessons.
 */
import type { Lesson, LessonDiagnostic } from './lesson-types';
import { readPackText, type PackProblem } from './pack';

/** A stored pack as the host lists it (see `shared/ipc/lessonPacks.ts`). */
export interface StoredPackText {
  id: string;
  title: string;
  text: string;
  importedAt?: string;
}

/** The first problem of a pack, in data: where (`pack`, `lessons[2]`), the diagnostic, and how many more there are. */
export interface PackIssue {
  source: string;
  code: string;
  path?: string;
  /** How many further problems the pack has. */
  more: number;
}

/** One pack of the library. */
export interface LibraryPack {
  id: string;
  title: string;
  importedAt?: string;
  /** The pack's lessons when it passes; empty when it has an issue. */
  lessons: Lesson[];
  /** Why the pack no longer passes (then it contributes no lessons). */
  issue?: PackIssue;
}

/** The first problem of a read, as a `PackIssue`. */
export function firstIssue(problems: PackProblem[]): PackIssue | undefined {
  const p = problems[0];
  if (!p) return undefined;
  const d: LessonDiagnostic | undefined = p.diagnostics[0];
  const issue: PackIssue = { source: p.source, code: d?.code ?? 'pack.problem', more: problems.length - 1 };
  if (d?.path) issue.path = d.path;
  return issue;
}

/**
 * The first lesson of `lessons` whose id is already taken by a built-in lesson or a lesson in `others`, as a
 * `pack.lesson-id-taken` issue (path `id`, source `lessons[i]`).
 */
export function lessonIdClash(
  lessons: readonly Lesson[],
  builtinIds: ReadonlySet<string>,
  others: readonly LibraryPack[],
): PackIssue | undefined {
  const taken = new Set(others.flatMap((p) => p.lessons.map((l) => l.id)));
  const clashes = lessons.flatMap((l, i) => (builtinIds.has(l.id) || taken.has(l.id) ? [i] : []));
  if (clashes.length === 0) return undefined;
  return { source: `lessons[${clashes[0]}]`, code: 'pack.lesson-id-taken', path: 'id', more: clashes.length - 1 };
}

/** Checks every stored pack, in stored order. */
export function checkStoredPacks(stored: readonly StoredPackText[], builtinIds: ReadonlySet<string>): LibraryPack[] {
  const library: LibraryPack[] = [];
  for (const s of stored) {
    const base = { id: s.id, title: s.title, ...(s.importedAt ? { importedAt: s.importedAt } : {}) };
    const read = readPackText(s.text);
    const issue = firstIssue(read.problems) ?? lessonIdClash(read.lessons, builtinIds, library);
    library.push(issue ? { ...base, lessons: [], issue } : { ...base, lessons: read.lessons });
  }
  return library;
}

/** Every lesson the library contributes, in pack order. */
export function libraryLessons(library: readonly LibraryPack[]): Lesson[] {
  return library.flatMap((p) => p.lessons);
}
