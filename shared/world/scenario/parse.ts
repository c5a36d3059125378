/**
 * Reading and writing scenario files. `parseScenario(text)` accepts a file whole or refuses it whole: bad JSON,
 * wrong format, a version newer than this build, any shape problem or dangling reference — each reported with the
 * JSON path and a code. `serializeScenario(world, layout?)` writes the current version; the optional `layout` (dragged
 * graph positions, see `./layout`) travels beside the world, never inside it.
 *
 * CAUTION: the scenario file is a public format (`docs/scenario.schema.json`). Bump the version and add a migration
 * for any change that old readers would not accept.
 */
import { CURRENT_SCENARIO_VERSION, migrateScenario } from '../migrations';
import type { World } from '../types';
import { checkIntegrity } from './integrity';
import type { ScenarioLayout } from './layout';
import { validateShape, type ShapeDiagnostic } from './shape';
import { SCENARIO_SHAPE } from './world-shape';

/** The `format` marker of scenario files. */
export const SCENARIO_FORMAT = 'iam-lab-scenario';

/** A problem with a scenario file. `path` is a JSON path (empty for the whole file). */
export type ScenarioDiagnostic = ShapeDiagnostic;

/** The outcome of reading a scenario file; `layout` only when the file has one. */
export type ParseScenarioResult =
  | { ok: true; world: World; migratedFrom: number; layout?: ScenarioLayout }
  | { ok: false; diagnostics: ScenarioDiagnostic[] };

/** A scenario document of the current version, as written and as stored for a sandbox. */
export interface ScenarioDocumentValue {
  format: string;
  version: number;
  world: World;
  layout?: ScenarioLayout;
}

/** Validates an already-parsed scenario document (after JSON.parse). */
export function parseScenarioValue(value: unknown): ParseScenarioResult {
  const fail = (code: string, path = '', expected?: string): ParseScenarioResult => ({
    ok: false,
    diagnostics: [expected === undefined ? { code, path } : { code, path, expected }],
  });
  if (!value || typeof value !== 'object' || Array.isArray(value)) return fail('scenario.type', '', 'object');
  const doc = value as Record<string, unknown>;
  if (doc.format !== SCENARIO_FORMAT) return fail('scenario.not-a-scenario', 'format', SCENARIO_FORMAT);
  const migrated = migrateScenario(doc);
  if (!migrated.ok) return fail(migrated.code, 'version', String(CURRENT_SCENARIO_VERSION));
  const diagnostics: ShapeDiagnostic[] = [];
  validateShape(migrated.doc, SCENARIO_SHAPE, '', diagnostics);
  if (diagnostics.length > 0) return { ok: false, diagnostics };
  const world = migrated.doc.world as World;
  const integrity = checkIntegrity(world);
  if (integrity.length > 0) return { ok: false, diagnostics: integrity };
  const layout = migrated.doc.layout as ScenarioLayout | undefined;
  return layout === undefined
    ? { ok: true, world, migratedFrom: migrated.from }
    : { ok: true, world, migratedFrom: migrated.from, layout };
}

/** Parses scenario text. JSON syntax errors are reported with the parser's position. */
export function parseScenario(text: string): ParseScenarioResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    const position = /position (\d+)/.exec(String((e as Error).message))?.[1];
    return {
      ok: false,
      diagnostics: [
        {
          code: 'scenario.not-json',
          path: '',
          ...(position ? { expected: `valid JSON (error at character ${position})` } : {}),
        },
      ],
    };
  }
  return parseScenarioValue(value);
}

/** The scenario document for a world (current version), with its layout when there is one. */
export function scenarioDocument(world: World, layout?: ScenarioLayout): ScenarioDocumentValue {
  const doc: ScenarioDocumentValue = { format: SCENARIO_FORMAT, version: CURRENT_SCENARIO_VERSION, world };
  if (layout !== undefined) doc.layout = layout;
  return doc;
}

/** Writes a world (and its layout, if any) as scenario text (pretty JSON, trailing newline). */
export function serializeScenario(world: World, layout?: ScenarioLayout): string {
  return `${JSON.stringify(scenarioDocument(world, layout), null, 2)}\n`;
}

/** A one-line explanation of a scenario diagnostic, for the CLI and the import dialog. */
export function describeScenarioDiagnostic(d: ScenarioDiagnostic): string {
  const where = d.path === '' ? 'the file' : d.path;
  const reasons: Record<string, string> = {
    'scenario.not-json': 'is not valid JSON',
    'scenario.not-a-scenario': 'is not an IAM Lab scenario (format must be "iam-lab-scenario")',
    'scenario.newer-version': 'was written by a newer IAM Lab (version is newer than this build reads)',
    'scenario.bad-version': 'has an unknown version',
    'scenario.type': 'has the wrong type',
    'scenario.missing': 'is missing',
    'scenario.unknown-key': 'is not a known field',
    'scenario.pattern': 'does not have the expected form',
    'scenario.enum': 'is not one of the allowed values',
    'scenario.range': 'is out of range',
    'scenario.const': 'has the wrong value',
    'scenario.dangling-reference': 'refers to something that does not exist',
    'scenario.key-mismatch': 'does not match its key',
    'scenario.limit': 'exceeds an AWS limit',
    'authz.not-authz-details': 'is not what get-account-authorization-details prints',
    'authz.name-invalid': 'is not a name AWS accepts',
    'authz.name-duplicate': 'repeats a name',
    'authz.path-invalid': 'is not an IAM path',
    'authz.tags-invalid': 'breaks an AWS tag rule',
  };
  const reason = Object.hasOwn(reasons, d.code) ? reasons[d.code] : d.code;
  return `${where} ${reason}${d.expected ? ` (expected ${d.expected})` : ''}`;
}
