import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { preview } from 'vite';
import { applyCommands, emptyWorld, type WorldCommand } from '../shared/world';
import { serializeScenario } from '../shared/world/scenario/parse';
const root = resolve(import.meta.dirname, '..');
const which = process.argv[2] ?? 'gen';
let file = join(root, 'test', 'fixtures', 'authz-details-example.json');
if (which === 'gen') {
  const commands: WorldCommand[] = [];
  for (let a = 0; a < 8; a++) {
    const account = String(100000000000 + a * 1111);
    commands.push({ type: 'create-account', accountId: account, name: `Generated ${a}` });
    for (let g = 0; g < 8; g++) commands.push({ account, type: 'create-group', groupName: `group-${g}` });
    for (let p = 0; p < 70; p++) commands.push({ account, type: 'create-policy', policyName: `policy-${p}`, policyDocument: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: `arn:aws:s3:::bucket-${p}/*` }] } });
    for (let u = 0; u < 60; u++) {
      commands.push({ account, type: 'create-user', userName: `user-${u}` });
      commands.push({ account, type: 'add-user-to-group', userName: `user-${u}`, groupName: `group-${u % 8}` });
    }
    for (let r = 0; r < 60; r++) {
      const trusted = String(100000000000 + ((a + 1) % 8) * 1111);
      commands.push({ account, type: 'create-role', roleName: `role-${r}`, assumeRolePolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${trusted}:user/user-${r}` }, Action: 'sts:AssumeRole' }] } });
      commands.push({ account, type: 'attach-policy', to: 'role', name: `role-${r}`, policyArn: `arn:aws:iam::${account}:policy/policy-${r}` });
    }
  }
  const r = applyCommands(emptyWorld('Generated'), commands);
  if (!r.ok) throw new Error('gen');
  file = '/tmp/gen-prof.json';
  writeFileSync(file, serializeScenario(r.world));
}
const server = await preview({ configFile: join(root, 'vite.web.config.ts'), logLevel: 'warn', build: { outDir: process.env.OUT ?? '/tmp/webdist-prof' }, preview: { port: 4999, strictPort: true, host: '127.0.0.1' } });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
try {
  const page = await browser.newPage({ bypassCSP: true, viewport: { width: 1400, height: 900 }, baseURL: 'http://127.0.0.1:4999/' });
  page.on('console', (m) => m.type() === 'error' && console.log('PAGE', m.text()));
  await page.goto('./');
  await page.locator('[data-testid=graph][data-ready=true]').waitFor();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  const after = process.env.PHASE === 'after';
  if (!after) await cdp.send('Profiler.start');
  await page.evaluate(`(() => { const cy = document.querySelector('[data-testid=graph]')._cyreg.cy; window.__drawn = new Promise((r) => cy.one('add', () => cy.one('render', () => r(performance.now())))); })()`);
  const t0 = Date.now();
  await page.getByTestId('import-file').setInputFiles(file);
  await page.evaluate('window.__drawn');
  if (after) {
    await cdp.send('Profiler.start');
    const box = (await page.getByTestId('graph').boundingBox())!;
    const target = (await page.evaluate(`(() => { const cy = document.querySelector('[data-testid=graph]')._cyreg.cy; const b = cy.container().getBoundingClientRect(); const n = cy.nodes('.k-user')[3]; const p = n.renderedPosition(); return { x: b.left + p.x, y: b.top + p.y }; })()`)) as { x: number; y: number };
    await page.mouse.click(target.x, target.y);
    const cx = box.x + box.width / 2, cyy = box.y + box.height / 2;
    await page.mouse.move(cx, cyy);
    if (!process.env.TAP_ONLY) for (let i = 0; i < 8; i++) await page.mouse.wheel(0, i < 4 ? -120 : 120);
    await page.mouse.down();
    for (let i = 0; i < 20; i++) await page.mouse.move(cx + i * 10, cyy + i * 5);
    await page.mouse.up();
  }
  await page.evaluate('new Promise((r) => setTimeout(r, 1500))');
  console.log('drawn after', Date.now() - t0);
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: { nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }[]; samples: number[]; timeDeltas: number[] } };
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const selfBy = new Map<string, number>();
  const totalBy = new Map<string, number>();
  for (const [id, t] of self) {
    const n = byId.get(id)!;
    const key = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`;
    selfBy.set(key, (selfBy.get(key) ?? 0) + t);
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const m = byId.get(cur)!;
      const k = `${m.callFrame.functionName || '(anon)'} ${m.callFrame.url.split('/').pop()}:${m.callFrame.lineNumber}`;
      if (seen.has(k)) continue;
      seen.add(k);
      totalBy.set(k, (totalBy.get(k) ?? 0) + t);
    }
  }
  const top = (m: Map<string, number>, n: number) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, v]) => `${(v / 1000).toFixed(0).padStart(6)} ms  ${k}`).join('\n');
  console.log('SELF\n' + top(selfBy, 30));
  for (const target of (process.env.CALLERS ?? '').split(',').filter(Boolean)) {
    const callers = new Map<string, number>();
    for (const [id, t] of self) {
      // walk up to the first frame named target, then record its parent chain of 3
      let cur: number | undefined = id;
      while (cur !== undefined && byId.get(cur)!.callFrame.functionName !== target) cur = parent.get(cur);
      if (cur === undefined) continue;
      const chain: string[] = [];
      let up = parent.get(cur);
      for (let i = 0; i < 4 && up !== undefined; i++, up = parent.get(up)) { const f = byId.get(up)!.callFrame; chain.push(`${f.functionName || '(anon)'}:${f.lineNumber}`); }
      const k = chain.join(' < ');
      callers.set(k, (callers.get(k) ?? 0) + t);
    }
    console.log(`CALLERS of ${target}\n` + top(callers, 12));
  }
  console.log('TOTAL\n' + top(totalBy, 60));
} finally {
  await browser.close();
  await server.close();
}
