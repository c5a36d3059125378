import { chromium } from '@playwright/test';
const url = process.argv[2];
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'] });
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, colorScheme: 'light' });
  await page.goto(url);
  await page.getByTestId('app-shell').waitFor();
  await page.getByTestId('graph').and(page.locator('[data-ready="true"]')).waitFor();
  await page.keyboard.press('Control+Backquote');
  const input = page.getByTestId('terminal-input');
  for (const line of ['iam create-user --user-name zed', 'iam add-user-to-group --user-name zed --group-name Developers', 'iam list-users --output table', 'iam create-user --user-name zed']) {
    await input.fill(line);
    await input.press('Enter');
    await page.waitForTimeout(300);
  }
  await page.waitForTimeout(800);
  await page.screenshot({ path: 'docs/screenshots/terminal.png' });
  await input.press('Escape');
  await page.keyboard.press('Control+k');
  await page.keyboard.type('dev');
  await page.waitForTimeout(400);
  await page.screenshot({ path: 'docs/screenshots/palette.png' });
} finally {
  await browser.close();
}
