/**
 * The command line's window on the world: output streams and files. Every subcommand takes a `CliIO` instead of
 * touching `process` or `fs`, so that tests run commands against temporary files and capture output, and so that the
 * app's terminal panel runs the same interpreter over an in-memory file system (shared/terminal/vfs.ts).
 *
 * CAUTION: a contract between the Node CLI (cli/node-io.ts), the terminal panel and tests. `cli/io.ts` re-exports it.
 */
export interface CliIO {
  /** Write to standard output (the text is written as given; add your own newline). */
  stdout(text: string): void;
  /** Write to standard error. */
  stderr(text: string): void;
  /** Read a UTF-8 file; paths are resolved against `cwd`. Rejects (ENOENT, ...) on failure. */
  readFile(path: string): Promise<string>;
  /** Write a UTF-8 file atomically (temp file + rename), resolved against `cwd`. */
  writeFileAtomic(path: string, text: string): Promise<void>;
  /** Working directory for relative paths. */
  cwd: string;
}

/** Exit codes shared by every subcommand. Documented in docs/cli.md. */
export const EXIT = {
  ok: 0,
  /** The command ran and its answer is "no": validation found errors, a simulated request was denied with --fail-on-deny. */
  findings: 1,
  /** Bad usage: unknown command, missing or malformed argument. */
  usage: 2,
  /** An input file could not be read or parsed (names the file and the JSON path). */
  input: 3,
} as const;
