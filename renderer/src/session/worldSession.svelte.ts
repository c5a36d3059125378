/**
 * One world on screen: its store (world + undo history), its view filters, a label saying which world it is, and
 * what may act on it. The sandbox, an open lesson and a scenario in Evaluate each have one; surfaces that act on "the
 * world" (terminal, undo/redo, export, palette, top bar) take the session on screen from the `AppSession`, never a
 * module-level store. See docs/foundation.md, "Sessions".
 */
import { WorldStore } from '../state/worldStore.svelte';
import { WorldView } from '../state/worldView.svelte';

/** What kind of world a session holds. Only sandbox sessions are saved to the host. */
export type WorldSessionKind = 'sandbox' | 'lesson' | 'scenario';

/** Options for a new session. */
export interface WorldSessionOptions {
  kind: WorldSessionKind;
  /** Shown in the top bar and the terminal prompt, e.g. "Lesson 15: EC2 roles". */
  label: string;
  /** False: forms, terminal commands and undo refuse to change it (a read-only replay). */
  editable?: boolean;
  /** The world's name as people know it (the sandbox's stored name); default: the label, or the world's own name. */
  name?: () => string;
}

/** A world on screen with its history and view. */
export class WorldSession {
  readonly kind: WorldSessionKind;
  readonly store = new WorldStore();
  readonly view = new WorldView(this.store);
  label = $state('');
  editable = $state(true);
  #name: (() => string) | undefined;

  constructor(options: WorldSessionOptions) {
    this.kind = options.kind;
    this.label = options.label;
    this.editable = options.editable ?? true;
    this.#name = options.name;
  }

  /** The world's name: the sandbox's stored name, a lesson's or scenario's label. */
  get name(): string {
    return this.#name?.() ?? (this.kind === 'sandbox' ? this.store.world.meta.name : this.label);
  }

  /** "Sandbox: Welcome", "Lesson: 15. EC2 roles": what the top bar and the terminal say is on screen. */
  get line(): string {
    return `${this.kindLabel}: ${this.name}`;
  }

  /** Whether changes to this session are saved by the host (only the sandbox's are). */
  get persisted(): boolean {
    return this.kind === 'sandbox';
  }

  /** "Sandbox", "Lesson" or "Scenario": the word the prompt and the top bar put before the label. */
  get kindLabel(): string {
    return this.kind === 'sandbox' ? 'Sandbox' : this.kind === 'lesson' ? 'Lesson' : 'Scenario';
  }

  /** Undoes the last change, if this session may be changed. */
  undo(): boolean {
    return this.editable && this.store.undo();
  }

  /** Redoes the last undone change, if this session may be changed. */
  redo(): boolean {
    return this.editable && this.store.redo();
  }
}
