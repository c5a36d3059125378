/**
 * The exam-mode model: a fixed list of items, answers, flags for review and a countdown. Pure and serializable:
 * every function returns a new session; time is a number of milliseconds passed in by the caller.
 *
 * CAUTION: sessions are saved with the learner's progress; change the shape only additively.
 */
import type { QuizAnswer } from '../quiz-types';

/** One exam attempt. */
export interface ExamSession {
  version: 1;
  /** Exam code when the set follows an exam map, else absent (a topic practice set). */
  exam?: string;
  /** The seed that picked and ordered the items, kept to make the attempt reproducible. */
  seed: number;
  itemIds: string[];
  answers: Record<string, QuizAnswer>;
  flagged: string[];
  /** Index of the item on screen. */
  current: number;
  startedAtMs: number;
  /** Time allowed; 0 means untimed. */
  durationSeconds: number;
  finishedAtMs?: number;
}

/** What starting an attempt needs. */
export interface StartExamOptions {
  itemIds: readonly string[];
  seed: number;
  nowMs: number;
  durationSeconds?: number;
  exam?: string;
}

/** Starts an attempt over already picked items (see `pickSet` / `pickExamSet`). */
export function startExam(opts: StartExamOptions): ExamSession {
  const session: ExamSession = {
    version: 1,
    seed: opts.seed,
    itemIds: [...opts.itemIds],
    answers: {},
    flagged: [],
    current: 0,
    startedAtMs: opts.nowMs,
    durationSeconds: Math.max(0, opts.durationSeconds ?? 0),
  };
  if (opts.exam) session.exam = opts.exam;
  return session;
}

/** Seconds left at `nowMs` (never below 0); `Infinity` for an untimed attempt. */
export function remainingSeconds(session: ExamSession, nowMs: number): number {
  if (session.durationSeconds === 0) return Infinity;
  const end = session.finishedAtMs ?? nowMs;
  const used = Math.max(0, end - session.startedAtMs) / 1000;
  return Math.max(0, Math.ceil(session.durationSeconds - used));
}

/** True once the attempt is finished or its time ran out. Answers are refused after that. */
export function isClosed(session: ExamSession, nowMs: number): boolean {
  return session.finishedAtMs !== undefined || remainingSeconds(session, nowMs) === 0;
}

/** Records (or replaces) the answer to one item; ignored for unknown items or a closed attempt. */
export function answerItem(session: ExamSession, itemId: string, answer: QuizAnswer, nowMs: number): ExamSession {
  if (!session.itemIds.includes(itemId) || isClosed(session, nowMs)) return session;
  return { ...session, answers: { ...session.answers, [itemId]: answer } };
}

/** Clears the answer to one item (the learner changed their mind). */
export function clearAnswer(session: ExamSession, itemId: string, nowMs: number): ExamSession {
  if (!(itemId in session.answers) || isClosed(session, nowMs)) return session;
  const answers = { ...session.answers };
  delete answers[itemId];
  return { ...session, answers };
}

/** Flags an item for review, or unflags it. */
export function toggleFlag(session: ExamSession, itemId: string): ExamSession {
  if (!session.itemIds.includes(itemId)) return session;
  const flagged = session.flagged.includes(itemId)
    ? session.flagged.filter((id) => id !== itemId)
    : [...session.flagged, itemId].sort((a, b) => session.itemIds.indexOf(a) - session.itemIds.indexOf(b));
  return { ...session, flagged };
}

/** Moves to item `index` (clamped to the list). */
export function goTo(session: ExamSession, index: number): ExamSession {
  const current = Math.min(Math.max(0, Math.trunc(index)), Math.max(0, session.itemIds.length - 1));
  return { ...session, current };
}

/** Ids of the items not answered yet, in exam order. */
export function unanswered(session: ExamSession): string[] {
  return session.itemIds.filter((id) => !(id in session.answers));
}

/** Ends the attempt at `nowMs` (or at the deadline if that came first). Finishing twice changes nothing. */
export function finishExam(session: ExamSession, nowMs: number): ExamSession {
  if (session.finishedAtMs !== undefined) return session;
  const deadline = session.durationSeconds > 0 ? session.startedAtMs + session.durationSeconds * 1000 : Infinity;
  return { ...session, finishedAtMs: Math.min(nowMs, deadline) };
}
