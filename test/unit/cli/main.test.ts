/** The command line frame: help, version, unknown commands and options, routing, exit codes. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../cli/main';
import { EXIT } from '../../../cli/io';
import type { Command } from '../../../cli/command';
import { fakeIO } from './fake-io';
import pkg from '../../../package.json' with { type: 'json' };

describe('iam-lab frame', () => {
  it('prints the version', async () => {
    const io = fakeIO();
    expect(await runCli(['--version'], io)).toBe(EXIT.ok);
    expect(io.out()).toBe(`iam-lab ${pkg.version}\n`);
  });

  it('lists every command in --help and shows per-command help', async () => {
    const io = fakeIO();
    expect(await runCli(['--help'], io)).toBe(EXIT.ok);
    for (const name of ['validate', 'evaluate', 'iam', 'sts', 'import', 'export', 'lessons'])
      expect(io.out()).toContain(`  ${name} `);
    const h = fakeIO();
    expect(await runCli(['help', 'validate'], h)).toBe(EXIT.ok);
    expect(h.out()).toMatch(/^usage: iam-lab validate <policy.json> --kind <kind>/);
    const h2 = fakeIO();
    expect(await runCli(['evaluate', '--help'], h2)).toBe(EXIT.ok);
    expect(h2.out()).toMatch(/^usage: iam-lab evaluate/);
  });

  it('no arguments is a usage error with the overview on stderr', async () => {
    const io = fakeIO();
    expect(await runCli([], io)).toBe(EXIT.usage);
    expect(io.err()).toContain('usage: iam-lab <command>');
  });

  it('unknown commands and options name what was expected', async () => {
    const io = fakeIO();
    expect(await runCli(['valdate', 'x.json'], io)).toBe(EXIT.usage);
    expect(io.err()).toMatch(/unknown command 'valdate' \(expected one of: validate, evaluate, .*\)/);
    const io2 = fakeIO();
    expect(await runCli(['--verbose'], io2)).toBe(EXIT.usage);
    expect(io2.err()).toContain("unknown option '--verbose'");
    const io3 = fakeIO();
    expect(await runCli(['help', 'nope'], io3)).toBe(EXIT.usage);
  });

  it('dispatches through the command table (others can add entries)', async () => {
    const seen: string[][] = [];
    const extra: Command = {
      name: 'hello',
      summary: 'says hello',
      help: 'usage: iam-lab hello\n',
      async run(argv, io) {
        seen.push(argv);
        io.stdout('hi\n');
        return 0;
      },
    };
    const io = fakeIO();
    expect(await runCli(['hello', 'a', '--b'], io, { commands: [extra] })).toBe(0);
    expect(seen).toEqual([['a', '--b']]);
    expect(io.out()).toBe('hi\n');
  });

  it('routes iam/sts/import/export to cli/aws when present, else says the command is unknown', async () => {
    const io = fakeIO();
    const code = await runCli(['sts', 'get-caller-identity'], io);
    const awsPresent = existsSync(join(import.meta.dirname, '../../../cli/aws/index.ts'));
    if (awsPresent) expect(io.err()).not.toContain("unknown command 'sts'");
    else {
      expect(code).toBe(EXIT.usage);
      expect(io.err()).toContain("unknown command 'sts'");
    }
  });

  it('hands a line that starts with an aws global option (--scenario, --output, ...) to cli/aws', async () => {
    const io = fakeIO();
    await runCli(['--output=json', 'sts', 'help'], io);
    expect(io.err()).not.toContain("unknown option '--output=json'");
  });
});
