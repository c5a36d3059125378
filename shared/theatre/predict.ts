/**
 * Predict, then reveal: before a gate plays, the learner guesses its outcome. These pure helpers find the gate
 * boundaries to pause at and score a guess against the gate's real outcome.
 */
import type { TraceEvent } from '../iam/result';
import { statusOfOutcome, type GateStatus } from './frame';

/** What a learner can predict for a gate. */
export type Prediction = 'allow' | 'explicit-deny' | 'implicit-deny' | 'not-applicable';

/** A gate to predict: the index of its opening event, and the status it ends in. */
export interface PredictionPoint {
  /** Global index of the gate's `enter` event. */
  at: number;
  gate: TraceEvent['gate'];
  side: TraceEvent['side'];
  answer: GateStatus;
}

/** The gates of a trace (top-level enter/exit pairs), in order, with their real outcome. */
export function predictionPoints(events: readonly TraceEvent[]): PredictionPoint[] {
  const out: PredictionPoint[] = [];
  events.forEach((e, i) => {
    if (e.op !== 'enter' || e.parent !== null || e.gate === 'authenticate') return;
    const exit = events.find((x) => x.op === 'exit' && x.parent === e.seq && x.seq > e.seq);
    out.push({ at: i, gate: e.gate, side: e.side, answer: exit ? statusOfOutcome(e.gate, exit.outcome) : 'implicit-deny' });
  });
  return out;
}

/** True when the guess matches the gate's outcome. */
export function isRightPrediction(point: PredictionPoint, guess: Prediction): boolean {
  return point.answer === guess;
}
