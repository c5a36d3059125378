/**
 * Prints, per decisive reason code, how many cases end with it (and a few names): a quick way to check that the
 * cases exercise every gate and to review reasons before pinning them in a case's `expect.reason`.
 * Run: npx tsx test/engine/tools/reason-census.ts
 */
import { evaluate } from '../../../shared/iam/index';
import { freshRequest, loadAllCases } from '../load-cases';

const by = new Map<string, string[]>();
for (const c of loadAllCases()) {
  const r = evaluate(freshRequest(c.request));
  by.set(r.reason, [...(by.get(r.reason) ?? []), c.name]);
}
for (const [reason, names] of [...by.entries()].sort((a, b) => b[1].length - a[1].length))
  console.log(`${String(names.length).padStart(4)}  ${reason}  e.g. ${names.slice(0, 4).join(', ')}`);
