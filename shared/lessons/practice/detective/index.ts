/** Detective practice: puzzles from access-denied messages, graded by the engine. */
export * from './types';
export { generatePuzzles, REVEAL_COSTS, type PuzzleOptions } from './generate';
export { gradeDetective, detectiveScore } from './grade';
