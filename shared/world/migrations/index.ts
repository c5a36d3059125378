/**
 * Scenario migrations: one function per step from version N to N+1, applied in order until the current version.
 * A file newer than this build is refused (never guessed at); a missing or non-integer version is refused too.
 */
import { migrateV0ToV1 } from './v0-to-v1';
import { migrateV1ToV2 } from './v1-to-v2';

/** The scenario version this build writes. */
export const CURRENT_SCENARIO_VERSION = 2;

/** Migration from version `n` (the key) to `n + 1`. */
export const MIGRATIONS: Record<number, (doc: Record<string, unknown>) => Record<string, unknown>> = {
  0: migrateV0ToV1,
  1: migrateV1ToV2,
};

/** Outcome of migrating a document. */
export type MigrationResult =
  | { ok: true; doc: Record<string, unknown>; from: number }
  | { ok: false; code: 'scenario.newer-version' | 'scenario.bad-version'; version: unknown };

/** Migrates a parsed scenario document to the current version. */
export function migrateScenario(doc: Record<string, unknown>): MigrationResult {
  const from = doc.version;
  if (typeof from !== 'number' || !Number.isInteger(from) || from < 0)
    return { ok: false, code: 'scenario.bad-version', version: from };
  if (from > CURRENT_SCENARIO_VERSION) return { ok: false, code: 'scenario.newer-version', version: from };
  let cur = doc;
  for (let v = from; v < CURRENT_SCENARIO_VERSION; v++) {
    const step = MIGRATIONS[v];
    if (!step) return { ok: false, code: 'scenario.bad-version', version: from };
    cur = step(cur);
  }
  return { ok: true, doc: cur, from };
}
