/**
 * The worlds document (`worlds.json`) in the user-data folder, beside the app document and under the same rules:
 * lowdb writes it atomically (a temporary `.worlds.json.tmp`, then a rename over the old file), an unusable file (corrupt,
 * or from a newer IAM Lab) is renamed to `worlds.json.backup-<time>.json` before anything is written, and `status` says
 * so. A temporary file left by a write that was killed half-way is deleted on opening: the rename never happened, so
 * `worlds.json` still holds the previous complete document.
 */
import { rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { Low } from 'lowdb';
import { DataFile } from 'lowdb/node';
import type { StoreStatus } from '../../shared/ipc/storeStatus';
import { classifyStoredWorlds } from '../../shared/ipc/worlds';
import type { WorldsDocumentHolder } from '../../shared/ipc/worldsService';
import { initialWorldsDocument, type WorldsDocument } from '../../shared/world/store-doc';
import { moveAside, readTextIfExists } from './storedFile';

/** The file name of the worlds document inside the user-data folder. */
export const WORLDS_FILE_NAME = 'worlds.json';

/** The status of the worlds document, as `store:status` reports it. */
export type WorldsStoreStatus = NonNullable<StoreStatus['worlds']>;

/** An opened worlds store: the document holder the `worlds:*` handlers use, and what was found on opening. */
export interface WorldsStore extends WorldsDocumentHolder {
  status: WorldsStoreStatus;
  /** The file's path. */
  path: string;
}

/** Options for `openWorldsStore`; the clock is injected so tests can pin backup names and dates. */
export interface OpenWorldsStoreOptions {
  /** The folder holding the document (Electron's `app.getPath('userData')`). */
  dir: string;
  /** Current time; defaults to the system clock. */
  now?: () => Date;
}

/** The temporary file lowdb (steno) writes before renaming it over `path`. */
export function tempFileOf(path: string): string {
  return join(dirname(path), `.${basename(path)}.tmp`);
}

/** Opens (or creates, holding the welcome world) the worlds document, moving an unusable one aside first. */
export async function openWorldsStore(options: OpenWorldsStoreOptions): Promise<WorldsStore> {
  const now = options.now ?? (() => new Date());
  const path = join(options.dir, WORLDS_FILE_NAME);
  // A killed write leaves only its temporary file; the real file was never touched.
  await rm(tempFileOf(path), { force: true });
  const verdict = classifyStoredWorlds(await readTextIfExists(path));
  const status: WorldsStoreStatus = { location: path };
  let document: WorldsDocument;
  if (verdict.kind === 'usable') {
    document = verdict.document;
  } else {
    document = initialWorldsDocument(now().toISOString());
    if (verdict.kind !== 'missing') status.backup = await moveAside(path, verdict, now());
  }
  // Compact JSON: a world holds large policy documents, and nobody edits this file by hand.
  const db = new Low<WorldsDocument>(
    new DataFile<WorldsDocument>(path, { parse: JSON.parse, stringify: (d) => JSON.stringify(d) }),
    document,
  );
  db.data = document;
  if (verdict.kind !== 'usable') await db.write();
  return {
    path,
    status,
    read: () => db.data,
    async commit(doc) {
      const previous = db.data;
      db.data = doc;
      try {
        await db.write();
      } catch (error) {
        db.data = previous;
        throw error;
      }
    },
    now: () => now().toISOString(),
  };
}
