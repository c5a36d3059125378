/**
 * World command → `aws` CLI, JavaScript v3 and boto3. Operation and parameter names follow the IAM API reference
 * (https://docs.aws.amazon.com/IAM/latest/APIReference/API_Operations.html) and the CLI's kebab-case convention.
 */
import { describe, expect, it } from 'vitest';
import { equivalentsOf, kebab, shellQuote } from '../../../shared/sdk';
import type { WorldCommand } from '../../../shared/world';
import cases from './cases.json';

describe('equivalentsOf', () => {
  for (const c of cases as { name: string; command: WorldCommand; cli: string; js: string[]; python: string[] }[]) {
    it(c.name, () => {
      const eq = equivalentsOf(c.command)!;
      expect(eq.cli).toBe(c.cli);
      for (const part of c.js) expect(eq.javascript).toContain(part);
      for (const part of c.python) expect(eq.python).toContain(part);
    });
  }

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
