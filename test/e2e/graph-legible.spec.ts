/**
 * Legible by default: in each sample world and at the first step of each lesson, every node label drawn in the graph's
 * opening view is at least 11 px on screen at 1280×800, and at least 16 px in presenter mode at 1280×720. The size is
 * read from Cytoscape itself (`renderedStyle('font-size')` of each drawn leaf inside the viewport), after the fit has
 * settled (the viewport is the same over two animation frames), never after a fixed wait. A world that cannot fit
 * legibly shows the overview minimap.
 */
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { Core } from 'cytoscape';
import { expect, openApp, test } from './fixtures';
import { fitSettled } from './graph-settle';

const SAMPLES = ['welcome', 'cross-account', 'federation', 'ec2', 'organization'];

/** The smallest on-screen label size of the leaves drawn inside the viewport, and how many there are. */
async function labelSizes(page: Page): Promise<{ count: number; min: number; zoom: number; overview: string | null }> {
  const graph = page.getByTestId('graph').first();
  return graph.evaluate((el) => {
    const cy = (el as unknown as { _cyreg: { cy: Core } })._cyreg.cy;
    const ext = cy.extent();
    const sizes: number[] = [];
    cy.nodes().forEach((n) => {
      if (n.hasClass('box') || !n.visible() || !n.data('label')) return;
      const p = n.position();
      if (p.x < ext.x1 || p.x > ext.x2 || p.y < ext.y1 || p.y > ext.y2) return;
      sizes.push(parseFloat(n.renderedStyle('font-size')));
    });
    return {
      count: sizes.length,
      min: sizes.length ? Math.min(...sizes) : 0,
      zoom: cy.zoom(),
      overview: el.getAttribute('data-overview'),
    };
  });
}

async function newFromSample(page: Page, sample: string): Promise<void> {
  await page.getByTestId('world-name').click();
  await page.getByTestId(`sandbox-new-${sample}`).click();
  await page.getByTestId('sandbox-new-name').fill(`legible ${sample}`);
  await page.getByTestId('sandbox-create').click();
  await expect(page.getByTestId('sandbox-name')).toHaveText(`legible ${sample}`);
}

for (const mode of [
  { name: '1280×800', width: 1280, height: 800, presenter: false, min: 11 },
  { name: 'presenter 1280×720', width: 1280, height: 720, presenter: true, min: 16 },
]) {
  test.describe(`legible graph labels, ${mode.name}`, () => {
    test.use({ viewport: { width: mode.width, height: mode.height } });

    async function start(page: Page): Promise<void> {
      await openApp(page);
      if (mode.presenter) {
        await page.getByTestId('presenter-toggle').click();
        await expect(page.locator('html')).toHaveClass(/presenter/);
      }
    }

    test('each sample world opens with labels of at least the minimum size', async ({ page }) => {
      test.setTimeout(90_000);
      await start(page);
      const report: string[] = [];
      for (const sample of SAMPLES) {
        await newFromSample(page, sample);
        await fitSettled(page);
        const s = await labelSizes(page);
        report.push(
          `${sample}: ${s.count} labels, smallest ${s.min.toFixed(1)} px (zoom ${s.zoom.toFixed(2)}, minimap ${s.overview})`,
        );
        expect(s.count, `${sample}: labels in view`).toBeGreaterThan(0);
        expect(s.min, `${sample}: smallest label`).toBeGreaterThanOrEqual(mode.min - 0.01);
      }
      console.log(report.join('\n'));
    });

    test("each lesson's first step opens with labels of at least the minimum size", async ({ page }) => {
      test.setTimeout(240_000);
      await start(page);
      await page.getByTestId('nav-lessons').click();
      // Every lesson of the catalogue.
      const ids = await page
        .locator('[data-testid^="lesson-open-"]')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')!.slice('lesson-open-'.length)));
      expect(ids.length).toBeGreaterThan(20);
      const report: string[] = [];
      for (const id of ids) {
        await page.getByTestId(`lesson-open-${id}`).click();
        await expect(page.getByTestId('lesson-player')).toHaveAttribute('data-lesson', id);
        await fitSettled(page);
        const s = await labelSizes(page);
        report.push(
          `${id}: ${s.count} labels, smallest ${s.min.toFixed(1)} px (zoom ${s.zoom.toFixed(2)}, minimap ${s.overview})`,
        );
        expect(s.count, `${id}: labels in view`).toBeGreaterThan(0);
        expect(s.min, `${id}: smallest label`).toBeGreaterThanOrEqual(mode.min - 0.01);
        await page.getByTestId('lesson-catalogue').click();
      }
      console.log(report.join('\n'));
    });
  });
}

test.describe('a real account opens readable', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('the imported example account opens on its people at a legible size; "Focus on…" AWS managed policies brings them into view', async ({
    page,
  }) => {
    await openApp(page);
    await page
      .getByTestId('import-file')
      .setInputFiles(join(import.meta.dirname, '..', 'fixtures', 'authz-details-example.json'));
    await expect(page.getByTestId('graph')).toHaveAttribute('data-nodes', '280', { timeout: 30_000 });
    await fitSettled(page);
    const opening = await labelSizes(page);
    expect(opening.min).toBeGreaterThanOrEqual(11 - 0.01);
    expect(opening.overview).toBe('true');
    await expect(page.getByTestId('graph-minimap')).toBeVisible();
    const kindsInView = () =>
      page.getByTestId('graph').evaluate((el) => {
        const cy = (el as unknown as { _cyreg: { cy: Core } })._cyreg.cy;
        const ext = cy.extent();
        return cy
          .nodes()
          .filter(
            (n) =>
              !n.hasClass('box') &&
              n.position().x >= ext.x1 &&
              n.position().x <= ext.x2 &&
              n.position().y >= ext.y1 &&
              n.position().y <= ext.y2,
          )
          .map((n) => String(n.classes().find((c: string) => c.startsWith('k-'))));
      });
    const before = await kindsInView();
    expect(before).toContain('k-user');
    expect(before).not.toContain('k-aws-policy');
    await page.getByTestId('graph-focus-on').selectOption('aws-policy');
    await fitSettled(page);
    expect(await kindsInView()).toContain('k-aws-policy');
    expect((await labelSizes(page)).min).toBeGreaterThanOrEqual(11 - 0.01);
  });
});
