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

describe('skipped policies are reported where they play', () => {
  it('an unparseable SCP shows in the explicit-deny gate and in its org level', () => {
    const r = evaluate({
      principal: {
        kind: 'user',
        account: '111111111111',
        arn: 'arn:aws:iam::111111111111:user/a',
        org: { orgId: 'o-1' },
      },
      action: 's3:GetObject',
      resource: { arn: '*' },
      policies: {
        identity: [{ id: 'p', document: { Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] } }],
        scps: [
          {
            level: 'root',
            id: 'r-1',
            policies: [{ id: 'full', document: { Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] } }],
          },
          { level: 'ou', id: 'ou-1', policies: [{ id: 'broken', document: '{' }] },
        ],
      },
    });
    expect(r.decision).toBe('implicitDeny');
    expect(r.errors).toEqual([{ policyId: 'broken', policyKind: 'scp', code: 'parse.json.invalid', level: 'ou-1' }]);
    const pe = r.trace.events.filter((e) => e.code === 'policy.parse-error');
    expect(pe.map((e) => e.gate)).toEqual(['explicit-deny', 'scp']);
    const level = r.trace.events[pe[1].parent!];
    expect(level.code).toBe('level.enter');
    expect(level.data?.id).toBe('ou-1');
  });
});
