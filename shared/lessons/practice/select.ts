/** Picks practice sets from the bank: by topic, by exam (weighted by domain), by kind or difficulty. Deterministic. */
import type { ExamMap } from '../exams/exam-map';
import type { QuizItem, QuizKind } from '../quiz-types';
import type { TopicId } from '../topics';
import { makeRng, shuffled } from './prng';

/** Which items a practice set may draw from. Empty or absent fields do not filter. */
export interface PracticeFilter {
  topics?: readonly TopicId[];
  /** Exam code: keep items tagged with at least one task of this exam. */
  exam?: string;
  /** Domain ids (`SCS-C02:4`) or task ids (`SCS-C02:4.1`): keep items tagged with one of them. */
  examParts?: readonly string[];
  kinds?: readonly QuizKind[];
  difficulties?: readonly (1 | 2 | 3)[];
}

function hasPart(item: QuizItem, part: string): boolean {
  return item.examTasks.some((t) => t === part || t.startsWith(`${part}.`));
}

/** Keeps the items that match every given field of the filter, in bank order. */
export function filterItems(items: readonly QuizItem[], filter: PracticeFilter): QuizItem[] {
  return items.filter(
    (item) =>
      (!filter.topics?.length || filter.topics.includes(item.topic)) &&
      (!filter.exam || item.examTasks.some((t) => t.startsWith(`${filter.exam}:`))) &&
      (!filter.examParts?.length || filter.examParts.some((p) => hasPart(item, p))) &&
      (!filter.kinds?.length || filter.kinds.includes(item.kind)) &&
      (!filter.difficulties?.length || filter.difficulties.includes(item.difficulty)),
  );
}

/** Picks up to `count` matching items in a shuffled order fixed by `seed`. */
export function pickSet(items: readonly QuizItem[], filter: PracticeFilter, count: number, seed: number): QuizItem[] {
  return shuffled(filterItems(items, filter), makeRng(seed)).slice(0, Math.max(0, count));
}

/**
 * Picks an exam-like set: up to `count` items tagged with `map.exam`, shared out between the exam's domains in
 * proportion to their weights (largest remainder), among the domains that have items; a domain with too few
 * items gives its places to the others. The result is shuffled by `seed`.
 */
export function pickExamSet(items: readonly QuizItem[], map: ExamMap, count: number, seed: number): QuizItem[] {
  const rng = makeRng(seed);
  const taken = new Set<string>();
  const pools = map.domains.map((d) => ({
    domain: d,
    pool: shuffled(
      items.filter((i) => hasPart(i, d.id)),
      rng,
    ),
    quota: 0,
  }));
  let remaining = Math.max(0, count);
  let open = pools.filter((p) => p.pool.length > 0);
  while (remaining > 0 && open.length > 0) {
    const weight = open.reduce((s, p) => s + p.domain.weight, 0);
    const shares = open.map((p) => (remaining * p.domain.weight) / weight);
    const base = shares.map(Math.floor);
    let left = remaining - base.reduce((s, n) => s + n, 0);
    const order = shares.map((s, i) => ({ i, r: s - base[i] })).sort((a, b) => b.r - a.r || a.i - b.i);
    for (const { i } of order) if (left-- > 0) base[i]++;
    let granted = 0;
    open.forEach((p, i) => {
      const free = p.pool.filter((it) => !taken.has(it.id));
      const n = Math.min(base[i], free.length);
      free.slice(0, n).forEach((it) => taken.add(it.id));
      p.quota += n;
      granted += n;
    });
    remaining -= granted;
    const next = open.filter((p) => p.pool.some((it) => !taken.has(it.id)));
    if (granted === 0 || next.length === 0) break;
    open = next;
  }
  const chosen = items.filter((i) => taken.has(i.id));
  return shuffled(chosen, rng);
}
