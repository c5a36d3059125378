import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SAMPLE_WORLDS, welcomeWorld } from '../../../shared/world/samples';
import { parseScenario, serializeScenario, describeScenarioDiagnostic } from '../../../shared/world/scenario/parse';
import { scenarioJsonSchema } from '../../../shared/world/scenario/schema';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

describe('scenario files', () => {
  it('every sample world round-trips through a scenario file', () => {
    for (const s of SAMPLE_WORLDS) {
      const world = s.build();
      const parsed = parseScenario(serializeScenario(world));
      expect(parsed.ok, s.id).toBe(true);
      if (parsed.ok) expect(parsed.world).toEqual(world);
    }
  });

  it('reads the stored version-1 fixture', () => {
    const parsed = parseScenario(fixture('scenario-v1-welcome.json'));
    expect(parsed).toMatchObject({ ok: true, migratedFrom: 1 });
    if (parsed.ok) expect(parsed.world).toEqual(welcomeWorld());
  });

  it('migrates the stored version-0 fixture (now → clock, tag lists → maps)', () => {
    const parsed = parseScenario(fixture('scenario-v0-welcome.json'));
    expect(parsed).toMatchObject({ ok: true, migratedFrom: 0 });
    if (!parsed.ok) return;
    expect(parsed.world).toEqual(welcomeWorld());
    expect(parsed.world.accounts['111122223333'].users.alice.tags).toEqual({ team: 'web' });
  });

  const bad: Array<[string, string, string, string]> = [
    ['truncated file', fixture('scenario-v1-welcome.json').slice(0, 500), 'scenario.not-json', ''],
    ['random bytes', '\u0000\u00ff\u0013garbage{{', 'scenario.not-json', ''],
    ['not a scenario', '{"hello": 1}', 'scenario.not-a-scenario', 'format'],
    ['newer version', '{"format":"iam-lab-scenario","version":99,"world":{}}', 'scenario.newer-version', 'version'],
    ['missing version', '{"format":"iam-lab-scenario","world":{}}', 'scenario.bad-version', 'version'],
  ];
  for (const [name, text, code, path] of bad) {
    it(`refuses ${name}`, () => {
      const parsed = parseScenario(text);
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) expect(parsed.diagnostics[0]).toMatchObject({ code, path });
    });
  }

  it('refuses a dangling group reference whole, with its JSON path', () => {
    const doc = JSON.parse(serializeScenario(welcomeWorld()));
    doc.world.accounts['111122223333'].users.alice.groups.push('Ghosts');
    const parsed = parseScenario(JSON.stringify(doc));
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.diagnostics).toEqual([
      {
        code: 'scenario.dangling-reference',
        path: 'world.accounts.111122223333.users.alice.groups[1]',
        expected: 'a group of the account',
      },
    ]);
    expect(describeScenarioDiagnostic(parsed.diagnostics[0])).toContain('refers to something that does not exist');
  });

  it('refuses a wrong type and an unknown field with paths', () => {
    const doc = JSON.parse(serializeScenario(welcomeWorld()));
    doc.world.accounts['111122223333'].roles = { r: { name: 'r' } };
    doc.world.accounts['111122223333'].users.bob.shoeSize = 42;
    doc.world.clock = 'tomorrow';
    const parsed = parseScenario(JSON.stringify(doc));
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    const paths = parsed.diagnostics.map((d) => `${d.code} ${d.path}`);
    expect(paths).toContain('scenario.pattern world.clock');
    expect(paths).toContain('scenario.unknown-key world.accounts.111122223333.users.bob.shoeSize');
    expect(paths).toContain('scenario.missing world.accounts.111122223333.roles.r.trustPolicy');
  });

  it('docs/scenario.schema.json is the schema generated from the parser shapes', () => {
    const onDisk = JSON.parse(readFileSync(new URL('../../../docs/scenario.schema.json', import.meta.url), 'utf8'));
    expect(onDisk).toEqual(scenarioJsonSchema());
  });
});
