/**
 * The learner's progress: where each lesson stands, the spaced-repetition memory of the practice bank, a short
 * history of practice attempts and the theatre predictions that went wrong. Stored in the app document (field
 * `progress`) by both hosts, and exported/imported as a file (`iam-lab-progress`).
 *
 * CAUTION: this is a file format (stored document and export file). Change it only additively.
 */
import type { ReviewState, CardState } from '../lessons/practice/spaced';
import { fail, ok, type Result } from './result';
import { isRecord } from './parse';

/** The format tag of an exported progress file. */
export const PROGRESS_FORMAT = 'iam-lab-progress';
/** The progress version this build writes. */
export const PROGRESS_VERSION = 1;

/** Where one lesson stands. */
export interface LessonProgress {
  /** Index of the step the learner is on (resume point). */
  step: number;
  /** Ids of the steps finished (checked, answered or read). */
  done: string[];
  /** Ids of the task steps skipped or solved with "Show solution". */
  skipped: string[];
  completed: boolean;
  /** ISO time of the last change (renderer clock). */
  updatedAt?: string;
}

/** One finished practice attempt, for the history list. */
export interface PracticeAttempt {
  at: string;
  mode: 'topic' | 'exam' | 'review';
  exam?: string;
  topic?: string;
  correct: number;
  total: number;
}

/** A theatre prediction that went wrong (saved by the theatre, listed in Practice for review). */
export interface WrongPrediction {
  id: string;
  at: string;
  /** What to show: a short label of the request, the gate, the guess and the answer. */
  label: string;
  gate?: string;
  guess?: string;
  answer?: string;
  /** A theatre share file (`iam-lab-theatre`) to reopen the scenario, when the theatre provides one. */
  share?: unknown;
  /** Which side of a cross-account evaluation the gate was on (`principal` / `resource`). */
  side?: string;
  /**
   * The theatre's request draft alone, when there is no share (kept for older entries whose world was dropped to
   * save space, and for entries moved from the theatre's old local storage): it reopens against the learner's world.
   */
  request?: unknown;
}

/** Everything saved about the learner. */
export interface LearnerProgress {
  version: 1;
  lessons: Record<string, LessonProgress>;
  review: ReviewState;
  attempts: PracticeAttempt[];
  wrongPredictions: WrongPrediction[];
}

/** The exported file. */
export interface ProgressFile {
  format: typeof PROGRESS_FORMAT;
  version: typeof PROGRESS_VERSION;
  progress: LearnerProgress;
}

/** How many attempts and wrong predictions are kept (oldest dropped). */
export const HISTORY_LIMIT = 200;

/**
 * A record keyed by names from the learner's files (lesson ids, quiz item ids): no prototype, so an id such as
 * `constructor` or `__proto__` is an ordinary key and a missing one reads as `undefined`.
 */
export function idRecord<T>(entries: Iterable<readonly [string, T]> = []): Record<string, T> {
  const out = Object.create(null) as Record<string, T>;
  for (const [key, value] of entries) out[key] = value;
  return out;
}

/** Fresh progress. */
export function emptyProgress(): LearnerProgress {
  return {
    version: 1,
    lessons: idRecord(),
    review: { version: 1, cards: idRecord() },
    attempts: [],
    wrongPredictions: [],
  };
}

/**
 * The same progress with its id-keyed records (lessons, review cards) made prototype-free. Used wherever progress
 * arrives from elsewhere (IPC turns records into plain objects), so `lessons['constructor']` is never `Object`.
 */
export function withIdRecords(p: LearnerProgress): LearnerProgress {
  return {
    ...p,
    lessons: idRecord(Object.entries(p.lessons)),
    review: { ...p.review, cards: idRecord(Object.entries(p.review.cards)) },
  };
}

const isStringList = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === 'string');
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;
const isIso = (v: unknown): v is string => typeof v === 'string' && !Number.isNaN(Date.parse(v));

function readLesson(v: unknown, path: string): Result<LessonProgress> {
  if (!isRecord(v)) return fail('progress.bad-lesson', 'A lesson entry must be an object.', path);
  if (!isCount(v.step)) return fail('progress.bad-step', 'A lesson step must be a whole number.', `${path}.step`);
  if (!isStringList(v.done)) return fail('progress.bad-done', 'Finished steps must be a list of ids.', `${path}.done`);
  const skipped = v.skipped === undefined ? [] : v.skipped;
  if (!isStringList(skipped))
    return fail('progress.bad-skipped', 'Skipped steps must be a list of ids.', `${path}.skipped`);
  if (typeof v.completed !== 'boolean')
    return fail('progress.bad-completed', 'Completed must be true or false.', `${path}.completed`);
  const out: LessonProgress = { step: v.step, done: [...v.done], skipped: [...skipped], completed: v.completed };
  if (isIso(v.updatedAt)) out.updatedAt = v.updatedAt;
  return ok(out);
}

function readCard(v: unknown, path: string): Result<CardState> {
  if (!isRecord(v)) return fail('progress.bad-card', 'A review card must be an object.', path);
  if (!isCount(v.box) || v.box < 1 || v.box > 5)
    return fail('progress.bad-card', 'A review box is 1 to 5.', `${path}.box`);
  if (!isIso(v.dueAt) || !isIso(v.lastAnsweredAt))
    return fail('progress.bad-card', 'Review times must be ISO dates.', path);
  if (!isCount(v.seen) || !isCount(v.lapses))
    return fail('progress.bad-card', 'Review counts must be whole numbers.', path);
  return ok({ box: v.box, dueAt: v.dueAt, lastAnsweredAt: v.lastAnsweredAt, seen: v.seen, lapses: v.lapses });
}

function readAttempt(a: unknown, path: string): Result<true> {
  if (
    !isRecord(a) ||
    !isIso(a.at) ||
    !['topic', 'exam', 'review'].includes(a.mode as string) ||
    !isCount(a.correct) ||
    !isCount(a.total)
  )
    return fail('progress.bad-attempt', 'An attempt needs at, mode, correct and total.', path);
  return ok(true);
}

function readWrongPrediction(w: unknown, path: string): Result<true> {
  if (!isRecord(w) || typeof w.id !== 'string' || !isIso(w.at) || typeof w.label !== 'string')
    return fail('progress.bad-prediction', 'A wrong prediction needs id, at and label.', path);
  for (const key of ['gate', 'guess', 'answer', 'side'] as const)
    if (w[key] !== undefined && typeof w[key] !== 'string')
      return fail('progress.bad-prediction', `A wrong prediction's ${key} must be text.`, `${path}.${key}`);
  for (const key of ['share', 'request'] as const)
    if (w[key] !== undefined && !isRecord(w[key]))
      return fail('progress.bad-prediction', `A wrong prediction's ${key} must be an object.`, `${path}.${key}`);
  return ok(true);
}

/**
 * Checks a progress value (strict): the first problem comes back with its JSON path. Used on everything the renderer
 * sends (`progress:set`) and on imported files, so a bad file is refused whole.
 */
export function parseProgress(v: unknown, path = 'progress'): Result<LearnerProgress> {
  if (!isRecord(v)) return fail('progress.not-object', 'Progress must be an object.', path);
  if (v.version !== PROGRESS_VERSION) {
    const newer = typeof v.version === 'number' && v.version > PROGRESS_VERSION;
    return fail(
      newer ? 'progress.newer-version' : 'progress.bad-version',
      newer ? 'This progress comes from a newer IAM Lab.' : 'Unknown progress version.',
      `${path}.version`,
    );
  }
  if (!isRecord(v.lessons)) return fail('progress.bad-lessons', 'Lessons must be an object.', `${path}.lessons`);
  const lessons = idRecord<LessonProgress>();
  for (const [id, entry] of Object.entries(v.lessons)) {
    const r = readLesson(entry, `${path}.lessons.${id}`);
    if (!r.ok) return r;
    lessons[id] = r.value;
  }
  const review = v.review === undefined ? { version: 1, cards: {} } : v.review;
  if (!isRecord(review) || review.version !== 1 || !isRecord(review.cards))
    return fail('progress.bad-review', 'The review memory must be {version: 1, cards}.', `${path}.review`);
  const cards = idRecord<CardState>();
  for (const [id, card] of Object.entries(review.cards)) {
    const r = readCard(card, `${path}.review.cards.${id}`);
    if (!r.ok) return r;
    cards[id] = r.value;
  }
  const attempts = v.attempts === undefined ? [] : v.attempts;
  if (!Array.isArray(attempts)) return fail('progress.bad-attempts', 'Attempts must be a list.', `${path}.attempts`);
  for (let i = 0; i < attempts.length; i++) {
    const r = readAttempt(attempts[i], `${path}.attempts[${i}]`);
    if (!r.ok) return r;
  }
  const wrong = v.wrongPredictions === undefined ? [] : v.wrongPredictions;
  if (!Array.isArray(wrong))
    return fail('progress.bad-predictions', 'Wrong predictions must be a list.', `${path}.wrongPredictions`);
  for (let i = 0; i < wrong.length; i++) {
    const r = readWrongPrediction(wrong[i], `${path}.wrongPredictions[${i}]`);
    if (!r.ok) return r;
  }
  return ok({
    version: 1,
    lessons,
    review: { version: 1, cards },
    attempts: (attempts as PracticeAttempt[]).slice(-HISTORY_LIMIT),
    wrongPredictions: (wrong as WrongPrediction[]).slice(-HISTORY_LIMIT),
  });
}

/** What reading stored progress found besides the usable part (see `readStoredProgress`). */
export interface StoredProgressReport {
  /** The usable progress: every entry that reads, its neighbours kept. */
  progress: LearnerProgress;
  /** JSON paths of the entries set aside (they stay in the backup copy the host makes). */
  setAside: string[];
  /** Set when the stored progress says it was written by a newer IAM Lab. */
  foundVersion?: number;
}

/**
 * Reads the stored progress leniently, entry by entry: a lesson, review card, attempt or wrong prediction that does
 * not read is set aside (its path listed) and every other entry is kept. Progress from a newer IAM Lab is read the same
 * way (the format only grows additively), and reported with its version. Nothing here drops data silently: the host
 * keeps a backup copy of the document whenever `setAside` is not empty or `foundVersion` is set.
 */
export function readStoredProgress(v: unknown, path = 'progress'): StoredProgressReport {
  const progress = emptyProgress();
  if (v === undefined) return { progress, setAside: [] };
  if (!isRecord(v)) return { progress, setAside: [path] };
  const setAside: string[] = [];
  const report: StoredProgressReport = { progress, setAside };
  if (v.version !== PROGRESS_VERSION) {
    if (typeof v.version === 'number' && v.version > PROGRESS_VERSION) report.foundVersion = v.version;
    else setAside.push(`${path}.version`);
  }
  if (isRecord(v.lessons)) {
    for (const [id, entry] of Object.entries(v.lessons)) {
      const r = readLesson(entry, `${path}.lessons.${id}`);
      if (r.ok) progress.lessons[id] = r.value;
      else setAside.push(`${path}.lessons.${id}`);
    }
  } else if (v.lessons !== undefined) setAside.push(`${path}.lessons`);
  const review = v.review;
  if (isRecord(review) && isRecord(review.cards)) {
    for (const [id, card] of Object.entries(review.cards)) {
      const r = readCard(card, `${path}.review.cards.${id}`);
      if (r.ok) progress.review.cards[id] = r.value;
      else setAside.push(`${path}.review.cards.${id}`);
    }
  } else if (review !== undefined) setAside.push(`${path}.review`);
  const lists = [
    ['attempts', readAttempt],
    ['wrongPredictions', readWrongPrediction],
  ] as const;
  for (const [key, read] of lists) {
    const list = v[key];
    if (list === undefined) continue;
    if (!Array.isArray(list)) {
      setAside.push(`${path}.${key}`);
      continue;
    }
    const kept: unknown[] = [];
    list.forEach((entry, i) => {
      if (read(entry, `${path}.${key}[${i}]`).ok) kept.push(entry);
      else setAside.push(`${path}.${key}[${i}]`);
    });
    (progress[key] as unknown[]) = kept.slice(-HISTORY_LIMIT);
  }
  return report;
}

/** What the store holds, made usable entry by entry (see `readStoredProgress`). */
export function storedProgress(v: unknown): LearnerProgress {
  return readStoredProgress(v).progress;
}

/** Parses `[progress]` for `progress:set`. */
export function parseProgressArgs(args: readonly unknown[]): Result<[LearnerProgress]> {
  if (args.length !== 1) return fail('ipc.bad-argument', `Expected one argument, got ${args.length}.`, 'args');
  const r = parseProgress(args[0], 'args[0]');
  return r.ok ? ok([r.value]) : r;
}

/** The text of an exported progress file. */
export function progressFileText(progress: LearnerProgress): string {
  const file: ProgressFile = { format: PROGRESS_FORMAT, version: PROGRESS_VERSION, progress };
  return JSON.stringify(file, null, 2) + '\n';
}

/** Reads an exported progress file; a bad file is refused whole with the path of its first problem. */
export function readProgressFile(text: string): Result<LearnerProgress> {
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch {
    return fail('progress.bad-json', 'This file is not JSON.', '');
  }
  if (!isRecord(v) || v.format !== PROGRESS_FORMAT)
    return fail('progress.bad-format', 'This is not an IAM Lab progress file.', 'format');
  if (v.version !== PROGRESS_VERSION)
    return fail('progress.bad-file-version', 'Unsupported progress file version.', 'version');
  return parseProgress(v.progress);
}

/** Merges imported progress into the current one: per lesson the one further along wins; cards by latest answer. */
export function mergeProgress(current: LearnerProgress, incoming: LearnerProgress): LearnerProgress {
  const lessons = idRecord(Object.entries(current.lessons));
  for (const [id, p] of Object.entries(incoming.lessons)) {
    const c = lessons[id];
    if (!c || (p.completed && !c.completed) || (p.completed === c.completed && p.done.length > c.done.length))
      lessons[id] = p;
  }
  const cards = idRecord(Object.entries(current.review.cards));
  for (const [id, card] of Object.entries(incoming.review.cards)) {
    const c = cards[id];
    if (!c || Date.parse(card.lastAnsweredAt) > Date.parse(c.lastAnsweredAt)) cards[id] = card;
  }
  const seen = new Set(current.attempts.map((a) => `${a.at}|${a.mode}`));
  const attempts = [...current.attempts, ...incoming.attempts.filter((a) => !seen.has(`${a.at}|${a.mode}`))]
    .sort((a, b) => Date.parse(a.at) - Date.parse(b.at))
    .slice(-HISTORY_LIMIT);
  const ids = new Set(current.wrongPredictions.map((w) => w.id));
  const wrongPredictions = [
    ...current.wrongPredictions,
    ...incoming.wrongPredictions.filter((w) => !ids.has(w.id)),
  ].slice(-HISTORY_LIMIT);
  return { version: 1, lessons, review: { version: 1, cards }, attempts, wrongPredictions };
}
