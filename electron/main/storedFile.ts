/**
 * What main's two stored documents (`iam-lab.json`, `worlds.json`) do the same way with their file: read it when it
 * exists, and move an unusable one aside to `<file>.backup-<time>.json` so nothing is silently replaced.
 */
import { readFile, rename } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { backupName } from '../../shared/ipc/appDocument';
import type { StoreStatus } from '../../shared/ipc/storeStatus';

/** Reads a file's text, or null when it does not exist. */
export async function readTextIfExists(path: string): Promise<string | null> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/** Why a stored document cannot be used, as the documents' classifiers say it. */
export type UnusableDocument = { kind: 'corrupt' } | { kind: 'newer-version'; foundVersion: number };

/**
 * Renames the unusable document at `path` to its backup name (stamped with `at`) in the same folder and returns the
 * backup as `store:status` reports it.
 */
export async function moveAside(
  path: string,
  verdict: UnusableDocument,
  at: Date,
): Promise<NonNullable<StoreStatus['backup']>> {
  const name = backupName(basename(path), at.toISOString());
  await rename(path, join(dirname(path), name));
  return verdict.kind === 'corrupt'
    ? { reason: 'corrupt', name }
    : { reason: 'newer-version', name, foundVersion: verdict.foundVersion };
}
