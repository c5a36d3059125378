/**
 * The app's stored document (`iam-lab.json`: settings, window bounds, progress, lesson packs) in the user-data folder,
 * owned by main and kept by the shared discipline (`storedFile.ts`): an unusable file, or one holding entries this
 * version cannot read, is copied to `iam-lab.json.backup-<time>.json` before anything is written, and every problem
 * (also a failing save, a read-only folder) is in `status`, so the UI can tell the user. Opening never throws.
 */
import { join } from 'node:path';
import { classifyStoredDocument, defaultAppDocument, type AppDocument } from '../../shared/ipc/appDocument';
import type { StoreStatus } from '../../shared/ipc/storeStatus';
import type { DocumentProblems } from '../../shared/ipc/storedDocument';
import { openStoredFile, type StoreFs } from './storedFile';

/** The file name of the stored document inside the user-data folder. */
export const STORE_FILE_NAME = 'iam-lab.json';

/** An opened store: the document in memory (always present) and what was found on opening. */
export interface AppStore {
  db: { data: AppDocument };
  /** Where the file is and the whole-document backup made on opening, if any (see `problems` for the rest). */
  status: StoreStatus;
  problems: DocumentProblems;
  /**
   * Applies `change` to the document and writes it atomically. On a failed write the change stays in memory (the
   * next write, e.g. a retry, saves it too), the problem is recorded for the notice, and the error is thrown.
   */
  update(change: (doc: AppDocument) => void): Promise<void>;
  /** Like `update`, but a failed write puts the previous document back (used where the renderer keeps the change). */
  commit(change: (doc: AppDocument) => void): Promise<void>;
}

/** Options for `openStore`; the clock and the file system are injected so tests can pin names and inject faults. */
export interface OpenStoreOptions {
  /** The folder holding the document (Electron's `app.getPath('userData')`). */
  dir: string;
  /** Current time; defaults to the system clock. */
  now?: () => Date;
  fs?: StoreFs;
}

/** Opens (or creates) the store by the shared discipline. Never throws. */
export async function openStore(options: OpenStoreOptions): Promise<AppStore> {
  const path = join(options.dir, STORE_FILE_NAME);
  const file = await openStoredFile<AppDocument>({
    document: 'app',
    path,
    classify: classifyStoredDocument,
    fresh: defaultAppDocument,
    stringify: (doc) => JSON.stringify(doc, null, 2),
    now: options.now ?? (() => new Date()),
    fs: options.fs,
  });
  const db = {
    get data() {
      return file.data;
    },
    set data(doc: AppDocument) {
      file.data = doc;
    },
  };
  const apply = (change: (doc: AppDocument) => void, rollback: boolean) => {
    // Handlers replace top-level fields (settings, progress, lessonPacks, windowState), so a shallow copy suffices.
    const next = { ...file.data };
    change(next);
    return file.write(next, rollback);
  };
  return {
    db,
    status: file.status,
    problems: file.problems,
    update: (change) => apply(change, false),
    commit: (change) => apply(change, true),
  };
}
