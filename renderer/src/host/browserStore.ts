/**
 * The browser twin's app document (settings, progress, lesson packs) in `localStorage` key `iam-lab`, kept by the
 * same discipline as main's file (`storedKey.ts`): an unusable document, or one holding entries this version cannot
 * read, is copied to `iam-lab.backup-<time>.json` (another key) before anything is written, and every problem — a full
 * storage too — is reported for the notice. Opening never throws, so the page always comes up.
 */
import { classifyStoredDocument, defaultAppDocument, type AppDocument } from '../../../shared/ipc/appDocument';
import type { StoreStatus } from '../../../shared/ipc/storeStatus';
import type { DocumentProblems } from '../../../shared/ipc/storedDocument';
import { openStoredKey, type StorageLike } from './storedKey';

/** The localStorage key holding the document. */
export const BROWSER_STORE_KEY = 'iam-lab';

/** An opened twin store. */
export interface BrowserStore {
  db: { data: AppDocument };
  status: StoreStatus;
  problems: DocumentProblems;
  /** Applies `change` and stores the document; a refused write keeps the change in memory, records it, and throws. */
  update(change: (doc: AppDocument) => void): void;
  /** Like `update`, but a refused write puts the previous document back. */
  commit(change: (doc: AppDocument) => void): void;
}

/** Opens the twin's store in the page's `localStorage` (or `storage`), by the shared discipline. Never throws. */
export function openBrowserStore(now: () => Date = () => new Date(), storage?: StorageLike | Error): BrowserStore {
  const keyed = openStoredKey<AppDocument>({
    document: 'app',
    key: BROWSER_STORE_KEY,
    classify: classifyStoredDocument,
    fresh: defaultAppDocument,
    now,
    storage,
  });
  const apply = (change: (doc: AppDocument) => void, rollback: boolean) => {
    const next = { ...keyed.data };
    change(next);
    keyed.write(next, rollback);
  };
  return {
    db: keyed,
    status: keyed.status,
    problems: keyed.problems,
    update: (change) => apply(change, false),
    commit: (change) => apply(change, true),
  };
}
