/**
 * Reuse by content: a fresh copy of a policy seen before (a new request parsed from JSON, a world reloaded) reuses the
 * findings and the parsed and compiled form of the first, and must give exactly what working it out anew gives.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../shared/iam/evaluate/evaluate';
import { forgetLoadedDocuments } from '../../../shared/iam/evaluate/load';
import { documentKey, documentSlot } from '../../../shared/iam/json/document-key';
import type { EvaluationRequest, JsonValue } from '../../../shared/iam/request';
import { forgetValidatedDocuments, validatePolicy, validatePolicyDocument } from '../../../shared/iam/validate/index';
import { loadAllCases } from '../../engine/load-cases';

const copy = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;
const cases = loadAllCases(join(import.meta.dirname, '..', '..', 'engine', 'cases'));

describe('evaluation of fresh copies', () => {
  it(`gives the same result, trace included, for every engine case (${cases.length})`, () => {
    for (const c of cases) {
      const first = evaluate(copy(c.request));
      const again = evaluate(copy(c.request));
      forgetLoadedDocuments();
      const anew = evaluate(copy(c.request));
      expect(again, c.name).toEqual(first);
      expect(anew, c.name).toEqual(first);
    }
  });

  const doc = {
    Version: '2012-10-17',
    Statement: [{ Sid: 'Read', Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }],
  };
  const request = (id: string, name?: string): EvaluationRequest => ({
    principal: { kind: 'user', account: '111122223333', arn: 'arn:aws:iam::111122223333:user/ana' },
    action: 's3:GetObject',
    resource: { arn: 'arn:aws:s3:::b/k', account: '111122223333' },
    policies: { identity: [name === undefined ? { id, document: copy(doc) } : { id, name, document: copy(doc) }] },
  });

  it('names the policy of each request, not of the first one with the same content', () => {
    expect(evaluate(request('arn:aws:iam::111122223333:policy/A')).decidedBy[0]!.policyId).toBe(
      'arn:aws:iam::111122223333:policy/A',
    );
    expect(evaluate(request('arn:aws:iam::111122223333:policy/B')).decidedBy[0]!.policyId).toBe(
      'arn:aws:iam::111122223333:policy/B',
    );
  });

  it('tells statements apart by the policy name the request gives', () => {
    const named = (name: string) =>
      evaluate(request('p', name)).trace.events.find((e) => e.data?.name !== undefined)?.data?.name;
    expect(named('First')).toBe('First');
    expect(named('Second')).toBe('Second');
  });
});

describe('document keys', () => {
  it('are the compact JSON, one slot per object', () => {
    const a = { Version: '2012-10-17', Statement: [] as JsonValue[] };
    expect(documentKey(a)).toBe('{"Version":"2012-10-17","Statement":[]}');
    expect(documentSlot(a)).toBe(documentSlot(a));
    expect(documentKey(copy(a))).toBe(documentKey(a));
    expect(documentKey('text')).toBe('"text"');
  });

  it('leave no trace a reader of the document can see', () => {
    const a = { Version: '2012-10-17', Statement: [] as JsonValue[] };
    documentKey(a);
    expect(Object.keys(a)).toEqual(['Version', 'Statement']);
    expect(JSON.stringify(a)).toBe('{"Version":"2012-10-17","Statement":[]}');
    expect(structuredClone(a)).toEqual({ Version: '2012-10-17', Statement: [] });
    expect(Object.getOwnPropertySymbols(structuredClone(a))).toHaveLength(0);
  });

  it('work for frozen documents and for proxies that refuse new properties', () => {
    const frozen = Object.freeze({ Version: '2012-10-17', Statement: [] as JsonValue[] });
    expect(documentSlot(frozen)).toBe(documentSlot(frozen));
    const refusing = new Proxy(
      { Version: '2012-10-17', Statement: [] as JsonValue[] },
      {
        defineProperty() {
          throw new Error('state descriptors are fixed');
        },
      },
    );
    expect(documentSlot(refusing)).toBe(documentSlot(refusing));
    expect(documentKey(refusing)).toBe('{"Version":"2012-10-17","Statement":[]}');
  });
});

describe('validation of document values', () => {
  const wide = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] };

  it('reuses findings by content, as fresh arrays of frozen findings', () => {
    forgetValidatedDocuments();
    const first = validatePolicyDocument(copy(wide), 'identity');
    expect(first.length).toBeGreaterThan(0);
    first.pop();
    const again = validatePolicyDocument(copy(wide), 'identity');
    expect(again).toHaveLength(first.length + 1);
    expect(Object.isFrozen(again[0])).toBe(true);
    expect(again).toEqual(validatePolicy(JSON.stringify(wide, null, 2), 'identity'));
  });

  it('keeps kinds apart: the same document as a resource policy needs a Principal', () => {
    const asResource = validatePolicyDocument(copy(wide), 'resource').map((f) => f.code);
    const asIdentity = validatePolicyDocument(copy(wide), 'identity').map((f) => f.code);
    expect(asResource).toContain('statement.missing-principal');
    expect(asIdentity).not.toContain('statement.missing-principal');
  });

  it('takes a string as the policy text, duplicate keys included', () => {
    const text = '{"Version":"2012-10-17","Version":"2012-10-17","Statement":[]}';
    expect(validatePolicyDocument(text, 'identity').map((f) => f.code)).toContain('json.duplicate-key');
  });

  it('points at the pretty-printed document', () => {
    const bad = { Version: '2012-10-17', Statement: [{ Effect: 'Permit', Action: 's3:GetObject', Resource: '*' }] };
    const f = validatePolicyDocument(bad, 'identity').find((x) => x.code === 'statement.effect-invalid')!;
    expect(JSON.stringify(bad, null, 2).split('\n')[f.line - 1]).toContain('"Effect": "Permit"');
  });
});
