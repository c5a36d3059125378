/**
 * Screenshots of each theatre flow for docs/screenshots/theatre-*.png. Runs only with THEATRE_SCREENSHOTS=1 (it writes
 * into docs/), e.g. `THEATRE_SCREENSHOTS=1 npx playwright test theatre-screenshots`.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, openApp, test } from './fixtures';
import { fitSettled } from './graph-settle';

const root = join(import.meta.dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'theatre-shots-'));
const SHOTS: Array<{ name: string; scenario: string; at: 'decisive' | 'end' }> = [
  { name: 'theatre-explicit-deny', scenario: 'deny', at: 'decisive' },
  { name: 'theatre-cross-account', scenario: 'cross', at: 'end' },
  { name: 'theatre-assume-role', scenario: 'assume', at: 'end' },
  { name: 'theatre-web-identity', scenario: 'web-identity', at: 'end' },
  { name: 'theatre-ec2', scenario: 'ec2', at: 'end' },
  { name: 'theatre-saml', scenario: 'saml', at: 'end' },
  { name: 'theatre-federation-token', scenario: 'federation-token', at: 'end' },
];

test.describe('theatre screenshots', () => {
  test.skip(!process.env.THEATRE_SCREENSHOTS, 'set THEATRE_SCREENSHOTS=1 to write docs/screenshots/theatre-*.png');
  test.beforeAll(() => {
    execFileSync(
      process.execPath,
      [join(root, 'node_modules/tsx/dist/cli.mjs'), join(root, 'test/e2e/theatre-scenarios.ts'), dir],
      { cwd: root },
    );
  });
  for (const shot of SHOTS) {
    test(shot.name, async ({ page }) => {
      await page.setViewportSize({ width: 1440, height: 960 });
      await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
      await openApp(page);
      await page.getByTestId('nav-evaluate').click();
      await page.getByTestId('share-file').setInputFiles(join(dir, `${shot.scenario}.json`));
      await expect(page.getByTestId('stage')).toBeVisible();
      await page.getByTestId(shot.at === 'end' ? 'ctl-end' : 'ctl-decisive').click();
      await fitSettled(page);
      await page.screenshot({ path: join(root, 'docs/screenshots', `${shot.name}.png`), fullPage: true });
    });
  }
});
