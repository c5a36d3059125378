/**
 * The command line's IO contract. It lives in the pure core (`shared/terminal/io.ts`) so that the app's terminal
 * panel runs the same aws-style interpreter as this bin; re-exported here for the Node side, with what the Node side
 * adds: file-system failures as data (`CliFileError`), said in one line with exit code 3 (issue #13).
 */
export { EXIT, type CliIO } from '../shared/terminal/io';

/** Node's error codes for file-system failures, in words a learner can act on. */
const CAUSES: Readonly<Record<string, string>> = {
  ENOSPC: 'no space left on the disk',
  EDQUOT: 'the disk quota is used up',
  EROFS: 'the file system is read-only',
  EACCES: 'permission denied',
  EPERM: 'the operation is not permitted',
  ENOENT: 'no such file or directory',
  ENOTDIR: 'a part of the path is not a directory',
  EISDIR: 'it is a directory',
  EEXIST: 'a file of that name is in the way',
  EBUSY: 'the file is busy',
  ETXTBSY: 'the file is busy',
  EMFILE: 'too many open files',
  ENFILE: 'too many open files',
  ENAMETOOLONG: 'the name is too long',
  ELOOP: 'too many symbolic links in the path',
  EIO: 'an input/output error on the disk',
  EXDEV: 'the temporary file is on another disk',
};

/** The cause of a file-system error in words, with Node's code (`no space left on the disk (ENOSPC)`). */
export function fsCause(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && Object.hasOwn(CAUSES, code)) return `${CAUSES[code]} (${code})`;
  if (typeof code === 'string') return code;
  return error instanceof Error ? error.message : String(error);
}

/** A file the command line could not read or write: the path as the user wrote it, and why. */
export class CliFileError extends Error {
  /** Node's error code (`ENOSPC`, `EROFS`, ...), kept for callers that print codes. */
  readonly code: string | undefined;

  constructor(
    readonly file: string,
    readonly operation: 'read' | 'write',
    readonly reason: unknown,
  ) {
    // The message is the cause only: callers that already name the file (`cannot read scenario s.json: …`) print it.
    super(fsCause(reason));
    this.name = 'CliFileError';
    const code = (reason as { code?: unknown } | null)?.code;
    this.code = typeof code === 'string' ? code : undefined;
  }
}

/**
 * The one-line message for an error that is a file-system failure (a `CliFileError`, or a Node error carrying a
 * `code` and a `path`), or undefined for anything else (a bug).
 */
export function fileFailureLine(error: unknown): string | undefined {
  if (error instanceof CliFileError) return `iam-lab: cannot ${error.operation} ${error.file}: ${error.message}\n`;
  const e = error as { code?: unknown; path?: unknown; syscall?: unknown } | null;
  if (e && typeof e.code === 'string' && typeof e.path === 'string' && Object.hasOwn(CAUSES, e.code)) {
    const verb = e.syscall === 'open' || e.syscall === 'read' ? 'read' : 'use';
    return `iam-lab: cannot ${verb} ${e.path}: ${fsCause(e)}\n`;
  }
  return undefined;
}
