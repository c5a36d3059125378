import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { preview } from 'vite';
const root = resolve(import.meta.dirname, '..');
const server = await preview({ configFile: join(root, 'vite.web.config.ts'), logLevel: 'warn', preview: { port: 4997, strictPort: true, host: '127.0.0.1' } });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, baseURL: 'http://127.0.0.1:4997/' });
  await page.goto('./');
  await page.locator('[data-testid=graph][data-ready=true]').waitFor();
  await page.waitForTimeout(800);
  console.log(await page.getByTestId('graph-toolbar').evaluate((el) => ({ sw: el.scrollWidth, cw: el.clientWidth, groups: [...el.children].map((c) => Math.round(c.getBoundingClientRect().width)) })));
  await page.screenshot({ path: '/tmp/world.png' });
  await page.getByTestId('graph-toolbar').screenshot({ path: '/tmp/tb.png' });
} finally { await browser.close(); await server.close(); }
