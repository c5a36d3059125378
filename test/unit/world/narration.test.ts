import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NARRATED_REASONS } from '../../../shared/world/narrate-error';
import cases from './cases/refusals.json';

/** Every `refuse(CODE, 'reason', ...)` / `worldError(CODE, 'reason', ...)` in the world sources. */
function reasonsInSource(dir: string): Set<string> {
  const found = new Set<string>();
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) reasonsInSource(p).forEach((r) => found.add(r));
    else if (p.endsWith('.ts')) {
      const text = readFileSync(p, 'utf8');
      for (const m of text.matchAll(
        /(?:refuse|worldError)\(\s*'[A-Za-z]+',\s*(?:[^,]*\?\s*)?'([a-z0-9.-]+)'(?:\s*:\s*'([a-z0-9.-]+)')?/g,
      )) {
        found.add(m[1]);
        if (m[2]) found.add(m[2]);
      }
    }
  }
  return found;
}

describe('world error narration', () => {
  const used = reasonsInSource(new URL('../../../shared/world', import.meta.url).pathname);
  it('finds the refusals in the sources', () => {
    expect(used.size).toBeGreaterThan(80);
  });
  it('every reason code a command can refuse with has an AWS-style sentence', () => {
    expect([...used].filter((r) => !NARRATED_REASONS.includes(r))).toEqual([]);
  });
  it('every reason code has a refusal case in cases/refusals.json', () => {
    const tested = new Set((cases as Array<{ reason: string }>).map((c) => c.reason));
    // requestFor's refusals are covered in request-for.test.ts; assumeRoleInWorld's MFA refusals (sts-flow.ts) by the
    // flow cases in test/engine/cases/flows/sts-and-simulate.json; GetSessionToken's flow and call limits
    // (session-token-flow.ts) by test/unit/terminal/cases/session-token.json.
    const elsewhere = new Set([
      'principal.not-found',
      'instance.no-role',
      'session.mfa-incomplete',
      'session.mfa-invalid',
      'session.mfa-bad-code',
      'session.token-no-mfa-for-iam',
      'session.sts-with-session-credentials',
      'session.token-not-a-user',
    ]);
    const untested = [...used].filter((r) => !tested.has(r) && !elsewhere.has(r));
    expect(untested.sort()).toEqual([]);
  });
});
