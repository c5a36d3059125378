/**
 * Data-driven validator cases: each JSON file in ./cases holds named cases (kind, policy, expected findings by code
 * and path). `expect` is the exact list of findings (code + path, optionally line/column); set FOCUS=<name> to run one.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  validatePolicy,
  validatePolicyDocument,
  findingMessage,
  type ValidationKind,
  type SizeQuota,
} from '../../../shared/iam/validate/index';
import { servicesReferenced } from '../../../shared/iam/catalog';
import { loadCatalogFor } from '../../../cli/catalog-node';
import type { JsonValue } from '../../../shared/iam/request';

interface ExpectedFinding {
  code: string;
  path: string;
  line?: number;
  column?: number;
}
interface ValidatorCase {
  name: string;
  doc?: string;
  kind: ValidationKind;
  /** The policy as JSON (pretty-printed with 2 spaces before validation) or as raw text. */
  policy?: unknown;
  text?: string;
  /** Skip the service catalog (default: catalog loaded for the services the policy names). */
  noCatalog?: boolean;
  sizeQuota?: SizeQuota;
  expect: ExpectedFinding[];
}
interface CaseFile {
  topic: string;
  doc?: string;
  cases: ValidatorCase[];
}

/** Cases whose size quota counts white space (SCPs, RCPs): a value's compact JSON has less of it than the pretty text. */
const whitespaceCounted = (c: ValidatorCase) =>
  (c.sizeQuota ?? c.kind) === 'scp' || (c.sizeQuota ?? c.kind) === 'rcp'
    ? c.expect.some((f) => f.code.startsWith('policy.size'))
    : false;

const dir = join(import.meta.dirname, 'cases');
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .sort();
const focus = process.env.FOCUS;

for (const file of files) {
  const data = JSON.parse(readFileSync(join(dir, file), 'utf8')) as CaseFile;
  describe(`${file}: ${data.topic}`, () => {
    for (const c of data.cases) {
      const run = focus && focus !== c.name ? it.skip : it;
      run(c.name, async () => {
        const text = c.text ?? JSON.stringify(c.policy, null, 2);
        const catalog = c.noCatalog ? undefined : await loadCatalogFor(servicesReferenced(text));
        const findings = validatePolicy(text, c.kind, catalog, { sizeQuota: c.sizeQuota });
        for (const f of findings) expect(findingMessage(f)).not.toMatch(/\{\w+\}/);
        const got = findings.map((f) => `${f.code} @ ${f.path}`).sort();
        const want = c.expect.map((f) => `${f.code} @ ${f.path}`).sort();
        expect(got, JSON.stringify(findings, null, 1)).toEqual(want);
        for (const w of c.expect) {
          if (w.line === undefined) continue;
          const f = findings.find((x) => x.code === w.code && x.path === w.path)!;
          expect({ line: f.line, column: f.column }).toEqual({ line: w.line, column: w.column ?? f.column });
        }
        // A document given as a value (as requests and worlds hold it) gets the same findings at the same positions
        // (of its two-space pretty print), first seen and seen again; only a size that counts white space differs,
        // since a value is measured as compact JSON.
        if (c.text === undefined && c.policy !== undefined && !whitespaceCounted(c)) {
          const asValue = validatePolicyDocument(c.policy as JsonValue, c.kind, catalog, { sizeQuota: c.sizeQuota });
          expect(asValue).toEqual(findings);
          expect(validatePolicyDocument(c.policy as JsonValue, c.kind, catalog, { sizeQuota: c.sizeQuota })).toEqual(
            findings,
          );
        }
      });
    }
  });
}
