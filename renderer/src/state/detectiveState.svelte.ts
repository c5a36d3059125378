/**
 * Detective practice: the learner reads an access-denied message (and, on request, its CloudTrail event), reveals
 * hidden policies at a cost in points, then names the deciding policy type and statement and picks the smallest fix.
 * Puzzles are generated from the practice worlds (`generatePuzzles`, in idle slices after "Start"); the engine grades
 * each answer (`gradeDetective`). One instance per app, made by `AppSession`.
 */
import type { DenialPolicyType } from '../../../shared/iam/denial/types';
import {
  detectiveScore,
  generatePuzzles,
  gradeDetective,
  type DetectiveGrade,
  type PuzzleReveal,
} from '../../../shared/lessons/practice/detective';
import { PRACTICE_WORLDS } from '../../../shared/lessons/practice/generate';
import { draftFromPlainRequest } from '../../../shared/theatre';
import { idle, type Schedule } from '../practice/generatedItems';
import { pickSet, type PuzzleSetup, type WorldPuzzles } from '../practice/detective/rounds';
import type { TheatreHandoff } from '../session/scenarioState.svelte';

/** Puzzles in a set. */
export const DETECTIVE_SET_SIZE = 5;

/** The learner's answer so far. */
export interface RoundAnswer {
  policyType?: DenialPolicyType;
  /** A `StatementChoice` key. */
  statementKey?: string;
  /** A `FixCandidate` key. */
  fixKey?: string;
}

/** One puzzle of the set, as played. */
export interface Round {
  setup: PuzzleSetup;
  revealed: PuzzleReveal['id'][];
  answer: RoundAnswer;
  grade?: DetectiveGrade;
  /** Points after the reveals' costs. */
  score?: number;
}

/** Where detective practice is. */
export type DetectivePhase = 'idle' | 'preparing' | 'playing' | 'results';

/** The detective mode's state. */
export class DetectiveState {
  phase = $state<DetectivePhase>('idle');
  /** Raw: a round's setup holds a whole world, which must not become a deep proxy; rounds are replaced, not mutated. */
  rounds = $state.raw<Round[]>([]);
  current = $state(0);
  /** Puzzles of every practice world, generated once. */
  #worlds: WorldPuzzles[] | null = null;
  #attempts = 0;
  readonly #open: (h: TheatreHandoff) => void;
  readonly #schedule: Schedule;

  constructor(openInEvaluate: (h: TheatreHandoff) => void, schedule: Schedule = idle) {
    this.#open = openInEvaluate;
    this.#schedule = schedule;
  }

  /** The round on screen. */
  get round(): Round | undefined {
    return this.rounds[this.current];
  }

  /** Points over the set, and the most there were. */
  get total(): { points: number; max: number } {
    return {
      points: this.rounds.reduce((n, r) => n + (r.score ?? 0), 0),
      max: this.rounds.length * 10,
    };
  }

  /** Generates the puzzles (once, one world per idle slice) and starts a set. */
  start(count = DETECTIVE_SET_SIZE): void {
    if (this.phase === 'preparing') return;
    if (this.#worlds) return this.#begin(count);
    this.phase = 'preparing';
    const worlds: WorldPuzzles[] = [];
    let i = 0;
    const next = () => {
      if (i >= PRACTICE_WORLDS.length) {
        this.#worlds = worlds;
        this.#begin(count);
        return;
      }
      const pw = PRACTICE_WORLDS[i++];
      try {
        const world = pw.build();
        worlds.push({ worldId: pw.id, world, puzzles: generatePuzzles(world, pw.id) });
      } catch {
        // A world that fails to build is a bug caught by the generator's tests; the set goes on without it.
      }
      this.#schedule(next);
    };
    this.#schedule(next);
  }

  #begin(count: number): void {
    const set = pickSet(this.#worlds ?? [], count, this.#attempts++ * count);
    this.rounds = set.map((setup) => ({ setup, revealed: [], answer: {} }));
    this.current = 0;
    this.phase = this.rounds.length ? 'playing' : 'idle';
  }

  #replace(round: Round): void {
    this.rounds = this.rounds.map((r, i) => (i === this.current ? round : r));
  }

  /** Reveals a hidden part of the current puzzle (its cost comes off the score). */
  reveal(id: PuzzleReveal['id']): void {
    const r = this.round;
    if (r && !r.grade && !r.revealed.includes(id)) this.#replace({ ...r, revealed: [...r.revealed, id] });
  }

  /** Changes part of the answer (before it is graded). */
  setAnswer(part: RoundAnswer): void {
    const r = this.round;
    if (r && !r.grade) this.#replace({ ...r, answer: { ...r.answer, ...part } });
  }

  /** Grades the current answer with the engine. */
  submit(): void {
    const r = this.round;
    if (!r || r.grade) return;
    const { setup, answer } = r;
    const statement = setup.statements.find((s) => s.key === answer.statementKey);
    const fix = setup.fixes.find((f) => f.key === answer.fixKey);
    const grade = gradeDetective(setup.puzzle, setup.world, {
      ...(answer.policyType ? { policyType: answer.policyType } : {}),
      ...(statement ? { statement: statement.answer } : {}),
      ...(fix ? { fix: fix.command } : {}),
    });
    this.#replace({ ...r, grade, score: detectiveScore(grade, setup.puzzle, r.revealed) });
  }

  /** The next puzzle, or the results after the last. */
  next(): void {
    if (this.current < this.rounds.length - 1) this.current++;
    else this.phase = 'results';
  }

  /** Opens a puzzle's request, in its own world, in the Evaluate area's theatre. */
  openInEvaluate(round: Round): void {
    const { puzzle, world } = round.setup;
    const { principal, action, resource, context, mfa } = puzzle.replay;
    this.#open({
      source: `Detective practice — ${puzzle.id}`,
      world,
      draft: draftFromPlainRequest({ principal, action, resource, context, ...(mfa ? { mfa } : {}) }),
    });
  }

  /** Back to the practice home. */
  exit(): void {
    this.phase = 'idle';
    this.rounds = [];
    this.current = 0;
  }
}
