/**
 * `importAuthzDetails` refuses the names, paths and tags the world's commands refuse, with the JSON path of each
 * offending entry, and keeps JavaScript built-in names as names (cases/import-names.json; issue #13).
 */
import { describe, expect, it } from 'vitest';
import { importAuthzDetails } from '../../../shared/world/authz/import';
import { describeScenarioDiagnostic } from '../../../shared/world/scenario/parse';
import data from './cases/import-names.json';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
interface Case {
  name: string;
  edits: Array<[string, Json]>;
  expect: Array<[string, string]>;
  names?: Record<string, string[]>;
}

const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

function at(root: Json, path: string): Json {
  let cur = root;
  for (const key of path.split('.')) cur = (cur as Record<string, Json>)[key];
  return cur;
}

/** Sets `path` (dot-separated, numbers index lists) in `root`. `$copy` copies another entry; `$257` is 257 x's. */
function edit(root: Json, path: string, value: Json): void {
  const keys = path.split('.');
  const last = keys.pop()!;
  const parent = keys.length ? at(root, keys.join('.')) : root;
  let v = value;
  if (v === '$257') v = 'x'.repeat(257);
  if (v !== null && typeof v === 'object' && !Array.isArray(v) && typeof v.$copy === 'string') {
    const { $copy, ...rest } = v;
    v = { ...(clone(at(root, $copy as string)) as Record<string, Json>), ...rest };
  }
  Object.defineProperty(parent, last, { value: v, enumerable: true, writable: true, configurable: true });
}

describe('import refuses what the commands refuse', () => {
  for (const c of data.cases as unknown as Case[]) {
    it(c.name, () => {
      const file = clone(data.base) as unknown as Json;
      for (const [path, value] of c.edits) edit(file, path, value);
      const r = importAuthzDetails(file);
      if (c.expect.length === 0) {
        expect(r.ok ? [] : r.diagnostics).toEqual([]);
        if (!r.ok) return;
        const account = r.world.accounts['111122223333'];
        for (const [collection, names] of Object.entries(c.names ?? {}))
          for (const name of names) {
            const record = account[collection as 'users'];
            expect(Object.hasOwn(record, name), `${collection}.${name}`).toBe(true);
            expect((record[name] as { name: string }).name).toBe(name);
          }
        return;
      }
      expect(r.ok).toBe(false);
      if (r.ok) return;
      expect(r.diagnostics.map((d) => [d.code, d.path])).toEqual(c.expect);
      // The report names the entry and what was expected.
      for (const d of r.diagnostics) {
        const line = describeScenarioDiagnostic(d);
        expect(line.startsWith(d.path)).toBe(true);
        expect(line).toContain('expected');
      }
    });
  }
});
