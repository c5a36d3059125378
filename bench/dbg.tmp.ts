import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { preview } from 'vite';
const root = resolve(import.meta.dirname, '..');
const server = await preview({ configFile: join(root, 'vite.web.config.ts'), logLevel: 'warn', preview: { port: 4998, strictPort: true, host: '127.0.0.1' } });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
try {
  const page = await browser.newPage({ bypassCSP: true, viewport: { width: 1400, height: 900 }, baseURL: 'http://127.0.0.1:4998/' });
  page.on('console', (m) => console.log('PAGE', m.type(), m.text()));
  page.on('pageerror', (e) => console.log('PAGEERR', e.message));
  await page.goto('./');
  await page.locator('[data-testid=graph][data-ready=true]').waitFor();
  const CY = `document.querySelector('[data-testid=graph]')._cyreg.cy`;
  await page.evaluate(`(() => { const cy = ${CY}; window.__cy0 = cy; window.__ev = []; const t0 = performance.now(); cy.on('render viewport', (e) => window.__ev.push(e.type + '@' + Math.round(performance.now() - t0) + ' z' + cy.zoom().toFixed(4))); window.__drawn = new Promise((r) => cy.one('add', () => cy.one('render', () => r(performance.now())))); })()`);
  await page.getByTestId('import-file').setInputFiles(process.argv[2] ?? join(root, 'test/fixtures/authz-details-example.json'));
  await page.evaluate('window.__drawn');
  await page.waitForTimeout(2000);
  console.log(await page.evaluate('window.__ev'));
  console.log('same cy', await page.evaluate(`window.__cy0 === ${CY}`), await page.evaluate(`${CY}.nodes().length`));
  const t = await page.evaluate(`(() => { const cy = ${CY}; const box = cy.container().getBoundingClientRect();
    const n = cy.nodes().filter((n) => !n.isParent() && !n.hasClass('box') && n.visible())[0]; const p = n.renderedPosition();
    return { id: n.id(), x: box.left + p.x, y: box.top + p.y, zoom: cy.zoom(), w: cy.width(), h: cy.height(), cls: n.classes() }; })()`);
  console.log(t);
  await page.mouse.click((t as any).x, (t as any).y);
  await page.waitForTimeout(500);
  console.log('same cy', await page.evaluate(`window.__cy0 === ${CY}`));
  console.log(await page.evaluate(`${CY}.$(':selected').map((n) => n.id())`));
  await page.screenshot({ path: '/tmp/dbg.png' });
} finally { await browser.close(); await server.close(); }
