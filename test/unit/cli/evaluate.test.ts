/** `iam-lab evaluate`: request checking with positions (exit 3), text and JSON output, --fail-on-deny. */
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../cli/main';
import { EXIT } from '../../../cli/io';
import { fakeIO } from './fake-io';

const request = (policies: unknown) =>
  JSON.stringify(
    {
      principal: { kind: 'user', account: '111122223333', arn: 'arn:aws:iam::111122223333:user/alice' },
      action: 's3:GetObject',
      resource: { arn: 'arn:aws:s3:::docs/report.txt', account: '111122223333' },
      now: '2025-06-01T12:00:00Z',
      policies,
    },
    null,
    2,
  );
const ALLOW = {
  Version: '2012-10-17',
  Statement: [{ Sid: 'Read', Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::docs/*' }],
};

describe('iam-lab evaluate', () => {
  it('prints the decision, the deciding statement and the explanation', async () => {
    const io = fakeIO({ 'r.json': request({ identity: [{ id: 'alice#inline/read', document: ALLOW }] }) });
    expect(await runCli(['evaluate', 'r.json'], io)).toBe(EXIT.ok);
    expect(io.out()).toMatch(
      /^decision: allowed\nreason: \S+\ndecided by:\n {2}alice#inline\/read \(identity\) Statement\[0\] "Read"\n/,
    );
    expect(io.out()).toContain('ALLOWED');
  });

  it('--json prints the result fields', async () => {
    const io = fakeIO({ 'r.json': request({}) });
    expect(await runCli(['evaluate', 'r.json', '--json'], io)).toBe(EXIT.ok);
    const out = JSON.parse(io.out());
    expect(Object.keys(out).sort()).toEqual(
      ['decidedBy', 'decision', 'errors', 'missingContextKeys', 'reason', 'trace'].sort(),
    );
    expect(out.decision).toBe('implicitDeny');
    expect(out.trace.events.length).toBeGreaterThan(0);
  });

  it('--fail-on-deny exits 1 when not allowed', async () => {
    const io = fakeIO({ 'r.json': request({}) });
    expect(await runCli(['evaluate', 'r.json', '--fail-on-deny'], io)).toBe(EXIT.findings);
  });

  it('a malformed policy entry exits 3 with file:line:col, path and what is expected', async () => {
    const io = fakeIO({ 'r.json': request({ identity: [{ document: ALLOW }] }) });
    expect(await runCli(['evaluate', 'r.json'], io)).toBe(EXIT.input);
    expect(io.err()).toBe('r.json:15:7 policies.identity[0]: expected an object with id and document\n');
    expect(io.out()).toBe('');
  });

  it('a JSON syntax error exits 3 with its position', async () => {
    const io = fakeIO({ 'r.json': '{\n  "action": "s3:GetObject",\n  "principal": {,\n}' });
    expect(await runCli(['evaluate', 'r.json'], io)).toBe(EXIT.input);
    expect(io.err()).toMatch(
      /^r\.json:3:17 principal: This is not valid JSON here: expected a quoted key or '}', found ','/,
    );
  });

  it('missing fields and unknown fields are named', async () => {
    const io = fakeIO({
      'r.json':
        '{"principal": {"kind": "user", "account": "111122223333"}, "resource": {"arn": "*"}, "policies": {}, "extra": 1}',
    });
    expect(await runCli(['evaluate', 'r.json'], io)).toBe(EXIT.input);
    expect(io.err()).toContain("r.json:1:1 request: missing field 'action'");
    expect(io.err()).toContain("r.json:1:15 principal: missing field 'arn'");
    expect(io.err()).toContain("r.json:1:102 extra: unknown field 'extra' (ignored)");
  });

  it('unreadable request file exits 3', async () => {
    const io = fakeIO();
    expect(await runCli(['evaluate', 'nope.json'], io)).toBe(EXIT.input);
    expect(io.err()).toContain('nope.json: cannot read the file: ENOENT');
  });
});
