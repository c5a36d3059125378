/**
 * The Evaluate area's state, kept for the whole app (switching areas and back keeps the replay where it was): the
 * request being built, the one trace player, the problem line, predictions, and which world the request runs
 * against — the sandbox, or a scenario handed over by a lesson, practice or a shared file (in its own session).
 * `EvaluateArea.svelte` and its small parts only render this.
 */
import { buildScript, scriptFromRequest, type RequestDraft } from '../../../../shared/theatre';
import type { WorldCommand } from '../../../../shared/world';
import type { ProgressStore } from '../../lessons/progressStore.svelte';
import { isoAt } from '../../lessons/clock';
import type { ScenarioState, TheatreHandoff } from '../../session/scenarioState.svelte';
import type { WorldSession } from '../../session/worldSession.svelte';
import { TracePlayer } from '../../state/tracePlayer.svelte';
import { wrongPredictionOf } from '../../theatre/practiceLog';
import { ExplainErrorState } from './explainError.svelte';

/** What the Evaluate session needs from the app. */
export interface EvaluateDeps {
  sandbox: WorldSession;
  scenario: ScenarioState;
  progress: ProgressStore;
}

/** A guess in predict mode. */
export type Guess = 'allow' | 'explicit-deny' | 'implicit-deny' | 'not-applicable';

const PROBLEM_TEXT: Record<string, string> = {
  'principal.not-found': 'That principal is not in this world.',
  'role.not-found': 'Choose a role to assume.',
  'session-policy.invalid-json': 'The session policy is not valid JSON.',
  'request.invalid': 'The action must look like service:Action (for example s3:GetObject).',
  'provider.missing': 'Choose an identity provider.',
  'caller.not-user': 'GetFederationToken is called by an IAM user (or the root user) with long-term credentials.',
};

/** A request draft that makes sense in `session`'s world: its first user, reading its first object. */
export function defaultDraftFor(session: WorldSession): RequestDraft {
  const w = session.store.world;
  const account = Object.values(w.accounts)[0];
  const user = account ? Object.values(account.users)[0] : undefined;
  const resource = account
    ? (Object.values(account.resources).find((r) => r.kind === 's3-object') ?? Object.values(account.resources)[0])
    : undefined;
  return {
    flow: 'call',
    principal: user?.arn ?? account?.root.arn ?? '',
    action: 's3:GetObject',
    resource: resource?.arn ?? '*',
    env: {},
    sessionPolicy: '',
  };
}

/** The Evaluate area's state. */
export class EvaluateSession {
  readonly player = new TracePlayer();
  /** The "Paste an AWS error…" panel: reads a denial and replays it here. */
  readonly explain: ExplainErrorState = new ExplainErrorState(this);
  draft = $state<RequestDraft>({
    flow: 'call',
    principal: '',
    action: 's3:GetObject',
    resource: '*',
    env: {},
    sessionPolicy: '',
  });
  problem = $state<string | null>(null);
  lastPredictionNote = $state<string | null>(null);
  /** Milliseconds from Evaluate to the first frame (the bench reads it). */
  firstFrameMs = $state<number | null>(null);
  #deps: EvaluateDeps;
  /** The learner's own draft, kept while a scenario is on show. */
  #ownDraft: RequestDraft | null = null;
  /** The sandbox world the own draft was made for (a draft never outlives its world). */
  #draftWorld: unknown = null;
  #wrongCount = 0;

  constructor(deps: EvaluateDeps) {
    this.#deps = deps;
  }

  /** The session the request runs against: the scenario's own when it has a world, else the sandbox. */
  get session(): WorldSession {
    return this.#deps.scenario.active?.world ? this.#deps.scenario.session : this.#deps.sandbox;
  }

  get scenario(): ScenarioState {
    return this.#deps.scenario;
  }

  /** True when the scenario's policies come inline (a quiz question): no world, no graph, no request builder. */
  get inlineOnly(): boolean {
    return this.#deps.scenario.active?.inlineOnly === true;
  }

  /** Called when the area shows: takes a pending handoff, else makes sure the draft fits the sandbox world. */
  enter(): void {
    const h = this.#deps.scenario.take();
    if (h) return this.openHandoff(h);
    this.refit();
  }

  /** Makes sure the learner's own draft fits the sandbox world (the app calls it whenever that world changes). */
  refit(): void {
    if (!this.#deps.scenario.active && this.#draftWorld !== this.#deps.sandbox.store.world.meta) this.#resetDraft();
  }

  #resetDraft(): void {
    // A new sandbox (switched, opened, imported) gets a draft for its own world; ARNs of another world never leak.
    const world = this.#deps.sandbox.store.world;
    const keep = this.#ownDraft && this.#draftFits(this.#ownDraft);
    this.draft = keep ? this.#ownDraft! : defaultDraftFor(this.#deps.sandbox);
    this.#draftWorld = world.meta;
    if (!keep) this.player.clear();
  }

  #draftFits(draft: RequestDraft): boolean {
    const w = this.#deps.sandbox.store.world;
    return Object.values(w.accounts).some(
      (a) =>
        a.root.arn === draft.principal ||
        Object.values(a.users).some((u) => u.arn === draft.principal) ||
        Object.values(a.roles).some((r) => r.arn === draft.principal),
    );
  }

  /** Shows a handoff from a lesson, practice or a shared file. */
  openHandoff(h: TheatreHandoff): void {
    if (!this.#deps.scenario.active) this.#ownDraft = $state.snapshot(this.draft) as RequestDraft;
    this.#deps.scenario.begin(h);
    this.draft = { sessionPolicy: '', ...h.draft };
    this.player.predict = h.predict === true;
    this.lastPredictionNote = null;
    this.problem = null;
    if (h.request && h.result) {
      this.player.load(scriptFromRequest(h.draft, h.request, h.result), h.step ?? 0);
      if (h.step === undefined && !this.player.predict) this.player.play();
    } else {
      this.evaluate(h.step);
      // Re-trying a missed prediction: stop at that gate and ask again.
      if (h.predict && h.step !== undefined) this.player.seek(h.step + 1);
    }
  }

  /** Leaves the scenario and shows the learner's own world and draft again. */
  backToMyWorld(): void {
    this.#deps.scenario.end();
    this.player.clear();
    this.player.predict = false;
    this.problem = null;
    this.#resetDraft();
  }

  /** Builds the script for the draft and starts playing it (or shows it at `start`). */
  evaluate(start?: number): void {
    const t0 = performance.now();
    const active = this.#deps.scenario.active;
    const player = this.player;
    if (this.inlineOnly && active?.request && active.result) {
      player.load(scriptFromRequest(active.draft, active.request, active.result), start ?? 0);
      if (start === undefined && !player.predict) player.play();
      return;
    }
    const built = buildScript(this.session.store.world, $state.snapshot(this.draft) as RequestDraft);
    if (!built.ok) {
      this.problem = `${PROBLEM_TEXT[built.problem.code] ?? built.problem.code}${built.problem.detail ? ` (${built.problem.detail})` : ''}`;
      player.clear();
      return;
    }
    this.problem = null;
    if (!active) {
      this.#ownDraft = $state.snapshot(this.draft) as RequestDraft;
      this.#draftWorld = this.#deps.sandbox.store.world.meta;
    }
    player.load(built.script, start ?? 0);
    if (typeof requestAnimationFrame === 'function')
      requestAnimationFrame(() => (this.firstFrameMs = performance.now() - t0));
    if (start === undefined && !player.predict) player.play();
    if (start === undefined && player.predict) player.seek(built.script.events.length - 1);
  }

  /** Applies a "why not?" fix to the world and shows the new decision from its start. */
  applyFix(commands: WorldCommand[], label: string): void {
    if (this.session.store.apply(commands, label)) this.evaluate();
  }

  /** Undoes the last fix and shows the decision again. */
  undoFix(): void {
    if (this.session.store.undo()) this.evaluate();
  }

  /** Records a guess in predict mode; a wrong one is saved at once into the learner's progress for review. */
  guess(g: Guess): void {
    const player = this.player;
    const script = player.script;
    const r = player.guess(g);
    if (!r) return;
    this.lastPredictionNote = r.right
      ? `Right: ${r.point.gate} ${r.point.answer}.`
      : `Not quite: ${r.point.gate} ends in ${r.point.answer}, you said ${g}.`;
    if (!r.right && script && !this.inlineOnly) {
      const now = Date.now();
      const entry = wrongPredictionOf(
        r,
        script.draft,
        this.session.store.world,
        isoAt(now),
        `theatre-${now.toString(36)}-${this.#wrongCount++}-${r.point.at}`,
      );
      void this.#deps.progress.addWrongPredictions([entry]);
    }
  }

  /** Leaves the area: playback stops (it resumes only when asked). */
  leave(): void {
    this.player.pause();
  }
}
