/**
 * The app's one world store and view filters. They live for the whole session (the World area mounts and unmounts
 * as the user switches areas; the world, its undo history and the filters stay).
 */
import { WorldStore } from './worldStore.svelte';
import { WorldView } from './worldView.svelte';

/** The open world. */
export const worldStore = new WorldStore();
/** What of it is shown. */
export const worldView = new WorldView(worldStore);
