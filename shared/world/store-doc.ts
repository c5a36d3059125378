/**
 * The persisted "worlds" document: the user's named worlds (sandboxes) and which one is open. Main persists it with
 * lowdb (atomic writes); the browser twin keeps it in browser storage. Everything here is pure: building, reading
 * (with migration) and editing the document. Each world is stored as a scenario document, so scenario migrations
 * apply to stored worlds too.
 *
 * CAUTION: this is a file format on the user's disk. Bump `WORLDS_DOC_VERSION` and add a step to `migrateWorldsDoc`
 * for any change. A document that fails to read must be moved aside by the host (never overwritten), and the user told.
 */
import type { ScenarioLayout } from './scenario/layout';
import {
  parseScenarioValue,
  scenarioDocument,
  type ScenarioDiagnostic,
  type ScenarioDocumentValue,
} from './scenario/parse';
import { welcomeWorld } from './samples/welcome';
import { isPrototypeName } from './ids';
import { own, putKey } from './own';
import type { World } from './types';

/** The `format` marker of the worlds document. */
export const WORLDS_DOC_FORMAT = 'iam-lab-worlds';
/** The version this build writes. */
export const WORLDS_DOC_VERSION = 1;

/** One stored world. */
export interface StoredWorld {
  id: string;
  name: string;
  createdAt: string;
  updatedAt: string;
  /** The world as a scenario document (`{format, version, world, layout?}`: the layout is the dragged positions). */
  scenario: ScenarioDocumentValue;
}

/** The whole persisted document. */
export interface WorldsDocument {
  format: typeof WORLDS_DOC_FORMAT;
  version: number;
  activeWorldId: string;
  worlds: Record<string, StoredWorld>;
}

/** Why a stored document could not be read; the host moves the file aside to a backup and tells the user. */
export type WorldsDocProblem =
  | { code: 'store.corrupt'; detail?: string }
  | { code: 'store.newer-version'; version: number }
  | { code: 'store.bad-world'; worldId: string; diagnostics: ScenarioDiagnostic[] };

/** A new document holding only the welcome world. `now` is the host's time (ISO), passed in. */
export function initialWorldsDocument(now: string): WorldsDocument {
  const world = welcomeWorld();
  return {
    format: WORLDS_DOC_FORMAT,
    version: WORLDS_DOC_VERSION,
    activeWorldId: 'welcome',
    worlds: {
      welcome: {
        id: 'welcome',
        name: world.meta.name,
        createdAt: now,
        updatedAt: now,
        scenario: scenarioDocument(world),
      },
    },
  };
}

/** Migrates older document versions (none exist yet before version 1). */
function migrateWorldsDoc(doc: Record<string, unknown>): Record<string, unknown> {
  return doc;
}

/** Reads a parsed document (after JSON.parse): checks format and version, migrates, and validates every world. */
export function readWorldsDocument(
  value: unknown,
): { ok: true; doc: WorldsDocument } | { ok: false; problem: WorldsDocProblem } {
  if (!value || typeof value !== 'object' || Array.isArray(value))
    return { ok: false, problem: { code: 'store.corrupt', detail: 'not an object' } };
  const raw = value as Record<string, unknown>;
  if (raw.format !== WORLDS_DOC_FORMAT) return { ok: false, problem: { code: 'store.corrupt', detail: 'format' } };
  if (typeof raw.version !== 'number') return { ok: false, problem: { code: 'store.corrupt', detail: 'version' } };
  if (raw.version > WORLDS_DOC_VERSION)
    return { ok: false, problem: { code: 'store.newer-version', version: raw.version } };
  const migrated = migrateWorldsDoc(raw);
  const worlds = migrated.worlds;
  if (!worlds || typeof worlds !== 'object' || Array.isArray(worlds))
    return { ok: false, problem: { code: 'store.corrupt', detail: 'worlds' } };
  const out = Object.create(null) as Record<string, StoredWorld>;
  for (const [id, entry] of Object.entries(worlds as Record<string, unknown>)) {
    const e = entry as Partial<StoredWorld> | null;
    if (!e || typeof e !== 'object' || typeof e.name !== 'string')
      return { ok: false, problem: { code: 'store.corrupt', detail: `worlds.${id}` } };
    const parsed = parseScenarioValue(e.scenario);
    if (!parsed.ok)
      return { ok: false, problem: { code: 'store.bad-world', worldId: id, diagnostics: parsed.diagnostics } };
    putKey(out, id, {
      id,
      name: e.name,
      createdAt: String(e.createdAt ?? ''),
      updatedAt: String(e.updatedAt ?? ''),
      scenario: scenarioDocument(parsed.world, parsed.layout),
    });
  }
  const ids = Object.keys(out);
  if (ids.length === 0) return { ok: false, problem: { code: 'store.corrupt', detail: 'no worlds' } };
  const active =
    typeof migrated.activeWorldId === 'string' && own(out, migrated.activeWorldId) ? migrated.activeWorldId : ids[0];
  return {
    ok: true,
    doc: { format: WORLDS_DOC_FORMAT, version: WORLDS_DOC_VERSION, activeWorldId: active, worlds: out },
  };
}

/**
 * A world id not yet used in the document, derived from a name (`my-sandbox`, `my-sandbox-2`, ...); never a name of
 * Object.prototype (`constructor` → `constructor-2`).
 */
export function freshWorldId(doc: WorldsDocument, name: string): string {
  const base =
    name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'world';
  let id = base;
  for (let n = 2; own(doc.worlds, id) || isPrototypeName(id); n++) id = `${base}-${n}`;
  return id;
}

/** Adds a world (with its graph layout, if any) under a fresh id and makes it active. */
export function addWorld(
  doc: WorldsDocument,
  name: string,
  world: World,
  now: string,
  layout?: ScenarioLayout,
): { doc: WorldsDocument; id: string } {
  const id = freshWorldId(doc, name);
  const scenario = scenarioDocument(world, layout);
  const stored: StoredWorld = { id, name, createdAt: now, updatedAt: now, scenario };
  return { id, doc: { ...doc, activeWorldId: id, worlds: { ...doc.worlds, [id]: stored } } };
}

/**
 * Replaces the world stored under `id` (after a command, undo, import, a drag...) together with its layout: the
 * caller sends both, so a world saved without a layout (after "Tidy") has none any more.
 */
export function putWorld(
  doc: WorldsDocument,
  id: string,
  world: World,
  now: string,
  layout?: ScenarioLayout,
): WorldsDocument {
  const current = own(doc.worlds, id);
  if (!current) return doc;
  const scenario = scenarioDocument(world, layout);
  return { ...doc, worlds: { ...doc.worlds, [id]: { ...current, updatedAt: now, scenario } } };
}

/** Renames a stored world. */
export function renameWorld(doc: WorldsDocument, id: string, name: string, now: string): WorldsDocument {
  const current = own(doc.worlds, id);
  if (!current) return doc;
  return { ...doc, worlds: { ...doc.worlds, [id]: { ...current, name, updatedAt: now } } };
}

/** Deletes a stored world; the last world cannot be deleted (returns the document unchanged). */
export function deleteWorld(doc: WorldsDocument, id: string): WorldsDocument {
  if (!own(doc.worlds, id) || Object.keys(doc.worlds).length <= 1) return doc;
  const worlds = { ...doc.worlds };
  delete worlds[id];
  const activeWorldId = doc.activeWorldId === id ? Object.keys(worlds)[0] : doc.activeWorldId;
  return { ...doc, activeWorldId, worlds };
}

/** Makes a stored world the active one. */
export function setActiveWorld(doc: WorldsDocument, id: string): WorldsDocument {
  return own(doc.worlds, id) ? { ...doc, activeWorldId: id } : doc;
}
