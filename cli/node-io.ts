/** The real `CliIO`: process streams and the file system, paths resolved against a working directory. */
import { readFile, rename, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { CliIO } from './io';

/** A `CliIO` over the process and the disk. */
export function nodeIO(cwd: string): CliIO {
  return {
    cwd,
    stdout: (t) => void process.stdout.write(t),
    stderr: (t) => void process.stderr.write(t),
    readFile: (p) => readFile(resolve(cwd, p), 'utf8'),
    async writeFileAtomic(p, text) {
      const target = resolve(cwd, p);
      const tmp = `${target}.${process.pid}.tmp`;
      await writeFile(tmp, text, 'utf8');
      await rename(tmp, target);
    },
  };
}
