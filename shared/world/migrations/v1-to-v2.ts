/**
 * Version 1 → version 2. Version 2 adds the optional `layout` (dragged graph positions); every version-1 file is a
 * valid version-2 file, so only the version number changes. The bump exists because version-1 readers refuse the new
 * field (unknown key), and a newer file should be refused as newer, not as malformed.
 */

/** Migrates a version-1 scenario document to version 2 (a new object; the input is not changed). */
export function migrateV1ToV2(doc: Record<string, unknown>): Record<string, unknown> {
  return { ...doc, version: 2 };
}
