/**
 * Graph bench (`npx tsx bench/graph.bench.ts`, or `npm run bench`): time from loading a world to a drawn, interactive
 * graph in headless Chromium against the browser twin, for the imported example account and for a generated world of
 * about 2,000 nodes; then frame times while zooming and panning. Prints milliseconds; it is not a pass/fail test.
 * Needs the twin built (`npm run web:build`) and Debian's Chromium (override with CHROMIUM_PATH).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { preview } from 'vite';
import { applyCommands, emptyWorld, type World, type WorldCommand } from '../shared/world';
import { serializeScenario } from '../shared/world/scenario/parse';
import { buildGraph, layoutGraph } from '../shared/graph';
import { WELCOME_SEEN } from './welcomeSeen';

const root = resolve(import.meta.dirname, '..');
const FIXTURE = join(root, 'test', 'fixtures', 'authz-details-example.json');

/** A world of `accounts` accounts, each with users in groups, roles, managed and inline policies (~250 nodes each). */
function generatedWorld(accounts: number): World {
  const commands: WorldCommand[] = [];
  for (let a = 0; a < accounts; a++) {
    const account = String(100000000000 + a * 1111);
    commands.push({ type: 'create-account', accountId: account, name: `Generated ${a}` });
    for (let g = 0; g < 8; g++) commands.push({ account, type: 'create-group', groupName: `group-${g}` });
    for (let p = 0; p < 70; p++) {
      commands.push({ account, type: 'create-policy', policyName: `policy-${p}`, policyDocument: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: `arn:aws:s3:::bucket-${p}/*` }] } });
    }
    for (let u = 0; u < 60; u++) {
      commands.push({ account, type: 'create-user', userName: `user-${u}` });
      commands.push({ account, type: 'add-user-to-group', userName: `user-${u}`, groupName: `group-${u % 8}` });
      commands.push({ account, type: 'attach-policy', to: 'user', name: `user-${u}`, policyArn: `arn:aws:iam::${account}:policy/policy-${u % 70}` });
    }
    for (let r = 0; r < 60; r++) {
      const trusted = String(100000000000 + ((a + 1) % accounts) * 1111);
      commands.push({ account, type: 'create-role', roleName: `role-${r}`, assumeRolePolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${trusted}:user/user-${r}` }, Action: 'sts:AssumeRole' }] } });
      commands.push({ account, type: 'put-inline-policy', to: 'role', name: `role-${r}`, policyName: 'inline', policyDocument: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'sqs:*', Resource: '*' }] } });
      commands.push({ account, type: 'attach-policy', to: 'role', name: `role-${r}`, policyArn: `arn:aws:iam::${account}:policy/policy-${r}` });
    }
  }
  const r = applyCommands(emptyWorld('Generated'), commands);
  if (!r.ok) throw new Error(`generated world: ${r.error.reason} at ${r.index}`);
  return r.world;
}

/** The page's Cytoscape instance (cytoscape registers it on its container), as a string for page.evaluate. */
const CY = `document.querySelector('[data-testid=graph]')._cyreg.cy`;

/** The leaves (nodes that are not boxes) shown, as a Cytoscape expression over `cy`. */
const LEAVES_SHOWN = `cy.nodes().filter((n) => !n.hasClass('box') && n.visible())`;

/**
 * The first node of `candidates` (a Cytoscape expression over `cy`) drawn inside the view (20 px in from its edges),
 * with its id and page coordinates, for a mouse tap.
 */
async function nodeInView(page: Page, candidates: string): Promise<{ id: string; x: number; y: number }> {
  return (await page.evaluate(`(() => {
    const cy = ${CY};
    const box = cy.container().getBoundingClientRect();
    const node = (${candidates}).filter((n) => {
      const p = n.renderedPosition();
      return p.x > 20 && p.y > 20 && p.x < cy.width() - 20 && p.y < cy.height() - 20;
    })[0];
    const p = node.renderedPosition();
    return { id: node.id(), x: box.left + p.x, y: box.top + p.y };
  })()`)) as { id: string; x: number; y: number };
}

/** Taps the node at its page coordinates and waits (frame by frame) until it is the selection. */
async function tapToSelect(page: Page, target: { id: string; x: number; y: number }): Promise<void> {
  await page.mouse.click(target.x, target.y);
  await page.waitForFunction(`${CY}.$(':selected').id() === ${JSON.stringify(target.id)}`, undefined, { polling: 'raf' });
}

/**
 * Import action → first Cytoscape 'render' after the elements were added ("drawn") → a mouse tap on a node selects it
 * ("interactive"). Both measured from just before the file is handed to the page.
 */
async function drawTime(page: Page, file: string): Promise<{ drawn: number; ms: number; nodes: number; edges: number }> {
  await page.goto('./');
  await page.locator('[data-testid=graph][data-ready=true]').waitFor();
  // Arm: resolve at the first frame Cytoscape renders after elements are added.
  await page.evaluate(`(() => {
    const cy = ${CY};
    window.__drawn = new Promise((resolve) => {
      cy.one('add', () => cy.one('render', () => resolve(performance.now())));
    });
  })()`);
  const t0 = (await page.evaluate('performance.now()')) as number;
  const started = performance.now();
  await page.getByTestId('import-file').setInputFiles(file);
  trace('file set');
  const drawnAt = (await page.evaluate('window.__drawn')) as number;
  trace('drawn');
  // Interactive: a tap on a node in view selects it.
  // A leaf when leaves are drawn; a large world starts as its boxes (level of detail), and a box is a node too.
  const target = await nodeInView(
    page,
    `((leaves) => (leaves.nonempty() ? leaves : cy.nodes('.box').filter((n) => n.visible())))(${LEAVES_SHOWN})`,
  );
  trace(`tap ${target.id}`);
  await tapToSelect(page, target);
  const ms = performance.now() - started;
  const d = await page.getByTestId('graph').evaluate((el) => ({ ...(el as HTMLElement).dataset }));
  return { drawn: drawnAt - t0, ms, nodes: Number(d.nodes), edges: Number(d.edges) };
}

/**
 * Level of detail: from a zoom into the middle of the picture (to 1:1, where labels are readable) until the leaves of
 * the boxes in view are drawn and a tap on one selects it. Null when the world is drawn whole (no level of detail).
 */
async function zoomInTime(page: Page): Promise<{ ms: number; drawn: number } | null> {
  const detail = await page.getByTestId('graph').getAttribute('data-detail');
  if (detail !== 'boxes') return null;
  const started = performance.now();
  await page.evaluate(`(() => {
    const cy = ${CY};
    const leaf = cy.nodes('.box.b-account')[0];
    cy.zoom({ level: 1, position: leaf.position() });
    cy.center(leaf);
  })()`);
  // The leaves of the boxes in view are added over the next frames; tap one at the centre of the view.
  await page.waitForFunction(`${CY}.nodes().filter((n) => !n.hasClass('box')).length > 0`, undefined, { polling: 'raf' });
  const target = await nodeInView(page, LEAVES_SHOWN);
  await tapToSelect(page, target);
  const drawn = Number(await page.getByTestId('graph').getAttribute('data-drawn-nodes'));
  return { ms: performance.now() - started, drawn };
}

async function frameTimes(page: Page): Promise<{ avg: number; p95: number; frames: number }> {
  const box = (await page.getByTestId('graph').boundingBox())!;
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  // A string, not a function: tsx's __name helper would not exist in the page.
  const collecting = page.evaluate(`new Promise((done) => {
    const times = [];
    let last = performance.now();
    const end = last + 1500;
    const tick = (t) => { times.push(t - last); last = t; if (t < end) requestAnimationFrame(tick); else done(times); };
    requestAnimationFrame(tick);
  })`) as Promise<number[]>;
  await page.mouse.move(cx, cy);
  for (let i = 0; i < 8; i++) await page.mouse.wheel(0, i < 4 ? -120 : 120);
  await page.mouse.down();
  for (let i = 0; i < 20; i++) await page.mouse.move(cx + i * 10, cy + i * 5);
  await page.mouse.up();
  const times = (await collecting).slice(1).sort((a, b) => a - b);
  const avg = times.reduce((s, t) => s + t, 0) / times.length;
  return { avg, p95: times[Math.floor(times.length * 0.95)] ?? avg, frames: times.length };
}

/** Runs per world (median reported); BENCH_RUNS overrides. */
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const trace = (msg: string) => process.env.BENCH_TRACE && console.log(`  · ${msg}`);

const dir = mkdtempSync(join(tmpdir(), 'iam-lab-bench-'));
const world = generatedWorld(8);
let t = performance.now();
const model = buildGraph(world);
const buildMs = performance.now() - t;
t = performance.now();
layoutGraph(model);
const layoutMs = performance.now() - t;
const generated = join(dir, 'generated-2000.json');
writeFileSync(generated, serializeScenario(world));
console.log(`generated world: ${model.nodes.length} nodes, ${model.edges.length} edges; buildGraph ${buildMs.toFixed(0)} ms, layoutGraph ${layoutMs.toFixed(0)} ms (Node)`);

const port = 4300 + Math.floor(Math.random() * 500);
// BENCH_WEB_DIR: a twin built elsewhere (so a bench does not depend on, or clobber, web-dist).
const outDir = process.env.BENCH_WEB_DIR ? resolve(process.env.BENCH_WEB_DIR) : undefined;
const server = await preview({ configFile: join(root, 'vite.web.config.ts'), logLevel: 'warn', ...(outDir ? { build: { outDir } } : {}), preview: { port, strictPort: true, host: '127.0.0.1' } });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
});
try {
  // A fresh context per run: the app keeps the open world in localStorage, so a reload would already show it.
  // bypassCSP: the app's CSP forbids string evaluation, which the measuring scripts use.
  const freshPage = async () => {
    const p = await browser.newPage({ bypassCSP: true, viewport: { width: 1400, height: 900 }, baseURL: `http://127.0.0.1:${port}/` });
    await p.addInitScript(WELCOME_SEEN);
    return p;
  };
  let page = await freshPage();
  for (const [name, file] of [
    ['example account (authz details)', FIXTURE],
    ['generated ~2,000 nodes', generated],
  ] as const) {
    const runs = [];
    for (let i = 0; i < RUNS; i++) {
      await page.close();
      page = await freshPage();
      runs.push(await drawTime(page, file));
    }
    const med = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    const best = Math.min(...runs.map((r) => r.ms));
    console.log(`${name}: ${runs[0].nodes} nodes, ${runs[0].edges} edges drawn; import → first render: median ${med(runs.map((r) => r.drawn)).toFixed(0)} ms; import → tap selects a node: median ${med(runs.map((r) => r.ms)).toFixed(0)} ms, best ${best.toFixed(0)} ms (runs ${runs.map((r) => r.ms.toFixed(0)).join(', ')})`);
    // Steady state: Cytoscape finishes its texture caches in the frames after the first draw.
    await page.waitForTimeout(1000);
    const f = await frameTimes(page);
    console.log(`  zoom + pan (after 1 s): ${f.frames} frames, average ${f.avg.toFixed(1)} ms, p95 ${f.p95.toFixed(1)} ms per frame`);
    const z = await zoomInTime(page);
    if (z) {
      console.log(`  level of detail: zoom to 1:1 on an account → its leaves drawn and a tap selects one: ${z.ms.toFixed(0)} ms (${z.drawn} nodes drawn)`);
      await page.waitForTimeout(1000);
      const g = await frameTimes(page);
      console.log(`  zoom + pan at 1:1 (after 1 s): ${g.frames} frames, average ${g.avg.toFixed(1)} ms, p95 ${g.p95.toFixed(1)} ms per frame`);
    }
  }
} finally {
  await browser.close();
  await server.close();
}
