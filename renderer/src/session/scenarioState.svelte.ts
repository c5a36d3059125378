/**
 * "Open in Evaluate": lessons, practice and shared files hand a scenario to the Evaluate area's full theatre. The
 * giver calls `AppSession.openInEvaluate`; the Evaluate area takes the pending handoff when it shows, loads the
 * scenario's world into the scenario's own session (so the learner's sandbox is never touched) and replays the
 * request. "Back to my world" ends the scenario.
 */
import type { EvaluationRequest } from '../../../shared/iam/request';
import type { EvaluationResult } from '../../../shared/iam/result';
import type { RequestDraft } from '../../../shared/theatre';
import type { World } from '../../../shared/world';
import { WorldSession } from './worldSession.svelte';

/** What is handed to the Evaluate area. */
export interface TheatreHandoff {
  /** Where it comes from, shown in the scenario banner ("Lesson 12 — failing check"). */
  source: string;
  /** The scenario's world; absent: the request runs against the learner's own world. */
  world?: World;
  /** The request as the request builder shows it. */
  draft: RequestDraft;
  /**
   * The exact engine request (and its result) to replay first, when the giver evaluated it already (a lesson check) or
   * when its policies come inline with no world to rebuild them from (a hand-written quiz scenario).
   */
  request?: EvaluationRequest;
  result?: EvaluationResult;
  /** True when there is no world at all: the graph and the request builder are hidden. */
  inlineOnly?: boolean;
  /** Start in predict-then-reveal mode at `step` (re-trying a missed prediction). */
  predict?: boolean;
  step?: number;
}

/** The scenario the Evaluate area is showing instead of the learner's world, if any. */
export class ScenarioState {
  /** The pending handoff, taken by the Evaluate area. */
  pending = $state.raw<TheatreHandoff | null>(null);
  /** The scenario on show (null: the learner's own world). */
  active = $state.raw<TheatreHandoff | null>(null);
  /** The scenario's own world session (undo history and all, like a lesson's); never saved. */
  readonly session = new WorldSession({ kind: 'scenario', label: 'Scenario' });

  /** Takes the pending handoff (once). */
  take(): TheatreHandoff | null {
    const h = this.pending;
    this.pending = null;
    return h;
  }

  /** Shows a handoff: its world (if any) goes into the scenario's own session. */
  begin(h: TheatreHandoff): void {
    this.active = h;
    this.session.label = h.source;
    if (h.world) this.session.store.load(h.world);
  }

  /** Leaves the scenario. */
  end(): void {
    this.active = null;
  }
}
