/**
 * The browser twin's worlds document, in its own `localStorage` key (`iam-lab-worlds`) beside the app document, with
 * lowdb's browser adapter. Same rules as main's `worlds.json`: an unusable document (corrupt, or from a newer IAM Lab)
 * is copied to `iam-lab-worlds.backup-<time>.json` before anything is written, and reported; a write the browser
 * refuses (storage quota) leaves the previous document in place and comes back as a `worlds.write-failed` result.
 */
import { LowSync } from 'lowdb';
import { LocalStorage } from 'lowdb/browser';
import { backupName } from '../../../shared/ipc/appDocument';
import type { StoreStatus } from '../../../shared/ipc/storeStatus';
import { classifyStoredWorlds } from '../../../shared/ipc/worlds';
import type { WorldsDocumentHolder } from '../../../shared/ipc/worldsService';
import { initialWorldsDocument, type WorldsDocument } from '../../../shared/world/store-doc';

/** The localStorage key holding the worlds document. */
export const BROWSER_WORLDS_KEY = 'iam-lab-worlds';

interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** The twin's opened worlds document. */
export interface BrowserWorlds extends WorldsDocumentHolder {
  status: NonNullable<StoreStatus['worlds']>;
}

/** Opens (or creates, holding the welcome world) the twin's worlds document, moving an unusable one aside first. */
export function openBrowserWorlds(now: () => Date = () => new Date()): BrowserWorlds {
  const storage = (globalThis as unknown as { localStorage: StorageLike }).localStorage;
  const text = storage.getItem(BROWSER_WORLDS_KEY);
  const verdict = classifyStoredWorlds(text);
  const status: BrowserWorlds['status'] = { location: `localStorage:${BROWSER_WORLDS_KEY}` };
  let document: WorldsDocument;
  // False when the unusable document could not be copied aside: then it is never overwritten.
  let canWrite = true;
  if (verdict.kind === 'usable') {
    document = verdict.document;
  } else {
    document = initialWorldsDocument(now().toISOString());
    if (verdict.kind !== 'missing') {
      const name = backupName(BROWSER_WORLDS_KEY, now().toISOString());
      try {
        storage.setItem(name, text ?? '');
      } catch {
        canWrite = false;
      }
      status.backup =
        verdict.kind === 'corrupt'
          ? { reason: 'corrupt', name }
          : { reason: 'newer-version', name, foundVersion: verdict.foundVersion };
    }
  }
  const db = new LowSync<WorldsDocument>(new LocalStorage<WorldsDocument>(BROWSER_WORLDS_KEY), document);
  db.data = document;
  if (verdict.kind !== 'usable' && canWrite) {
    try {
      db.write();
    } catch {
      // Storage full or disabled: the worlds live in memory for this visit; the next save reports the failure.
    }
  }
  return {
    status,
    read: () => db.data,
    commit(doc) {
      if (!canWrite) throw new Error('browser storage is full, and the unreadable worlds are kept untouched');
      const previous = db.data;
      db.data = doc;
      try {
        db.write();
      } catch (error) {
        db.data = previous;
        throw error;
      }
    },
    now: () => now().toISOString(),
  };
}
