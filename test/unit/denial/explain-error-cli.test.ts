/** `iam-lab explain-error` (bin and app terminal) and `sts decode-authorization-message` in the terminal. */
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../cli/main';
import { parseDenialMessage } from '../../../shared/iam/denial';
import { runTerminalLine } from '../../../shared/terminal/session';
import { MemoryFs } from '../../../shared/terminal/vfs';
import { welcomeWorld } from '../../../shared/world/samples';
import { serializeScenario } from '../../../shared/world/scenario/parse';
import { fakeIO } from '../cli/fake-io';

const W = '111122223333';
const OBJECT = 'arn:aws:s3:::iam-lab-welcome-bucket/reports/q1.csv';
const SCP_MSG = `An error occurred (AccessDenied) when calling the GetObject operation: User: arn:aws:iam::${W}:user/alice is not authorized to perform: s3:GetObject on resource: "${OBJECT}" with an explicit deny in a service control policy`;

describe('iam-lab explain-error', () => {
  it('replays a message in a scenario and says the world disagrees (exit 1)', async () => {
    const io = fakeIO({ '/work/w.json': serializeScenario(welcomeWorld()) });
    expect(await runCli(['explain-error', SCP_MSG, '--scenario', '/work/w.json'], io)).toBe(1);
    expect(io.out()).toContain('AWS says:  an explicit deny in a service control policy');
    expect(io.out()).toContain('replayed in the world: allowed');
    expect(io.out()).toContain(
      "DISAGREES: AWS says an SCP denied it, but this world has no SCP that applies to the caller's account: your export may be missing the organization's policies.",
    );
  });

  it('--json carries the reading, the evaluation and the agreement with its sentence', async () => {
    const io = fakeIO();
    const msg = `User: arn:aws:iam::${W}:user/bob is not authorized to perform: s3:GetObject on resource: ${OBJECT} because no identity-based policy allows the s3:GetObject action`;
    expect(await runCli(['explain-error', msg, '--sample', 'welcome', '--json'], io)).toBe(0);
    const j = JSON.parse(io.out());
    expect(j.parsed).toMatchObject({ format: 'implicit-identity', action: 's3:GetObject' });
    expect(j.evaluation).toMatchObject({ decision: 'implicitDeny', reason: 'decision.no-allow' });
    expect(j.agreement).toMatchObject({ code: 'denial.agree', agrees: true });
    expect(j.agreement.message).toContain('The world agrees with AWS');
    expect(j.worldMessage.cliText).toContain('because no identity-based policy allows the s3:GetObject action');
  });

  it('reads a CloudTrail event file; without a world it only reads', async () => {
    const event = {
      userIdentity: { type: 'IAMUser', arn: `arn:aws:iam::${W}:user/bob` },
      eventSource: 's3.amazonaws.com',
      eventName: 'GetObject',
      errorCode: 'AccessDenied',
      errorMessage: `User: arn:aws:iam::${W}:user/bob is not authorized to perform: s3:GetObject on resource: "${OBJECT}" because no identity-based policy allows the s3:GetObject action`,
    };
    const io = fakeIO({ '/work/e.json': JSON.stringify(event) });
    expect(await runCli(['explain-error', '--event', 'e.json'.replace(/^/, '/work/')], io)).toBe(0);
    expect(io.out()).toContain('read: cloudtrail (AccessDenied)');
    expect(io.out()).toContain('no world given');
  });

  it('usage and input errors', async () => {
    const io = fakeIO();
    expect(await runCli(['explain-error'], io)).toBe(2);
    expect(io.err()).toContain('give a message or --event <file>');
    expect(await runCli(['explain-error', 'x', '--sample', 'nope'], io)).toBe(2);
    expect(await runCli(['explain-error', '--event', '/work/missing.json'], io)).toBe(3);
    const io2 = fakeIO();
    expect(await runCli(['explain-error', 'it broke'], io2)).toBe(3);
    expect(io2.out()).toContain('denial.not-recognised');
  });
});

describe('the app terminal', () => {
  async function line(fs: MemoryFs, text: string) {
    let out = '';
    let err = '';
    const r = await runTerminalLine(text, {
      fs,
      world: welcomeWorld(),
      sink: (s, t) => (s === 'stdout' ? (out += t) : (err += t)),
    });
    return { code: r.exitCode, out, err };
  }

  it('runs explain-error against the world on screen', async () => {
    const r = await line(new MemoryFs(), `iam-lab explain-error '${SCP_MSG}'`);
    expect(r.code).toBe(1);
    expect(r.out).toContain('this world has no SCP');
  });

  it('decodes the encoded message of an EC2-style denial; refuses messages that are not ours', async () => {
    const fs = new MemoryFs();
    const explained = await line(
      fs,
      `explain-error --json 'User: arn:aws:iam::${W}:user/bob is not authorized to perform: ec2:RunInstances on resource: *'`,
    );
    const encoded = parseDenialMessage(JSON.parse(explained.out).worldMessage.cliText).parsed!.encodedMessage!;
    const r = await line(fs, `aws sts decode-authorization-message --encoded-message ${encoded}`);
    expect(r.code).toBe(0);
    const decoded = JSON.parse(JSON.parse(r.out).DecodedMessage);
    expect(decoded.context).toMatchObject({
      action: 'ec2:RunInstances',
      principal: { arn: `arn:aws:iam::${W}:user/bob` },
    });
    const bad = await line(fs, 'sts decode-authorization-message --encoded-message Zm9v');
    expect(bad.code).toBe(1);
    expect(bad.err).toContain('(InvalidAuthorizationMessageException)');
    const denied = await line(
      fs,
      `sts decode-authorization-message --encoded-message ${encoded} --as arn:aws:iam::${W}:user/bob`,
    );
    expect(denied.err).toContain(
      `An error occurred (AccessDenied) when calling the DecodeAuthorizationMessage operation: User: arn:aws:iam::${W}:user/bob is not authorized to perform: sts:DecodeAuthorizationMessage because no identity-based policy allows the sts:DecodeAuthorizationMessage action`,
    );
  });
});

describe('iam-lab evaluate', () => {
  it('ends a denial with the message AWS would return, and an allowed request with none', async () => {
    const request = (action: string) => ({
      principal: { kind: 'user', account: W, arn: `arn:aws:iam::${W}:user/bob` },
      action,
      resource: { arn: OBJECT, account: W },
      policies: {
        identity: [
          {
            id: `arn:aws:iam::${W}:user/bob#inline/Read`,
            document: { Version: '2012-10-17', Statement: { Effect: 'Allow', Action: 's3:GetObject', Resource: '*' } },
          },
        ],
      },
    });
    const io = fakeIO({
      '/work/d.json': JSON.stringify(request('s3:PutObject')),
      '/work/a.json': JSON.stringify(request('s3:GetObject')),
    });
    expect(await runCli(['evaluate', '/work/d.json'], io)).toBe(0);
    expect(io.out()).toContain(
      `AWS would answer:\n  An error occurred (AccessDenied) when calling the PutObject operation: User: arn:aws:iam::${W}:user/bob is not authorized to perform: s3:PutObject on resource: "${OBJECT}" because no identity-based policy allows the s3:PutObject action\n`,
    );
    const io2 = fakeIO({ '/work/a.json': JSON.stringify(request('s3:GetObject')) });
    expect(await runCli(['evaluate', '/work/a.json'], io2)).toBe(0);
    expect(io2.out()).not.toContain('AWS would answer');
  });
});
