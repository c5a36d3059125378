/**
 * The learner's progress in the renderer: loaded once from the host, changed through small methods, and saved back
 * through the host (`progress:set`) after each change, so it survives a reload in both the desktop app and the twin.
 * A save the host refuses (disk or browser storage full) keeps the progress here and says so (`storageProblem`);
 * `retry()` sends it again. Lessons and review cards are prototype-free records, so any lesson id is safe as a key.
 */
import type { HostApi } from '../../../shared/ipc/contract';
import {
  emptyProgress,
  HISTORY_LIMIT,
  idRecord,
  mergeProgress,
  withIdRecords,
  type LearnerProgress,
  type LessonProgress,
  type PracticeAttempt,
  type WrongPrediction,
} from '../../../shared/ipc/progress';
import { appendWrongPredictions, LEGACY_KEY, readLegacyMissed, removeWrongPrediction } from '../theatre/practiceLog';
import { isoAt } from './clock';
import type { ReviewState } from '../../../shared/lessons/practice/spaced';

/** Reactive progress with save-through. */
export class ProgressStore {
  value = $state.raw<LearnerProgress>(emptyProgress());
  loaded = $state(false);
  /** The last save or load problem, shown by the areas. */
  error = $state<string | null>(null);
  /** True while the progress on screen is newer than what the host has stored (a save failed). */
  unsaved = $state(false);
  /** What the storage notice shows while a save is failing: the host's message, and `retry`. */
  get storageProblem(): string | null {
    return this.unsaved ? this.error : null;
  }
  #host: HostApi;
  #loading: Promise<void> | null = null;
  #saving: Promise<unknown> = Promise.resolve();

  constructor(h: HostApi) {
    this.#host = h;
  }

  /** Loads once; later calls wait for the same load. */
  load(): Promise<void> {
    this.#loading ??= this.#host
      .getProgress()
      .then(async (r) => {
        // Prototype-free records: IPC delivers plain objects, where `lessons['constructor']` would be `Object`.
        if (r.ok) this.value = withIdRecords(r.value);
        else this.error = r.error.message;
        this.loaded = true;
        if (r.ok) await this.#moveLegacyPredictions();
      })
      .catch((error: unknown) => {
        // Never "Loading your progress…" forever: the areas open with empty progress and the problem shown.
        this.error = `Your progress could not be loaded: ${error instanceof Error ? error.message : String(error)}`;
        this.loaded = true;
      });
    return this.#loading;
  }

  /** Moves wrong predictions an earlier version kept in local storage into the progress (once; the key is removed after the save). */
  async #moveLegacyPredictions(): Promise<void> {
    const storage = typeof localStorage === 'undefined' ? undefined : localStorage;
    const legacy = readLegacyMissed(storage, isoAt());
    if (legacy.length === 0) {
      storage?.removeItem(LEGACY_KEY);
      return;
    }
    await this.addWrongPredictions(legacy);
    if (this.error === null) storage?.removeItem(LEGACY_KEY);
  }

  /** Adds wrong theatre predictions (kept for review in Practice). Waits for the first load so nothing is overwritten. */
  async addWrongPredictions(list: WrongPrediction[]): Promise<void> {
    if (list.length === 0) return;
    if (!this.loaded) await this.load();
    return this.set(appendWrongPredictions(this.value, list));
  }

  /** Forgets one wrong prediction (reviewed). */
  forgetWrongPrediction(id: string): Promise<void> {
    return this.set(removeWrongPrediction(this.value, id));
  }

  /**
   * Replaces the progress and saves it (saves are queued so they land in order). A refused save keeps `next` here,
   * marks it unsaved and shows why; the next save that succeeds (or `retry`) clears that.
   */
  set(next: LearnerProgress): Promise<void> {
    this.value = withIdRecords(next);
    const snapshot = $state.snapshot(next) as LearnerProgress;
    const done = this.#saving.then(() =>
      this.#host.setProgress(snapshot).catch((error: unknown) => ({
        ok: false as const,
        error: { code: 'progress.unreachable', message: error instanceof Error ? error.message : String(error) },
      })),
    );
    this.#saving = done;
    return done.then((r) => {
      if (r.ok) {
        if (this.unsaved) this.error = null;
        this.unsaved = false;
      } else {
        this.error = `Progress was not saved: ${r.error.message}`;
        this.unsaved = true;
      }
    });
  }

  /** Sends the progress on screen again (after a failed save). */
  retry(): Promise<void> {
    return this.set(this.value);
  }

  /** One lesson's progress, if started. */
  lesson(id: string): LessonProgress | undefined {
    return Object.hasOwn(this.value.lessons, id) ? this.value.lessons[id] : undefined;
  }

  /** Updates one lesson's progress. */
  setLesson(id: string, p: LessonProgress): Promise<void> {
    const lessons = idRecord(Object.entries(this.value.lessons));
    lessons[id] = p;
    return this.set({ ...this.value, lessons });
  }

  /** Forgets one lesson's progress (start over). */
  clearLesson(id: string): Promise<void> {
    const lessons = idRecord(Object.entries(this.value.lessons));
    delete lessons[id];
    return this.set({ ...this.value, lessons });
  }

  /** Saves the spaced-repetition memory and one attempt. */
  recordPractice(review: ReviewState, attempt: PracticeAttempt): Promise<void> {
    return this.set({ ...this.value, review, attempts: [...this.value.attempts, attempt].slice(-HISTORY_LIMIT) });
  }

  /** Merges imported progress into the current one. */
  importProgress(incoming: LearnerProgress): Promise<void> {
    return this.set(mergeProgress(this.value, incoming));
  }
}
