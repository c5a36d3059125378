/**
 * Runs one aws-style command line on a world session, as the terminal does, and collects what it printed. The
 * console-like forms that mirror an STS or identity-provider call (switch role, web identity, SAML, identity-provider
 * tokens) use this, so a form and the same line typed in the terminal can never disagree: one interpreter, AWS's
 * parameter checks and error codes, and a changed world is one undo step in that session.
 */
import { MemoryFs } from '../../../shared/terminal/vfs';
import { runTerminalLine } from '../../../shared/terminal/session';
import type { WorldStore } from '../state/worldStore.svelte';

/** Where a line runs: a world session, or any store (then it may be changed). */
export interface LineTarget {
  store: WorldStore;
  editable?: boolean;
}

/** What a line did. */
export interface LineResult {
  ok: boolean;
  stdout: string;
  stderr: string;
  /** True when the world changed (and an undo step was recorded). */
  changed: boolean;
}

/**
 * Runs `line` on `session`'s world with `files` available as `file://NAME` (a session policy, a metadata document),
 * and records a world change as one undo step labelled `label`. A read-only session is refused.
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
  const outcome = await runTerminalLine(line, {
    fs,
    world: session.store.world,
    sink: (stream, text) => {
      if (stream === 'stdout') stdout += text;
      else stderr += text;
    },
  });
  let changed = false;
  if (outcome.world) {
    if (session.editable === false)
      return { ok: false, stdout, stderr: `${stderr}This world is read-only here; nothing was changed.\n`, changed };
    changed = session.store.replaceWorld(outcome.world, label);
  }
  return { ok: outcome.exitCode === 0, stdout, stderr, changed };
}

/** Quotes one argument for the terminal's tokenizer (single quotes; a quote inside is closed, escaped and reopened). */
export function shellQuote(value: string): string {
  if (/^[A-Za-z0-9_./:=@,+-]+$/.test(value)) return value;
  return `'${value.replaceAll("'", "'\\''")}'`;
}
