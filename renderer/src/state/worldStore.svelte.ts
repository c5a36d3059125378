/**
 * The open world and everything the World area shows about it: the world itself, its undo history, the selection,
 * the positions the user dragged, and the graph model and layout derived from them. Every change goes through
 * `apply`, i.e. through world commands, so the console forms, undo/redo and the command line agree.
 */
import {
  applyCommands,
  redo,
  undo,
  emptyHistory,
  recordEntry,
  welcomeWorld,
  narrateError,
  type UndoHistory,
  type World,
  type WorldCommand,
  type WorldDiff,
} from '../../../shared/world';
import { diffWorlds } from '../../../shared/terminal/world-diff';
import { buildGraph, layoutGraph, type GraphModel, type Positions } from '../../../shared/graph';
import { equivalentsOf, type Equivalents } from '../../../shared/sdk';
import { own } from '../../../shared/world/own';
import type { Notice } from '../shell/notice';
import { layoutFromPositions, positionsForNodes, type ScenarioLayout } from '../../../shared/world/scenario/layout';

/** The outcome of the last change, for the status line of the inspector. */
export interface ChangeNote extends Notice {
  /** The CLI/SDK equivalents of the last applied command (the last of a multi-step change). */
  equivalents?: Equivalents;
  /** Values the command produced (a new access key's secret, new ids). */
  output?: Record<string, unknown>;
}

/** The World area's state; one instance per app. */
export class WorldStore {
  world = $state.raw<World>(welcomeWorld());
  history = $state.raw<UndoHistory>(emptyHistory());
  /** Id of the selected node (an ARN, an account id, an inline-policy id), or null. */
  selected = $state<string | null>(null);
  /** Positions the user dragged, by node id; they win over the computed layout. */
  dragged = $state.raw<Positions>({});
  note = $state.raw<ChangeNote | null>(null);
  /** Bumped when the world is replaced (import, open): the view fits the new picture. */
  generation = $state(0);

  graph: GraphModel = $derived(buildGraph(this.world));
  positions: Positions = $derived(layoutGraph(this.graph, this.dragged));
  canUndo = $derived(this.history.past.length > 0);
  canRedo = $derived(this.history.future.length > 0);

  /** Applies commands as one undoable step (a console action can take several, like "delete user"). */
  apply(commands: WorldCommand | WorldCommand[], label?: string): boolean {
    const list = Array.isArray(commands) ? commands : [commands];
    if (list.length === 0) return false;
    const result = applyCommands(this.world, list);
    if (!result.ok) {
      const failed = list[result.index];
      this.note = { ok: false, text: `${failed.type}: ${narrateError(result.error)}` };
      return false;
    }
    const diff: WorldDiff = { changes: result.diffs.flatMap((d) => d.changes) };
    const last = list[list.length - 1];
    if (last.undoable !== false && diff.changes.length > 0) {
      this.history = recordEntry(this.history, { label: label ?? last.type, diff });
    }
    this.world = result.world;
    this.note = {
      ok: true,
      text: label ?? last.type,
      equivalents: equivalentsOf(last),
      output: this.#lastOutput(list),
    };
    if (this.selected !== null && !this.graph.nodes.some((n) => n.id === this.selected)) this.selected = null;
    return true;
  }

  /**
   * Replaces the world with `next` (built outside the command vocabulary: a terminal line, a lesson step) as ONE
   * undoable step labelled `label`, recording the diff between the old and the new world. Unlike `load`, the
   * history, selection (when the node still exists) and dragged positions are kept. False when nothing changed.
   */
  replaceWorld(next: World, label: string): boolean {
    const diff = diffWorlds(this.world, next);
    if (diff.changes.length === 0) return false;
    this.history = recordEntry(this.history, { label, diff });
    this.world = next;
    this.note = { ok: true, text: label };
    if (this.selected !== null && !this.graph.nodes.some((n) => n.id === this.selected)) this.selected = null;
    return true;
  }

  #lastOutput(list: WorldCommand[]): Record<string, unknown> | undefined {
    // applyCommands does not return outputs; re-derive the one value the UI shows once: a new access key's secret.
    const last = list[list.length - 1];
    if (last.type !== 'create-access-key') return undefined;
    const account = own(this.world.accounts, last.account ?? Object.keys(this.world.accounts)[0]);
    const keys = last.userName ? own(account?.users, last.userName)?.accessKeys : account?.root.accessKeys;
    const newest = Object.values(keys ?? {})
      .sort((a, b) => (a.createDate < b.createDate ? -1 : 1))
      .pop();
    return newest ? { accessKeyId: newest.id, secretAccessKey: newest.secret } : undefined;
  }

  /** Undoes the last step; returns false when there is nothing to undo. */
  undo(): boolean {
    const r = undo(this.history, this.world);
    if (!r) return false;
    this.world = r.world;
    this.history = r.history;
    this.note = { ok: true, text: `Undid ${r.entry.label}` };
    return true;
  }

  /** Redoes the last undone step. */
  redo(): boolean {
    const r = redo(this.history, this.world);
    if (!r) return false;
    this.world = r.world;
    this.history = r.history;
    this.note = { ok: true, text: `Redid ${r.entry.label}` };
    return true;
  }

  /** Replaces the world (open, import, new): history, selection and dragged positions start over. */
  load(world: World, dragged: Positions = {}): void {
    this.world = world;
    this.history = emptyHistory();
    this.selected = null;
    this.dragged = dragged;
    this.note = null;
    this.generation++;
  }

  /** Keeps a position the user dragged a node to. */
  drag(id: string, x: number, y: number): void {
    this.dragged = { ...this.dragged, [id]: { x: Math.round(x), y: Math.round(y) } };
  }

  /** Forgets dragged positions (back to the computed layout). */
  resetLayout(): void {
    this.dragged = {};
  }

  /** Replaces all dragged positions at once (after a force-directed layout). */
  setDragged(positions: Positions): void {
    this.dragged = positions;
  }

  /** Takes a stored layout as the dragged positions, dropping nodes the world does not draw (it may have changed). */
  loadLayout(layout: ScenarioLayout | undefined): void {
    if (layout === undefined) return void (this.dragged = {});
    this.dragged = positionsForNodes(
      layout,
      this.graph.nodes.map((n) => n.id),
    );
  }

  /** The layout to store with the world (saved sandbox, exported file): dragged positions of nodes that exist. */
  layoutToSave(): ScenarioLayout | undefined {
    if (Object.keys(this.dragged).length === 0) return undefined;
    return layoutFromPositions(
      positionsForNodes(
        { positions: this.dragged },
        this.graph.nodes.map((n) => n.id),
      ),
    );
  }
}
