/**
 * Wrong predictions kept for review in Practice. Stored in the renderer's local storage under one key until the host
 * contract has a `progress:*` channel (see docs/theatre.md); the shape is what that channel will carry.
 */
import type { PredictionRecord } from '../state/tracePlayer.svelte';
import type { RequestDraft } from '../../../shared/theatre';

/** The storage key. */
export const PRACTICE_KEY = 'iam-lab-theatre-missed';

/** One missed prediction. */
export interface MissedPrediction {
  request: RequestDraft;
  gate: string;
  side?: string;
  guess: string;
  answer: string;
}

/** Adds missed predictions (keeps the latest 200). */
export function saveMissed(request: RequestDraft, records: PredictionRecord[]): void {
  const missed: MissedPrediction[] = records
    .filter((r) => !r.right)
    .map((r) => ({ request, gate: r.point.gate, ...(r.point.side ? { side: r.point.side } : {}), guess: r.guess, answer: r.point.answer }));
  if (missed.length === 0) return;
  try {
    const old = JSON.parse(localStorage.getItem(PRACTICE_KEY) ?? '[]') as MissedPrediction[];
    localStorage.setItem(PRACTICE_KEY, JSON.stringify([...old, ...missed].slice(-200)));
  } catch {
    // Storage full or unavailable: practice review is a bonus, the theatre keeps working.
  }
}

/** The saved missed predictions. */
export function loadMissed(): MissedPrediction[] {
  try {
    return JSON.parse(localStorage.getItem(PRACTICE_KEY) ?? '[]') as MissedPrediction[];
  } catch {
    return [];
  }
}
