/**
 * The learner's progress in the renderer: loaded once from the host, changed through small methods, and saved back
 * through the host (`progress:set`) after each change, so it survives a reload in both the desktop app and the twin.
 */
import type { HostApi } from '../../../shared/ipc/contract';
import {
  emptyProgress,
  HISTORY_LIMIT,
  mergeProgress,
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
  #host: HostApi;
  #loading: Promise<void> | null = null;
  #saving: Promise<unknown> = Promise.resolve();

  constructor(h: HostApi) {
    this.#host = h;
  }

  /** Loads once; later calls wait for the same load. */
  load(): Promise<void> {
    this.#loading ??= this.#host.getProgress().then(async (r) => {
      if (r.ok) this.value = r.value;
      else this.error = r.error.message;
      this.loaded = true;
      if (r.ok) await this.#moveLegacyPredictions();
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

  /** Replaces the progress and saves it (saves are queued so they land in order). */
  set(next: LearnerProgress): Promise<void> {
    this.value = next;
    const snapshot = $state.snapshot(next) as LearnerProgress;
    const done = this.#saving.then(() => this.#host.setProgress(snapshot));
    this.#saving = done;
    return done.then((r) => {
      if (!r.ok) this.error = `Progress was not saved: ${r.error.message}`;
    });
  }

  /** One lesson's progress, if started. */
  lesson(id: string): LessonProgress | undefined {
    return this.value.lessons[id];
  }

  /** Updates one lesson's progress. */
  setLesson(id: string, p: LessonProgress): Promise<void> {
    return this.set({ ...this.value, lessons: { ...this.value.lessons, [id]: p } });
  }

  /** Forgets one lesson's progress (start over). */
  clearLesson(id: string): Promise<void> {
    const lessons = { ...this.value.lessons };
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
