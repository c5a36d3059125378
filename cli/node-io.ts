/**
 * The real `CliIO`: process streams and the file system, paths resolved against a working directory. A failed read or
 * write is a `CliFileError` naming the file as the user wrote it; a failed write leaves no temporary file behind and
 * the target untouched (temp file + rename). The file-system calls are injectable so that tests can make a disk full
 * or read-only (test/unit/cli/node-io.test.ts).
 */
import { readFile, rename, unlink, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { CliFileError, type CliIO } from './io';

/** The file-system calls `nodeIO` makes. */
export interface FileSystemCalls {
  readFile(path: string, encoding: 'utf8'): Promise<string>;
  writeFile(path: string, text: string, encoding: 'utf8'): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
}

const NODE_FS: FileSystemCalls = { readFile, writeFile, rename, unlink };

/** A `CliIO` over the process and the disk (`fs` for tests). */
export function nodeIO(cwd: string, fs: FileSystemCalls = NODE_FS): CliIO {
  return {
    cwd,
    stdout: (t) => void process.stdout.write(t),
    stderr: (t) => void process.stderr.write(t),
    async readFile(p) {
      try {
        return await fs.readFile(resolve(cwd, p), 'utf8');
      } catch (e) {
        throw new CliFileError(p, 'read', e);
      }
    },
    async writeFileAtomic(p, text) {
      const target = resolve(cwd, p);
      const tmp = `${target}.${process.pid}.tmp`;
      try {
        await fs.writeFile(tmp, text, 'utf8');
        await fs.rename(tmp, target);
      } catch (e) {
        // A full disk may leave a partial temporary file: remove it (it may not exist; that is fine).
        await fs.unlink(tmp).catch(() => undefined);
        throw new CliFileError(p, 'write', e);
      }
    },
  };
}
