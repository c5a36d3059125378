/**
 * World command → `aws` CLI, JavaScript v3 and boto3. Operation and parameter names follow the IAM API reference
 * (https://docs.aws.amazon.com/IAM/latest/APIReference/API_Operations.html) and the CLI's kebab-case convention; the
 * STS cases (sts-cases.json) cover AssumeRole, its web identity and SAML forms, and GetFederationToken
 * (https://docs.aws.amazon.com/STS/latest/APIReference/API_Operations.html).
 */
import { describe, expect, it } from 'vitest';
import { equivalentsOf, kebab, shellQuote } from '../../../shared/sdk';
import type { WorldCommand } from '../../../shared/world';
import cases from './cases.json';
import stsCases from './sts-cases.json';

type EquivalentCase = { name: string; command: WorldCommand; cli: string; js: string[]; python: string[] };

describe.each([
  ['iam', cases],
  ['sts', stsCases],
] as [string, EquivalentCase[]][])('equivalentsOf (%s cases)', (_family, table) => {
  for (const c of table) {
    it(c.name, () => {
      const eq = equivalentsOf(c.command)!;
      expect(eq.cli).toBe(c.cli);
      for (const part of c.js) expect(eq.javascript).toContain(part);
      for (const part of c.python) expect(eq.python).toContain(part);
    });
  }
});

describe('equivalentsOf', () => {
  it('has no equivalent for lab-only commands', () => {
    expect(equivalentsOf({ type: 'advance-clock', seconds: 60 })).toBeUndefined();
  });
});

describe('helpers', () => {
  it('kebab-cases API names and quotes shell words', () => {
    expect(kebab('AttachUserPolicy')).toBe('attach-user-policy');
    expect(kebab('PolicyArn')).toBe('policy-arn');
    expect(shellQuote('dana')).toBe('dana');
    expect(shellQuote("it's")).toBe(`'it'\\''s'`);
    expect(shellQuote('a b')).toBe(`'a b'`);
  });
});
