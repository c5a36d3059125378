/**
 * Unlimited undo/redo as a pure data structure: `past` holds applied entries (oldest first), `future` the undone
 * ones (most recently undone last). Recording a new entry clears the future, as editors do.
 */
import { applyDiff, invertDiff, type WorldDiff } from './diff';
import type { World } from './types';

/** One undoable step: what was done and its diff. */
export interface HistoryEntry {
  /** The command (or a label) for display, e.g. in an "Undo create-user" menu item. */
  label: string;
  diff: WorldDiff;
}

/** The undo/redo stacks. */
export interface UndoHistory {
  past: HistoryEntry[];
  future: HistoryEntry[];
}

/** An empty history. */
export function emptyHistory(): UndoHistory {
  return { past: [], future: [] };
}

/** Adds a step that was just applied; clears redo. */
export function recordEntry(history: UndoHistory, entry: HistoryEntry): UndoHistory {
  return { past: [...history.past, entry], future: [] };
}

/** Undoes the last step, or returns undefined when there is nothing to undo. */
export function undo(
  history: UndoHistory,
  world: World,
): { history: UndoHistory; world: World; entry: HistoryEntry } | undefined {
  const entry = history.past[history.past.length - 1];
  if (!entry) return undefined;
  return {
    world: applyDiff(world, invertDiff(entry.diff)),
    history: { past: history.past.slice(0, -1), future: [...history.future, entry] },
    entry,
  };
}

/** Redoes the last undone step, or returns undefined when there is nothing to redo. */
export function redo(
  history: UndoHistory,
  world: World,
): { history: UndoHistory; world: World; entry: HistoryEntry } | undefined {
  const entry = history.future[history.future.length - 1];
  if (!entry) return undefined;
  return {
    world: applyDiff(world, entry.diff),
    history: { past: [...history.past, entry], future: history.future.slice(0, -1) },
    entry,
  };
}

/** True when undo is possible. */
export function canUndo(history: UndoHistory): boolean {
  return history.past.length > 0;
}

/** True when redo is possible. */
export function canRedo(history: UndoHistory): boolean {
  return history.future.length > 0;
}
