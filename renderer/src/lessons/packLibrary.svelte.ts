/**
 * Imported lesson packs in the renderer: loaded once from the host (`progress:packs`) and re-checked with the import
 * checker (`checkStoredPacks`), imported (`progress:save-pack`) and removed (`progress:remove-pack`). The lessons of
 * the packs that pass are handed to the lesson runner, after the built-in ones. Progress is keyed by lesson id, so a
 * pack's lessons keep their progress like built-in lessons — also across a remove and a re-import.
 */
import type { HostApi } from '../../../shared/ipc/contract';
import type { StoredLessonPack } from '../../../shared/ipc/lessonPacks';
import type { Lesson } from '../../../shared/lessons/lesson-types';
import { readPackText } from '../../../shared/lessons/pack';
import {
  checkStoredPacks,
  firstIssue,
  lessonIdClash,
  libraryLessons,
  type LibraryPack,
  type PackIssue,
} from '../../../shared/lessons/pack-library';
import { BUILTIN_LESSONS } from './builtinLessons';
import { isoAt } from './clock';

/** What importing a file would do: refused (with the first issue), or ready to store (maybe replacing a pack). */
export type PackImportPlan =
  | { kind: 'refused'; fileName: string; issue: PackIssue }
  | { kind: 'ready'; fileName: string; pack: StoredLessonPack; lessons: Lesson[]; replaces?: LibraryPack };

const BUILTIN_IDS: ReadonlySet<string> = new Set(BUILTIN_LESSONS.map((l) => l.id));

/** Reactive library with save-through. */
export class PackLibrary {
  packs = $state.raw<LibraryPack[]>([]);
  loaded = $state(false);
  /** The last load, save or remove problem from the host. */
  error = $state<string | null>(null);
  readonly lessons: Lesson[] = $derived(libraryLessons(this.packs));
  #host: HostApi;
  #onChange: (lessons: Lesson[]) => void;
  #loading: Promise<void> | null = null;

  constructor(h: HostApi, onChange: (lessons: Lesson[]) => void = () => {}) {
    this.#host = h;
    this.#onChange = onChange;
  }

  #show(stored: StoredLessonPack[]): void {
    this.packs = checkWithQuarantine(stored);
    this.#onChange(libraryLessons(this.packs));
  }

  /** Loads once; later calls wait for the same load. Never leaves the Lessons area waiting: `loaded` always turns true. */
  load(): Promise<void> {
    this.#loading ??= this.#host
      .listLessonPacks()
      .then((r) => {
        if (r.ok) this.#show(r.value);
        else this.error = `Your imported lesson packs could not be read: ${r.error.message}`;
      })
      .catch((error: unknown) => {
        this.error = `Your imported lesson packs could not be read: ${error instanceof Error ? error.message : String(error)}`;
      })
      .finally(() => {
        this.loaded = true;
      });
    return this.#loading;
  }

  /** Reads a picked pack file and says what importing it would do (nothing is stored yet). */
  plan(fileName: string, text: string): PackImportPlan {
    const read = readPackText(text);
    const issue = firstIssue(read.problems);
    if (issue || read.id === undefined || read.title === undefined)
      return { kind: 'refused', fileName, issue: issue ?? { source: 'pack', code: 'pack.problem', more: 0 } };
    const others = this.packs.filter((p) => p.id !== read.id);
    const clash = lessonIdClash(read.lessons, BUILTIN_IDS, others);
    if (clash) return { kind: 'refused', fileName, issue: clash };
    const replaces = this.packs.find((p) => p.id === read.id);
    return {
      kind: 'ready',
      fileName,
      pack: { id: read.id, title: read.title, text, importedAt: isoAt() },
      lessons: read.lessons,
      ...(replaces ? { replaces } : {}),
    };
  }

  /** Stores a ready import through the host; true when stored. */
  async save(plan: Extract<PackImportPlan, { kind: 'ready' }>): Promise<boolean> {
    const r = await this.#host.saveLessonPack(plan.pack);
    if (!r.ok) {
      this.error = `The lesson pack was not kept: ${r.error.message}`;
      return false;
    }
    this.error = null;
    this.#show(r.value);
    return true;
  }

  /** Forgets a stored pack; true when removed. */
  async remove(id: string): Promise<boolean> {
    const r = await this.#host.removeLessonPack(id);
    if (!r.ok) {
      this.error = `The lesson pack was not removed: ${r.error.message}`;
      return false;
    }
    this.error = null;
    this.#show(r.value);
    return true;
  }
}

/**
 * Checks the stored packs; a pack that makes the checker itself fail (a bug hostile content found) is quarantined —
 * listed with the `pack.unreadable` issue, no lessons, removable — and the others are checked as usual.
 */
function checkWithQuarantine(stored: readonly StoredLessonPack[]): LibraryPack[] {
  try {
    return checkStoredPacks(stored, BUILTIN_IDS);
  } catch {
    const usable: StoredLessonPack[] = [];
    const broken: LibraryPack[] = [];
    for (const pack of stored) {
      try {
        checkStoredPacks([...usable, pack], BUILTIN_IDS);
        usable.push(pack);
      } catch {
        broken.push({
          id: pack.id,
          title: pack.title,
          lessons: [],
          issue: { source: 'pack', code: 'pack.unreadable', more: 0 },
        });
      }
    }
    return [...checkStoredPacks(usable, BUILTIN_IDS), ...broken];
  }
}

/** A pack issue as one line: `lessons[2] — lesson.bad-id at id (and 1 more)`. */
export function issueText(issue: PackIssue): string {
  return `${issue.source} — ${issue.code}${issue.path ? ` at ${issue.path}` : ''}${issue.more > 0 ? ` (and ${issue.more} more)` : ''}`;
}
