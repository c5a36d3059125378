import { chromium } from '@playwright/test';
import { preview } from 'vite';
const server = await preview({ configFile: '/work/main/vite.web.config.ts', logLevel: 'warn', build: { outDir: '/tmp/lead-dist' }, preview: { port: 4813, strictPort: true, host: '127.0.0.1' } });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ bypassCSP: true, viewport: { width: 1280, height: 800 }, baseURL: 'http://127.0.0.1:4813/' });
page.on('pageerror', (e) => console.log('PAGEERR', e.message));
page.on('console', (m) => m.type() === 'error' && console.log('CONSOLE', m.text()));
await page.goto('./');
await page.locator('[data-testid=graph][data-ready=true]').waitFor();
const sel = page.locator('[data-testid=graph-toolbar] select').first();
const opts = await sel.locator('option').allTextContents();
console.log(opts);
let i = 0;
for (const o of opts.slice(1)) {
  await sel.selectOption({ label: o });
  await page.waitForTimeout(1500);
  await page.screenshot({ path: `/tmp/prof/sample-${i++}.png` });
  console.log(o, await page.getByTestId('graph').evaluate((el) => JSON.stringify({ d: el.dataset.detail, nodes: el.dataset.nodes })));
}
await browser.close(); await server.close();
