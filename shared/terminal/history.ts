/**
 * Command history for the terminal: ↑ walks back through earlier lines, ↓ forward again to the line being typed.
 * Pure and immutable, so the panel keeps it in one reactive field and tests need no DOM.
 */

/** The remembered lines (oldest first), the cursor while browsing, and the draft typed before browsing began. */
export interface CommandHistory {
  readonly lines: readonly string[];
  /** Index into `lines` while browsing; `lines.length` when not browsing. */
  readonly cursor: number;
  readonly draft: string;
}

/** How many lines are kept. */
export const HISTORY_LIMIT = 200;

/** An empty history. */
export function emptyCommandHistory(): CommandHistory {
  return { lines: [], cursor: 0, draft: '' };
}

/** Remembers a line that was run (blank lines and an immediate repeat are not added); stops browsing. */
export function pushLine(h: CommandHistory, line: string): CommandHistory {
  const keep = line.trim() !== '' && h.lines[h.lines.length - 1] !== line;
  const lines = keep ? [...h.lines, line].slice(-HISTORY_LIMIT) : h.lines;
  return { lines, cursor: lines.length, draft: '' };
}

/** ↑: the previous line (the current input is kept as the draft when browsing starts). */
export function previous(h: CommandHistory, current: string): { history: CommandHistory; text: string } {
  if (h.cursor === 0) return { history: h, text: h.lines.length ? h.lines[0] : current };
  const draft = h.cursor === h.lines.length ? current : h.draft;
  const cursor = h.cursor - 1;
  return { history: { ...h, cursor, draft }, text: h.lines[cursor] };
}

/** ↓: the next line, or back to the draft after the newest one. */
export function next(h: CommandHistory, current: string): { history: CommandHistory; text: string } {
  if (h.cursor >= h.lines.length) return { history: h, text: current };
  const cursor = h.cursor + 1;
  return { history: { ...h, cursor }, text: cursor === h.lines.length ? h.draft : h.lines[cursor] };
}
