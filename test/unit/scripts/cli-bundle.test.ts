/**
 * The command line as installed: scripts/build-cli.mjs bundles cli/ into bin/dist/iam-lab.mjs (rebuilt here first, so
 * this tests the current sources), and `node bin/iam-lab.mjs` runs it as plain JavaScript, with no TypeScript loader.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCli, CLI_BUNDLE } from '../../../scripts/build-cli.mjs';

const root = resolve(import.meta.dirname, '..', '..', '..');
const bin = join(root, 'bin', 'iam-lab.mjs');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  version: string;
  dependencies: Record<string, string>;
  bin: Record<string, string>;
};
const run = (args: string[], cwd = root) => spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8' });

beforeAll(async () => {
  await buildCli();
}, 60_000);

describe('the bundled iam-lab', () => {
  it('is plain JavaScript that loads no TypeScript tooling', () => {
    const code = readFileSync(CLI_BUNDLE, 'utf8');
    expect(code).not.toMatch(/from ["']tsx|import\(["']tsx|\.ts["']\)/);
    expect(readFileSync(bin, 'utf8')).not.toContain('tsx');
    expect(Object.keys(pkg.dependencies)).not.toContain('tsx');
    expect(pkg.bin['iam-lab']).toBe('./bin/iam-lab.mjs');
  });

  it('--version prints the package version', () => {
    const r = run(['--version']);
    expect([r.status, r.stdout, r.stderr]).toEqual([0, `iam-lab ${pkg.version}\n`, '']);
  });

  it('evaluate reads a request file and prints the decision', () => {
    const dir = mkdtempSync(join(tmpdir(), 'iam-lab-bundle-'));
    const request = {
      principal: { kind: 'user', account: '111122223333', arn: 'arn:aws:iam::111122223333:user/alice' },
      action: 's3:GetObject',
      resource: { arn: 'arn:aws:s3:::docs/report.txt', account: '111122223333' },
      now: '2025-06-01T12:00:00Z',
      policies: {
        identity: [
          {
            id: 'alice#inline/read',
            document: {
              Version: '2012-10-17',
              Statement: [{ Sid: 'Read', Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::docs/*' }],
            },
          },
        ],
      },
    };
    writeFileSync(join(dir, 'r.json'), JSON.stringify(request));
    const r = run(['evaluate', 'r.json'], dir);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^decision: allowed\n/);
  });

  it('validate loads the AWS catalog from node_modules (an unknown action is flagged)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'iam-lab-bundle-'));
    const policy = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObjekt', Resource: '*' }] };
    writeFileSync(join(dir, 'p.json'), JSON.stringify(policy, null, 2));
    const r = run(['validate', 'p.json', '--kind', 'identity'], dir);
    expect(r.stdout).toContain('s3:GetObject');
  });

  it('lessons check checks a lesson pack', () => {
    const r = run(['lessons', 'check', join(root, 'test', 'fixtures', 'lesson-pack-small.json')]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^ok /m);
  });

  it('without the bundle, says in one line how to build it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'iam-lab-nobundle-'));
    mkdirSync(join(dir, 'bin'));
    copyFileSync(bin, join(dir, 'bin', 'iam-lab.mjs'));
    let status = 0;
    let stderr = '';
    try {
      execFileSync(process.execPath, [join(dir, 'bin', 'iam-lab.mjs'), '--version'], {
        encoding: 'utf8',
        stdio: 'pipe',
      });
    } catch (e) {
      ({ status, stderr } = e as { status: number; stderr: string });
    }
    expect([status, stderr]).toEqual([
      70,
      'iam-lab: the command line is not built yet; run `npm run build:cli` (npm install does it).\n',
    ]);
  });
});
