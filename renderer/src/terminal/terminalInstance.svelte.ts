/** The app's one terminal, over the app's one world store (it lives for the session, like the world). */
import { worldStore } from '../state/worldInstance.svelte';
import { TerminalState } from './terminalState.svelte';

/** The terminal panel's state. */
export const terminal = new TerminalState(worldStore);
