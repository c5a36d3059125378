/** `iam-lab validate`: output format, JSON mode, exit codes, usage and read errors. */
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../cli/main';
import { EXIT } from '../../../cli/io';
import { fakeIO } from './fake-io';

const GOOD = JSON.stringify(
  { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' }] },
  null,
  2,
);
const BAD =
  '{\n  "Version": "2012-10-17",\n  "Statement": [{\n    "Effect": "allow",\n    "Action": "s3:GetObjekt",\n    "Resource": "*"\n  }]\n}\n';

describe('iam-lab validate', () => {
  it('exits 0 and prints nothing on stdout for a clean policy', async () => {
    const io = fakeIO({ 'p.json': GOOD });
    expect(await runCli(['validate', 'p.json', '--kind', 'identity'], io)).toBe(EXIT.ok);
    expect(io.out()).toBe('');
    expect(io.err()).toContain('0 error(s)');
  });

  it('prints file:line:col severity code message and exits 1 on errors', async () => {
    const io = fakeIO({ 'p.json': BAD });
    expect(await runCli(['validate', 'p.json', '--kind=identity'], io)).toBe(EXIT.findings);
    expect(io.out().split('\n')).toEqual([
      'p.json:4:15 error statement.effect-invalid Effect must be exactly "Allow" or "Deny"; found "allow".',
      'p.json:5:15 warning action.unknown s3 has no action matching "s3:GetObjekt". Did you mean "s3:GetObject"?',
      '',
    ]);
  });

  it('warnings alone exit 0', async () => {
    const io = fakeIO({ 'p.json': BAD.replace('"allow"', '"Allow"') });
    expect(await runCli(['validate', 'p.json', '--kind', 'identity'], io)).toBe(EXIT.ok);
    expect(io.out()).toContain('warning action.unknown');
  });

  it('--json prints findings with messages', async () => {
    const io = fakeIO({ 'p.json': BAD });
    expect(await runCli(['validate', 'p.json', '--kind', 'identity', '--json', '--no-catalog'], io)).toBe(
      EXIT.findings,
    );
    const out = JSON.parse(io.out());
    expect(out).toMatchObject({ file: 'p.json', kind: 'identity' });
    expect(out.findings).toEqual([
      expect.objectContaining({
        code: 'statement.effect-invalid',
        path: 'Statement[0].Effect',
        line: 4,
        column: 15,
        severity: 'error',
      }),
    ]);
    expect(out.findings[0].message).toContain('Allow');
  });

  it('malformed JSON is a finding with line and column (exit 1)', async () => {
    const io = fakeIO({ 'p.json': '{"Version": "2012-10-17",\n "Statement": [}' });
    expect(await runCli(['validate', 'p.json', '--kind', 'scp'], io)).toBe(EXIT.findings);
    expect(io.out()).toBe(
      "p.json:2:16 error json.unexpected-character This is not valid JSON here: expected a value, found '}'.\n",
    );
  });

  it.each([
    [['validate', 'p.json'], 'missing --kind'],
    [
      ['validate', 'p.json', '--kind', 'user'],
      "'--kind' must be one of: identity, resource, trust, scp, rcp, boundary, session",
    ],
    [['validate', '--kind', 'identity'], 'expected exactly one policy file'],
    [['validate', 'p.json', '--kind', 'identity', '--strict'], "unknown option '--strict'"],
    [['validate', 'p.json', '--kind'], "option '--kind' needs a value"],
  ])('usage error %j', async (argv, message) => {
    const io = fakeIO({ 'p.json': GOOD });
    expect(await runCli(argv, io)).toBe(EXIT.usage);
    expect(io.err()).toContain(message);
  });

  it('an unreadable file exits 3 naming the file', async () => {
    const io = fakeIO();
    expect(await runCli(['validate', 'missing.json', '--kind', 'identity'], io)).toBe(EXIT.input);
    expect(io.err()).toBe('iam-lab validate: cannot read missing.json: ENOENT\n');
  });
});
