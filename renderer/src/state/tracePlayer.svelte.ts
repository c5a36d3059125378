/**
 * The app's one replay player (Evaluate, lessons, practice review): which step of the script is shown, whether it is
 * playing and how fast. The frame itself is a pure fold (`scriptFrameAt`), derived from the index, so stepping back is
 * exact. Playback asks an injected `PlayerClock` for one callback per step (the app's clock waits on animation frames;
 * tests advance a fake one), and `dispose()` stops it for good when its view unmounts. In predict mode playback stops
 * before each gate until the learner has guessed its outcome.
 */
import {
  isRightPrediction,
  predictionPoints,
  scriptDecisionIndex,
  scriptDecisiveIndex,
  scriptFrameAt,
  type Prediction,
  type PredictionPoint,
  type ScriptFrame,
  type TheatreScript,
} from '../../../shared/theatre';
import { frameClock, type PlayerClock } from './playerClock';

/** The allowed speeds. */
export const SPEEDS = [0.25, 0.5, 1, 2, 4] as const;

/** Milliseconds one step lasts at 1×. */
export const STEP_MS = 700;

/** One guess in predict mode. */
export interface PredictionRecord {
  point: PredictionPoint;
  guess: Prediction;
  right: boolean;
}

/** How a player is built: its clock (default: animation frames) and how long one step lasts at 1×. */
export interface PlayerOptions {
  clock?: PlayerClock;
  stepMs?: number;
}

/** Plays a theatre script. */
export class TracePlayer {
  script = $state.raw<TheatreScript | null>(null);
  index = $state(0);
  playing = $state(false);
  speed = $state(1);
  /** Predict-then-reveal mode. */
  predict = $state(false);
  /** The gate waiting for a guess, in predict mode. */
  awaiting = $state.raw<PredictionPoint | null>(null);
  predictions = $state.raw<PredictionRecord[]>([]);
  /** The learner asked to see the verdict before the replay reached the decision ("Show answer now"). */
  answerShown = $state(false);

  length = $derived(this.script?.events.length ?? 0);
  current: ScriptFrame | null = $derived(this.script ? scriptFrameAt(this.script, this.index) : null);
  /** The step that fixed the outcome ("Jump to decisive step"). */
  decisive = $derived(this.script ? scriptDecisiveIndex(this.script) : -1);
  /** The step where the final decision is made: the verdict is revealed there. */
  decisionAt = $derived(this.script ? scriptDecisionIndex(this.script) : -1);
  atEnd = $derived(this.script !== null && this.index >= this.length - 1);
  /** Whether the verdict is shown: from the decision step on, or at once after "Show answer now"; never while a guess is awaited. */
  verdictShown = $derived(
    this.script !== null &&
      !this.awaiting &&
      (this.answerShown || ((!this.predict || this.atEnd) && this.index >= this.decisionAt)),
  );
  points: PredictionPoint[] = $derived(this.script ? predictionPoints(this.script.events) : []);
  score = $derived({ right: this.predictions.filter((p) => p.right).length, total: this.predictions.length });

  readonly #clock: PlayerClock;
  readonly #stepMs: number;
  #timer: number | null = null;
  #disposed = false;

  constructor(options: PlayerOptions = {}) {
    this.#clock = options.clock ?? frameClock();
    this.#stepMs = options.stepMs ?? STEP_MS;
  }

  /** Recent animation-frame durations (ms) while playing, for the bench (empty with a clock that does not measure). */
  get frameTimes(): number[] {
    return this.#clock.frameTimes ?? [];
  }

  /** True once `dispose()` ran: the player no longer plays. */
  get disposed(): boolean {
    return this.#disposed;
  }

  /** Shows a new script at `start` (paused). */
  load(script: TheatreScript, start = 0): void {
    this.pause();
    this.script = script;
    this.predictions = [];
    this.awaiting = null;
    this.answerShown = false;
    this.index = Math.max(0, Math.min(script.events.length - 1, start));
  }

  /** Clears the stage. */
  clear(): void {
    this.pause();
    this.script = null;
    this.index = 0;
    this.answerShown = false;
  }

  /** Shows the verdict now, before the replay reaches the decision. */
  showAnswer(): void {
    this.answerShown = true;
  }

  /** Moves to `i` (clamped); in predict mode a jump past an unanswered gate stops at it. */
  seek(i: number): void {
    const max = Math.max(0, this.length - 1);
    let target = Math.max(0, Math.min(max, Math.round(i)));
    if (this.predict && target > this.index) {
      const gate = this.points.find((p) => p.at > this.index && p.at <= target && !this.#answered(p));
      if (gate) {
        target = Math.max(0, gate.at - 1);
        this.awaiting = gate;
        this.pause();
      }
    }
    this.index = target;
  }

  step(delta: number): void {
    this.pause();
    this.seek(this.index + delta);
  }

  restart(): void {
    this.pause();
    this.index = 0;
  }

  toEnd(): void {
    this.pause();
    this.seek(this.length - 1);
  }

  jumpToDecisive(): void {
    this.pause();
    if (this.decisive >= 0) this.seek(this.decisive);
  }

  setSpeed(speed: number): void {
    this.speed = Math.max(0.25, Math.min(4, speed));
  }

  toggle(): void {
    if (this.playing) this.pause();
    else this.play();
  }

  play(): void {
    if (!this.script || this.playing || this.awaiting || this.#disposed) return;
    if (this.index >= this.length - 1) this.index = 0;
    this.playing = true;
    this.#schedule();
  }

  pause(): void {
    this.playing = false;
    if (this.#timer !== null) this.#clock.clearTimeout(this.#timer);
    this.#timer = null;
  }

  /** Stops playing for good and lets go of the clock: called when the player's view unmounts. */
  dispose(): void {
    this.pause();
    this.#disposed = true;
  }

  /** Records a guess for the awaited gate, reveals it and carries on playing. */
  guess(guess: Prediction): PredictionRecord | undefined {
    const point = this.awaiting;
    if (!point) return undefined;
    const record: PredictionRecord = { point, guess, right: isRightPrediction(point, guess) };
    this.predictions = [...this.predictions, record];
    this.awaiting = null;
    this.index = point.at;
    this.play();
    return record;
  }

  #answered(p: PredictionPoint): boolean {
    return this.predictions.some((r) => r.point.at === p.at);
  }

  #schedule(): void {
    this.#timer = this.#clock.setTimeout(this.#tick, this.#stepMs / this.speed);
  }

  #tick = (): void => {
    this.#timer = null;
    if (!this.playing) return;
    if (this.index >= this.length - 1) {
      this.pause();
      return;
    }
    this.seek(this.index + 1);
    if (!this.playing) return;
    if (this.index >= this.length - 1) this.pause();
    else this.#schedule();
  };
}
