/**
 * Reads a file the user opened into a world, whole or not at all: an IAM Lab scenario file (any version this build
 * migrates), or the output of `aws iam get-account-authorization-details`, told apart by their content. A refusal
 * names the JSON path and the reason; nothing is ever half-loaded. Pure (no DOM), so unit tests run it in Node.
 */
import { importAuthzDetails } from '../../../shared/world/authz/import';
import { describeScenarioDiagnostic, parseScenarioValue, SCENARIO_FORMAT, type ScenarioDiagnostic } from '../../../shared/world/scenario/parse';
import type { ScenarioLayout } from '../../../shared/world/scenario/layout';
import type { World } from '../../../shared/world/types';
import { CURRENT_SCENARIO_VERSION } from '../../../shared/world/migrations';

/** What kind of file it was. */
export type WorldFileKind = 'scenario' | 'authz-details';

/** A world read from a file, with one sentence saying what was read. */
export interface WorldFileLoaded {
  ok: true;
  kind: WorldFileKind;
  world: World;
  summary: string;
  /** A scenario file's graph arrangement (dragged positions), when it has one. */
  layout?: ScenarioLayout;
}

/** A refusal: one sentence (file name, JSON path, reason), the path alone for tests, and how many problems there were. */
export interface WorldFileRefused {
  ok: false;
  message: string;
  path: string;
  count: number;
}

/** The outcome of reading a world file. */
export type WorldFileResult = WorldFileLoaded | WorldFileRefused;

/** The sentence shown where real-account data is imported. */
export const PRIVACY_NOTE = 'The file was read in this window; its data stays on this machine.';

/** Top-level keys of a get-account-authorization-details answer. */
const AUTHZ_KEYS = ['UserDetailList', 'GroupDetailList', 'RoleDetailList', 'Policies'];

/** True when a parsed JSON value looks like get-account-authorization-details output. */
export function looksLikeAuthzDetails(value: unknown): boolean {
  return !!value && typeof value === 'object' && !Array.isArray(value) && AUTHZ_KEYS.some((k) => Object.hasOwn(value, k));
}

function refuse(fileName: string, diagnostics: ScenarioDiagnostic[]): WorldFileRefused {
  const first = diagnostics[0];
  const more = diagnostics.length > 1 ? ` (and ${diagnostics.length - 1} more problem${diagnostics.length > 2 ? 's' : ''})` : '';
  return {
    ok: false,
    message: `${fileName} was not opened: ${describeScenarioDiagnostic(first)}${more}. Nothing was changed.`,
    path: first.path,
    count: diagnostics.length,
  };
}

/** Reads the text of a file the user chose. */
export function readWorldFile(text: string, fileName: string): WorldFileResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    const at = /position (\d+)/.exec(String((e as Error).message))?.[1];
    return refuse(fileName, [{ code: 'scenario.not-json', path: '', ...(at ? { expected: `valid JSON (error at character ${at})` } : {}) }]);
  }
  if (looksLikeAuthzDetails(value)) {
    const name = fileName.replace(/\.json$/i, '');
    const r = importAuthzDetails(value, { name });
    if (!r.ok) return refuse(fileName, r.diagnostics);
    const s = r.stats;
    return {
      ok: true,
      kind: 'authz-details',
      world: r.world,
      summary: `Imported ${s.users} users, ${s.groups} groups, ${s.roles} roles and ${s.policies + s.awsManagedPolicies} policies (${s.policies} customer managed, ${s.awsManagedPolicies} AWS managed) from ${fileName}. ${PRIVACY_NOTE}`,
    };
  }
  const r = parseScenarioValue(value);
  // Neither kind refuses with what a scenario needs (its format marker), the likelier intent.
  if (!r.ok) return refuse(fileName, r.diagnostics);
  const migrated = r.migratedFrom < CURRENT_SCENARIO_VERSION ? ` It was written by an earlier IAM Lab (version ${r.migratedFrom}) and was upgraded.` : '';
  const summary = `Opened ${r.world.meta.name} from ${fileName}.${migrated}`;
  return { ok: true, kind: 'scenario', world: r.world, summary, ...(r.layout ? { layout: r.layout } : {}) };
}

/** A file name for a world: its name in lower-case words, then `.iam-lab.json`. */
export function scenarioFileName(world: World): string {
  const slug = world.meta.name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60);
  return `${slug || 'world'}.iam-lab.json`;
}

/** The world's entity count (users, groups, roles, policies, resources, ...) for "same world" checks and summaries. */
export function entityCount(world: World): number {
  let n = 0;
  for (const account of Object.values(world.accounts)) {
    for (const value of Object.values(account)) {
      if (value && typeof value === 'object' && !Array.isArray(value)) n += Object.keys(value).length;
    }
  }
  return n;
}

export { SCENARIO_FORMAT };
