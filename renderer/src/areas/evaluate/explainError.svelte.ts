/**
 * "Explain an AWS error": reads a pasted access-denied message or CloudTrail event against the world on screen
 * (`explainDenial`), and opens its replay in the theatre at the deciding gate with the verdict shown, so the "why
 * not?" fixes are one click away. Owned by the Evaluate area's panel; the Evaluate session does the replay.
 */
import { explainDenial, type DenialExplanation } from '../../../../shared/iam/denial';
import { draftFromEngineRequest, scriptFromRequest } from '../../../../shared/theatre';
import type { EvaluateSession } from './evaluateSession.svelte';
import { explainSummary, type ExplainSummary } from './explainSummary';

/** The panel's state. */
export class ExplainErrorState {
  open = $state(false);
  input = $state('');
  explanation = $state.raw<DenialExplanation | null>(null);
  summary: ExplainSummary | null = $derived(this.explanation ? explainSummary(this.explanation) : null);
  readonly #ev: EvaluateSession;

  constructor(ev: EvaluateSession) {
    this.#ev = ev;
  }

  /** Reads the input in the world on screen and, when it names a request there, replays it at the deciding gate. */
  explain(): void {
    const ev = this.#ev;
    const x = explainDenial(this.input, ev.session.store.world);
    this.explanation = x;
    if (!x.request || !x.evaluation) return;
    // The caller as the message named it (a live session stays that session, with its session policies).
    const draft = { ...draftFromEngineRequest(x.request), principal: x.parsed?.principalArn ?? '' };
    if (!draft.principal) draft.principal = draftFromEngineRequest(x.request).principal;
    const player = ev.player;
    player.predict = false;
    ev.draft = draft;
    ev.evaluate(0);
    // The request builder rebuilds the call from the draft; when that does not end as the replay did, show the exact
    // replayed request instead.
    const final = player.script?.final;
    if (!final || final.decision !== x.evaluation.decision || final.reason !== x.evaluation.reason) {
      player.load(scriptFromRequest(draft, x.request, x.evaluation));
    }
    player.jumpToDecisive();
    player.showAnswer();
  }

  /** Clears the panel. */
  reset(): void {
    this.input = '';
    this.explanation = null;
  }
}
