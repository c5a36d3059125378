/** An in-memory `CliIO` for command tests: files from a map, captured stdout/stderr. */
import type { CliIO } from '../../../cli/io';

/** A fake IO with its captured output. */
export function fakeIO(
  files: Record<string, string> = {},
): CliIO & { out: () => string; err: () => string; files: Record<string, string> } {
  let out = '';
  let err = '';
  return {
    cwd: '/work',
    files,
    stdout: (t) => void (out += t),
    stderr: (t) => void (err += t),
    async readFile(p) {
      if (!Object.prototype.hasOwnProperty.call(files, p))
        throw Object.assign(new Error(`ENOENT: ${p}`), { code: 'ENOENT' });
      return files[p];
    },
    async writeFileAtomic(p, text) {
      files[p] = text;
    },
    out: () => out,
    err: () => err,
  };
}
