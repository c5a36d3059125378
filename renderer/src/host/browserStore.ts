/**
 * The browser twin's stored document, over `localStorage` with lowdb's browser adapter. Same rules as main's file
 * store: a corrupt or newer document is moved aside to `iam-lab.backup-<time>.json` (another storage key) and reported.
 */
import { LowSync } from 'lowdb';
import { LocalStorage } from 'lowdb/browser';
import {
  backupName,
  classifyStoredDocument,
  defaultAppDocument,
  type AppDocument,
} from '../../../shared/ipc/appDocument';
import type { StoreStatus } from '../../../shared/ipc/storeStatus';

/** The localStorage key holding the document. */
export const BROWSER_STORE_KEY = 'iam-lab';

/** The part of the Web Storage API used here (typed locally so Node-side tests can type-check this file). */
interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** An opened twin store. */
export interface BrowserStore {
  db: LowSync<AppDocument>;
  status: StoreStatus;
}

/** Opens the twin's store in the global `localStorage`, moving an unusable document aside first. */
export function openBrowserStore(now: () => Date = () => new Date()): BrowserStore {
  const storage = (globalThis as unknown as { localStorage: StorageLike }).localStorage;
  const verdict = classifyStoredDocument(storage.getItem(BROWSER_STORE_KEY));
  const status: StoreStatus = { location: `localStorage:${BROWSER_STORE_KEY}` };
  let document = defaultAppDocument();
  if (verdict.kind === 'usable') {
    document = verdict.document;
  } else if (verdict.kind === 'corrupt' || verdict.kind === 'newer-version') {
    const name = backupName(BROWSER_STORE_KEY, now().toISOString());
    storage.setItem(name, storage.getItem(BROWSER_STORE_KEY) ?? '');
    storage.removeItem(BROWSER_STORE_KEY);
    status.backup =
      verdict.kind === 'corrupt'
        ? { reason: 'corrupt', name }
        : { reason: 'newer-version', name, foundVersion: verdict.foundVersion };
  }
  const db = new LowSync<AppDocument>(new LocalStorage<AppDocument>(BROWSER_STORE_KEY), document);
  db.data = document;
  db.write();
  return { db, status };
}
