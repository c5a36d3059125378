/**
 * What the browser twin's stored documents (`iam-lab`, `iam-lab-worlds` in `localStorage`) do the same way, following
 * the plan of `shared/ipc/storedDocument.ts` exactly like main's files do (`electron/main/storedFile.ts`): read the key,
 * copy anything unusable to `<key>.backup-<time>.json` before anything is written (reusing an identical backup from an
 * earlier visit), and never throw out of opening: storage that cannot be read, is full or is disabled becomes a
 * problem the notice shows, and the page runs on in memory.
 */
import { LowSync } from 'lowdb';
import { backupName } from '../../../shared/ipc/appDocument';
import type { StoredDocumentName } from '../../../shared/ipc/storeStatus';
import {
  DocumentProblems,
  planOpen,
  readOnlyError,
  settleBackup,
  type BackupOutcome,
  type DocumentStatus,
  type OpenVerdict,
} from '../../../shared/ipc/storedDocument';

/** The part of the Web Storage API used here (typed locally so Node-side tests can type-check this file). */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  key(index: number): string | null;
  readonly length: number;
}

/** The page's `localStorage`, or the error that reaching it threw (storage disabled by the browser). */
export function pageStorage(): StorageLike | Error {
  try {
    const storage = (globalThis as unknown as { localStorage?: StorageLike }).localStorage;
    return storage ?? new Error('this browser offers no localStorage');
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error));
  }
}

/** Options to open one stored key. */
export interface OpenStoredKeyOptions<D> {
  document: StoredDocumentName;
  key: string;
  classify(text: string | null): OpenVerdict<D>;
  fresh(): D;
  now: () => Date;
  storage?: StorageLike | Error;
}

/** An opened stored key. */
export interface StoredKey<D> {
  data: D;
  problems: DocumentProblems;
  /** Where it is and the whole-document backup, as `store:status` reports them (top level, or `worlds`). */
  status: DocumentStatus;
  /**
   * Writes `doc`: it becomes the document in memory first; on failure the problem is recorded (the notice shows it),
   * `data` goes back to the previous document when `rollback` is set, and the error is thrown.
   */
  write(doc: D, rollback: boolean): void;
}

/** Copies the value of `key` to a backup key (reusing an earlier backup holding exactly this text); its name. */
function backupCopy(storage: StorageLike, key: string, text: string, at: Date): string {
  const prefix = `${key}.backup-`;
  for (let i = 0; i < storage.length; i++) {
    const name = storage.key(i);
    if (name?.startsWith(prefix) && storage.getItem(name) === text) return name;
  }
  const name = backupName(key, at.toISOString());
  storage.setItem(name, text);
  return name;
}

/** Opens one stored key by the shared plan. Never throws. */
export function openStoredKey<D>(options: OpenStoredKeyOptions<D>): StoredKey<D> {
  const storage = options.storage ?? pageStorage();
  const problems = new DocumentProblems(options.document, `localStorage:${options.key}`);
  let text: string | null;
  try {
    if (storage instanceof Error) throw storage;
    text = storage.getItem(options.key);
  } catch (error) {
    problems.unreadable(error);
    return storedKey(null, options.key, options.fresh(), problems, { location: problems.location });
  }
  const store = storage as StorageLike;
  const plan = planOpen(options.document, options.classify(text), options.fresh);
  let outcome: BackupOutcome = null;
  if (plan.backup && text !== null) {
    try {
      outcome = { name: backupCopy(store, options.key, text, options.now()) };
    } catch (error) {
      // No room for the backup: the unusable document is left in place, untouched, and nothing is written.
      outcome = { error };
    }
  }
  const status = settleBackup(problems, plan, outcome);
  const keyed = storedKey(store, options.key, plan.document, problems, status);
  if (plan.write && !problems.isReadOnly) {
    try {
      keyed.write(plan.document, false);
    } catch {
      // Storage full: the document lives in memory for this visit; the notice says so and a later save retries.
    }
  }
  return keyed;
}

function storedKey<D>(
  storage: StorageLike | null,
  key: string,
  document: D,
  problems: DocumentProblems,
  status: DocumentStatus,
): StoredKey<D> {
  // lowdb over the key; reading is the plan's job (it classifies the raw text), so the adapter only writes.
  const db = new LowSync<D>(
    {
      read: () => null,
      write: (doc: D) => {
        if (problems.isReadOnly || storage === null) throw readOnlyError(problems);
        storage.setItem(key, JSON.stringify(doc));
      },
    },
    document,
  );
  const keyed: StoredKey<D> = {
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
      try {
        db.write();
        problems.wrote();
      } catch (error) {
        problems.wrote(error);
        if (rollback) db.data = previous;
        throw error;
      }
    },
  };
  return keyed;
}
