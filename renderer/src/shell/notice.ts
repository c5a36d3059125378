/**
 * The app's one notice shape: an outcome the user is told about, good (`ok`) or a refusal, in one sentence. File
 * actions, the inspector's change line, the lesson catalogue and the STS forms all use it, so a notice renders the
 * same everywhere (✓ or ✕, status or alert).
 */
export interface Notice {
  ok: boolean;
  text: string;
}
