// `npm run screenshot`: builds the browser twin and saves the first screen, as a new user sees it, to
// docs/screenshots/shell.png (used by the README). Uses Debian's Chromium (override with CHROMIUM_PATH).
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { repoRoot } from './lib/electronBinary.mjs';
import { buildAndServeTwin } from './lib/serveTwin.mjs';

const { url, server } = await buildAndServeTwin();
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, colorScheme: 'light' });
  await page.goto(url);
  await page.getByTestId('app-shell').waitFor();
  const out = join(repoRoot, 'docs', 'screenshots', 'shell.png');
  await page.screenshot({ path: out });
  console.log(`Saved ${out}`);
} finally {
  await browser.close();
  await server.close();
}
