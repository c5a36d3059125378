/**
 * The evaluator as the command line sees it. Loaded lazily from `shared/iam/index.ts` so that `validate` and `--help`
 * work (and start fast) without it.
 */
import type { EvaluationRequest } from '../shared/iam/request';
import type { EvaluationResult } from '../shared/iam/result';

/** What the CLI uses from the engine's public module. */
export interface EngineModule {
  evaluate(request: EvaluationRequest): EvaluationResult;
  /** Text rendering of a result (`shared/iam/explain.ts`), when the engine provides it. */
  explain?: (result: EvaluationResult, request?: EvaluationRequest) => string;
}

const ENGINE_MODULE = '../shared/iam/index';

/** Import the engine; `undefined` when it is not there (yet). */
export async function loadEngine(): Promise<EngineModule | undefined> {
  try {
    const m = (await import(/* @vite-ignore */ ENGINE_MODULE)) as Partial<EngineModule>;
    return typeof m.evaluate === 'function' ? (m as EngineModule) : undefined;
  } catch (e) {
    if ((e as { code?: string }).code === 'ERR_MODULE_NOT_FOUND' && String((e as Error).message).includes('shared/iam/index')) return undefined;
    throw e;
  }
}
