/**
 * "Open in Evaluate" for a predict-the-decision question: a generated question reopens in its practice world (the
 * request builder and the graph work as usual); a hand-written one carries its policies inline, so the theatre replays
 * exactly that request with no world around it.
 */
import { evaluate } from '../../../shared/iam/evaluate/evaluate';
import type { PredictDecisionItem } from '../../../shared/lessons/quiz-types';
import { draftFromEngineRequest } from '../../../shared/theatre/handoff';
import type { TheatreHandoff } from '../session/scenarioState.svelte';
import { practiceWorldOf } from './generatedItems';

/** The handoff of one question. */
export function predictHandoff(item: PredictDecisionItem, source = 'Practice question'): TheatreHandoff {
  const request = item.scenario;
  const result = evaluate(request);
  const draft = draftFromEngineRequest(request);
  const pw = practiceWorldOf(item.id);
  if (pw) return { source: `${source} (world: ${pw.id})`, world: pw.build(), draft, request, result };
  return { source, draft, request, result, inlineOnly: true };
}
