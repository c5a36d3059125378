/**
 * The generated part of the practice bank: predict-the-decision questions over every practice world (the samples and
 * their practice variants), answered by the engine. Enumeration is the costly part (hundreds of evaluations), so the
 * candidates of each world are computed once per process and reused for every seed.
 */
import type { World } from '../../../world/types';
import type { PredictDecisionItem } from '../../quiz-types';
import type { TopicId } from '../../topics';
import { candidatesOf, pickBalanced, toItem, type Candidate } from './generate';
import { seedFromString } from '../prng';
import { PRACTICE_WORLDS } from './practice-worlds';

/** Items per world by default: 10 worlds × 12 gives about 120 items. */
export const DEFAULT_PER_WORLD = 12;

const cache = new Map<string, Candidate[]>();

function worldCandidates(id: string, build: () => World): Candidate[] {
  let found = cache.get(id);
  if (!found) {
    found = candidatesOf(build(), id);
    cache.set(id, found);
  }
  return found;
}

/** Options of `generatedBank`. */
export interface GeneratedBankOptions {
  perWorld?: number;
  topics?: readonly TopicId[];
}

/**
 * The generated bank built one practice world at a time, for callers that spread the work over idle slices: each
 * `next()` returns the next world's items (undefined when all are done). A prompt already asked for an earlier world
 * is not asked again, so no two items read the same; the concatenation equals `generatedBank(seed, options)`.
 */
export function generatedBankSteps(
  seed: number,
  options: GeneratedBankOptions = {},
): { next(): PredictDecisionItem[] | undefined } {
  const perWorld = options.perWorld ?? DEFAULT_PER_WORLD;
  const topics = options.topics?.length ? new Set(options.topics) : undefined;
  const prompts = new Set<string>();
  let i = 0;
  return {
    next() {
      const pw = PRACTICE_WORLDS[i++];
      if (!pw) return undefined;
      const all = worldCandidates(pw.id, pw.build).filter((c) => !prompts.has(c.prompt));
      const pool = topics ? all.filter((c) => topics.has(c.topic)) : all;
      const picked = pickBalanced(pool, perWorld, (seed ^ seedFromString(pw.id)) >>> 0);
      for (const c of picked) prompts.add(c.prompt);
      return picked.map(toItem);
    },
  };
}

/**
 * Generated items over all practice worlds for `seed` (ids `gen-<world>-<hash>`, stable for the same request).
 * Same as calling `generatePredictItems` on each world with `worldId` set to the practice world's id, except that a
 * prompt already asked for an earlier world is not asked again.
 */
export function generatedBank(seed: number, options: GeneratedBankOptions = {}): PredictDecisionItem[] {
  const steps = generatedBankSteps(seed, options);
  const out: PredictDecisionItem[] = [];
  for (let items = steps.next(); items; items = steps.next()) out.push(...items);
  return out;
}
