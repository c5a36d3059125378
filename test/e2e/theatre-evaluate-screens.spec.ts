/**
 * The Evaluate area as people see it, written to docs/screenshots on every run after checking what it shows: the
 * explicit-deny replay at its decision step at 1280×800, in presenter mode at 1280×720 and at 1920×1080. Checked: the
 * replay controls are on screen, no two gates overlap and no gate name is cut, the policy text never scrolls sideways,
 * and the graph beside it has labels of the legible size (11 px; 16 px in presenter mode).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { Core, NodeSingular } from 'cytoscape';
import { expect, openApp, test } from './fixtures';
import { fitSettled } from './graph-settle';

const root = join(import.meta.dirname, '..', '..');
const SHOTS = join(root, 'docs', 'screenshots');
const dir = mkdtempSync(join(tmpdir(), 'theatre-screens-'));

test.beforeAll(() => {
  execFileSync(
    process.execPath,
    [join(root, 'node_modules/tsx/dist/cli.mjs'), join(root, 'test/e2e/theatre-scenarios.ts'), dir],
    { cwd: root },
  );
});

/** Pairs of gates whose boxes overlap, and gates whose name is wider than the gate. */
async function gateProblems(page: Page): Promise<string[]> {
  return page.getByTestId('gate').evaluateAll((els) => {
    const out: string[] = [];
    const boxes = els.map((e) => ({ id: e.getAttribute('data-gate'), r: e.getBoundingClientRect(), e }));
    for (let i = 0; i < boxes.length; i++) {
      const a = boxes[i];
      const name = a.e.querySelector('.name') as HTMLElement;
      if (name.scrollWidth > name.clientWidth + 1) out.push(`${a.id}: name cut`);
      for (let j = i + 1; j < boxes.length; j++) {
        const b = boxes[j];
        if (
          a.r.left < b.r.right - 1 &&
          b.r.left < a.r.right - 1 &&
          a.r.top < b.r.bottom - 1 &&
          b.r.top < a.r.bottom - 1
        )
          out.push(`${a.id} overlaps ${b.id}`);
      }
    }
    return out;
  });
}

for (const shot of [
  { name: 'evaluate-1280x800', width: 1280, height: 800, presenter: false, minLabel: 11 },
  { name: 'evaluate-presenter-1280x720', width: 1280, height: 720, presenter: true, minLabel: 16 },
  { name: 'evaluate-1920x1080', width: 1920, height: 1080, presenter: false, minLabel: 11 },
]) {
  test(`Evaluate at ${shot.name}`, async ({ page }) => {
    await page.setViewportSize({ width: shot.width, height: shot.height });
    await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
    await openApp(page);
    if (shot.presenter) {
      await page.getByTestId('presenter-toggle').click();
      await expect(page.locator('html')).toHaveClass(/presenter/);
    }
    await page.getByTestId('nav-evaluate').click();
    await page.getByTestId('share-file').setInputFiles(join(dir, 'deny.json'));
    await expect(page.getByTestId('stage')).toBeVisible();
    await page.addStyleTag({ content: '[data-testid="file-notice"] { display: none !important; }' });
    await page.getByTestId('ctl-end').click();
    await expect(page.getByTestId('verdict-decision')).toHaveAttribute('data-decision', 'explicitDeny');
    await fitSettled(page);

    // The controls are on screen, whole.
    const controls = (await page.getByTestId('controls').boundingBox())!;
    expect(controls.y).toBeGreaterThanOrEqual(0);
    expect(controls.y + controls.height).toBeLessThanOrEqual(shot.height);
    for (const id of ['ctl-back', 'ctl-play', 'ctl-forward'])
      await expect(page.getByTestId(id)).toBeInViewport({ ratio: 1 });
    expect(await gateProblems(page)).toEqual([]);
    // The policy text wraps: nothing to scroll sideways, so nothing is cut at the start of a line.
    expect(await page.getByTestId('policy-json').evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    // The graph's labels in view are legible.
    const labels = await page.getByTestId('graph').evaluate((el) => {
      const cy = (el as unknown as { _cyreg: { cy: Core } })._cyreg.cy;
      const ext = cy.extent();
      return cy
        .nodes()
        .filter((n) => !n.hasClass('box') && n.visible() && !!n.data('label'))
        .filter((n) => {
          const p = (n as NodeSingular).position();
          return p.x >= ext.x1 && p.x <= ext.x2 && p.y >= ext.y1 && p.y <= ext.y2;
        })
        .map((n) => parseFloat(n.renderedStyle('font-size')));
    });
    expect(labels.length).toBeGreaterThan(0);
    expect(Math.min(...labels)).toBeGreaterThanOrEqual(shot.minLabel - 0.01);
    await page.screenshot({ path: join(SHOTS, `${shot.name}.png`) });

    // Scrolled down to the verdict, the controls stay on screen.
    await page.getByTestId('verdict').scrollIntoViewIfNeeded();
    await expect(page.getByTestId('ctl-play')).toBeInViewport({ ratio: 1 });
  });
}
