/** A temporary folder per test for main's stores (real files on disk), removed after the test. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';

/**
 * Makes a folder named after `prefix` before each test (of the file, or of the describe block it is called in) and
 * removes it after; returns the current folder's path.
 */
export function tempFolder(prefix: string): () => string {
  let dir = '';
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), prefix));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });
  return () => dir;
}
