/**
 * The generated predict-the-decision questions (`shared/lessons/practice/generate`), computed in slices — one practice
 * world per slice, each in its own idle callback — so the ~1 s of engine work never blocks the first paint or a click
 * for long. The result is the same as `generatedBank(GENERATED_SEED)`: same seed, same items, same ids every session,
 * so spaced repetition carries over.
 */
import { generatedBankSteps, PRACTICE_WORLDS } from '../../../shared/lessons/practice/generate';
import type { PredictDecisionItem } from '../../../shared/lessons/quiz-types';
import type { World } from '../../../shared/world';

/** The fixed seed of the generated part of the bank (changing it changes which questions the learner gets). */
export const GENERATED_SEED = 20240917;

/** Runs `work` later, when the page is idle (a timeout where `requestIdleCallback` does not exist). */
export type Schedule = (work: () => void) => void;

/** The browser's idle scheduling. */
export const idle: Schedule = (work) => {
  const ric = (globalThis as { requestIdleCallback?: (cb: () => void, opts?: { timeout: number }) => number }).requestIdleCallback;
  if (ric) ric(work, { timeout: 500 });
  else setTimeout(work, 16);
};

/** Generates every practice world's items, one world per scheduled slice; `done` gets them all in bank order. */
export function generateInSlices(done: (items: PredictDecisionItem[]) => void, schedule: Schedule = idle, seed = GENERATED_SEED): void {
  const steps = generatedBankSteps(seed);
  const out: PredictDecisionItem[] = [];
  const next = () => {
    let items: PredictDecisionItem[] | undefined;
    try {
      items = steps.next();
    } catch {
      // A world that fails to build is a bug caught by the generator's own tests; practice goes on without it.
      items = [];
    }
    if (items === undefined) return done(out);
    out.push(...items);
    schedule(next);
  };
  schedule(next);
}

/** The practice world a generated item was asked about (`gen-<world>-<hash>`; the longest matching world id wins). */
export function practiceWorldOf(itemId: string): { id: string; build: () => World } | undefined {
  return [...PRACTICE_WORLDS].sort((a, b) => b.id.length - a.id.length).find((pw) => itemId.startsWith(`gen-${pw.id}-`));
}
