/**
 * "Open in Evaluate": the lessons and practice hand a scenario to the Evaluate area's full theatre through this small
 * in-memory state (no files). The giver calls `openInEvaluate`; the Evaluate area takes the pending handoff when it
 * shows, loads the scenario's world into its own scenario store (so the learner's world and its saved sandbox are
 * never touched) and replays the request. "Back to my world" ends the scenario.
 */
import type { EvaluationRequest } from '../../../shared/iam/request';
import type { EvaluationResult } from '../../../shared/iam/result';
import type { RequestDraft } from '../../../shared/theatre';
import type { World } from '../../../shared/world';
import { WorldStore } from '../state/worldStore.svelte';
import { WorldView } from '../state/worldView.svelte';

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
  /** The scenario's own world store and view (undo history and all, like the lessons' sandbox). */
  readonly store = new WorldStore();
  readonly view = new WorldView(this.store);

  /** Takes the pending handoff (once). */
  take(): TheatreHandoff | null {
    const h = this.pending;
    this.pending = null;
    return h;
  }

  /** Leaves the scenario. */
  end(): void {
    this.active = null;
  }
}

/** The app's one scenario state. */
export const scenario = new ScenarioState();

let navigate: ((area: 'evaluate') => void) | null = null;

/** Lets the shell switch areas for `openInEvaluate` (registered once by the app). */
export function setAreaNavigator(fn: (area: 'evaluate') => void): void {
  navigate = fn;
}

/** Hands a scenario to the Evaluate area and shows it. */
export function openInEvaluate(handoff: TheatreHandoff): void {
  scenario.pending = handoff;
  if (navigate) navigate('evaluate');
  else document.querySelector<HTMLElement>('[data-testid="nav-evaluate"]')?.click();
}
