/**
 * The optional `layout` of scenario files (version 2): dragged graph positions travel with the world through a file
 * and back, bad values are refused with JSON paths, older files without it still load, and positions of nodes the world
 * no longer draws are dropped on load.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../../shared/graph';
import { CURRENT_SCENARIO_VERSION } from '../../../shared/world/migrations';
import { welcomeWorld } from '../../../shared/world/samples';
import { layoutFromPositions, positionsForNodes, type ScenarioLayout } from '../../../shared/world/scenario/layout';
import { parseScenario, parseScenarioValue, serializeScenario } from '../../../shared/world/scenario/parse';
import { readWorldFile } from '../../../renderer/src/files/worldFile';
import cases from './cases/layout-refusals.json';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
const ALICE = 'arn:aws:iam::111122223333:user/alice';
const DEVELOPERS = 'arn:aws:iam::111122223333:group/Developers';

/** A welcome-world scenario document with `layout` set to `value` (any JSON value). */
function docWithLayout(value: unknown): Record<string, unknown> {
  return { ...JSON.parse(serializeScenario(welcomeWorld())), layout: value };
}

describe('scenario layout', () => {
  it('writes version 2 and round-trips the positions with the world', () => {
    const layout: ScenarioLayout = { positions: { [ALICE]: { x: 12.5, y: -300 }, [DEVELOPERS]: { x: 0, y: 40 } } };
    const text = serializeScenario(welcomeWorld(), layout);
    expect(JSON.parse(text).version).toBe(2);
    expect(CURRENT_SCENARIO_VERSION).toBe(2);
    const parsed = parseScenario(text);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.world).toEqual(welcomeWorld());
    expect(parsed.layout).toEqual(layout);
    // Exported, read back and exported again: the same text (a teacher's arranged world survives sharing).
    expect(serializeScenario(parsed.world, parsed.layout)).toBe(text);
  });

  it('writes no layout field for a world nobody arranged', () => {
    const text = serializeScenario(welcomeWorld());
    expect(Object.keys(JSON.parse(text))).toEqual(['format', 'version', 'world']);
    const parsed = parseScenario(text);
    expect(parsed.ok && 'layout' in parsed).toBe(false);
  });

  it('reads the stored version-2 fixture with its layout', () => {
    const parsed = parseScenario(fixture('scenario-v2-welcome-layout.json'));
    expect(parsed).toMatchObject({ ok: true, migratedFrom: 2 });
    if (!parsed.ok) return;
    expect(parsed.world).toEqual(welcomeWorld());
    expect(parsed.layout?.positions[DEVELOPERS]).toEqual({ x: 310.5, y: 88 });
  });

  it.each([
    ['scenario-v1-welcome.json', 1],
    ['scenario-v0-welcome.json', 0],
  ])('still reads the older file %s (no layout)', (name, version) => {
    const parsed = parseScenario(fixture(name));
    expect(parsed).toMatchObject({ ok: true, migratedFrom: version });
    if (parsed.ok) expect(parsed.layout).toBeUndefined();
  });

  it('reads a version-1 document as version 2 (the migration only renumbers, so a layout there is checked too)', () => {
    const good = parseScenarioValue({ ...docWithLayout({ positions: { [ALICE]: { x: 1, y: 2 } } }), version: 1 });
    expect(good).toMatchObject({ ok: true, migratedFrom: 1, layout: { positions: { [ALICE]: { x: 1, y: 2 } } } });
    const bad = parseScenarioValue({ ...docWithLayout({ positions: { [ALICE]: { x: 'left', y: 2 } } }), version: 1 });
    expect(bad.ok).toBe(false);
  });

  for (const c of cases.cases) {
    it(`refuses ${c.name} at ${c.path}`, () => {
      const layout = JSON.parse(JSON.stringify(c.layout).replaceAll('"A"', JSON.stringify(ALICE)));
      const parsed = parseScenarioValue(docWithLayout(layout));
      expect(parsed.ok).toBe(false);
      if (parsed.ok) return;
      expect(parsed.diagnostics).toContainEqual(
        expect.objectContaining({ code: c.code, path: c.path.replace('.A', `.${ALICE}`) }),
      );
    });
  }

  it.each([
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['-Infinity', Number.NEGATIVE_INFINITY],
  ])('refuses a non-finite coordinate (%s) sent over IPC', (_name, x) => {
    const parsed = parseScenarioValue(docWithLayout({ positions: { [ALICE]: { x, y: 0 } } }));
    expect(parsed).toEqual({
      ok: false,
      diagnostics: [{ code: 'scenario.type', path: `layout.positions.${ALICE}.x`, expected: 'finite number' }],
    });
  });

  it('keeps on load only the positions of nodes the world draws', () => {
    const ids = buildGraph(welcomeWorld()).nodes.map((n) => n.id);
    const stored: ScenarioLayout = {
      positions: { [ALICE]: { x: 1, y: 2 }, 'arn:aws:iam::111122223333:user/gone': { x: 3, y: 4 } },
    };
    expect(positionsForNodes(stored, ids)).toEqual({ [ALICE]: { x: 1, y: 2 } });
    expect(positionsForNodes(undefined, ids)).toEqual({});
  });

  it('stores plain copies of dragged positions, and nothing when nothing was dragged', () => {
    expect(layoutFromPositions({})).toBeUndefined();
    const withExtra = { [ALICE]: Object.assign({ x: 5, y: 6 }, { extra: true }) };
    expect(layoutFromPositions(withExtra)).toEqual({ positions: { [ALICE]: { x: 5, y: 6 } } });
  });

  it('File → Open hands the arrangement of a scenario file on (exported, then opened by someone else)', () => {
    const layout: ScenarioLayout = { positions: { [ALICE]: { x: 3, y: 4 } } };
    const read = readWorldFile(serializeScenario(welcomeWorld(), layout), 'arranged.iam-lab.json');
    expect(read).toMatchObject({ ok: true, kind: 'scenario', layout });
    const plain = readWorldFile(serializeScenario(welcomeWorld()), 'plain.iam-lab.json');
    expect(plain.ok && 'layout' in plain).toBe(false);
  });
});
