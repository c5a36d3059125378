/** A CliIO over a temporary directory that captures stdout and stderr. */
import { mkdtempSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { CliIO } from '../../../cli/io';

export interface FakeIO extends CliIO {
  out: string;
  err: string;
  reset(): void;
  read(p: string): string;
  write(p: string, text: string): void;
}

export function tempIO(): FakeIO {
  const dir = mkdtempSync(join(tmpdir(), 'iam-lab-cli-'));
  const io: FakeIO = {
    cwd: dir,
    out: '',
    err: '',
    stdout(t) {
      io.out += t;
    },
    stderr(t) {
      io.err += t;
    },
    async readFile(p) {
      return readFileSync(resolve(dir, p), 'utf8');
    },
    async writeFileAtomic(p, text) {
      const target = resolve(dir, p);
      writeFileSync(`${target}.tmp`, text);
      renameSync(`${target}.tmp`, target);
    },
    reset() {
      io.out = '';
      io.err = '';
    },
    read: (p) => readFileSync(resolve(dir, p), 'utf8'),
    write: (p, text) => writeFileSync(resolve(dir, p), text),
  };
  return io;
}
