/**
 * Command line I/O failures (issue #13): a full or read-only disk, a missing directory or no permission is exit
 * code 3 with one line naming the file and the cause — no stack trace, no temporary file left, the old file intact.
 * The file system is injected (`nodeIO(cwd, fs)`) to make a disk full or read-only; one case writes under a path
 * whose parent is a file (`/dev/null/x`), which fails even for root.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { readFile, rename, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CliFileError, EXIT, fileFailureLine, fsCause } from '../../../cli/io';
import { runCli } from '../../../cli/main';
import { nodeIO, type FileSystemCalls } from '../../../cli/node-io';
import { welcomeWorld } from '../../../shared/world/samples';
import { serializeScenario } from '../../../shared/world/scenario/parse';

const fsError = (code: string, path: string) =>
  Object.assign(new Error(`${code}: failure, open '${path}'`), { code, path, syscall: 'open' });

/** The real file system, with `writeFile` / `rename` replaced to fail like a disk would. */
function faultyFs(fault: { on: 'writeFile' | 'rename'; code: string; partial?: boolean }): FileSystemCalls {
  return {
    readFile,
    unlink,
    async writeFile(path, text, enc) {
      if (fault.on === 'writeFile') {
        // A full disk writes part of the file before failing.
        if (fault.partial) await writeFile(path, text.slice(0, 10), enc);
        throw fsError(fault.code, path);
      }
      return writeFile(path, text, enc);
    },
    async rename(from, to) {
      if (fault.on === 'rename') throw fsError(fault.code, to);
      return rename(from, to);
    },
  };
}

/** A scenario in a fresh directory; the IO captures stdout and stderr. */
function setup(fs?: FileSystemCalls) {
  const dir = mkdtempSync(join(tmpdir(), 'iam-lab-io-'));
  const original = serializeScenario(welcomeWorld());
  writeFileSync(join(dir, 's.json'), original);
  const io = nodeIO(dir, fs);
  let out = '';
  let err = '';
  io.stdout = (t) => void (out += t);
  io.stderr = (t) => void (err += t);
  return { dir, io, original, out: () => out, err: () => err };
}

describe('command line file failures', () => {
  const faults = [
    { name: 'a full disk (ENOSPC, part of the file written)', on: 'writeFile', code: 'ENOSPC', partial: true },
    { name: 'a read-only file system (EROFS)', on: 'writeFile', code: 'EROFS' },
    { name: 'no permission (EACCES)', on: 'writeFile', code: 'EACCES' },
    { name: 'a quota used up (EDQUOT) at the rename', on: 'rename', code: 'EDQUOT' },
  ] as const;
  for (const f of faults) {
    it(`${f.name}: exit 3, one line naming the file and the cause, no .tmp, the scenario intact`, async () => {
      const t = setup(faultyFs(f));
      const code = await runCli(['--scenario', 's.json', 'iam', 'create-user', '--user-name', 'carol'], t.io);
      expect(code).toBe(EXIT.input);
      expect(t.err()).toBe(`iam-lab: cannot write s.json: ${fsCause({ code: f.code })}\n`);
      expect(t.err().split('\n')).toHaveLength(2); // one line, then the final newline
      expect(t.err()).not.toMatch(/\bat \S+ \(|internal error/);
      expect(t.out()).toBe(''); // nothing claims success
      expect(readdirSync(t.dir)).toEqual(['s.json']);
      expect(readFileSync(join(t.dir, 's.json'), 'utf8')).toBe(t.original);
    });
  }

  it('a missing directory for --out: exit 3 naming the file (real file system)', async () => {
    const t = setup();
    const code = await runCli(['--scenario', 's.json', 'export', 'authz-details', '--out', 'no/such/dir/a.json'], t.io);
    expect(code).toBe(EXIT.input);
    expect(t.err()).toBe('iam-lab: cannot write no/such/dir/a.json: no such file or directory (ENOENT)\n');
    expect(readdirSync(t.dir)).toEqual(['s.json']);
  });

  it('a path under a file (/dev/null/x) fails even for root: exit 3 naming the file', async () => {
    const t = setup();
    const code = await runCli(['--scenario', 's.json', 'export', 'authz-details', '--out', '/dev/null/x.json'], t.io);
    expect(code).toBe(EXIT.input);
    expect(t.err()).toBe('iam-lab: cannot write /dev/null/x.json: a part of the path is not a directory (ENOTDIR)\n');
  });

  it('an unreadable scenario names the file and the cause in words', async () => {
    const t = setup();
    const code = await runCli(['--scenario', 'gone.json', 'iam', 'list-users'], t.io);
    expect(code).toBe(EXIT.input);
    expect(t.err()).toContain('gone.json');
    expect(t.err()).toContain('no such file or directory (ENOENT)');
    expect(t.err()).not.toMatch(/\bat \S+ \(/);
  });

  it('a read failure keeps Node\u2019s code for commands that print it', async () => {
    const t = setup();
    await expect(t.io.readFile('missing.json')).rejects.toMatchObject({ code: 'ENOENT', file: 'missing.json' });
  });

  it('writeFileAtomic removes its temporary file when the write fails, and reports the target', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'iam-lab-io-'));
    const removed: string[] = [];
    const fs = faultyFs({ on: 'writeFile', code: 'ENOSPC', partial: true });
    const io = nodeIO(dir, { ...fs, unlink: async (p) => void (removed.push(p), await unlink(p)) });
    const error = await io.writeFileAtomic('a.json', '{"x":1}').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CliFileError);
    expect((error as CliFileError).file).toBe('a.json');
    expect(removed).toHaveLength(1);
    expect(removed[0]).toMatch(/a\.json\.\d+\.tmp$/);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('other errors are bugs: runCli rethrows them (main prints the stack, exit 70)', async () => {
    const t = setup();
    const boom = new TypeError('boom');
    const commands = [{ name: 'boom', summary: '', help: '', run: async () => Promise.reject(boom) }];
    await expect(runCli(['boom'], t.io, { commands })).rejects.toBe(boom);
    expect(fileFailureLine(boom)).toBeUndefined();
    expect(fileFailureLine(fsError('EROFS', '/x/y'))).toBe(
      'iam-lab: cannot read /x/y: the file system is read-only (EROFS)\n',
    );
  });
});
