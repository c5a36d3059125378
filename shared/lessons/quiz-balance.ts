/**
 * Option-length balance of single-answer items: where the keyed option ranks by length among its options. A bank
 * whose key is usually the longest (or usually the shortest) lets a test-wise learner score without knowing IAM, so
 * the practice bank is measured and held to limits (test/unit/quiz/balance.test.ts, `npm run quiz:balance`).
 */
import type { QuizItem } from './quiz-types';

/** How the key's length compares with the distractors' in one single-answer item. */
export interface KeyLengthRank {
  id: string;
  topic: string;
  /** 1 = strictly longer than every distractor; options + 1 - rank = how many are not longer. */
  rank: number;
  options: number;
  /** The key is strictly longer than every distractor. */
  longest: boolean;
  /** The key is strictly shorter than every distractor. */
  shortest: boolean;
}

/** The balance of a set of items: one rank per single-answer item, and the shares that matter. */
export interface LengthBalance {
  items: KeyLengthRank[];
  singleCount: number;
  longestCount: number;
  shortestCount: number;
  /** How many single-answer items have their key at each rank (1 = longest). */
  byRank: Map<number, number>;
}

/** The key's length rank in a single-answer item, or undefined for other kinds. */
export function keyLengthRank(item: QuizItem): KeyLengthRank | undefined {
  if (item.kind !== 'single') return undefined;
  const key = item.options.find((o) => o.correct);
  if (!key) return undefined;
  const others = item.options.filter((o) => !o.correct).map((o) => o.text.length);
  const k = key.text.length;
  const rank = 1 + others.filter((n) => n > k).length;
  return {
    id: item.id,
    topic: item.topic,
    rank,
    options: item.options.length,
    longest: others.every((n) => k > n),
    shortest: others.every((n) => k < n),
  };
}

/** Measures the option-length balance of the single-answer items among `items`. */
export function lengthBalance(items: readonly QuizItem[]): LengthBalance {
  const ranks = items.map(keyLengthRank).filter((r): r is KeyLengthRank => r !== undefined);
  const byRank = new Map<number, number>();
  for (const r of ranks) byRank.set(r.rank, (byRank.get(r.rank) ?? 0) + 1);
  return {
    items: ranks,
    singleCount: ranks.length,
    longestCount: ranks.filter((r) => r.longest).length,
    shortestCount: ranks.filter((r) => r.shortest).length,
    byRank,
  };
}

/** Limits a bank must keep: no give-away by length in either direction, and no single rank that dominates. */
export const BALANCE_LIMITS = { maxLongestShare: 0.33, maxShortestShare: 0.33, maxRankShare: 0.5 } as const;

/** The limits a balance breaks, as codes (`balance.key-longest`, `balance.key-shortest`, `balance.rank-dominates`). */
export function balanceProblems(b: LengthBalance, limits = BALANCE_LIMITS): string[] {
  if (b.singleCount === 0) return [];
  const out: string[] = [];
  if (b.longestCount / b.singleCount > limits.maxLongestShare) out.push('balance.key-longest');
  if (b.shortestCount / b.singleCount > limits.maxShortestShare) out.push('balance.key-shortest');
  for (const n of b.byRank.values()) if (n / b.singleCount > limits.maxRankShare) out.push('balance.rank-dominates');
  return [...new Set(out)];
}
