/**
 * The request checker: every engine case request (test/engine/cases/*.json) passes it, docs/request.schema.json
 * agrees on the field names, and broken requests get diagnostics naming the JSON path.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkRequest } from '../../../shared/iam/request-check';
import type { JsonValue } from '../../../shared/iam/request';

const root = join(import.meta.dirname, '../../..');

function caseFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? caseFiles(p) : n.endsWith('.json') ? [p] : [];
  });
}

describe('request checker over the engine cases', () => {
  const files = caseFiles(join(root, 'test/engine/cases'));
  it('finds the case files (may be none early on)', () => {
    expect(Array.isArray(files)).toBe(true);
  });
  for (const f of files) {
    it(`every request in ${f.slice(root.length + 1)} is well-formed`, () => {
      const data = JSON.parse(readFileSync(f, 'utf8')) as { cases?: Array<{ name: string; request: JsonValue }> };
      for (const c of data.cases ?? []) {
        const errors = checkRequest(c.request).filter((d) => d.severity === 'error');
        expect(errors, `${c.name}: ${JSON.stringify(errors)}`).toEqual([]);
      }
    });
  }
});

describe('checkRequest', () => {
  const base = {
    principal: {
      kind: 'role-session',
      account: '111122223333',
      roleArn: 'arn:aws:iam::111122223333:role/r',
      sessionName: 's',
    },
    action: 's3:GetObject',
    resource: { arn: 'arn:aws:s3:::b/k', account: '111122223333' },
    policies: { identity: [{ id: 'p', document: '{}' }], scps: [{ level: 'root', id: 'r-abcd', policies: [] }] },
  };
  it('accepts a complete request', () => {
    expect(checkRequest(base as unknown as JsonValue)).toEqual([]);
  });
  it.each([
    [{ ...base, action: 5 }, 'request.invalid', 'action', 'a string'],
    [{ ...base, principal: { ...base.principal, kind: 'robot' } }, 'request.invalid', 'principal.kind', undefined],
    [
      { ...base, principal: { ...base.principal, account: '1234' } },
      'request.invalid',
      'principal.account',
      'a 12-digit account id in a string',
    ],
    [
      { ...base, policies: { identity: [{ id: 'p' }] } },
      'request.invalid',
      'policies.identity[0]',
      'an object with id and document',
    ],
    [
      { ...base, policies: { identity: [{ id: 'p', document: 3 }] } },
      'request.invalid',
      'policies.identity[0].document',
      undefined,
    ],
    [
      { ...base, policies: { scps: [{ level: 'org', id: 'x', policies: [] }] } },
      'request.invalid',
      'policies.scps[0].level',
      undefined,
    ],
    [{ ...base, now: 'tomorrow' }, 'request.invalid', 'now', undefined],
    [{ ...base, context: { 'aws:SourceIp': { a: 1 } } }, 'request.invalid', 'context.aws:SourceIp', undefined],
    [{ ...base, context: { 'aws:username': 'x' } }, 'request.derived-context-key', 'context.aws:username', undefined],
    [{ ...base, policy: {} }, 'request.unknown-field', 'policy', undefined],
  ])('%# reports %s at %s', (req, code, path, expected) => {
    const d = checkRequest(req as unknown as JsonValue);
    expect(d).toContainEqual(expect.objectContaining({ code, path, ...(expected ? { expected } : {}) }));
  });
  it('names missing required fields', () => {
    const d = checkRequest({
      principal: { kind: 'user', account: '111122223333' },
      resource: {},
      policies: {},
    } as JsonValue);
    expect(d.map((x) => `${x.path}:${x.field}`).sort()).toEqual([':action', 'principal:arn', 'resource:arn']);
  });
  it('the JSON Schema lists the same top-level, principal and policy fields', () => {
    const schema = JSON.parse(readFileSync(join(root, 'docs/request.schema.json'), 'utf8'));
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(Object.keys(schema.properties).sort()).toEqual([
      'action',
      'context',
      'now',
      'policies',
      'principal',
      'resource',
    ]);
    expect(Object.keys(schema.$defs.PolicySet.properties).sort()).toEqual([
      'boundary',
      'identity',
      'rcps',
      'resource',
      'scps',
      'session',
      'trust',
    ]);
    expect(Object.keys(schema.$defs.PolicyInput.properties).sort()).toEqual([
      'document',
      'id',
      'name',
      'origin',
      'via',
    ]);
  });
});
