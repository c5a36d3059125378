// Where Electron's binary is, if it was downloaded. npm's `electron` package writes `path.txt` and `dist/` only after
// a successful download; without them, require('electron') throws "Electron failed to install correctly".
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The repository root (scripts/lib/../..). */
export const repoRoot = join(import.meta.dirname, '..', '..');

/** Absolute path of the Electron executable, or null when the binary is not installed. */
export function electronBinaryPath(root = repoRoot) {
  const dir = join(root, 'node_modules', 'electron');
  const pathFile = join(dir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(dir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}
