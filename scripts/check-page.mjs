// `node scripts/check-page.mjs <url>`: proves a served IAM Lab loads, for CI after `npm start`: the HTML is IAM Lab's
// page, and in Chromium (Debian's, or CHROMIUM_PATH) its script runs and draws the app shell. One line either way;
// exit code 1 on failure.
import { chromium } from '@playwright/test';

const url = process.argv[2];
const fail = (why) => {
  console.error(`page check: ${url} ${why}`);
  process.exit(1);
};
if (!url) fail('(no URL given)');

try {
  const response = await fetch(url);
  const html = await response.text();
  if (!response.ok) fail(`answered HTTP ${response.status}`);
  if (!/<title>IAM Lab<\/title>/.test(html) || !/id="app"/.test(html)) fail("is not IAM Lab's page (no title or #app)");
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  try {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const started = Date.now();
    await page.goto(url);
    await page.getByTestId('app-shell').waitFor({ timeout: 60_000 });
    const title = await page.getByTestId('app-title').textContent();
    if (errors.length > 0) fail(`threw in the page: ${errors[0]}`);
    console.log(`page check: ${url} serves IAM Lab; "${title}" shell drawn in ${Date.now() - started} ms`);
  } finally {
    await browser.close();
  }
} catch (e) {
  fail(`could not be loaded: ${String(e?.message ?? e).split('\n')[0]}`);
}
