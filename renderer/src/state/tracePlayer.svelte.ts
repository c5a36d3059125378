/**
 * The theatre's player: which step of the script is shown, whether it is playing and how fast. The frame itself is a
 * pure fold (`scriptFrameAt`), derived from the index, so stepping back is exact. Playback is driven by
 * requestAnimationFrame: each animation frame adds the elapsed time and advances one step per interval. In predict
 * mode playback stops before each gate until the learner has guessed its outcome.
 */
import {
  isRightPrediction,
  predictionPoints,
  scriptDecisiveIndex,
  scriptFrameAt,
  type Prediction,
  type PredictionPoint,
  type ScriptFrame,
  type TheatreScript,
} from '../../../shared/theatre';

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
  /** Recent animation-frame durations (ms), for the bench. */
  frameTimes: number[] = [];

  length = $derived(this.script?.events.length ?? 0);
  current: ScriptFrame | null = $derived(this.script ? scriptFrameAt(this.script, this.index) : null);
  decisive = $derived(this.script ? scriptDecisiveIndex(this.script) : -1);
  points: PredictionPoint[] = $derived(this.script ? predictionPoints(this.script.events) : []);
  score = $derived({ right: this.predictions.filter((p) => p.right).length, total: this.predictions.length });

  #raf = 0;
  #last = 0;
  #acc = 0;

  /** Shows a new script at `start` (paused). */
  load(script: TheatreScript, start = 0): void {
    this.pause();
    this.script = script;
    this.predictions = [];
    this.awaiting = null;
    this.index = Math.max(0, Math.min(script.events.length - 1, start));
  }

  /** Clears the stage. */
  clear(): void {
    this.pause();
    this.script = null;
    this.index = 0;
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
    if (!this.script || this.playing || this.awaiting) return;
    if (this.index >= this.length - 1) this.index = 0;
    this.playing = true;
    this.#last = performance.now();
    this.#acc = 0;
    this.#raf = requestAnimationFrame(this.#tick);
  }

  pause(): void {
    this.playing = false;
    if (this.#raf) cancelAnimationFrame(this.#raf);
    this.#raf = 0;
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

  #tick = (now: number): void => {
    if (!this.playing) return;
    const dt = now - this.#last;
    this.#last = now;
    if (this.frameTimes.length >= 600) this.frameTimes.shift();
    this.frameTimes.push(dt);
    this.#acc += dt * this.speed;
    if (this.#acc >= STEP_MS) {
      this.#acc -= STEP_MS;
      if (this.index >= this.length - 1) {
        this.pause();
        return;
      }
      this.seek(this.index + 1);
      if (!this.playing) return;
    }
    this.#raf = requestAnimationFrame(this.#tick);
  };
}
