/**
 * The app's stored document in the user-data folder, owned by main. lowdb writes atomically (temp file + rename).
 * A corrupt file, or one from a newer IAM Lab, is renamed to `iam-lab.json.backup-<time>.json` before anything is
 * written, and `status` says so, so the UI can tell the user. Nothing is silently replaced.
 */
import { join } from 'node:path';
import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import { classifyStoredDocument, defaultAppDocument, type AppDocument } from '../../shared/ipc/appDocument';
import type { StoreStatus } from '../../shared/ipc/storeStatus';
import { moveAside, readTextIfExists } from './storedFile';

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
    status.backup = await moveAside(path, verdict, now());
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
