/**
 * A scenario file whose references name JavaScript built-ins that are not there (a group `constructor`, a default
 * version `toString`) is refused with the JSON path, instead of Object.prototype's member passing for the entry and a
 * later lookup failing with an internal error (issue #13).
 */
import { describe, expect, it } from 'vitest';
import { welcomeWorld } from '../../../shared/world/samples';
import { parseScenario, serializeScenario } from '../../../shared/world/scenario/parse';
import { BUILTIN_NAMES } from './builtin-names';

const ACCOUNT = '111122223333';

/** The welcome scenario as JSON, edited by `edit`. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a scenario's JSON, edited freely
function scenarioWith(edit: (world: Record<string, any>) => void): string {
  const doc = JSON.parse(serializeScenario(welcomeWorld()));
  edit(doc.world);
  return JSON.stringify(doc);
}

describe.each(BUILTIN_NAMES.filter((n) => n !== '__proto__'))('a dangling reference named %s', (name) => {
  it('a user in a group that does not exist', () => {
    const text = scenarioWith((w) => void w.accounts[ACCOUNT].users.alice.groups.push(name));
    const r = parseScenario(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.diagnostics.map((d) => d.code)).toContain('scenario.dangling-reference');
  });

  it('an instance profile holding a role that does not exist', () => {
    const text = scenarioWith((w) => {
      const account = w.accounts[ACCOUNT];
      account.instanceProfiles.p = {
        name: 'p',
        path: '/',
        arn: `arn:aws:iam::${ACCOUNT}:instance-profile/p`,
        id: 'AIPAEXAMPLEEXAMPLE00',
        createDate: '2025-01-01T00:00:00Z',
        roles: [name],
      };
    });
    const r = parseScenario(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.diagnostics.map((d) => d.code)).toContain('scenario.dangling-reference');
  });
});
