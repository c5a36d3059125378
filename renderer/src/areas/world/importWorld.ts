/**
 * Reads a file the user picked into a world: an IAM Lab scenario file, or the output of
 * `aws iam get-account-authorization-details`. Everything happens in this window; nothing is uploaded.
 */
import { importAuthzDetails } from '../../../../shared/world/authz/import';
import { describeScenarioDiagnostic, parseScenarioValue, SCENARIO_FORMAT } from '../../../../shared/world/scenario/parse';
import type { World } from '../../../../shared/world';

/** The outcome: a world and a sentence saying what was read, or the reasons it was refused. */
export type ImportOutcome = { ok: true; world: World; summary: string } | { ok: false; message: string };

/** Parses the text of a picked file. */
export function importWorldText(text: string, fileName: string): ImportOutcome {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, message: `${fileName} is not JSON.` };
  }
  if (value && typeof value === 'object' && (value as { format?: unknown }).format === SCENARIO_FORMAT) {
    const r = parseScenarioValue(value);
    if (!r.ok) return { ok: false, message: r.diagnostics.slice(0, 3).map(describeScenarioDiagnostic).join(' ') };
    return { ok: true, world: r.world, summary: `Opened scenario ${r.world.meta.name}.` };
  }
  const name = fileName.replace(/\.json$/i, '');
  const r = importAuthzDetails(value, { name });
  if (!r.ok) {
    const d = r.diagnostics[0];
    return { ok: false, message: `${fileName} could not be imported (${d.code}${d.path ? ` at ${d.path}` : ''}${r.diagnostics.length > 1 ? `, and ${r.diagnostics.length - 1} more` : ''}).` };
  }
  const s = r.stats;
  return {
    ok: true,
    world: r.world,
    summary: `Imported ${s.users} users, ${s.groups} groups, ${s.roles} roles and ${s.policies + s.awsManagedPolicies} policies from ${fileName}.`,
  };
}
