/**
 * Command-line cold start (`npm run bench -- cli`): wall time of whole `node bin/iam-lab.mjs ...` processes, beside
 * `node -e 0` (Node itself, the floor), for `--version`, `evaluate` of a small request and `lessons check` of a lesson
 * pack. Rebuilds the bundle first (scripts/build-cli.mjs), so it times the current sources. Goal: `--version` within
 * about 2× of `node -e 0`. Prints milliseconds (median and fastest of RUNS, run round-robin); it is not a pass/fail test.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { buildCli } from '../scripts/build-cli.mjs';
import { median } from './measure';

const root = resolve(import.meta.dirname, '..');
const bin = join(root, 'bin', 'iam-lab.mjs');
const RUNS = 20;

const dir = mkdtempSync(join(tmpdir(), 'iam-lab-cli-bench-'));
writeFileSync(
  join(dir, 'request.json'),
  JSON.stringify({
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
            Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::docs/*' }],
          },
        },
      ],
    },
  }),
);

/** Wall time of one `node ...args` process; throws if it fails. */
function once(args: string[]): number {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, args, { cwd: dir, encoding: 'utf8' });
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`node ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return ms;
}

await buildCli();
// For comparison, how the command line started before it was bundled: TypeScript compiled by tsx at every start.
const viaTsx = join(dir, 'iam-lab-tsx.mjs');
writeFileSync(
  viaTsx,
  `import { register } from ${JSON.stringify(pathToFileURL(join(root, 'node_modules/tsx/dist/esm/api/index.mjs')).href)};
register();
const { main } = await import(${JSON.stringify(pathToFileURL(join(root, 'cli/main.ts')).href)});
await main();
`,
);
const cases: [string, string[]][] = [
  ['node -e 0 (Node alone)', ['-e', '0']],
  ['iam-lab --version', [bin, '--version']],
  ['iam-lab evaluate request.json', [bin, 'evaluate', 'request.json']],
  [
    'iam-lab lessons check lesson-pack-small.json',
    [bin, 'lessons', 'check', join(root, 'test', 'fixtures', 'lesson-pack-small.json')],
  ],
  ['before: --version through tsx (cli/main.ts)', [viaTsx, '--version']],
];
// Round-robin, so that each command sees the same machine load (other work on a shared machine skews runs in a row).
for (const [, args] of cases) once(args); // warm-up: file cache
const times = cases.map((): number[] => []);
for (let i = 0; i < RUNS; i++) cases.forEach(([, args], c) => times[c].push(once(args)));
const floor = median(times[0]);
console.log(`${'command'.padEnd(48)} ${'median'.padStart(9)} ${'fastest'.padStart(9)}  × node -e 0 (median)`);
cases.forEach(([name], c) => {
  const m = median(times[c]);
  const min = Math.min(...times[c]);
  console.log(
    `${name.padEnd(48)} ${m.toFixed(0).padStart(6)} ms ${min.toFixed(0).padStart(6)} ms  ${(m / floor).toFixed(2)}×`,
  );
});
