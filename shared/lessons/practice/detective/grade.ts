/**
 * Grades a detective answer with the engine: the policy type and the statement against the puzzle's solution, and the
 * fix by applying it to the world — it must be one accepted world command, the puzzle's request must then be allowed,
 * and it is "minimal" when no other request the world's callers could make (the practice enumeration) becomes allowed
 * that was denied before.
 */
import { evaluate } from '../../../iam/evaluate/evaluate';
import { applyCommand } from '../../../world/commands/apply';
import { requestFor } from '../../../world/request-for';
import type { World } from '../../../world/types';
import type { PracticeEnvironment } from '../generate/environments';
import { enumerateScenarios, type Scenario } from '../generate/scenarios';
import type { DetectiveAnswer, DetectiveGrade, DetectivePuzzle, FixGradeCode } from './types';

/** One request of the enumeration: caller · action · resource, and its environment when it has one. */
function requestKey(principal: string, action: string, resource: string, env: PracticeEnvironment): string {
  const e = env.context || env.mfa ? ` · ${JSON.stringify(env)}` : '';
  return `${principal} · ${action} · ${resource}${e}`;
}

const keyOf = (s: Scenario) => requestKey(s.principal.ref, s.action, s.resourceArn, s.environment);

/** The requests a fix newly allows besides the puzzle's own. */
function newlyAllowed(before: World, after: World, own: string): string[] {
  const denied = new Set(
    enumerateScenarios(before)
      .filter((s) => s.result.decision !== 'allowed')
      .map(keyOf),
  );
  return enumerateScenarios(after)
    .filter((s) => s.result.decision === 'allowed')
    .map(keyOf)
    .filter((k) => denied.has(k) && k !== own);
}

/** Grades one fix. */
function gradeFix(puzzle: DetectivePuzzle, world: World, answer: DetectiveAnswer): DetectiveGrade['fix'] {
  const none = (code: FixGradeCode) => ({ code, alsoAllows: [] });
  if (!answer.fix) return none('practice.fix-missing');
  const applied = applyCommand(world, answer.fix);
  if (!applied.ok) return none('practice.fix-refused');
  const { principal, action, resource, context, mfa } = puzzle.replay;
  const env: PracticeEnvironment = {
    ...(Object.keys(context).length ? { context } : {}),
    ...(mfa ? { mfa } : {}),
  };
  const req = requestFor(applied.world, principal, action, resource, env);
  if (!req.ok || evaluate(req.value).decision !== 'allowed') return none('practice.fix-does-not-work');
  const also = newlyAllowed(world, applied.world, requestKey(principal, action, resource, env));
  return { code: also.length ? 'practice.fix-too-broad' : 'practice.fix-minimal', alsoAllows: also };
}

/** Grades an answer to a puzzle of `world`. */
export function gradeDetective(puzzle: DetectivePuzzle, world: World, answer: DetectiveAnswer): DetectiveGrade {
  const { solution } = puzzle;
  const typeOk = answer.policyType === solution.policyType;
  const statementOk =
    solution.statements.length === 0
      ? answer.statement === null
      : answer.statement != null &&
        solution.statements.some(
          (s) => s.policyId === answer.statement!.policyId && s.statementIndex === answer.statement!.statementIndex,
        );
  const fix = gradeFix(puzzle, world, answer);
  const fixPoints = fix.code === 'practice.fix-minimal' ? 4 : fix.code === 'practice.fix-too-broad' ? 2 : 0;
  return {
    policyType: { correct: typeOk, expected: solution.policyType },
    statement: { correct: statementOk, expected: solution.statements },
    fix,
    points: (typeOk ? 3 : 0) + (statementOk ? 3 : 0) + fixPoints,
  };
}

/** The score after reveals: points minus what the revealed parts cost, never below zero. */
export function detectiveScore(grade: DetectiveGrade, puzzle: DetectivePuzzle, revealed: readonly string[]): number {
  const cost = puzzle.reveals.filter((r) => revealed.includes(r.id)).reduce((n, r) => n + r.cost, 0);
  return Math.max(0, grade.points - cost);
}
