/**
 * STS world commands → `aws sts ...`, JavaScript v3 and boto3: AssumeRole, its web identity and SAML forms, and
 * GetFederationToken (https://docs.aws.amazon.com/STS/latest/APIReference/API_Operations.html).
 */
import { describe, expect, it } from 'vitest';
import { equivalentsOf } from '../../../shared/sdk';
import type { WorldCommand } from '../../../shared/world';
import cases from './sts-cases.json';

describe('equivalentsOf for sts', () => {
  for (const c of cases as { name: string; command: WorldCommand; cli: string; js: string[]; python: string[] }[]) {
    it(c.name, () => {
      const eq = equivalentsOf(c.command)!;
      expect(eq.cli).toBe(c.cli);
      for (const part of c.js) expect(eq.javascript).toContain(part);
      for (const part of c.python) expect(eq.python).toContain(part);
    });
  }
});
