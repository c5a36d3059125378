/**
 * What the "Finish the exam?" confirmation shows: the questions still flagged for review and those left unanswered,
 * by their number in the attempt (1-based), so the learner can go back before the attempt is scored.
 */
import type { ExamSession } from './exam-session';

/** One question the confirmation lists. */
export interface FinishEntry {
  itemId: string;
  /** Position in the attempt, 1-based (as the question navigator shows it). */
  number: number;
  answered: boolean;
}

/** The confirmation's content. */
export interface FinishCheck {
  flagged: FinishEntry[];
  unanswered: FinishEntry[];
  /** True when nothing is flagged or unanswered: finishing needs no warning beyond the confirmation. */
  clean: boolean;
}

/** Lists the flagged and the unanswered questions of a session, in attempt order. */
export function finishCheck(session: ExamSession): FinishCheck {
  const entry = (itemId: string): FinishEntry => ({
    itemId,
    number: session.itemIds.indexOf(itemId) + 1,
    answered: itemId in session.answers,
  });
  const flagged = session.itemIds.filter((id) => session.flagged.includes(id)).map(entry);
  const unanswered = session.itemIds.filter((id) => !(id in session.answers)).map(entry);
  return { flagged, unanswered, clean: flagged.length === 0 && unanswered.length === 0 };
}
