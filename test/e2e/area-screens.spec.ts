/**
 * World, Lessons and Practice as people see them, written to docs/screenshots on every run after checking what they
 * show, at 1280×800, in presenter mode at 1280×720 and at 1920×1080 (Evaluate has its own spec). Checked: nothing
 * spills sideways out of the window or out of its own box, and the area's main controls are on screen: every button
 * of the World's graph toolbar inside the window and inside its bar (and its "More" menu too), the legend out of the
 * graph's way in presenter mode, a lesson's task with its graph, a practice question, the exam and the detective.
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

/**
 * Where something spills sideways: an element past the window's right edge, or a box that scrolls sideways. Code
 * editors are left out (their lines do not wrap, by design: JSON reads by its indentation).
 */
async function sidewaysSpills(page: Page, testid: string): Promise<string[]> {
  return page.getByTestId(testid).evaluate((root) => {
    const out: string[] = [];
    const width = window.innerWidth;
    for (const el of [root, ...root.querySelectorAll<HTMLElement>('*')]) {
      if (!(el instanceof HTMLElement) || el.closest('.cm-editor')) continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      const name = `${el.tagName.toLowerCase()}${el.dataset.testid ? `[${el.dataset.testid}]` : ''}.${String(el.className)}`;
      if (r.right > width + 1) out.push(`${name} ends at ${Math.round(r.right)} px`);
      const overflow = getComputedStyle(el).overflowX;
      if (/(auto|scroll)/.test(overflow) && el.scrollWidth > el.clientWidth + 1)
        out.push(`${name} scrolls sideways (${el.scrollWidth} > ${el.clientWidth})`);
    }
    return out;
  });
}

/**
 * Every button of the World's graph toolbar is on screen and inside the bar, and the bar neither scrolls nor cuts
 * (its content is as wide as it is); returns the width its buttons take and the bar's width.
 */
async function toolbarFits(page: Page): Promise<{ used: number; bar: number; height: number }> {
  const toolbar = page.getByTestId('graph-toolbar');
  const bar = (await toolbar.boundingBox())!;
  const size = page.viewportSize()!;
  expect(await toolbar.evaluate((el) => el.scrollWidth <= el.clientWidth), 'the toolbar does not scroll').toBe(true);
  const buttons = toolbar.locator('button:visible');
  expect(await buttons.count()).toBeGreaterThanOrEqual(12);
  let right = bar.x;
  for (const button of await buttons.all()) {
    const b = (await button.boundingBox())!;
    const name = (await button.getAttribute('aria-label')) ?? (await button.textContent());
    expect(b.x >= bar.x - 0.5 && b.x + b.width <= bar.x + bar.width + 0.5, `${name} inside the toolbar`).toBe(true);
    expect(b.y >= bar.y - 0.5 && b.y + b.height <= bar.y + bar.height + 0.5, `${name} inside the toolbar`).toBe(true);
    expect(b.x >= 0 && b.x + b.width <= size.width && b.y >= 0 && b.y + b.height <= size.height, `${name} on screen`).toBe(
      true,
    );
    right = Math.max(right, b.x + b.width);
  }
  return { used: Math.round(right - bar.x), bar: Math.round(bar.width), height: Math.round(bar.height) };
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
      // The toolbar: one line, every button inside it and on screen (the undo button's height is one line's).
      const fit = await toolbarFits(page);
      const undo = (await page.getByTestId('undo').boundingBox())!;
      expect(fit.height).toBeLessThan(undo.height * 2);
      console.log(`${size.id}: the graph toolbar's buttons take ${fit.used} px of its ${fit.bar} px`);
      // The legend: shown, but out of the graph's way in presenter mode (its toggle brings it back).
      await expect(page.getByTestId('graph-legend')).toHaveCount(size.presenter ? 0 : 1);
      await expect(page.getByTestId('legend-toggle')).toHaveAttribute('aria-pressed', String(!size.presenter));
      await page.screenshot({ path: join(SHOTS, `world-${size.id}.png`) });
      // "More ▾" opens over the graph, every item on screen.
      await page.getByTestId('graph-more').click();
      await onScreen(page, 'graph-more-menu');
      for (const id of ['import-button', 'export-png', 'export-svg', 'sample-welcome', 'sample-organization'])
        await onScreen(page, id);
      if (size.presenter) await page.screenshot({ path: join(SHOTS, `world-more-${size.id}.png`) });
      await page.keyboard.press('Escape');
      await expect(page.getByTestId('graph-more-menu')).toHaveCount(0);
      if (size.presenter) {
        // The welcome world is wider than the pane at 16 px labels: its overview's overlays (minimap, "Focus on…")
        // wait behind "Overview" instead of covering nodes, and close again with their ×.
        await expect(page.getByTestId('graph')).toHaveAttribute('data-overview', 'true');
        await expect(page.getByTestId('graph-minimap')).toHaveCount(0);
        await expect(page.getByTestId('graph-focus-on')).toHaveCount(0);
        await page.getByTestId('graph-overview-show').click();
        await expect(page.getByTestId('graph-minimap')).toBeVisible();
        await expect(page.getByTestId('graph-focus-on')).toBeVisible();
        await page.getByTestId('graph-overview-hide').click();
        await expect(page.getByTestId('graph-minimap')).toHaveCount(0);
        await page.getByTestId('legend-toggle').click();
        await expect(page.getByTestId('graph-legend')).toBeVisible();
        await toolbarFits(page);
      }
    });

    test('Lessons', async ({ page }) => {
      await page.getByTestId('nav-lessons').click();
      expect(await sidewaysSpills(page, 'area-lessons')).toEqual([]);
      await page.getByTestId('lesson-open-17-federation-oidc').click();
      await page.getByTestId('lesson-next').click();
      await expect(page.getByTestId('lesson-goal')).toBeVisible();
      await onScreen(page, 'lesson-check');
      await onScreen(page, 'lesson-next');
      await onScreen(page, 'lesson-goto');
      // A task checked and failing: its reason shows beside the graph and the inspector.
      await page.getByTestId('lesson-check').click();
      await expect(page.getByTestId('lesson-check-result')).toContainText('Not yet');
      await onScreen(page, 'lesson-check-result');
      expect(await spillsSideways(page)).toBe(false);
      expect(await sidewaysSpills(page, 'lesson-player')).toEqual([]);
      // The graph keeps real room beside the lesson text and the inspector (presenter mode too).
      const graph = (await page.getByTestId('graph').boundingBox())!;
      expect(graph.width).toBeGreaterThanOrEqual(440);
      await page.screenshot({ path: join(SHOTS, `lessons-${size.id}.png`) });
    });

    test('Practice', async ({ page }) => {
      await page.getByTestId('nav-practice').click();
      await expect(page.getByTestId('area-practice')).toBeVisible();
      expect(await spillsSideways(page)).toBe(false);
      expect(await sidewaysSpills(page, 'area-practice')).toEqual([]);
      await page.screenshot({ path: join(SHOTS, `practice-${size.id}.png`) });
    });

    test('Practice: a question, the exam, the detective', async ({ page }) => {
      await page.getByTestId('nav-practice').click();
      await page.getByTestId('practice-count').selectOption('5');
      await page.getByTestId('practice-start').click();
      await expect(page.getByTestId('practice-session')).toBeVisible();
      for (const id of ['practice-next', 'practice-finish']) await onScreen(page, id);
      expect(await sidewaysSpills(page, 'area-practice')).toEqual([]);
      if (size.presenter) await page.screenshot({ path: join(SHOTS, `practice-question-${size.id}.png`) });
      await page.getByTestId('practice-finish').click();
      await page.getByTestId('practice-home').click();

      await page.getByTestId('exam-count').selectOption('10');
      await page.getByTestId('exam-start').click();
      await expect(page.getByTestId('exam-timer')).toBeVisible();
      for (const id of ['exam-timer', 'exam-flag', 'practice-next', 'practice-finish']) await onScreen(page, id);
      expect(await sidewaysSpills(page, 'area-practice')).toEqual([]);
      if (size.presenter) await page.screenshot({ path: join(SHOTS, `practice-exam-${size.id}.png`) });
      await page.getByTestId('practice-finish').click();
      await page.getByTestId('exam-finish-confirm').click();
      await expect(page.getByTestId('results-by-domain')).toBeVisible();
      expect(await sidewaysSpills(page, 'area-practice')).toEqual([]);
      await page.getByTestId('practice-home').click();

      await page.getByTestId('detective-start').click();
      await expect(page.getByTestId('detective-view')).toBeVisible({ timeout: 15_000 });
      await onScreen(page, 'detective-message');
      expect(await sidewaysSpills(page, 'area-practice')).toEqual([]);
      await page.locator('[data-testid="detective-reveal"]').first().click();
      await page.getByTestId('detective-type').first().check();
      await page.getByTestId('detective-statement').selectOption({ index: 1 });
      await page.getByTestId('detective-fix').first().check();
      await page.getByTestId('detective-check').click();
      await expect(page.getByTestId('detective-grade')).toBeVisible();
      await onScreen(page, 'detective-next');
      expect(await sidewaysSpills(page, 'area-practice')).toEqual([]);
      if (size.presenter) await page.screenshot({ path: join(SHOTS, `practice-detective-${size.id}.png`) });
    });
  });
}
