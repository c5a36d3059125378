/**
 * World, Lessons and Practice as people see them, written to docs/screenshots on every run after checking what they
 * show, at 1280×800, in presenter mode at 1280×720 and at 1920×1080 (Evaluate has its own spec). Checked: nothing
 * spills sideways out of the window, and the area's main controls are on screen.
 */
import type { Page } from '@playwright/test';
import { join } from 'node:path';
import { expect, openApp, test } from './fixtures';

const SHOTS = join(import.meta.dirname, '..', '..', 'docs', 'screenshots');

const SIZES = [
  { id: '1280x800', width: 1280, height: 800, presenter: false },
  { id: 'presenter-1280x720', width: 1280, height: 720, presenter: true },
  { id: '1920x1080', width: 1920, height: 1080, presenter: false },
];

/** True when the page is wider than the window (something spills sideways). */
async function spillsSideways(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1);
}

/** Expects `testid` to be inside the window. */
async function onScreen(page: Page, testid: string): Promise<void> {
  const box = await page.getByTestId(testid).first().boundingBox();
  const size = page.viewportSize()!;
  expect(box, testid).not.toBeNull();
  expect(
    box!.x >= 0 && box!.y >= 0 && box!.x + box!.width <= size.width + 1 && box!.y + box!.height <= size.height + 1,
    `${testid} on screen`,
  ).toBe(true);
}

for (const size of SIZES) {
  test.describe(`areas at ${size.id}`, () => {
    test.beforeEach(async ({ page }) => {
      await page.setViewportSize({ width: size.width, height: size.height });
      await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
      await openApp(page);
      if (size.presenter) {
        await page.getByTestId('presenter-toggle').click();
        await expect(page.locator('html')).toHaveClass(/presenter/);
      }
    });

    test('World', async ({ page }) => {
      await expect(page.getByTestId('graph')).toHaveAttribute('data-ready', 'true');
      await page.getByTestId('explorer').getByText('alice', { exact: true }).click();
      await onScreen(page, 'graph-toolbar');
      await onScreen(page, 'inspector-title');
      expect(await spillsSideways(page)).toBe(false);
      await page.screenshot({ path: join(SHOTS, `world-${size.id}.png`) });
    });

    test('Lessons', async ({ page }) => {
      await page.getByTestId('nav-lessons').click();
      await page.getByTestId('lesson-open-17-federation-oidc').click();
      await page.getByTestId('lesson-next').click();
      await expect(page.getByTestId('lesson-goal')).toBeVisible();
      await onScreen(page, 'lesson-check');
      expect(await spillsSideways(page)).toBe(false);
      await page.screenshot({ path: join(SHOTS, `lessons-${size.id}.png`) });
    });

    test('Practice', async ({ page }) => {
      await page.getByTestId('nav-practice').click();
      await expect(page.getByTestId('area-practice')).toBeVisible();
      expect(await spillsSideways(page)).toBe(false);
      await page.screenshot({ path: join(SHOTS, `practice-${size.id}.png`) });
    });
  });
}
