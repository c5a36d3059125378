/**
 * The app's one theatre player and the request being built. They live for the whole session, like the world store,
 * so switching areas and back keeps the replay where it was. The bench reads `window.__iamLabTheatre`.
 */
import type { RequestDraft } from '../../../shared/theatre';
import { TracePlayer } from '../state/tracePlayer.svelte';

/** The player. */
export const theatre = new TracePlayer();
/** The last request draft (kept across area switches). */
export const theatreDraft: { value: RequestDraft | null } = { value: null };

(globalThis as { __iamLabTheatre?: TracePlayer }).__iamLabTheatre = theatre;
