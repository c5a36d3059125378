/**
 * A detective set: which generated puzzles are played, and everything each one needs on screen — its world, the
 * replayed request and result (hidden), the candidate fixes and the statements to pick from. Puzzles are taken in
 * turn from each practice world (so a set mixes worlds), skipping any whose candidate fixes cannot make the request
 * allowed (a puzzle must be solvable by clicks). Pure apart from the worlds it is handed.
 */
import { evaluate } from '../../../../shared/iam/evaluate/evaluate';
import type { EvaluationRequest } from '../../../../shared/iam/request';
import type { EvaluationResult } from '../../../../shared/iam/result';
import type { DetectivePuzzle } from '../../../../shared/lessons/practice/detective';
import type { World, WorldCommand } from '../../../../shared/world';
import { applyCommand } from '../../../../shared/world/commands/apply';
import { candidateFixes, whyNotFixes, type FixCandidate } from './candidates';
import { puzzleRequest, statementChoices, type StatementChoice } from './puzzleParts';

/** The puzzles of one practice world. */
export interface WorldPuzzles {
  worldId: string;
  world: World;
  puzzles: DetectivePuzzle[];
}

/** One puzzle ready to play. */
export interface PuzzleSetup {
  puzzle: DetectivePuzzle;
  world: World;
  request: EvaluationRequest;
  result: EvaluationResult;
  fixes: FixCandidate[];
  statements: StatementChoice[];
}

/** True when applying `command` lets the puzzle's request through. */
export function fixWorks(world: World, puzzle: DetectivePuzzle, command: WorldCommand): boolean {
  const applied = applyCommand(world, command);
  if (!applied.ok) return false;
  const req = puzzleRequest(applied.world, puzzle);
  return req !== undefined && evaluate(req).decision === 'allowed';
}

/** The setup of one puzzle, or undefined when none of its fixes works. */
export function setupPuzzle(wp: WorldPuzzles, puzzle: DetectivePuzzle): PuzzleSetup | undefined {
  const request = puzzleRequest(wp.world, puzzle);
  if (!request) return undefined;
  const result = evaluate(request);
  const others = wp.puzzles
    .filter((p) => p.id !== puzzle.id)
    .slice(0, 3)
    .flatMap((p) => {
      const r = puzzleRequest(wp.world, p);
      return r ? whyNotFixes(wp.world, r, evaluate(r)) : [];
    })
    .filter((c) => !fixWorks(wp.world, puzzle, c.command));
  const fixes = candidateFixes(wp.world, puzzle, request, result, others);
  if (!fixes.some((f) => fixWorks(wp.world, puzzle, f.command))) return undefined;
  return { puzzle, world: wp.world, request, result, fixes, statements: statementChoices(request, puzzle.reveals) };
}

/** The puzzles in play order: the first of each world, then the second of each, and so on. */
export function interleave(worlds: readonly WorldPuzzles[]): Array<{ wp: WorldPuzzles; puzzle: DetectivePuzzle }> {
  const out: Array<{ wp: WorldPuzzles; puzzle: DetectivePuzzle }> = [];
  const longest = Math.max(0, ...worlds.map((w) => w.puzzles.length));
  for (let i = 0; i < longest; i++)
    for (const wp of worlds) if (i < wp.puzzles.length) out.push({ wp, puzzle: wp.puzzles[i] });
  return out;
}

/** `count` playable puzzles starting at position `offset` of the play order (wrapping around). */
export function pickSet(worlds: readonly WorldPuzzles[], count: number, offset = 0): PuzzleSetup[] {
  const order = interleave(worlds);
  const out: PuzzleSetup[] = [];
  for (let i = 0; i < order.length && out.length < count; i++) {
    const { wp, puzzle } = order[(offset + i) % order.length];
    const s = setupPuzzle(wp, puzzle);
    if (s) out.push(s);
  }
  return out;
}
