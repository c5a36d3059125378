/**
 * The Practice area's state: the bank (validated once), the current attempt (an `ExamSession` from the pure practice
 * model), its results, and the spaced-repetition memory saved with the learner's progress. "Now" comes from the
 * renderer's clock and is passed into the pure functions; nothing in `shared/` reads a clock.
 */
import { EXAM_MAPS } from '../../../shared/lessons/exams';
import { QUIZ_BANK_FILES } from '../../../shared/lessons/quiz';
import { loadBank } from '../../../shared/lessons/quiz-bank';
import type { QuizAnswer, QuizItem } from '../../../shared/lessons/quiz-types';
import type { TopicId } from '../../../shared/lessons/topics';
import {
  answerItem,
  dueIds,
  examPool,
  filterItems,
  finishExam,
  goTo,
  isClosed,
  nextPracticeIds,
  pickExamSet,
  pickSet,
  recordAttempt,
  remainingSeconds,
  scoreSession,
  startExam,
  toggleFlag,
  type ExamResults,
  type ExamSession,
} from '../../../shared/lessons/practice';
import type { ProgressStore } from '../lessons/progressStore.svelte';
import { isoAt } from '../lessons/clock';
import { indexById } from '../practice/bankIndex';
import { generateInSlices, type Schedule } from '../practice/generatedItems';

/** Where the "include generated scenario questions" choice is remembered (a display preference of this renderer). */
export const GENERATED_PREF_KEY = 'iam-lab-practice-generated';

function readGeneratedPref(): boolean {
  try {
    return globalThis.localStorage?.getItem(GENERATED_PREF_KEY) !== 'off';
  } catch {
    return true;
  }
}

/** Seconds allowed per question in exam mode (the real exams allow about two minutes). */
export const SECONDS_PER_QUESTION = 120;

/** What kind of set is running. */
export type PracticeMode = 'topic' | 'exam' | 'review';

/** The Practice area's state; one instance per app. */
export class PracticeState {
  /** The hand-written bank (validated once). */
  readonly written: readonly QuizItem[] = loadBank(QUIZ_BANK_FILES, EXAM_MAPS).items;
  /** Predict-the-decision questions generated from the sample worlds; filled after the first paint (`loadGenerated`). */
  generated = $state.raw<readonly QuizItem[]>([]);
  /** `idle` → `running` → `done`. */
  generatedState = $state<'idle' | 'running' | 'done'>('idle');
  /** Whether practice sets and exams draw from the generated questions too (on by default). */
  includeGenerated = $state(readGeneratedPref());
  /** The bank practice draws from. */
  bank: readonly QuizItem[] = $derived(this.includeGenerated ? [...this.written, ...this.generated] : this.written);
  /** Every known item, generated ones included even when not drawn from (their review history stays visible). */
  byId: ReadonlyMap<string, QuizItem> = $derived(indexById([...this.written, ...this.generated]));
  readonly exams = EXAM_MAPS;
  mode = $state<PracticeMode>('topic');
  session = $state.raw<ExamSession | null>(null);
  results = $state.raw<ExamResults | null>(null);
  /** The renderer clock, ticked by the area while a timed attempt runs. */
  nowMs = $state(Date.now());
  readonly progress: ProgressStore;

  constructor(progress: ProgressStore) {
    this.progress = progress;
  }

  /** Starts generating the scenario questions (once), in idle slices. */
  loadGenerated(schedule?: Schedule): void {
    if (this.generatedState !== 'idle') return;
    this.generatedState = 'running';
    generateInSlices((items) => {
      const known = this.written.map((i) => i.id);
      this.generated = items.filter((i) => !known.includes(i.id));
      this.generatedState = 'done';
    }, schedule);
  }

  /** Turns the generated questions on or off (remembered). */
  setIncludeGenerated(on: boolean): void {
    this.includeGenerated = on;
    try {
      globalThis.localStorage?.setItem(GENERATED_PREF_KEY, on ? 'on' : 'off');
    } catch {
      // Not remembered; the choice still holds for this session.
    }
  }

  get nowIso(): string {
    return isoAt(this.nowMs);
  }

  /** The item on screen. */
  current: QuizItem | undefined = $derived(
    this.session ? this.byId.get(this.session.itemIds[this.session.current]) : undefined,
  );
  remaining: number = $derived(this.session ? remainingSeconds(this.session, this.nowMs) : Infinity);
  closed: boolean = $derived(this.session ? isClosed(this.session, this.nowMs) : true);

  /** Ids due for review now (missed items first). */
  due(): string[] {
    return dueIds(
      this.progress.value.review,
      this.bank.map((i) => i.id),
      this.nowIso,
    );
  }

  /** Items the learner missed at least once, most recently missed first (for the review list). */
  missed(): { item: QuizItem; lapses: number; box: number; dueAt: string }[] {
    return Object.entries(this.progress.value.review.cards)
      .filter(([id, c]) => c.lapses > 0 && this.byId.has(id))
      .sort((a, b) => a[1].box - b[1].box || b[1].lastAnsweredAt.localeCompare(a[1].lastAnsweredAt))
      .map(([id, c]) => ({ item: this.byId.get(id)!, lapses: c.lapses, box: c.box, dueAt: c.dueAt }));
  }

  /** Number of bank items per topic. */
  countFor(topic: TopicId | ''): number {
    return topic ? filterItems(this.bank, { topics: [topic] }).length : this.bank.length;
  }

  #begin(mode: PracticeMode, ids: string[], seed: number, durationSeconds = 0, exam?: string): void {
    this.nowMs = Date.now();
    this.mode = mode;
    this.results = null;
    this.session = startExam({ itemIds: ids, seed, nowMs: this.nowMs, durationSeconds, ...(exam ? { exam } : {}) });
  }

  /** A practice set on one topic (or all): due items first, then unseen ones, then any others by seed. */
  startTopic(topic: TopicId | '', count: number, seed = Date.now() >>> 0): void {
    const pool = topic ? filterItems(this.bank, { topics: [topic] }) : [...this.bank];
    this.nowMs = Date.now();
    const ids = nextPracticeIds(this.progress.value.review, pool, this.nowIso, count);
    const fill = pickSet(
      pool.filter((i) => !ids.includes(i.id)),
      {},
      count - ids.length,
      seed,
    ).map((i) => i.id);
    this.#begin('topic', [...ids, ...fill], seed);
  }

  /** An exam-like attempt, weighted by domain, timed: hand-written items, generated ones only when asked for. */
  startExam(exam: string, count: number, seed = Date.now() >>> 0, includeGenerated = false): void {
    const map = EXAM_MAPS.find((m) => m.exam === exam);
    if (!map) return;
    const pool = examPool(this.written, this.generated, { includeGenerated });
    const ids = pickExamSet(pool, map, count, seed).map((i) => i.id);
    this.#begin('exam', ids, seed, ids.length * SECONDS_PER_QUESTION, exam);
  }

  /** A set of the items due for review now. */
  startReview(count: number): void {
    const ids = this.due().slice(0, count);
    if (ids.length > 0) this.#begin('review', ids, Date.now() >>> 0);
  }

  /** Records the answer to the item on screen. */
  answer(answer: QuizAnswer): void {
    const s = this.session;
    if (!s || !this.current) return;
    this.session = answerItem(s, this.current.id, answer, Date.now());
  }

  /** Moves to item `i`. */
  goTo(i: number): void {
    if (this.session) this.session = goTo(this.session, i);
  }

  /** Flags or unflags the item on screen. */
  toggleFlag(): void {
    if (this.session && this.current) this.session = toggleFlag(this.session, this.current.id);
  }

  /** Ends the attempt, scores it and saves the review memory and the attempt. */
  async finish(): Promise<void> {
    const s = this.session;
    if (!s || s.finishedAtMs !== undefined) return;
    this.nowMs = Date.now();
    const done = finishExam(s, this.nowMs);
    this.session = done;
    const results = scoreSession(done, [...this.byId.values()], EXAM_MAPS);
    this.results = results;
    const review = recordAttempt(
      this.progress.value.review,
      { correctIds: results.correctIds, wrongIds: results.review.map((r) => r.itemId) },
      this.nowIso,
    );
    const topics = done.itemIds.map((id) => this.byId.get(id)?.topic).filter((t, i, all) => all.indexOf(t) === i);
    await this.progress.recordPractice(review, {
      at: this.nowIso,
      mode: this.mode,
      ...(done.exam ? { exam: done.exam } : {}),
      ...(this.mode === 'topic' && topics.length === 1 && topics[0] ? { topic: topics[0] } : {}),
      correct: results.correct,
      total: results.total,
    });
  }

  /** Back to the practice home. */
  leave(): void {
    this.session = null;
    this.results = null;
  }
}
