/**
 * Puts a world produced outside the command vocabulary (a terminal line, which ran the aws-style interpreter over
 * the scenario file) into the WorldStore as ONE undoable step: the store's history gets the diff between the old
 * and the new world, so Ctrl+Z takes the whole line back.
 */
import { recordEntry, type World } from '../../../shared/world';
import { diffWorlds } from '../../../shared/terminal/world-diff';
import type { WorldStore } from '../state/worldStore.svelte';

/** Replaces the store's world with `next` as one undo step labelled `label`; false when nothing changed. */
export function applyWorldChange(store: WorldStore, next: World, label: string): boolean {
  const diff = diffWorlds(store.world, next);
  if (diff.changes.length === 0) return false;
  store.history = recordEntry(store.history, { label, diff });
  store.world = next;
  store.note = { ok: true, text: label };
  if (store.selected !== null && !store.graph.nodes.some((n) => n.id === store.selected)) store.selected = null;
  return true;
}
