/** Text helpers shared by commands: `file:line:col` prefixes and JSON output. */

/** `file:line:col` as compilers print it, so editors can jump there. */
export function location(file: string, line: number, column: number): string {
  return `${file}:${line}:${column}`;
}

/** Pretty JSON with a trailing newline. */
export function jsonOut(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** A Node error's code (ENOENT, EISDIR, ...) or its message. */
export function errorCode(e: unknown): string {
  const err = e as { code?: string; message?: string };
  return err?.code ?? err?.message ?? String(e);
}
