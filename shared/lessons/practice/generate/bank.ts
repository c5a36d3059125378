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
 * Generated items over all practice worlds for `seed` (ids `gen-<world>-<hash>`, stable for the same request).
 * Same as calling `generatePredictItems` on each world with `worldId` set to the practice world's id.
 */
export function generatedBank(seed: number, options: GeneratedBankOptions = {}): PredictDecisionItem[] {
  const perWorld = options.perWorld ?? DEFAULT_PER_WORLD;
  const topics = options.topics?.length ? new Set(options.topics) : undefined;
  // A prompt already asked for an earlier world is not asked again: no two items read the same.
  const prompts = new Set<string>();
  return PRACTICE_WORLDS.flatMap((pw) => {
    const all = worldCandidates(pw.id, pw.build).filter((c) => !prompts.has(c.prompt));
    const pool = topics ? all.filter((c) => topics.has(c.topic)) : all;
    const picked = pickBalanced(pool, perWorld, (seed ^ seedFromString(pw.id)) >>> 0);
    for (const c of picked) prompts.add(c.prompt);
    return picked.map(toItem);
  });
}
