/**
 * The `worlds:*` channels: the user's named worlds (sandboxes), kept by the host in the worlds document
 * (`shared/world/store-doc.ts`) beside the app document. The renderer sends whole scenario documents; the host checks
 * them with the world's own scenario parser, so a stored world is always one that a scenario file could hold.
 *
 * CAUTION: part of the IPC contract. Change additively.
 */
import { parseScenarioValue, scenarioDocument, type ScenarioDocumentValue } from '../world/scenario/parse';
import { readWorldsDocument, type WorldsDocProblem, type WorldsDocument } from '../world/store-doc';
import { own } from '../world/own';
import { isRecord } from './parse';
import { fail, ok, type Result } from './result';

/**
 * A world as the renderer sends and receives it: a scenario document of the current version, with the positions the
 * user dragged in the graph (`layout`, optional: absent when nothing was dragged).
 */
export type ScenarioDocument = ScenarioDocumentValue;

/** One line of the sandbox picker: what the world is called and how big it is. */
export interface WorldSummary {
  id: string;
  name: string;
  createdAt: string;
  updatedAt: string;
  accounts: number;
  users: number;
  roles: number;
}

/** Every stored world (oldest first) and which one is open. */
export interface WorldsIndex {
  activeWorldId: string;
  worlds: WorldSummary[];
}

/** The answer of the channels that change which world is open: the new index and the open world itself. */
export interface OpenedWorld {
  index: WorldsIndex;
  id: string;
  scenario: ScenarioDocument;
}

/** `worlds:create` argument: the new sandbox's name and its first content. */
export interface NewWorldRequest {
  name: string;
  scenario: ScenarioDocument;
}

/** The longest sandbox name accepted. */
export const MAX_WORLD_NAME = 60;

/** The summary of one stored world (counts over every account). */
export function summarizeWorld(doc: WorldsDocument, id: string): WorldSummary {
  const stored = own(doc.worlds, id)!;
  const accounts = Object.values(stored.scenario.world.accounts);
  const count = (pick: (a: (typeof accounts)[number]) => object) =>
    accounts.reduce((n, a) => n + Object.keys(pick(a)).length, 0);
  return {
    id,
    name: stored.name,
    createdAt: stored.createdAt,
    updatedAt: stored.updatedAt,
    accounts: accounts.length,
    users: count((a) => a.users),
    roles: count((a) => a.roles),
  };
}

/** The index of a document: worlds in creation order (ties by name), and the open one. */
export function worldsIndex(doc: WorldsDocument): WorldsIndex {
  const worlds = Object.keys(doc.worlds)
    .map((id) => summarizeWorld(doc, id))
    .sort((a, b) => (a.createdAt === b.createdAt ? a.name.localeCompare(b.name) : a.createdAt < b.createdAt ? -1 : 1));
  return { activeWorldId: doc.activeWorldId, worlds };
}

/** What the stored text of the worlds document turned out to be (the host acts on it; see `docs/persistence.md`). */
export type StoredWorldsVerdict =
  | { kind: 'missing' }
  | { kind: 'usable'; document: WorldsDocument; setAside?: string[] }
  | { kind: 'corrupt'; detail: string }
  | { kind: 'newer-version'; foundVersion: number };

/** The id of the one stored world a refusal of `readWorldsDocument` is about, if it is about one. */
function refusedWorldId(problem: WorldsDocProblem): string | null {
  if (problem.code === 'store.bad-world') return problem.worldId;
  if (problem.code === 'store.corrupt' && problem.detail?.startsWith('worlds.')) return problem.detail.slice(7);
  return null;
}

/**
 * Classifies the raw stored text (null when nothing is stored). World by world: a stored world that no longer
 * validates is set aside (listed in `setAside`; the host keeps the original in a backup) and the others are kept.
 * Anything else `readWorldsDocument` refuses — bad JSON, wrong format, no world left — is corrupt, except a newer
 * version, which is reported as such.
 */
export function classifyStoredWorlds(text: string | null): StoredWorldsVerdict {
  if (text === null) return { kind: 'missing' };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { kind: 'corrupt', detail: 'not JSON' };
  }
  const setAside: string[] = [];
  for (;;) {
    const read = readWorldsDocument(value);
    if (read.ok)
      return setAside.length > 0
        ? { kind: 'usable', document: read.doc, setAside }
        : { kind: 'usable', document: read.doc };
    const p = read.problem;
    if (p.code === 'store.newer-version') return { kind: 'newer-version', foundVersion: p.version };
    const id = refusedWorldId(p);
    if (id === null || !isRecord(value) || !isRecord(value.worlds) || !Object.hasOwn(value.worlds, id))
      return {
        kind: 'corrupt',
        detail: id !== null ? `world ${id}` : ((p.code === 'store.corrupt' ? p.detail : undefined) ?? 'unreadable'),
      };
    const worlds = { ...value.worlds };
    delete worlds[id];
    setAside.push(`worlds.${id}`);
    value = { ...value, worlds };
  }
}

const argCount = (args: readonly unknown[], n: number): Result<never> | null =>
  args.length === n
    ? null
    : fail('ipc.bad-argument', `Expected ${n} argument${n === 1 ? '' : 's'}, got ${args.length}.`, 'args');

/** Checks a world id (the ids `freshWorldId` makes: lowercase letters, digits and dashes). */
export function parseWorldId(value: unknown, path: string): Result<string> {
  if (typeof value !== 'string' || !/^[a-z0-9][a-z0-9-]{0,99}$/.test(value))
    return fail('ipc.bad-argument', 'A world id is lowercase letters, digits and dashes.', path);
  return ok(value);
}

/** Checks a sandbox name: 1 to 60 characters after trimming, no control characters. Returns it trimmed. */
export function parseWorldName(value: unknown, path: string): Result<string> {
  if (typeof value !== 'string') return fail('ipc.bad-argument', 'A world name must be text.', path);
  const name = value.trim();
  if (name.length === 0) return fail('worlds.bad-name', 'A world needs a name.', path);
  if (name.length > MAX_WORLD_NAME)
    return fail('worlds.bad-name', `A world name has at most ${MAX_WORLD_NAME} characters.`, path);
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(name))
    return fail('worlds.bad-name', 'A world name cannot hold control characters.', path);
  return ok(name);
}

/**
 * Checks a scenario document with the world's parser (migrating older versions) and returns the current version,
 * layout included (a bad layout refuses the document like any other shape problem).
 */
export function parseScenarioArg(value: unknown, path: string): Result<ScenarioDocument> {
  const parsed = parseScenarioValue(value);
  if (!parsed.ok) {
    const d = parsed.diagnostics[0];
    const where = d.path === '' ? path : `${path}.${d.path}`;
    return fail('worlds.bad-scenario', `The world is not a valid scenario (${d.code}).`, where);
  }
  return ok(scenarioDocument(parsed.world, parsed.layout));
}

/** Parses `[id?]` for `worlds:open` (no id: the active world). */
export function parseOpenWorldArgs(args: readonly unknown[]): Result<[id?: string]> {
  if (args.length === 0 || (args.length === 1 && args[0] === undefined)) return ok([]);
  const bad = argCount(args, 1);
  if (bad) return bad;
  const id = parseWorldId(args[0], 'args[0]');
  return id.ok ? ok([id.value]) : id;
}

/** Parses `[request]` for `worlds:create`. */
export function parseCreateWorldArgs(args: readonly unknown[]): Result<[NewWorldRequest]> {
  const bad = argCount(args, 1);
  if (bad) return bad;
  const req = args[0];
  if (!isRecord(req)) return fail('ipc.bad-argument', 'The request must be an object.', 'args[0]');
  const extra = Object.keys(req).find((k) => k !== 'name' && k !== 'scenario');
  if (extra) return fail('ipc.bad-argument', `Unknown field "${extra}".`, `args[0].${extra}`);
  const name = parseWorldName(req.name, 'args[0].name');
  if (!name.ok) return name;
  const scenario = parseScenarioArg(req.scenario, 'args[0].scenario');
  if (!scenario.ok) return scenario;
  return ok([{ name: name.value, scenario: scenario.value }]);
}

/** Parses `[id, scenario]` for `worlds:save`. */
export function parseSaveWorldArgs(args: readonly unknown[]): Result<[id: string, scenario: ScenarioDocument]> {
  const bad = argCount(args, 2);
  if (bad) return bad;
  const id = parseWorldId(args[0], 'args[0]');
  if (!id.ok) return id;
  const scenario = parseScenarioArg(args[1], 'args[1]');
  return scenario.ok ? ok([id.value, scenario.value]) : scenario;
}

/** Parses `[id, name]` for `worlds:rename` and `worlds:duplicate`. */
export function parseWorldIdNameArgs(args: readonly unknown[]): Result<[id: string, name: string]> {
  const bad = argCount(args, 2);
  if (bad) return bad;
  const id = parseWorldId(args[0], 'args[0]');
  if (!id.ok) return id;
  const name = parseWorldName(args[1], 'args[1]');
  return name.ok ? ok([id.value, name.value]) : name;
}

/** Parses `[id]` for `worlds:delete`. */
export function parseWorldIdArgs(args: readonly unknown[]): Result<[id: string]> {
  const bad = argCount(args, 1);
  if (bad) return bad;
  const id = parseWorldId(args[0], 'args[0]');
  return id.ok ? ok([id.value]) : id;
}
