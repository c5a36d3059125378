/**
 * Keeps the open world and the host's stored worlds (sandboxes) in step. On start it opens the active stored world
 * into the WorldStore; after that it watches the store's world and the positions the user dragged in the graph and,
 * a short while after each change, sends the whole scenario document (world + `layout`) to the host (`worlds:save`).
 * A drag is saved like a world change but is never an undo step (it does not go through `WorldStore.apply`).
 * Switching, creating, duplicating and deleting sandboxes go through here so that a pending save is always written
 * first, to the world it belongs to.
 */
import { untrack } from 'svelte';
import type { HostApi } from '../../../shared/ipc/contract';
import type { Result } from '../../../shared/ipc/result';
import {
  MAX_WORLD_NAME,
  type OpenedWorld,
  type ScenarioDocument,
  type WorldsIndex,
  type WorldSummary,
} from '../../../shared/ipc/worlds';
import type { Positions } from '../../../shared/graph';
import { SAMPLE_WORLDS } from '../../../shared/world/samples';
import type { ScenarioLayout } from '../../../shared/world/scenario/layout';
import { scenarioDocument } from '../../../shared/world/scenario/parse';
import type { World } from '../../../shared/world/types';
import type { WorldStore } from './worldStore.svelte';

/** Where the last save stands, for the picker's status line. */
export type SaveState = 'idle' | 'pending' | 'saving' | 'saved' | 'failed';

/** How long after the last change the world is saved. */
export const SAVE_DELAY_MS = 400;

/** A name not yet used by any sandbox: `base`, else `base 2`, `base 3`, ... (within the length limit). */
export function uniqueWorldName(index: WorldsIndex | null, base: string): string {
  const names = index?.worlds.map((w) => w.name.toLowerCase()) ?? [];
  const taken = { has: (name: string) => names.includes(name) };
  const trimmed = base.trim().slice(0, MAX_WORLD_NAME) || 'World';
  if (!taken.has(trimmed.toLowerCase())) return trimmed;
  for (let n = 2; ; n++) {
    const suffix = ` ${n}`;
    const name = trimmed.slice(0, MAX_WORLD_NAME - suffix.length) + suffix;
    if (!taken.has(name.toLowerCase())) return name;
  }
}

/** The sandboxes and the saving of the open one; one instance per app. */
export class WorldPersistence {
  /** Every stored world and which one is open; null until loaded. */
  index = $state.raw<WorldsIndex | null>(null);
  saveState = $state<SaveState>('idle');
  /** The last problem (a refused save, a failed switch), shown in the picker. */
  error = $state<string | null>(null);
  /** The open sandbox's summary. */
  active: WorldSummary | null = $derived(this.index?.worlds.find((w) => w.id === this.index?.activeWorldId) ?? null);

  #host: HostApi;
  #store: WorldStore;
  #delay: number;
  /** The world last loaded from or written to the host: seeing it again in the store is not a change. */
  #clean: World | null = null;
  /** Likewise for the dragged positions. */
  #cleanDragged: Positions | null = null;
  /** The sandbox the unsaved change belongs to. */
  #dirtyId: string | null = null;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #started = false;

  constructor(hostApi: HostApi, store: WorldStore, delayMs = SAVE_DELAY_MS) {
    this.#host = hostApi;
    this.#store = store;
    this.#delay = delayMs;
  }

  /** Opens the active stored world and starts saving changes. Safe to call once per app. */
  async start(): Promise<void> {
    if (this.#started) return;
    this.#started = true;
    const opened = await this.#host.openWorld();
    if (!this.#take(opened, 'The saved worlds could not be opened')) return;
    $effect.root(() => {
      $effect(() => {
        const world = this.#store.world;
        const dragged = this.#store.dragged;
        untrack(() => this.#changed(world, dragged));
      });
    });
    // Leaving the page (reload, close) writes a pending change at once; the twin's storage write is synchronous.
    globalThis.addEventListener?.('pagehide', () => void this.flush());
    globalThis.addEventListener?.('beforeunload', () => void this.flush());
  }

  #changed(world: World, dragged: Positions): void {
    if ((world === this.#clean && dragged === this.#cleanDragged) || !this.index) return;
    this.#dirtyId = this.index.activeWorldId;
    this.saveState = 'pending';
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.flush(), this.#delay);
  }

  /** Writes a pending change now (before switching, on leaving the page, in tests). */
  async flush(): Promise<void> {
    clearTimeout(this.#timer);
    const id = this.#dirtyId;
    if (id === null) return;
    this.#dirtyId = null;
    const world = this.#store.world;
    this.#clean = world;
    this.#cleanDragged = this.#store.dragged;
    this.saveState = 'saving';
    // The host call starts synchronously, so a flush from `pagehide` reaches the twin's storage before unload.
    // A snapshot: parts of a world may come from reactive form state (proxies cannot cross Electron's IPC).
    const layout = this.#store.layoutToSave();
    const scenario = $state.snapshot(scenarioDocument(world, layout) as unknown) as ScenarioDocument;
    const saved = await this.#host.saveWorld(id, scenario).catch((error: unknown) => ({
      ok: false as const,
      error: { code: 'worlds.unreachable', message: error instanceof Error ? error.message : String(error) },
    }));
    if (!saved.ok) {
      // The change stays in the open world and stays pending: the next change, `retry` or a flush sends it again.
      this.#dirtyId ??= id;
      this.#clean = null;
      this.saveState = 'failed';
      this.error = `Your last change was not saved: ${saved.error.message}`;
      return;
    }
    if (this.#dirtyId === null) this.saveState = 'saved';
    this.error = null;
    const index = this.index;
    if (index) this.index = { ...index, worlds: index.worlds.map((w) => (w.id === id ? saved.value : w)) };
  }

  /** What the storage notice shows while the open sandbox's changes are not saved (null when all is saved). */
  get storageProblem(): string | null {
    return this.saveState === 'failed' ? this.error : null;
  }

  /** Sends the open sandbox's unsaved change again. */
  retry(): Promise<void> {
    return this.flush();
  }

  /**
   * Saves the pending change before the open sandbox is replaced on screen; false (with the reason in `error`) when
   * it cannot be saved, so the caller keeps it open instead of dropping the change.
   */
  async #savedBeforeLeaving(what: string): Promise<boolean> {
    await this.flush();
    if (this.saveState !== 'failed') return true;
    this.error = `${what}: your last change to the open sandbox is not saved yet (${this.error ?? 'storage refused it'}). Free some space and retry first.`;
    return false;
  }

  /** Opens another sandbox (the open one is saved first). */
  async switchTo(id: string): Promise<boolean> {
    if (id === this.index?.activeWorldId) return true;
    if (!(await this.#savedBeforeLeaving('Not switched'))) return false;
    return this.#take(await this.#host.openWorld(id), 'That world could not be opened');
  }

  /** A name no sandbox has yet, from `base` (see `uniqueWorldName`). */
  freshName(base: string): string {
    return uniqueWorldName(this.index, base);
  }

  /**
   * Creates a sandbox from a sample world and opens it; without a name, the sample's own (made unique).
   * The open sandbox is saved first and left as it was.
   */
  async createFromSample(sampleId: string, name?: string): Promise<boolean> {
    const sample = SAMPLE_WORLDS.find((s) => s.id === sampleId);
    if (!sample) return false;
    const world = sample.build();
    return this.createFromWorld(world, name ?? this.freshName(world.meta.name));
  }

  /**
   * Stores `world` (arranged as `layout`, e.g. from an opened scenario file) as a new sandbox called `name` and opens
   * it (File → New / Open / Import, samples). The open sandbox's pending change is written first, to it, and that
   * sandbox is otherwise left untouched. `world` must be plain data (read from a file or built by a sample), not
   * reactive state: it is handed to the host as it is.
   */
  async createFromWorld(world: World, name: string, layout?: ScenarioLayout): Promise<boolean> {
    if (!(await this.#savedBeforeLeaving('No new sandbox was made'))) return false;
    // No snapshot (unlike `flush`): these worlds are plain data, fresh from a file or a sample, never reactive form
    // state. Copying a large world here cost ~50–110 ms of the time to open it.
    const scenario = scenarioDocument(world, layout) as ScenarioDocument;
    return this.#take(await this.#host.createWorld({ name, scenario }), 'The world could not be created');
  }

  /** Renames a sandbox. */
  async rename(id: string, name: string): Promise<boolean> {
    const r = await this.#host.renameWorld(id, name);
    if (!r.ok) {
      this.error = `Not renamed: ${r.error.message}`;
      return false;
    }
    this.error = null;
    this.index = r.value;
    return true;
  }

  /** Copies a sandbox (with its latest changes) and opens the copy. */
  async duplicate(id: string): Promise<boolean> {
    if (!(await this.#savedBeforeLeaving('Not copied'))) return false;
    const source = this.index?.worlds.find((w) => w.id === id);
    const name = uniqueWorldName(this.index, `${source?.name ?? 'World'} (copy)`);
    return this.#take(await this.#host.duplicateWorld(id, name), 'The world could not be copied');
  }

  /** Deletes a sandbox; when it was the open one, the host opens another and so does the store. */
  async remove(id: string): Promise<boolean> {
    if (!(await this.#savedBeforeLeaving('Not deleted'))) return false;
    const wasActive = id === this.index?.activeWorldId;
    const r = await this.#host.deleteWorld(id);
    if (!r.ok) {
      this.error = `Not deleted: ${r.error.message}`;
      return false;
    }
    this.error = null;
    if (wasActive) this.#show(r.value);
    else this.index = r.value.index;
    return true;
  }

  #take(r: Result<OpenedWorld>, what: string): boolean {
    if (!r.ok) {
      this.error = `${what}: ${r.error.message}`;
      return false;
    }
    this.error = null;
    this.#show(r.value);
    return true;
  }

  #show(opened: OpenedWorld): void {
    clearTimeout(this.#timer);
    this.#dirtyId = null;
    this.index = opened.index;
    this.#clean = opened.scenario.world;
    this.#store.load(opened.scenario.world);
    this.#store.loadLayout(opened.scenario.layout);
    this.#cleanDragged = this.#store.dragged;
    this.saveState = 'idle';
  }
}
