/**
 * The engine cases: one `it` per JSON case, named `<topic> › <name>`. Focus one case (or a few) with
 * `IAM_CASE=<name-substring> npx vitest run test/engine/cases.test.ts`, a whole topic with `IAM_CASE=<topic>/`.
 */
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../shared/iam/index';
import { focus, freshRequest, loadAllCases } from './load-cases';

const all = loadAllCases();
const cases = focus(all);

describe('engine cases', () => {
  it('has at least 400 uniquely named cases, each citing an AWS doc page', () => {
    expect(all.length).toBeGreaterThanOrEqual(400);
    expect(new Set(all.map((c) => c.name)).size).toBe(all.length);
    for (const c of all) expect(c.docUrl, c.name).toMatch(/^https:\/\/docs\.aws\.amazon\.com\//);
  });

  for (const c of cases) {
    it(`${c.topic} › ${c.name}`, () => {
      const result = evaluate(freshRequest(c.request));
      const why = `${c.note}\n  doc: ${c.docUrl}\n  reason: ${result.reason}`;
      expect(result.decision, why).toBe(c.expect.decision);
      if (c.expect.decidedBy) {
        const got = result.decidedBy.map((r) => ({ policyId: r.policyId, statementIndex: r.statementIndex }));
        if (c.expect.decidedBy.length === 0) expect(got, why).toEqual([]);
        else for (const want of c.expect.decidedBy) expect(got, why).toContainEqual(want);
      }
      if (c.expect.reason) expect(result.reason, why).toBe(c.expect.reason);
      if (c.expect.sides) expect(result.sides, why).toEqual(c.expect.sides);
      if (c.expect.errors)
        expect(result.errors.map((e) => e.policyId).sort(), why).toEqual([...c.expect.errors].sort());
    });
  }
});
