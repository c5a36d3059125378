/** Every finding code has a sentence, every sentence belongs to a code, and placeholders get filled. */
import { describe, expect, it } from 'vitest';
import { FINDING_CODES, FINDING_MESSAGES, findingMessage } from '../../../shared/iam/validate/index';
import { JSON_ERROR_CODES } from '../../../shared/iam/json/index';

describe('finding messages', () => {
  it('has a message for every code and no message without a code', () => {
    expect(Object.keys(FINDING_MESSAGES).sort()).toEqual(Object.keys(FINDING_CODES).sort());
  });
  it('covers every JSON syntax error code', () => {
    for (const c of JSON_ERROR_CODES) expect(FINDING_CODES).toHaveProperty([c]);
  });
  it('fills placeholders, joins arrays and appends suggestions', () => {
    expect(
      findingMessage({ code: 'json.unexpected-character', data: { expected: ["','", "'}'"], found: "'\"'" } }),
    ).toBe(`This is not valid JSON here: expected ',' or '}', found '"'.`);
    expect(findingMessage({ code: 'statement.missing-resource', data: { kind: 'scp' } })).toBe(
      'In an SCP every statement needs Resource or NotResource.',
    );
    expect(
      findingMessage({
        code: 'action.unknown',
        data: { action: 's3:GetObjekt', service: 's3', suggestion: 's3:GetObject' },
      }),
    ).toMatch(/Did you mean "s3:GetObject"\?$/);
  });
});
