/**
 * Sentences for the lesson checks. The wording lives in shared (shared/lessons/checks/check-text.ts) so the CLI, the
 * goal checklist and the player say the same thing; this module re-exports it for the renderer.
 */
export { describeCheck, failureReason, checkAt, causeSentence } from '../../../shared/lessons/checks/check-text';
