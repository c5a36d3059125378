/**
 * What main's stored documents (`iam-lab.json`, `worlds.json`) do the same way with their file, following the plan of
 * `shared/ipc/storedDocument.ts`: read it, copy anything unusable to `<file>.backup-<time>.json` before anything is
 * written (reusing an identical backup from an earlier start, so a failed start is never forgotten), write atomically
 * (`.<file>.tmp` then a rename), and never throw out of opening: an unreadable file, a full disk or a read-only folder
 * become problems the notice shows, and the app runs on in memory.
 */
import { Low, type Adapter } from 'lowdb';
import * as nodeFs from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { backupName } from '../../shared/ipc/appDocument';
import type { StoredDocumentName } from '../../shared/ipc/storeStatus';
import {
  DocumentProblems,
  planOpen,
  readOnlyError,
  settleBackup,
  type BackupOutcome,
  type DocumentStatus,
  type OpenVerdict,
} from '../../shared/ipc/storedDocument';

/** The file-system calls the stores make; tests inject failing ones (full disk, read-only folder). */
export interface StoreFs {
  readFile(path: string, encoding: 'utf8'): Promise<string>;
  writeFile(path: string, text: string, encoding: 'utf8'): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  rm(path: string, options: { force: true }): Promise<void>;
  readdir(path: string): Promise<string[]>;
  /** The file's bytes (a backup is compared and copied byte for byte). */
  readBytes(path: string): Promise<Uint8Array>;
  /** Copies a file, refusing to replace an existing one. */
  copyFile(from: string, to: string): Promise<void>;
}

/** The real file system. */
export const NODE_FS: StoreFs = {
  readFile: (path, encoding) => nodeFs.readFile(path, encoding),
  writeFile: (path, text, encoding) => nodeFs.writeFile(path, text, encoding),
  rename: (from, to) => nodeFs.rename(from, to),
  rm: (path, options) => nodeFs.rm(path, options),
  readdir: (path) => nodeFs.readdir(path),
  readBytes: (path) => nodeFs.readFile(path),
  copyFile: (from, to) => nodeFs.copyFile(from, to, nodeFs.constants.COPYFILE_EXCL),
};

/** The temporary file a write goes through before it is renamed over `path`. */
export function tempFileOf(path: string): string {
  return join(dirname(path), `.${basename(path)}.tmp`);
}

/** Options to open one stored file. */
export interface OpenStoredFileOptions<D> {
  document: StoredDocumentName;
  path: string;
  classify(text: string | null): OpenVerdict<D>;
  fresh(): D;
  stringify(doc: D): string;
  now: () => Date;
  fs?: StoreFs;
}

/** An opened stored file. */
export interface StoredFile<D> {
  path: string;
  /** The document in memory (what the app shows). */
  data: D;
  problems: DocumentProblems;
  /** Where it is and the whole-document backup, as `store:status` reports them (top level, or `worlds`). */
  status: DocumentStatus;
  /**
   * Writes `doc` atomically. `doc` becomes the document in memory first; on failure the error is recorded (the
   * notice shows it), `data` goes back to the previous document when `rollback` is set, and the error is thrown.
   */
  write(doc: D, rollback: boolean): Promise<void>;
}

/** Reads a file's text: null when it does not exist; throws when it exists but cannot be read. */
async function readText(fs: StoreFs, path: string): Promise<string | null> {
  try {
    return await fs.readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/**
 * Writes `text` to `path` through a temporary file (`tmp`, by default the stores' `tempFileOf`) and a rename; the
 * temporary file never outlives a failure (a full disk, a read-only folder).
 */
export async function writeAtomic(fs: StoreFs, path: string, text: string, tmp = tempFileOf(path)): Promise<void> {
  try {
    await fs.writeFile(tmp, text, 'utf8');
    await fs.rename(tmp, path);
  } catch (error) {
    await fs.rm(tmp, { force: true }).catch(() => {});
    throw error;
  }
}

/**
 * Copies the file at `path` byte for byte to a backup beside it and returns the backup's name. A backup from an
 * earlier start holding exactly these bytes is reused: after a start that could not replace the file, the next start
 * names the same backup instead of making another.
 */
async function backupCopy(fs: StoreFs, path: string, at: Date): Promise<string> {
  const folder = dirname(path);
  const prefix = `${basename(path)}.backup-`;
  const bytes = await fs.readBytes(path);
  const earlier = (await fs.readdir(folder).catch(() => [] as string[])).filter((n) => n.startsWith(prefix)).sort();
  for (const name of earlier) {
    const other = await fs.readBytes(join(folder, name)).catch(() => null);
    if (other && Buffer.compare(Buffer.from(other), Buffer.from(bytes)) === 0) return name;
  }
  const name = backupName(basename(path), at.toISOString());
  await fs.copyFile(path, join(folder, name));
  return name;
}

/** Opens one stored file by the shared plan. Never throws. */
export async function openStoredFile<D>(options: OpenStoredFileOptions<D>): Promise<StoredFile<D>> {
  const fs = options.fs ?? NODE_FS;
  const { path } = options;
  const problems = new DocumentProblems(options.document, path);
  // A killed write leaves only its temporary file; the real file was never touched.
  await fs.rm(tempFileOf(path), { force: true }).catch(() => {});
  let text: string | null;
  try {
    text = await readText(fs, path);
  } catch (error) {
    // Unreadable (permissions): leave it exactly as it is and save nothing this session.
    problems.unreadable(error);
    return storedFile(fs, path, options.fresh(), problems, { location: path }, options.stringify);
  }
  const plan = planOpen(options.document, options.classify(text), options.fresh);
  const outcome: BackupOutcome =
    plan.backup && text !== null
      ? await backupCopy(fs, path, options.now()).then(
          (name) => ({ name }),
          (error: unknown) => ({ error }),
        )
      : null;
  const status = settleBackup(problems, plan, outcome);
  const file = storedFile(fs, path, plan.document, problems, status, options.stringify);
  if (plan.write && !problems.isReadOnly) await file.write(plan.document, false).catch(() => {});
  return file;
}

/**
 * lowdb's adapter for a stored file: writes go through the temporary file and a rename on the injected file system.
 * Reading is the plan's job (it must see the raw text to classify it), so `read` is never used.
 */
class AtomicFileAdapter<D> implements Adapter<D> {
  constructor(
    readonly fs: StoreFs,
    readonly path: string,
    readonly stringify: (doc: D) => string,
  ) {}
  async read(): Promise<D | null> {
    return null;
  }
  write(doc: D): Promise<void> {
    return writeAtomic(this.fs, this.path, this.stringify(doc));
  }
}

function storedFile<D>(
  fs: StoreFs,
  path: string,
  document: D,
  problems: DocumentProblems,
  status: DocumentStatus,
  stringify: (doc: D) => string,
): StoredFile<D> {
  const db = new Low<D>(new AtomicFileAdapter(fs, path, stringify), document);
  // Writes land in call order; each writes the document it was given.
  let queue: Promise<unknown> = Promise.resolve();
  const file: StoredFile<D> = {
    path,
    get data() {
      return db.data;
    },
    set data(doc: D) {
      db.data = doc;
    },
    problems,
    status,
    write(doc, rollback) {
      const previous = db.data;
      db.data = doc;
      const done = queue.then(async () => {
        if (problems.isReadOnly) throw readOnlyError(problems);
        try {
          await db.adapter.write(doc);
          problems.wrote();
        } catch (error) {
          problems.wrote(error);
          throw error;
        }
      });
      queue = done.catch(() => {});
      return done.catch((error: unknown) => {
        if (rollback && db.data === doc) db.data = previous;
        throw error;
      });
    },
  };
  return file;
}
