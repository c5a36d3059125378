/**
 * What the host found when it opened its stored document. A corrupt document or one written by a newer version of
 * IAM Lab is never overwritten: it is moved aside to a backup, and the UI tells the user its name.
 */

/** Why the stored document was moved aside. */
export type BackupReason = 'corrupt' | 'newer-version';

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
}
