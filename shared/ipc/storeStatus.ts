/**
 * What the host found when it opened its stored document. A corrupt document or one written by a newer version of
 * IAM Lab is never overwritten: it is moved aside to a backup, and the UI tells the user its name.
 */

/** Why the stored document was moved aside. */
export type BackupReason = 'corrupt' | 'newer-version';

/** Which stored document a problem is about: the app document (settings, progress, packs) or the worlds. */
export type StoredDocumentName = 'app' | 'worlds';

/**
 * What went wrong with a stored document, and so what IAM Lab did:
 * - `corrupt` / `newer-version`: the whole document could not be used; a fresh one was started, the original is the backup;
 * - `entries-set-aside`: some entries could not be read; the others are in use, the original is the backup;
 * - `newer-section`: a part (the progress) was written by a newer IAM Lab; what this version understands is in use,
 *   the original is the backup;
 * - `unreadable`: the document could not even be read (permissions); it is left untouched and nothing is saved;
 * - `read-only`: nothing can be written (read-only folder, or no room for the backup); changes live in memory only;
 * - `write-failed`: the last save failed (disk or browser storage full); changes are kept in memory, a retry saves them.
 */
export type StoreProblemKind =
  'corrupt' | 'newer-version' | 'entries-set-aside' | 'newer-section' | 'unreadable' | 'read-only' | 'write-failed';

/** One problem with a stored document, as the notice shows it. */
export interface StoreProblem {
  document: StoredDocumentName;
  kind: StoreProblemKind;
  /** The document's file path (desktop) or `localStorage:<key>` (twin). */
  location: string;
  /** The untouched copy of what was found: a file name in the same folder, or a storage key. */
  backup?: string;
  /** JSON paths of entries set aside (`progress.lessons.iam-basics`). */
  entries?: string[];
  /** The version a newer document or part says it has. */
  foundVersion?: number;
  /** The system's own words (`ENOSPC: no space left on device`, `QuotaExceededError`). */
  detail?: string;
}

/** Result of `store:status`. */
export interface StoreStatus {
  /** Where the document lives: a file path in the desktop app, a storage key in the browser twin. */
  location: string;
  /** Set when the previous document could not be used and was moved aside. */
  backup?: {
    reason: BackupReason;
    /** File name (desktop) or storage key (twin) of the moved-aside copy. */
    name: string;
    /** The version found in a newer document, when known. */
    foundVersion?: number;
  };
  /**
   * The worlds document's own status (it is a sibling document: `worlds.json` beside the app document, or the
   * `iam-lab-worlds` storage key in the twin). Same rule: an unusable one is moved aside and named here.
   */
  worlds?: {
    location: string;
    backup?: StoreStatus['backup'];
  };
  /**
   * Every current problem with either document (empty or absent when all is well), including those found at start
   * and a save that is failing now. The notice lists them with what to do.
   */
  problems?: StoreProblem[];
}
