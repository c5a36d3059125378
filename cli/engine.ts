/**
 * The evaluator as the command line sees it: `evaluate` and `explain` from `shared/iam/index.ts`, imported lazily so
 * that `validate` and `--help` start without loading the engine.
 */
import type { EvaluationRequest } from '../shared/iam/request';
import type { EvaluationResult } from '../shared/iam/result';

/** What the CLI uses from the engine's public module. */
export interface EngineModule {
  evaluate(request: EvaluationRequest): EvaluationResult;
  /** Indented text of a trace; `decisiveOnly` keeps the gate brackets and the decisive events. */
  explain(result: EvaluationResult, options?: { decisiveOnly?: boolean }): string;
}

/** Import the engine. */
export async function loadEngine(): Promise<EngineModule> {
  const m = await import('../shared/iam/index');
  return { evaluate: (r) => m.evaluate(r), explain: (r, o) => m.explain(r, o) };
}
