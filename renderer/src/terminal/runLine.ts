/**
 * Runs one aws-style command line on a world session, as the terminal does, and collects what it printed. The
 * console-like forms that mirror an STS or identity-provider call (switch role, web identity, SAML, identity-provider
 * tokens) use this, so a form and the same line typed in the terminal can never disagree: one interpreter, AWS's
 * parameter checks and error codes, and a changed world is one undo step in that session.
 */
import { MemoryFs } from '../../../shared/terminal/vfs';
import { runTerminalLine } from '../../../shared/terminal/session';
import type { OutputSink } from '../../../shared/terminal/vfs';
import type { WorldStore } from '../state/worldStore.svelte';

/** Where a line runs: a world session, or any store (then it may be changed). */
export interface LineTarget {
  store: WorldStore;
  editable?: boolean;
}

/** Where a line reads files and writes its output. */
export interface LineIo {
  fs: MemoryFs;
  sink: OutputSink;
}

/** What one line did to its session. */
export interface LineOutcomeOn {
  exitCode: number;
  /** True for `clear`. */
  clear: boolean;
  /** True when the world changed (and an undo step was recorded). */
  changed: boolean;
  /** True when the line would have changed a read-only session (nothing was changed). */
  refused: boolean;
}

/**
 * Runs `line` on the session's world and records a world change as one undo step labelled `label`; a read-only
 * session is left as it is. The terminal panel (its own files, output streamed to the scrollback) and the forms below
 * both run lines through here.
 */
export async function applyLine(session: LineTarget, line: string, label: string, io: LineIo): Promise<LineOutcomeOn> {
  const outcome = await runTerminalLine(line, { fs: io.fs, world: session.store.world, sink: io.sink });
  const refused = outcome.world !== undefined && session.editable === false;
  const changed = outcome.world !== undefined && !refused && session.store.replaceWorld(outcome.world, label);
  return { exitCode: outcome.exitCode, clear: outcome.clear === true, changed, refused };
}

/** What a form's line did. */
export interface LineResult {
  ok: boolean;
  stdout: string;
  stderr: string;
  /** True when the world changed (and an undo step was recorded). */
  changed: boolean;
}

/**
 * Runs `line` for a form: `files` are available as `file://NAME` (a session policy, a metadata document) and the
 * output is collected. A read-only session is refused.
 */
export async function runLineOn(
  session: LineTarget,
  line: string,
  label: string,
  files: Record<string, string> = {},
): Promise<LineResult> {
  const fs = new MemoryFs();
  for (const [name, text] of Object.entries(files)) fs.write(name, text);
  let stdout = '';
  let stderr = '';
  const r = await applyLine(session, line, label, {
    fs,
    sink: (stream, text) => {
      if (stream === 'stdout') stdout += text;
      else stderr += text;
    },
  });
  if (r.refused) stderr += 'This world is read-only here; nothing was changed.\n';
  return { ok: r.exitCode === 0 && !r.refused, stdout, stderr, changed: r.changed };
}

/** Quotes one argument for the terminal's tokenizer (single quotes; a quote inside is closed, escaped and reopened). */
export function shellQuote(value: string): string {
  if (/^[A-Za-z0-9_./:=@,+-]+$/.test(value)) return value;
  return `'${value.replaceAll("'", "'\\''")}'`;
}
