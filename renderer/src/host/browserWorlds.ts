/**
 * The browser twin's worlds document, in its own `localStorage` key (`iam-lab-worlds`) beside the app document, kept
 * by the same discipline (`storedKey.ts`) as main's `worlds.json`: an unusable document (corrupt, or from a newer IAM
 * Lab) or one with worlds that no longer validate is copied to `iam-lab-worlds.backup-<time>.json` before anything is
 * written, and reported; a write the browser refuses (storage quota) leaves the previous document in place and comes
 * back as a `worlds.write-failed` result.
 */
import type { StoreStatus } from '../../../shared/ipc/storeStatus';
import type { DocumentProblems } from '../../../shared/ipc/storedDocument';
import { classifyStoredWorlds } from '../../../shared/ipc/worlds';
import type { WorldsDocumentHolder } from '../../../shared/ipc/worldsService';
import { initialWorldsDocument, type WorldsDocument } from '../../../shared/world/store-doc';
import { openStoredKey, type StorageLike } from './storedKey';

/** The localStorage key holding the worlds document. */
export const BROWSER_WORLDS_KEY = 'iam-lab-worlds';

/** The twin's opened worlds document. */
export interface BrowserWorlds extends WorldsDocumentHolder {
  status: NonNullable<StoreStatus['worlds']>;
  problems: DocumentProblems;
}

/** Opens (or creates, holding the welcome world) the twin's worlds document by the shared discipline. Never throws. */
export function openBrowserWorlds(now: () => Date = () => new Date(), storage?: StorageLike | Error): BrowserWorlds {
  const keyed = openStoredKey<WorldsDocument>({
    document: 'worlds',
    key: BROWSER_WORLDS_KEY,
    classify: classifyStoredWorlds,
    fresh: () => initialWorldsDocument(now().toISOString()),
    now,
    storage,
  });
  return {
    status: keyed.status,
    problems: keyed.problems,
    read: () => keyed.data,
    // A refused write keeps the previous document current: the renderer keeps the unsaved change and retries.
    commit: (doc) => keyed.write(doc, true),
    now: () => now().toISOString(),
  };
}
