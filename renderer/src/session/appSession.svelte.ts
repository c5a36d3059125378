/**
 * The app: built once in main.ts over this build's host and provided to every component through Svelte context
 * (`useApp`). It owns the shell state, the sandbox session and its persistence, progress, lesson packs, the lesson
 * player, practice, the Evaluate area's session, the terminal, the palette, the file service and the command bus.
 *
 * "The world on screen": each area registers the `WorldSession` it shows (`show`); the terminal, undo/redo, export,
 * the palette and the top bar act on `onScreen`, which is the last one registered, else the sandbox.
 */
import { untrack } from 'svelte';
import type { HostApi } from '../../../shared/ipc/contract';
import { EvaluateSession } from '../areas/evaluate/evaluateSession.svelte';
import { Files } from '../files/scenarioFiles.svelte';
import { PackLibrary } from '../lessons/packLibrary.svelte';
import { ProgressStore } from '../lessons/progressStore.svelte';
import { ShellState } from '../shell/shellState.svelte';
import { DetectiveState } from '../state/detectiveState.svelte';
import { LessonRunner } from '../state/lessonRunner.svelte';
import { PracticeState } from '../state/practiceState.svelte';
import { WorldPersistence } from '../state/worldPersistence.svelte';
import { TerminalState } from '../terminal/terminalState.svelte';
import { CommandBus } from './commandBus';
import { ScenarioState, type TheatreHandoff } from './scenarioState.svelte';
import { WorldSession } from './worldSession.svelte';

/** Options for tests: a shorter save delay. */
export interface AppSessionOptions {
  saveDelayMs?: number;
}

/** Everything one app window holds. */
export class AppSession {
  readonly host: HostApi;
  readonly shell: ShellState;
  readonly commands = new CommandBus();
  /** The learner's own world (the open sandbox); the only session saved to the host. */
  readonly sandbox: WorldSession = new WorldSession({
    kind: 'sandbox',
    label: 'Welcome world',
    name: () => this.persistence.active?.name ?? this.sandbox.store.world.meta.name,
  });
  readonly persistence: WorldPersistence;
  readonly progress: ProgressStore;
  readonly packs: PackLibrary;
  readonly lessons: LessonRunner;
  readonly practice: PracticeState;
  /** Detective practice: access-denied puzzles (Practice area). */
  readonly detective: DetectiveState;
  readonly scenario = new ScenarioState();
  readonly evaluate: EvaluateSession;
  readonly terminal: TerminalState;
  readonly files: Files;
  /** Whether the command palette is open. */
  paletteOpen = $state(false);

  /** Sessions registered by the areas on screen, most recent last. */
  #shown = $state.raw<WorldSession[]>([]);

  /** The world the user is looking at: what the terminal, undo/redo, export and the palette act on. */
  onScreen: WorldSession = $derived(this.#shown.at(-1) ?? this.sandbox);

  constructor(host: HostApi, options: AppSessionOptions = {}) {
    this.host = host;
    this.shell = new ShellState(host);
    this.persistence = new WorldPersistence(host, this.sandbox.store, options.saveDelayMs);
    this.progress = new ProgressStore(host);
    this.lessons = new LessonRunner(this.progress, (h) => this.openInEvaluate(h));
    this.packs = new PackLibrary(host, (lessons) => {
      this.lessons.imported = lessons;
    });
    this.practice = new PracticeState(this.progress);
    this.detective = new DetectiveState((h) => this.openInEvaluate(h));
    this.evaluate = new EvaluateSession({
      sandbox: this.sandbox,
      scenario: this.scenario,
      progress: this.progress,
    });
    this.terminal = new TerminalState(() => this.onScreen);
    this.files = new Files({
      host: () => this.host,
      onScreen: () => this.onScreen,
      sandboxes: this.persistence,
      openScenario: (h) => this.openInEvaluate(h),
    });
  }

  /**
   * Loads what every area needs, once, before any area asks: settings, the saved sandbox (and starts saving it),
   * progress and lesson packs. An area never loads them itself, so the order areas mount in does not matter.
   */
  start(): Promise<void> {
    return Promise.all([this.shell.load(), this.persistence.start(), this.progress.load(), this.packs.load()]).then(
      () => undefined,
    );
  }

  /**
   * Registers `session` as the world on screen until the returned function is called (an area does this while it
   * shows a world other than the sandbox: a lesson, a scenario).
   */
  show(session: WorldSession): () => void {
    // Called from effects: read the list untracked so registering never re-runs the caller.
    this.#shown = [...untrack(() => this.#shown).filter((s) => s !== session), session];
    return () => {
      this.#shown = untrack(() => this.#shown).filter((s) => s !== session);
    };
  }

  /** The top bar's line: which world is on screen, e.g. "Lesson: EC2 roles" or "Sandbox: Welcome world". */
  get worldLine(): string {
    return this.onScreen.line;
  }

  /** Undo on the world on screen. */
  undo(): boolean {
    return this.onScreen.undo();
  }

  /** Redo on the world on screen. */
  redo(): boolean {
    return this.onScreen.redo();
  }

  /** Hands a scenario to the Evaluate area and shows it. */
  openInEvaluate(handoff: TheatreHandoff): void {
    this.scenario.pending = handoff;
    void this.shell.showArea('evaluate');
  }
}
