/**
 * The graph pictures kept in docs/screenshots (the default world, the imported example account, presenter mode in the
 * dark theme), written on every run so that they follow the code, each after checking what it shows.
 */
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { Core } from 'cytoscape';
import { expect, openApp, test } from './fixtures';
import { fitSettled } from './graph-settle';

const FIXTURE = join(import.meta.dirname, '..', 'fixtures', 'authz-details-example.json');
const SHOTS = join(import.meta.dirname, '..', '..', 'docs', 'screenshots');

/** Waits until the graph has drawn what the model holds and its fit has settled (no fixed wait). */
async function settled(page: Page): Promise<void> {
  await fitSettled(page);
}

test.describe('graph screenshots', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('the default world: alice arcs over the bucket to the AWS managed policy', async ({ page }) => {
    await openApp(page);
    await settled(page);
    // The edge from alice to IAMUserChangePassword (far right) would cross the bucket: it is drawn as an arc.
    const arcs = await page.getByTestId('graph').evaluate((el) => {
      const cy = (el as unknown as { _cyreg: { cy: Core } })._cyreg.cy;
      return cy.edges('.arc').map((e) => `${e.source().data('label')}->${e.target().data('label')}`);
    });
    expect(arcs).toContain('alice->IAMUserChangePassword');
    await page.screenshot({ path: join(SHOTS, 'graph-default.png') });
  });

  test('the imported example account', async ({ page }) => {
    test.setTimeout(60_000);
    await openApp(page);
    await page.getByTestId('import-file').setInputFiles(FIXTURE);
    await expect(page.getByTestId('graph')).toHaveAttribute('data-nodes', '280', { timeout: 30_000 });
    await expect(page.getByTestId('graph')).toHaveAttribute('data-detail', 'all');
    await settled(page);
    await page.getByTestId('file-notice').getByRole('button').first().click();
    await settled(page);
    await page.screenshot({ path: join(SHOTS, 'graph-imported.png') });
  });

  test('presenter mode in the dark theme: larger nodes and type', async ({ page }) => {
    await openApp(page);
    await settled(page);
    const width = () =>
      page.getByTestId('graph').evaluate((el) => {
        const cy = (el as unknown as { _cyreg: { cy: Core } })._cyreg.cy;
        return cy.$('node.k-user').first().width();
      });
    const before = await width();
    await page.getByTestId('presenter-toggle').click();
    await page.getByTestId('theme-toggle').click();
    await expect(page.locator('html')).toHaveClass(/presenter/);
    await settled(page);
    expect(await width()).toBeGreaterThan(before);
    await page.screenshot({ path: join(SHOTS, 'graph-presenter.png') });
  });
});
