/**
 * The theatre's budgets, measured in Debian's Chromium against the built browser twin, on the imported example account
 * (test/fixtures/authz-details-example.json): the time from "Evaluate" to the first frame on screen (budget 100 ms for
 * a trace of a few hundred events) and animation-frame times while playing at 1× (budget: 60 fps, i.e. a median frame
 * under 16.7 ms + scheduling slack). Uses web-dist/ (built if missing) or THEATRE_WEB_DIR.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { build, preview } from 'vite';
import { evaluate } from '../shared/iam/evaluate/evaluate';
import { requestFor } from '../shared/world/request-for';
import { importAuthzDetails } from '../shared/world/authz/import';
import { applyCommands, type World } from '../shared/world';
import { makeShare, type RequestDraft } from '../shared/theatre';
import { WELCOME_SEEN } from './welcomeSeen';

const root = join(import.meta.dirname, '..');
const configFile = join(root, 'vite.web.config.ts');
const outDir = process.env.THEATRE_WEB_DIR ?? join(root, 'web-dist');
const port = Number(process.env.THEATRE_BENCH_PORT ?? 4419);

const imported = importAuthzDetails(JSON.parse(readFileSync(join(root, 'test/fixtures/authz-details-example.json'), 'utf8')));
if (!imported.ok) throw new Error('the example account did not import');
const example = imported.world;

/** The longest trace among the world's users and roles for a few broad actions. */
function longest(world: World): { draft: RequestDraft; events: number } {
  let best: { draft: RequestDraft; events: number } | undefined;
  for (const account of Object.values(world.accounts)) {
    for (const who of [...Object.values(account.users), ...Object.values(account.roles)]) {
      for (const action of ['iam:PassRole', 's3:GetObject', 'ec2:RunInstances', 'lambda:InvokeFunction']) {
        const r = requestFor(world, who.arn, action, '*');
        if (!r.ok) continue;
        const n = evaluate(r.value).trace.events.length;
        if (!best || n > best.events) best = { draft: { flow: 'call', principal: who.arn, action, resource: '*', env: {} }, events: n };
      }
    }
  }
  if (!best) throw new Error('no request');
  return best;
}

// A stress case on the same account: one user with 30 inline policies of 8 statements each (a few hundred events).
const account = Object.keys(example.accounts)[0];
const statements = (p: number) => Array.from({ length: 20 }, (_, s) => ({ Sid: `P${p}S${s}`, Effect: 'Allow', Action: `s3:Get${p}x${s}*`, Resource: '*' }));
const stressed = applyCommands(example, [
  { account, type: 'create-user', userName: 'theatre-bench' },
  ...Array.from({ length: 10 }, (_, p) => ({ account, type: 'create-policy' as const, policyName: `TheatreBench${p}`, policyDocument: { Version: '2012-10-17', Statement: statements(p) } })),
  ...Array.from({ length: 10 }, (_, p) => ({ account, type: 'attach-policy' as const, to: 'user' as const, name: 'theatre-bench', policyArn: `arn:aws:iam::${account}:policy/TheatreBench${p}` })),
]);
if (!stressed.ok) throw new Error(`stress world: ${JSON.stringify(stressed.error)}`);
const stressDraft: RequestDraft = { flow: 'call', principal: `arn:aws:iam::${account}:user/theatre-bench`, action: 's3:GetObject', resource: '*', env: {} };
const stressEvents = (() => {
  const r = requestFor(stressed.world, stressDraft.principal, stressDraft.action, '*');
  return r.ok ? evaluate(r.value).trace.events.length : 0;
})();

const dir = mkdtempSync(join(tmpdir(), 'theatre-bench-'));
const best = longest(example);
const cases = [
  { name: `example account, longest trace (${best.draft.principal.split(':').pop()} ${best.draft.action})`, events: best.events, file: join(dir, 'example.json'), share: makeShare(example, best.draft, 0) },
  { name: 'example account + user with 10 policies × 20 statements', events: stressEvents, file: join(dir, 'stress.json'), share: makeShare(stressed.world, stressDraft, 0) },
];
for (const c of cases) writeFileSync(c.file, JSON.stringify(c.share));

if (!existsSync(join(outDir, 'index.html'))) await build({ configFile, logLevel: 'warn', build: { outDir } });
const server = await preview({ configFile, logLevel: 'warn', build: { outDir }, preview: { port, strictPort: true } });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))];

let failed = false;
try {
  for (const c of cases) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.addInitScript(WELCOME_SEEN);
  await page.goto(`http://127.0.0.1:${port}/`);
  await page.getByTestId('nav-evaluate').click();
  await page.getByTestId('share-file').setInputFiles(c.file);
  await page.getByTestId('stage').waitFor();

  const firstFrame: number[] = [];
  for (let i = 0; i < 12; i++) {
    await page.getByTestId('ctl-restart').click();
    const ms = await page.evaluate(async () => {
      const button = document.querySelector<HTMLButtonElement>('[data-testid="evaluate"]')!;
      const t0 = performance.now();
      button.click();
      // The first frame is on screen at the next animation frame after the stage updated.
      await new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
      return performance.now() - t0;
    });
    firstFrame.push(ms);
    await page.getByTestId('ctl-play').click(); // pause
  }
  const internal = Number(await page.getByTestId('area-evaluate').getAttribute('data-first-frame-ms'));

  await page.getByTestId('ctl-restart').click();
  await page.getByTestId('ctl-speed').selectOption('1');
  await page.evaluate(() => {
    const p = (globalThis as unknown as { __iamLabTheatre: { frameTimes: number[]; play(): void } }).__iamLabTheatre;
    p.frameTimes.length = 0;
    p.play();
  });
  await page.waitForTimeout(6000);
  const frames = await page.evaluate(() => [...(globalThis as unknown as { __iamLabTheatre: { frameTimes: number[] } }).__iamLabTheatre.frameTimes]);
  const steady = frames.slice(2);
  if (process.env.THEATRE_BENCH_DUMP) console.log(steady.map((t) => t.toFixed(0)).join(' '));
  const over = steady.filter((t) => t > 20).length;
  console.log(`\n${c.name}: ${c.events} trace events`);
  console.log(`  Evaluate → first frame (click to next animation frame, 12 runs): median ${median(firstFrame).toFixed(1)} ms, max ${Math.max(...firstFrame).toFixed(1)} ms; in-app ${internal.toFixed(1)} ms  (budget 100 ms)`);
  console.log(`  frames at 1× over 6 s: ${steady.length} frames, median ${median(steady).toFixed(2)} ms (${(1000 / median(steady)).toFixed(0)} fps), p95 ${pct(steady, 0.95).toFixed(2)} ms, over 20 ms: ${over}`);
  if (median(firstFrame) > 100 || median(steady) > 17.5) failed = true;
  await page.close();
  }
  if (failed) {
    console.error('Over budget');
    process.exitCode = 1;
  }
} finally {
  await browser.close();
  await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
}
