/**
 * `sts get-session-token` and what its credentials may do afterwards, through the terminal session (the same
 * interpreter as bin/iam-lab). Each case in cases/session-token.json runs its lines (all must succeed), then a last
 * line whose AWS error or output is asserted, and names the AWS page it follows. `$key` is the AccessKeyId of the
 * last credentials a line printed.
 */
import { describe, expect, it } from 'vitest';
import { runTerminalLine } from '../../../shared/terminal/session';
import { MemoryFs } from '../../../shared/terminal/vfs';
import { complete } from '../../../shared/terminal/complete';
import { mfaLab } from './mfa-lab';
import { outputJson, sessionTokenLine } from '../../../renderer/src/inspector/sts/stsLines';
import cases from './cases/session-token.json';

interface Case {
  name: string;
  source: string;
  lines?: string[];
  then: string;
  thenStdout?: unknown;
  /** Keys of the answer in order, by JSON path ('' for the top). */
  thenKeys?: Record<string, string[]>;
  /** Regular expressions for string fields of the answer. */
  thenMatches?: Record<string, string>;
  error?: string;
  exit?: number;
  stderrHas?: string;
  stdoutHas?: string[];
  /** Fields of the session the last line recorded (world.sessions[$key]). */
  session?: Record<string, unknown>;
  sessionLacks?: string[];
}

const A = '111122223333';

/** True when `actual` holds everything `expected` names (lists element by element). */
function holds(actual: unknown, expected: unknown): boolean {
  if (Array.isArray(expected))
    return Array.isArray(actual) && expected.length === actual.length && expected.every((e, i) => holds(actual[i], e));
  if (expected && typeof expected === 'object')
    return (
      !!actual &&
      typeof actual === 'object' &&
      Object.entries(expected).every(([k, v]) => holds((actual as Record<string, unknown>)[k], v))
    );
  return actual === expected;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- AWS's output shape, read field by field in the cases
type Output = Record<string, any>;
const firstJson = (text: string): Output =>
  JSON.parse(text.slice(text.indexOf('{'), text.indexOf('\n}') + 2)) as Output;

describe('sts get-session-token (cases/session-token.json)', () => {
  for (const c of cases as Case[]) {
    it(c.name, async () => {
      expect(c.source).toMatch(/^https:\/\/docs\.aws\.amazon\.com\//);
      const fs = new MemoryFs();
      let world = mfaLab();
      let key = '$key';
      const run = async (line: string) => {
        let out = '';
        let err = '';
        const o = await runTerminalLine(line.replaceAll('$key', key), {
          fs,
          world,
          sink: (s, t) => (s === 'stdout' ? (out += t) : (err += t)),
        });
        if (o.world) world = o.world;
        const id = /"AccessKeyId": "(ASIA\w+)"/.exec(out)?.[1] ?? /CREDENTIALS\t(ASIA\w+)/.exec(out)?.[1];
        if (id) key = id;
        return { code: o.exitCode, out, err };
      };
      for (const line of c.lines ?? []) {
        const r = await run(line);
        expect(r.err, line).toBe('');
        expect(r.code, line).toBe(0);
      }
      const before = world;
      const r = await run(c.then);
      if (c.error) {
        expect(r.err).toContain(`(${c.error})`);
        expect(r.code).toBe(1);
        expect(world).toBe(before);
      }
      if (c.exit !== undefined) expect(r.code).toBe(c.exit);
      if (c.stderrHas) expect(r.err).toContain(c.stderrHas);
      for (const text of c.stdoutHas ?? []) expect(r.out).toContain(text);
      if (c.thenStdout !== undefined || c.thenKeys || c.thenMatches) {
        expect(r.err).toBe('');
        expect(r.code).toBe(0);
        const answer = firstJson(r.out);
        if (c.thenStdout !== undefined) expect(holds(answer, c.thenStdout), r.out).toBe(true);
        for (const [path, keys] of Object.entries(c.thenKeys ?? {}))
          expect(Object.keys(path ? answer[path] : answer)).toEqual(keys);
        for (const [field, pattern] of Object.entries(c.thenMatches ?? {}))
          expect(String(answer[field])).toMatch(new RegExp(pattern));
      }
      if (c.session || c.sessionLacks) {
        expect(r.code, r.err).toBe(0);
        const session = world.sessions[key];
        expect(session, `session ${key}`).toBeDefined();
        expect(session.accessKeyId).toBe(key);
        expect(holds(session, c.session ?? {}), JSON.stringify(session)).toBe(true);
        for (const field of c.sessionLacks ?? []) expect(session).not.toHaveProperty(field);
      }
    });
  }
});

describe('get-session-token in the terminal', () => {
  it('completes --serial-number with the MFA devices of the world, and --as with the credentials', async () => {
    let world = mfaLab();
    const o = await runTerminalLine(`sts get-session-token --as arn:aws:iam::${A}:user/alice`, {
      fs: new MemoryFs(),
      world,
      sink: () => undefined,
    });
    world = o.world!;
    const key = Object.keys(world.sessions)[0];
    const serials = complete('sts get-session-token --serial-number ', 38, { world }).candidates;
    expect(serials).toEqual([
      'GAHT12345678',
      `arn:aws:iam::${A}:mfa/alice`,
      `arn:aws:iam::${A}:mfa/carol`,
      `arn:aws:iam::${A}:mfa/erin`,
      `arn:aws:iam::${A}:mfa/root-account-mfa-device`,
    ]);
    expect(complete('sts get-caller-identity --as ASIA', 34, { world }).candidates).toEqual([key]);
  });

  it('a refused call changes nothing and the world file keeps no credentials from it', async () => {
    const world = mfaLab();
    const o = await runTerminalLine(`sts get-session-token --as arn:aws:iam::${A}:user/alice --duration-seconds 10`, {
      fs: new MemoryFs(),
      world,
      sink: () => undefined,
    });
    expect(o.exitCode).toBe(1);
    expect(o.world).toBeUndefined();
  });

  it("the inspector form's line runs as shown: MFA with a device, none without, the duration passed on", async () => {
    let world = mfaLab();
    const line = sessionTokenLine({
      callerArn: `arn:aws:iam::${A}:user/alice`,
      durationSeconds: '900',
      serialNumber: `arn:aws:iam::${A}:mfa/alice`,
      tokenCode: '123456',
    });
    expect(line).toBe(
      `aws sts get-session-token --as arn:aws:iam::${A}:user/alice --duration-seconds 900 --serial-number arn:aws:iam::${A}:mfa/alice --token-code 123456`,
    );
    let out = '';
    const o = await runTerminalLine(line, { fs: new MemoryFs(), world, sink: (_s, t) => (out += t) });
    expect(o.exitCode).toBe(0);
    world = o.world!;
    const key = (outputJson(out)?.Credentials as { AccessKeyId: string }).AccessKeyId;
    expect(world.sessions[key]).toMatchObject({ mfa: true, expiresAt: '2025-01-01T09:15:00Z' });
    expect(sessionTokenLine({ callerArn: `arn:aws:iam::${A}:root` })).toBe(
      `aws sts get-session-token --as arn:aws:iam::${A}:root`,
    );
  });
});
