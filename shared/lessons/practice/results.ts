/** Scores a finished attempt: totals, results by exam domain and by topic, and the wrong-answer review list. */
import type { ExamMap } from '../exams/exam-map';
import { indexTasks } from '../exams/exam-map';
import type { QuizGrade } from '../quiz-check';
import { gradeAnswer } from '../quiz-check';
import type { QuizAnswer, QuizItem } from '../quiz-types';
import type { TopicId } from '../topics';
import type { ExamSession } from './exam-session';

/** Correct / total for one group (a domain or a topic). */
export interface Tally {
  correct: number;
  total: number;
}

/** The result of one exam domain. */
export interface DomainResult extends Tally {
  exam: string;
  domainId: string;
  title: string;
  weight: number;
}

/** One entry of the review list: an item answered wrongly or left unanswered. */
export interface ReviewEntry {
  itemId: string;
  /** Position in the attempt (0-based). */
  index: number;
  answer?: QuizAnswer;
  grade?: QuizGrade;
  flagged: boolean;
}

/** Everything the results screen shows. */
export interface ExamResults extends Tally {
  answered: number;
  /** Whole percent, rounded down. */
  percent: number;
  byDomain: DomainResult[];
  byTopic: Partial<Record<TopicId, Tally>>;
  /** Wrong and unanswered items, in attempt order: the "review wrong answers" list. */
  review: ReviewEntry[];
  /** Ids answered correctly (for spaced repetition). */
  correctIds: string[];
}

/**
 * Grades every item of a session. An item counts once in each exam domain it is tagged with (two tasks of the same
 * domain count once). Only the session's exam is reported when it has one; items missing from `items` are skipped.
 */
export function scoreSession(session: ExamSession, items: readonly QuizItem[], maps: readonly ExamMap[]): ExamResults {
  const byId = new Map(items.map((i) => [i.id, i]));
  const tasks = indexTasks(maps.filter((m) => !session.exam || m.exam === session.exam));
  const domains = new Map<string, DomainResult>();
  const byTopic: Partial<Record<TopicId, Tally>> = {};
  const review: ReviewEntry[] = [];
  const correctIds: string[] = [];
  let correct = 0;
  let total = 0;
  session.itemIds.forEach((id, index) => {
    const item = byId.get(id);
    if (!item) return;
    total++;
    const answer = session.answers[id];
    const grade = answer ? gradeAnswer(item, answer) : undefined;
    const ok = grade?.correct === true;
    if (ok) {
      correct++;
      correctIds.push(id);
    } else {
      const entry: ReviewEntry = { itemId: id, index, flagged: session.flagged.includes(id) };
      if (answer) entry.answer = answer;
      if (grade) entry.grade = grade;
      review.push(entry);
    }
    const topic = (byTopic[item.topic] ??= { correct: 0, total: 0 });
    topic.total++;
    if (ok) topic.correct++;
    const seen = new Set<string>();
    for (const taskId of item.examTasks) {
      const loc = tasks.get(taskId);
      if (!loc || seen.has(loc.domain.id)) continue;
      seen.add(loc.domain.id);
      let d = domains.get(loc.domain.id);
      if (!d) {
        d = {
          exam: loc.exam,
          domainId: loc.domain.id,
          title: loc.domain.title,
          weight: loc.domain.weight,
          correct: 0,
          total: 0,
        };
        domains.set(loc.domain.id, d);
      }
      d.total++;
      if (ok) d.correct++;
    }
  });
  const byDomain = [...domains.values()].sort((a, b) => a.domainId.localeCompare(b.domainId, 'en', { numeric: true }));
  const answered = session.itemIds.filter((id) => byId.has(id) && id in session.answers).length;
  const percent = total === 0 ? 0 : Math.floor((correct * 100) / total);
  return { correct, total, answered, percent, byDomain, byTopic, review, correctIds };
}
