/**
 * Differential check against @cloud-copilot/iam-simulate (devDependency, AGPL, test-only): every engine case it can
 * express must agree, or the disagreement must be listed and explained in test/engine/differential-known.json with
 * the AWS doc passage that decides it. A new, unexplained disagreement fails; so does a stale explanation.
 * `npx tsx test/engine/tools/differential.ts` rewrites docs/engine-differential.md.
 */
import { describe, expect, it } from 'vitest';
import { isRefusedMalformed, loadKnown, runDifferential } from './tools/differential';

describe('differential vs iam-simulate', () => {
  it('every disagreement is a known, explained one', async () => {
    const rows = await runDifferential();
    const ran = rows.filter((r) => !r.skip);
    const disagreements = ran
      .filter((r) => r.theirs !== r.ours && !isRefusedMalformed(r))
      .map((r) => ({ name: r.c.name, ours: r.ours, theirs: r.theirs }));
    const known = loadKnown();
    const knownKeys = new Set(known.map((k) => `${k.name}|${k.ours}|${k.theirs}`));
    const unexplained = disagreements.filter((d) => !knownKeys.has(`${d.name}|${d.ours}|${d.theirs}`));
    expect(
      unexplained,
      'new disagreements: read the AWS docs, then fix the case, report an engine bug, or explain it in differential-known.json',
    ).toEqual([]);
    const current = new Set(disagreements.map((d) => `${d.name}|${d.ours}|${d.theirs}`));
    const stale = known.filter((k) => !current.has(`${k.name}|${k.ours}|${k.theirs}`)).map((k) => k.name);
    expect(stale, 'explained disagreements that no longer occur: remove them from differential-known.json').toEqual([]);
    for (const k of known) {
      expect(k.passage.length, k.name).toBeGreaterThan(40);
      expect(k.doc, k.name).toMatch(/^https:\/\/docs\.aws\.amazon\.com\//);
    }
    // Most of the cases must actually run through both engines, or the comparison says little.
    expect(ran.length).toBeGreaterThan(rows.length * 0.85);
    expect(ran.filter((r) => r.theirs === r.ours).length).toBeGreaterThan(ran.length * 0.9);
  }, 120_000);
});
