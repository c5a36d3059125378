/**
 * A tiny in-memory file system for the terminal panel: absolute POSIX-like paths to UTF-8 text. The aws-style
 * interpreter reads `file://` documents and writes the scenario through it, exactly as the Node bin does on disk.
 */
import type { CliIO } from './io';

/** An error shaped like Node's (`code`, message naming the path) so the CLI's messages read the same. */
export class VfsError extends Error {
  constructor(
    readonly code: 'ENOENT' | 'EISDIR' | 'EINVAL',
    message: string,
  ) {
    super(message);
  }
}

/** Resolves `path` against `cwd` into a normalised absolute path (`.` and `..` removed). */
export function resolvePath(cwd: string, path: string): string {
  const raw = path.startsWith('/') ? path : `${cwd.replace(/\/+$/, '')}/${path}`;
  const parts: string[] = [];
  for (const part of raw.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') parts.pop();
    else parts.push(part);
  }
  return `/${parts.join('/')}`;
}

/** The in-memory files, by absolute path. */
export class MemoryFs {
  readonly #files = new Map<string, string>();

  constructor(initial: Record<string, string> = {}) {
    for (const [path, text] of Object.entries(initial)) this.write(path, text);
  }

  /** True when the file exists. */
  has(path: string, cwd = '/'): boolean {
    return this.#files.has(resolvePath(cwd, path));
  }

  /** The file's text; throws `VfsError` ENOENT when absent. */
  read(path: string, cwd = '/'): string {
    const abs = resolvePath(cwd, path);
    const text = this.#files.get(abs);
    if (text === undefined) throw new VfsError('ENOENT', `ENOENT: no such file or directory, open '${abs}'`);
    return text;
  }

  /** Creates or replaces a file. */
  write(path: string, text: string, cwd = '/'): void {
    const abs = resolvePath(cwd, path);
    if (abs === '/') throw new VfsError('EISDIR', `EISDIR: illegal operation on a directory, open '/'`);
    this.#files.set(abs, text);
  }

  /** Removes a file; false when it did not exist. */
  remove(path: string, cwd = '/'): boolean {
    return this.#files.delete(resolvePath(cwd, path));
  }

  /** Every file path with its size in characters, sorted. */
  list(): { path: string; size: number }[] {
    return [...this.#files.entries()].map(([path, text]) => ({ path, size: text.length })).sort((a, b) => a.path.localeCompare(b.path));
  }
}

/** Where the terminal's output goes: one call per write, tagged with its stream. */
export type OutputSink = (stream: 'stdout' | 'stderr', text: string) => void;

/** A `CliIO` over a `MemoryFs`: the aws-style interpreter cannot tell it from the disk. */
export function memoryIO(fs: MemoryFs, sink: OutputSink, cwd = '/'): CliIO {
  return {
    cwd,
    stdout: (text) => sink('stdout', text),
    stderr: (text) => sink('stderr', text),
    readFile: async (path) => fs.read(path, cwd),
    writeFileAtomic: async (path, text) => fs.write(path, text, cwd),
  };
}
