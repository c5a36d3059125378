/**
 * Puts a world produced outside the command vocabulary (a terminal line, which ran the aws-style interpreter over
 * the scenario file) into the WorldStore as ONE undoable step: `WorldStore.replaceWorld` records the diff between the
 * old and the new world, so Ctrl+Z takes the whole line back.
 */
import type { World } from '../../../shared/world';
import type { WorldStore } from '../state/worldStore.svelte';

/** Replaces the store's world with `next` as one undo step labelled `label`; false when nothing changed. */
export function applyWorldChange(store: WorldStore, next: World, label: string): boolean {
  return store.replaceWorld(next, label);
}
