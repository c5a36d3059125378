/**
 * The terminal panel's state: open or closed, the scrollback, the input line and its history, and the in-memory
 * files. `run` hands a line to the pure session (shared/terminal/session.ts) against the world on screen (the
 * sandbox, an open lesson's world or a scenario: whatever `AppSession.onScreen` is when the line starts) and puts a
 * changed world back into that session's store as one undoable step.
 */
import { applyCompletion, complete, formatCandidates } from '../../../shared/terminal/complete';
import { emptyCommandHistory, next, previous, pushLine, type CommandHistory } from '../../../shared/terminal/history';
import { MemoryFs } from '../../../shared/terminal/vfs';
import type { WorldSession } from '../session/worldSession.svelte';
import { applyLine } from './runLine';

/** One block of scrollback: the echoed command, standard output, standard error or a note from the panel. */
export interface TerminalLine {
  id: number;
  kind: 'command' | 'stdout' | 'stderr' | 'note';
  text: string;
}

/** How many scrollback blocks are kept. */
const SCROLLBACK_LIMIT = 500;

const WELCOME =
  'aws-style command line on the world on screen (the prompt names it). Try: iam list-users --output table · iam create-user --user-name zed · help';

/** The terminal panel's reactive state; one per app. */
export class TerminalState {
  open = $state(false);
  lines = $state.raw<TerminalLine[]>([{ id: 0, kind: 'note', text: WELCOME }]);
  input = $state('');
  running = $state(false);
  history = $state.raw<CommandHistory>(emptyCommandHistory());
  /** Bumped to ask the panel to focus its input (after opening). */
  focusRequest = $state(0);
  readonly fs = new MemoryFs();
  #session: () => WorldSession;
  #nextId = 1;

  /** `session` returns the world on screen; the terminal always acts on that one. */
  constructor(session: () => WorldSession) {
    this.#session = session;
  }

  /** The world the next line acts on, for the prompt ("Lesson: 15. EC2 roles"). */
  get target(): WorldSession {
    return this.#session();
  }

  /** Opens or closes the panel; opening focuses the input. */
  toggle(): void {
    this.open = !this.open;
    if (this.open) this.focusRequest++;
  }

  /** Opens the panel and focuses the input. */
  show(): void {
    this.open = true;
    this.focusRequest++;
  }

  #append(kind: TerminalLine['kind'], text: string): void {
    const last = this.lines[this.lines.length - 1];
    // Consecutive writes to the same stream join into one block.
    if (last && last.kind === kind && kind !== 'command') {
      this.lines = [...this.lines.slice(0, -1), { ...last, text: last.text + text }];
    } else {
      this.lines = [...this.lines, { id: this.#nextId++, kind, text }].slice(-SCROLLBACK_LIMIT);
    }
  }

  /** Runs the current input line (or `line`). */
  async run(line = this.input): Promise<void> {
    if (this.running) return;
    this.input = '';
    this.history = pushLine(this.history, line);
    this.#append('command', line);
    if (line.trim() === '') return;
    this.running = true;
    // The line acts on the world on screen when it starts, even if the user moves on while it runs.
    const session = this.#session();
    try {
      const label = `terminal: ${line
        .trim()
        .replace(/^(aws|iam-lab)\s+/, '')
        .split(/\s+/)
        .slice(0, 2)
        .join(' ')}`;
      const r = await applyLine(session, line, label, {
        fs: this.fs,
        sink: (stream, text) => this.#append(stream, text),
      });
      if (r.clear) this.lines = [];
      if (r.refused) this.#append('stderr', `This world (${session.line}) is read-only here; nothing was changed.\n`);
      else if (r.changed)
        this.#append(
          'note',
          `${session.kindLabel} “${session.name}” changed (${label}): one undo step (Ctrl+Z takes it back).\n`,
        );
    } catch (error) {
      this.#append('stderr', `iam-lab: internal error: ${(error as Error).message}\n`);
    } finally {
      this.running = false;
    }
  }

  /**
   * Tab in the input, with the caret at `cursor`: one candidate is completed, several complete their common prefix
   * and are listed under the echoed line, as a shell does. Returns where the caret goes.
   */
  tab(cursor: number): number {
    const line = this.input;
    const c = complete(line, cursor, { world: this.#session().store.world, files: this.fs.list().map((f) => f.path) });
    const r = applyCompletion(line, cursor, c);
    this.input = r.line;
    if (r.shown.length > 0) {
      this.#append('command', line);
      this.#append('stdout', formatCandidates(r.shown));
    }
    return r.cursor;
  }

  /** ↑ in the input. */
  historyBack(): void {
    const r = previous(this.history, this.input);
    this.history = r.history;
    this.input = r.text;
  }

  /** ↓ in the input. */
  historyForward(): void {
    const r = next(this.history, this.input);
    this.history = r.history;
    this.input = r.text;
  }

  /** Empties the scrollback. */
  clear(): void {
    this.lines = [];
  }
}
