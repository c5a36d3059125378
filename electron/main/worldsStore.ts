/**
 * The worlds document (`worlds.json`) in the user-data folder, beside the app document and under the same discipline
 * (`storedFile.ts`): written atomically (a temporary `.worlds.json.tmp`, then a rename over the old file); an unusable
 * file (corrupt, or from a newer IAM Lab) or one with worlds that no longer validate is copied to
 * `worlds.json.backup-<time>.json` before anything is written, and `status`/`problems` say so. A temporary file left by
 * a write that was killed half-way is deleted on opening: the rename never happened, so `worlds.json` still holds the
 * previous complete document. Opening never throws.
 */
import { join } from 'node:path';
import type { StoreStatus } from '../../shared/ipc/storeStatus';
import type { DocumentProblems } from '../../shared/ipc/storedDocument';
import { classifyStoredWorlds } from '../../shared/ipc/worlds';
import type { WorldsDocumentHolder } from '../../shared/ipc/worldsService';
import { initialWorldsDocument, type WorldsDocument } from '../../shared/world/store-doc';
import { openStoredFile, type StoreFs } from './storedFile';

export { tempFileOf } from './storedFile';

/** The file name of the worlds document inside the user-data folder. */
export const WORLDS_FILE_NAME = 'worlds.json';

/** The status of the worlds document, as `store:status` reports it. */
export type WorldsStoreStatus = NonNullable<StoreStatus['worlds']>;

/** An opened worlds store: the document holder the `worlds:*` handlers use, and what was found on opening. */
export interface WorldsStore extends WorldsDocumentHolder {
  status: WorldsStoreStatus;
  problems: DocumentProblems;
  /** The file's path. */
  path: string;
}

/** Options for `openWorldsStore`; the clock and file system are injected so tests can pin names and inject faults. */
export interface OpenWorldsStoreOptions {
  /** The folder holding the document (Electron's `app.getPath('userData')`). */
  dir: string;
  /** Current time; defaults to the system clock. */
  now?: () => Date;
  fs?: StoreFs;
}

/** Opens (or creates, holding the welcome world) the worlds document by the shared discipline. Never throws. */
export async function openWorldsStore(options: OpenWorldsStoreOptions): Promise<WorldsStore> {
  const now = options.now ?? (() => new Date());
  const path = join(options.dir, WORLDS_FILE_NAME);
  const file = await openStoredFile<WorldsDocument>({
    document: 'worlds',
    path,
    classify: classifyStoredWorlds,
    fresh: () => initialWorldsDocument(now().toISOString()),
    // Compact JSON: a world holds large policy documents, and nobody edits this file by hand.
    stringify: (doc) => JSON.stringify(doc),
    now,
    fs: options.fs,
  });
  return {
    path,
    status: file.status,
    problems: file.problems,
    read: () => file.data,
    // A failed write keeps the previous document current: the renderer keeps the unsaved change and retries.
    commit: (doc) => file.write(doc, true),
    now: () => now().toISOString(),
  };
}
