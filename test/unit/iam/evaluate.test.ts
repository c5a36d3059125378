import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../shared/iam/evaluate/evaluate';
import { REASON_CODES } from '../../../shared/iam/reasons';
import type { EvaluationRequest } from '../../../shared/iam/request';
import type { Decision } from '../../../shared/iam/request';
import data from './cases/evaluate.json';

interface Case {
  name: string;
  doc: string;
  request: EvaluationRequest;
  expect: { decision: Decision; reason?: string; sides?: { principal: Decision; resource: Decision }; errors?: number };
}

const FOCUS = process.env.IAM_CASE;
const known = new Set<string>(REASON_CODES);

describe('evaluate (data-driven flow cases)', () => {
  for (const c of data.cases as unknown as Case[]) {
    if (FOCUS && !c.name.includes(FOCUS)) continue;
    it(c.name, () => {
      const r = evaluate(c.request);
      expect(r.decision, c.doc).toBe(c.expect.decision);
      if (c.expect.reason) expect(r.reason).toBe(c.expect.reason);
      if (c.expect.sides) expect(r.sides).toEqual(c.expect.sides);
      if (c.expect.errors !== undefined) expect(r.errors).toHaveLength(c.expect.errors);
      // the trace is well-formed: seqs in order, parents are enters, every code known, one decision at the end
      const ev = r.trace.events;
      ev.forEach((e, i) => {
        expect(e.seq).toBe(i);
        if (e.parent !== null) expect(ev[e.parent].op).toBe('enter');
        expect(known.has(e.code), e.code).toBe(true);
      });
      expect(ev[ev.length - 1].op).toBe('decision');
      expect(ev[ev.length - 1].decisive).toBe(true);
      // same decision without the trace
      const quiet = evaluate(c.request, { trace: false });
      expect(quiet.decision).toBe(r.decision);
      expect(quiet.reason).toBe(r.reason);
      expect(quiet.trace.events).toHaveLength(0);
    });
  }
});

describe('evaluate is deterministic', () => {
  it('gives identical results twice', () => {
    const c = (data.cases as unknown as Case[])[10];
    expect(JSON.stringify(evaluate(c.request))).toBe(JSON.stringify(evaluate(c.request)));
  });
});
