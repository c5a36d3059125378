/**
 * Spaced repetition with Leitner boxes: a correct answer moves an item up one box (seen again later), a wrong
 * answer sends it back to box 1 (seen again soon). Missed items come back first. "Now" is an ISO-8601 string
 * passed in; nothing here reads the clock.
 *
 * CAUTION: `ReviewState` is saved with the learner's progress; change it only additively.
 */
import type { QuizItem } from '../quiz-types';

/** Days to wait after an answer that leaves the item in box N (index = box). Box 1 comes back in 10 minutes. */
export const BOX_INTERVAL_DAYS = [0, 10 / (24 * 60), 1, 3, 7, 21] as const;

/** The highest box. */
export const MAX_BOX = 5;

/** What the scheduler remembers about one item. */
export interface CardState {
  box: number;
  /** ISO time from which the item is due again. */
  dueAt: string;
  lastAnsweredAt: string;
  /** How many times the item was answered, and how many of those were wrong. */
  seen: number;
  lapses: number;
}

/** The scheduler's memory: item id → card. */
export interface ReviewState {
  version: 1;
  cards: Record<string, CardState>;
}

/** An empty memory. */
export function emptyReviewState(): ReviewState {
  return { version: 1, cards: {} };
}

const DAY_MS = 24 * 60 * 60 * 1000;

function parseTime(iso: string): number {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) throw new Error(`spaced: not an ISO time: ${iso}`);
  return ms;
}

/** Records one answer at `nowIso` and returns the new memory (the input is not changed). */
export function recordAnswer(state: ReviewState, itemId: string, correct: boolean, nowIso: string): ReviewState {
  const now = parseTime(nowIso);
  const prev = state.cards[itemId];
  const box = correct ? Math.min(MAX_BOX, (prev?.box ?? 1) + 1) : 1;
  const card: CardState = {
    box,
    dueAt: new Date(now + BOX_INTERVAL_DAYS[box] * DAY_MS).toISOString(),
    lastAnsweredAt: new Date(now).toISOString(),
    seen: (prev?.seen ?? 0) + 1,
    lapses: (prev?.lapses ?? 0) + (correct ? 0 : 1),
  };
  return { ...state, cards: { ...state.cards, [itemId]: card } };
}

/** Records every graded item of an attempt (e.g. from `scoreSession`: correct ids and the review list). */
export function recordAttempt(
  state: ReviewState,
  results: { correctIds: readonly string[]; wrongIds: readonly string[] },
  nowIso: string,
): ReviewState {
  let next = state;
  for (const id of results.wrongIds) next = recordAnswer(next, id, false, nowIso);
  for (const id of results.correctIds) next = recordAnswer(next, id, true, nowIso);
  return next;
}

/**
 * The ids due at `nowIso` among `itemIds`, most urgent first: lower box first (missed items are in box 1), then the
 * longest overdue, then id for a stable order. Items never seen are not "due" (see `nextPracticeIds`).
 */
export function dueIds(state: ReviewState, itemIds: readonly string[], nowIso: string): string[] {
  const now = parseTime(nowIso);
  return itemIds
    .filter((id) => state.cards[id] && parseTime(state.cards[id].dueAt) <= now)
    .sort((a, b) => {
      const ca = state.cards[a];
      const cb = state.cards[b];
      return ca.box - cb.box || parseTime(ca.dueAt) - parseTime(cb.dueAt) || (a < b ? -1 : a > b ? 1 : 0);
    });
}

/**
 * The next practice set of `count` items: due items first (missed ones at the head), then items never seen in bank
 * order. Items answered correctly and not yet due are left out.
 */
export function nextPracticeIds(
  state: ReviewState,
  items: readonly Pick<QuizItem, 'id'>[],
  nowIso: string,
  count: number,
): string[] {
  const ids = items.map((i) => i.id);
  const due = dueIds(state, ids, nowIso);
  const fresh = ids.filter((id) => !state.cards[id]);
  return [...due, ...fresh].slice(0, Math.max(0, count));
}
