/**
 * What the lesson and practice areas hand to their theatre panel: one evaluated request and what was expected. Built
 * from a lesson request (demo steps, failing checks) or a predict-decision quiz scenario.
 */
import type { Decision, EvaluationRequest } from '../../../shared/iam/request';
import type { EvaluationResult } from '../../../shared/iam/result';
import { evaluate } from '../../../shared/iam/evaluate/evaluate';
import { draftFromEngineRequest, scriptFromRequest, type TheatreScript } from '../../../shared/theatre';

/** One request replayed in the theatre panel. */
export interface TheatreView {
  /** Why it is shown (the demo title, "Failing check", ...). */
  title: string;
  principal: string;
  action: string;
  resource: string;
  request: EvaluationRequest;
  result: EvaluationResult;
  /** The decision the lesson or the check expected, if any. */
  expected?: Decision;
}

/** A readable name for the caller of an engine request. */
export function principalLabel(req: EvaluationRequest): string {
  const p = req.principal as { kind: string; arn?: string };
  return p.arn ?? p.kind;
}

/** Builds the view of an engine request (evaluating it when no result is given). */
export function viewOf(
  title: string,
  request: EvaluationRequest,
  result?: EvaluationResult,
  expected?: Decision,
): TheatreView {
  return {
    title,
    principal: principalLabel(request),
    action: request.action,
    resource: request.resource.arn,
    request,
    result: result ?? evaluate(request),
    ...(expected ? { expected } : {}),
  };
}

/** The view as a one-step theatre script, for the app's replay player. */
export function scriptOfView(view: TheatreView): TheatreScript {
  return scriptFromRequest(draftFromEngineRequest(view.request), view.request, view.result);
}
