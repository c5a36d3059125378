/**
 * Golden traces: the full EvaluationResult (decision, decidedBy, reason, trace events) of ~20 showcase cases is kept
 * in test/engine/golden/<name>.json and reviewed like code. A change in the engine's trace shows up as a diff here.
 * `UPDATE_GOLDEN=1 npx vitest run test/engine/golden.test.ts` rewrites the files (read the diff before committing!).
 */
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../shared/iam/index';
import { freshRequest, loadAllCases } from './load-cases';

/** The showcase cases: one or two per gate / rule a lesson talks about. */
export const GOLDEN_CASES = [
  'single-allow',
  'deny-beats-allow-other-policy',
  'group-deny-beats-user-allow',
  'notaction-allow-other-service',
  'resource-star-spans-colons',
  'for-all-values-missing-key',
  'deny-bool-false-missing-key-does-not-fire',
  'username-in-resource-own-folder',
  'principal-tag-session-overrides-role',
  'scp-ou-level-no-allow',
  'scp-management-account-unaffected-deny',
  'rcp-org-perimeter-blocks-outsider',
  'boundary-resource-policy-user-arn',
  'boundary-resource-policy-role-arn',
  'federated-user-no-session-policy',
  'resource-grant-session-arn-ignores-session-policy',
  'cross-resource-only',
  'trust-names-user-same-account',
  'kms-key-policy-without-iam',
  'root-member-account-scp-deny',
  'expired-role-session',
  'get-caller-identity-explicit-deny',
  'malformed-scp-fails-closed',
];

const dir = join(import.meta.dirname, 'golden');
const byName = new Map(loadAllCases().map((c) => [c.name, c]));
const update = process.env.UPDATE_GOLDEN === '1';

describe('golden traces', () => {
  for (const name of GOLDEN_CASES) {
    it(name, () => {
      const c = byName.get(name);
      expect(c, `golden case ${name} is not among the engine cases`).toBeDefined();
      const result = evaluate(freshRequest(c!.request));
      const file = join(dir, `${name}.json`);
      const text = JSON.stringify(result, null, 2) + '\n';
      if (update || !existsSync(file)) {
        mkdirSync(dir, { recursive: true });
        writeFileSync(file, text);
        if (!update) throw new Error(`golden file ${name}.json was missing and has been written; review it and re-run`);
        return;
      }
      expect(JSON.parse(text)).toEqual(JSON.parse(readFileSync(file, 'utf8')));
      // The golden file must agree with the case's expectation, so a reviewed golden cannot drift from the case.
      expect(result.decision).toBe(c!.expect.decision);
    });
  }
});
