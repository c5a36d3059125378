/**
 * The app's stored document in the user-data folder, owned by main. lowdb writes atomically (temp file + rename).
 * A corrupt file, or one from a newer IAM Lab, is renamed to `iam-lab.json.backup-<time>.json` before anything is
 * written, and `status` says so, so the UI can tell the user. Nothing is silently replaced.
 */
import { readFile, rename } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import { backupName, classifyStoredDocument, defaultAppDocument, type AppDocument } from '../../shared/ipc/appDocument';
import type { StoreStatus } from '../../shared/ipc/storeStatus';

/** The file name of the stored document inside the user-data folder. */
export const STORE_FILE_NAME = 'iam-lab.json';

/** An opened store: the lowdb handle (data always present) and what was found on opening. */
export interface AppStore {
  db: Low<AppDocument>;
  status: StoreStatus;
  /** Applies `change` to the document and writes it atomically. */
  update(change: (doc: AppDocument) => void): Promise<void>;
}

/** Options for `openStore`; the clock is injected so tests can pin backup names. */
export interface OpenStoreOptions {
  /** The folder holding the document (Electron's `app.getPath('userData')`). */
  dir: string;
  /** Current time; defaults to the system clock. */
  now?: () => Date;
}

/** Reads a file's text, or null when it does not exist. */
async function readTextIfExists(path: string): Promise<string | null> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/** Opens (or creates) the store, moving an unusable document aside first. */
export async function openStore(options: OpenStoreOptions): Promise<AppStore> {
  const now = options.now ?? (() => new Date());
  const path = join(options.dir, STORE_FILE_NAME);
  const verdict = classifyStoredDocument(await readTextIfExists(path));
  const status: StoreStatus = { location: path };
  let document = defaultAppDocument();

  if (verdict.kind === 'usable') {
    document = verdict.document;
  } else if (verdict.kind === 'corrupt' || verdict.kind === 'newer-version') {
    const name = backupName(basename(path), now().toISOString());
    await rename(path, join(options.dir, name));
    status.backup =
      verdict.kind === 'corrupt'
        ? { reason: 'corrupt', name }
        : { reason: 'newer-version', name, foundVersion: verdict.foundVersion };
  }

  const db = new Low<AppDocument>(new JSONFile<AppDocument>(path), document);
  db.data = document;
  await db.write();
  return {
    db,
    status,
    async update(change) {
      change(db.data);
      await db.write();
    },
  };
}
