// `npm test`: every runner, one summary. Unit tests (vitest, including the layering check), the browser twin's
// end-to-end tests (Playwright in Debian's Chromium), then the type checks and the linter, each counted as one test.
// The last line is exactly `N passed, N failed` (`, N skipped` when some were skipped); exit code 1 if anything failed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { repoRoot } from './lib/electronBinary.mjs';

const results = join(repoRoot, 'test-results');
mkdirSync(results, { recursive: true });
const bin = (pkg, file) => join(repoRoot, 'node_modules', pkg, file);
const totals = { passed: 0, failed: 0, skipped: 0 };
const lines = [];

function run(title, args, env = {}) {
  console.log(`\n━━ ${title}`);
  const started = Date.now();
  const result = spawnSync(process.execPath, args, {
    cwd: repoRoot,
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  return { ok: result.status === 0, seconds };
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}

/** Counts a single check (type check, lint, build) as one test. */
function check(title, args) {
  const { ok, seconds } = run(title, args);
  totals[ok ? 'passed' : 'failed'] += 1;
  lines.push(`${ok ? 'ok  ' : 'FAIL'} ${title} (${seconds}s)`);
  return ok;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

// 1. Unit, engine, property, CLI, main-process tests and the layering check.
const vitestJson = join(results, 'vitest.json');
rmSync(vitestJson, { force: true });
const unit = run('vitest (unit tests, layering)', [
  bin('vitest', 'vitest.mjs'),
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${vitestJson}`,
]);
const v = readJson(vitestJson);
if (v) {
  // A test file that fails to load has no tests: count it as one failure so it cannot pass unnoticed.
  const brokenFiles = (v.testResults ?? []).filter(
    (f) => f.status === 'failed' && (f.assertionResults ?? []).length === 0,
  ).length;
  const failed = v.numFailedTests + brokenFiles;
  totals.passed += v.numPassedTests;
  totals.failed += failed;
  totals.skipped += v.numPendingTests + v.numTodoTests;
  lines.push(
    `${failed || !unit.ok ? 'FAIL' : 'ok  '} vitest: ${v.numPassedTests} passed, ${failed} failed, ${v.numPendingTests + v.numTodoTests} skipped (${unit.seconds}s)`,
  );
  if (!unit.ok && failed === 0) totals.failed += 1;
} else {
  totals.failed += 1;
  lines.push(`FAIL vitest did not report (${unit.seconds}s)`);
}

// 2. The browser twin, built and driven by Playwright.
if (
  check('build the browser twin (vite.web.config.ts)', [
    bin('vite', 'bin/vite.js'),
    'build',
    '--config',
    'vite.web.config.ts',
    '--logLevel',
    'warn',
  ])
) {
  const pwJson = join(results, 'playwright.json');
  rmSync(pwJson, { force: true });
  const port = await freePort();
  const e2e = run(
    'playwright (end-to-end, Chromium)',
    [bin('@playwright/test', 'cli.js'), 'test', '--reporter=list,json'],
    { PLAYWRIGHT_JSON_OUTPUT_NAME: pwJson, IAM_LAB_E2E_PORT: String(port) },
  );
  const p = readJson(pwJson);
  if (p?.stats) {
    const passed = p.stats.expected + p.stats.flaky;
    const failed = p.stats.unexpected + (p.errors?.length ?? 0);
    totals.passed += passed;
    totals.failed += failed;
    totals.skipped += p.stats.skipped;
    lines.push(
      `${failed || !e2e.ok ? 'FAIL' : 'ok  '} playwright: ${passed} passed, ${failed} failed, ${p.stats.skipped} skipped (${e2e.seconds}s)`,
    );
    if (!e2e.ok && failed === 0) totals.failed += 1;
    const reasons = new Set();
    const visit = (suite) => {
      for (const spec of suite.specs ?? [])
        for (const t of spec.tests ?? [])
          if (t.status === 'skipped')
            for (const a of t.annotations ?? [])
              if (a.type === 'skip') reasons.add(`${spec.title}: ${a.description ?? 'skipped'}`);
      (suite.suites ?? []).forEach(visit);
    };
    (p.suites ?? []).forEach(visit);
    for (const reason of reasons) lines.push(`     skipped — ${reason}`);
  } else {
    totals.failed += 1;
    lines.push(`FAIL playwright did not report (${e2e.seconds}s)`);
  }
}

// 3. The desktop app builds (main, preload, renderer) and its bundles are what Electron needs, binary or not.
if (
  check('build the desktop app (electron-vite build)', [
    bin('electron-vite', 'bin/electron-vite.js'),
    'build',
    '--logLevel',
    'warn',
  ])
)
  check('desktop bundles: CommonJS preload requiring only electron, CSP in the page', [
    'scripts/check-desktop-build.mjs',
  ]);

// 4. Types (shared/ alone proves the pure core needs no DOM, Node or Electron) and lint.
const tsc = bin('typescript', 'bin/tsc');
check('typecheck shared/ (no DOM, no Node)', [tsc, '-p', 'shared/tsconfig.json', '--noEmit']);
check('typecheck Node side (electron, cli, tests, configs)', [tsc, '-p', 'tsconfig.node.json', '--noEmit']);
check('typecheck DOM unit tests (*.dom.test.ts)', [tsc, '-p', 'test/tsconfig.dom.json', '--noEmit']);
if (existsSync(join(repoRoot, 'test', 'e2e', 'tsconfig.json')))
  check('typecheck end-to-end specs', [tsc, '-p', 'test/e2e/tsconfig.json', '--noEmit']);
if (existsSync(join(repoRoot, 'bench', 'tsconfig.json')))
  check('typecheck benchmarks', [tsc, '-p', 'bench/tsconfig.json', '--noEmit']);
check('svelte-check renderer/', [
  bin('svelte-check', 'bin/svelte-check'),
  '--tsconfig',
  'renderer/tsconfig.json',
  '--fail-on-warnings',
  '--output',
  'human',
]);
check('eslint (including the layer rules)', [bin('eslint', 'bin/eslint.js'), '.']);

console.log('\n━━ summary');
for (const line of lines) console.log(line);
const summary = `${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`;
console.log(summary);
process.exit(totals.failed > 0 ? 1 : 0);
