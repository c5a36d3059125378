/**
 * Each step of a replay is one frame, whichever way it is reached: the explicit-deny replay is stepped forward through
 * every step, then back through the same steps, and each pair of pictures of the theatre (controls, stage, policy
 * text, verdict) must be equal pixel for pixel: not one pixel may differ, by any amount. The graph beside it is masked
 * (its canvas is checked elsewhere). Also the lessons' theatre panel: Play reaches the last step, driven by
 * Playwright's fake clock instead of waiting.
 *
 * Why Chromium runs here with `--disable-partial-raster`: the DOM, layout and scroll of a step were already the same
 * both ways (no element outside the theatre changes while stepping, and the policy text's scroll is set from the step);
 * what still differed, on 9 to 15 of the 16 steps, was 2 to 25 pixels by 1 to 21 levels of a channel, all on
 * anti-aliased edges: the rounded corners of the gate cards, the dashed border of the decision marker, the corner of
 * the top bar's sandbox picker. Chromium repaints only the rectangles that changed since the last frame and, by
 * default, re-rasterises only those rectangles of a tile, keeping the tile's other pixels from earlier frames; Skia
 * anti-aliases a curve or a dash a little differently when the clip cuts through it. Which rectangles were repainted
 * depends on the step we came from (step 4 reached from step 3 repaints the first two gates; reached from step 5, only
 * the narration and the policy text), so an edge kept pixels from a different history each way. The app cannot choose
 * how the browser clips its raster. With partial raster off, a tile that changes is rasterised whole, so a frame's
 * pixels depend only on what the page shows now; nothing more is masked, and a real difference (other text, a moved
 * mark, a scroll offset, a focus ring, a transition still running) still fails. Without the switch this spec failed on
 * every run we tried.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, openApp, test } from './fixtures';

// Every changed tile rasterised whole, so a frame's pixels do not depend on the step before it (see above).
test.use({
  launchOptions: async ({ launchOptions }, use) =>
    use({ ...launchOptions, args: [...(launchOptions.args ?? []), '--disable-partial-raster'] }),
});

const root = join(import.meta.dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'theatre-frames-'));

test.beforeAll(() => {
  execFileSync(
    process.execPath,
    [join(root, 'node_modules/tsx/dist/cli.mjs'), join(root, 'test/e2e/theatre-scenarios.ts'), dir],
    { cwd: root },
  );
});

/**
 * Pixel-by-pixel comparison of two PNGs, decoded by the page's own canvas: how many pixels differ at all (in any
 * channel, by any amount; -1 when the sizes differ) and the largest difference in a channel, for the message.
 */
async function compare(page: Page, a: Buffer, b: Buffer): Promise<{ pixels: number; most: number }> {
  return page.evaluate(
    async ([x, y]) => {
      const load = async (b64: string) => {
        const img = new Image();
        img.src = `data:image/png;base64,${b64}`;
        await img.decode();
        const c = document.createElement('canvas');
        c.width = img.width;
        c.height = img.height;
        const ctx = c.getContext('2d')!;
        ctx.drawImage(img, 0, 0);
        return ctx.getImageData(0, 0, img.width, img.height);
      };
      const [p, q] = [await load(x), await load(y)];
      if (p.width !== q.width || p.height !== q.height) return { pixels: -1, most: -1 };
      let pixels = 0;
      let most = 0;
      for (let i = 0; i < p.data.length; i += 4) {
        const d = Math.max(
          Math.abs(p.data[i] - q.data[i]),
          Math.abs(p.data[i + 1] - q.data[i + 1]),
          Math.abs(p.data[i + 2] - q.data[i + 2]),
        );
        if (d > 0) pixels++;
        most = Math.max(most, d);
      }
      return { pixels, most };
    },
    [a.toString('base64'), b.toString('base64')] as const,
  );
}

async function frame(page: Page, i: number): Promise<Buffer> {
  await expect(page.getByTestId('ctl-pos')).toHaveText(new RegExp(`^Step ${i + 1} of `));
  // What the window shows (the area is not scrolled), the graph masked.
  return page.screenshot({ animations: 'disabled', caret: 'hide', mask: [page.locator('.graph-pane')] });
}

test.describe('theatre frames', () => {
  test('explicit deny: step forward then back gives the same frames, pixel for pixel', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await openApp(page);
    await page.getByTestId('nav-evaluate').click();
    await page.getByTestId('share-file').setInputFiles(join(dir, 'deny.json'));
    await expect(page.getByTestId('stage')).toBeVisible();
    // The "opened deny.json" notice leaves after a few seconds, in the middle of the walk: keep it out of the pictures.
    await page.addStyleTag({ content: '[data-testid="file-notice"] { display: none !important; }' });
    await page.getByTestId('narration').click();
    await page.keyboard.press('Home');
    const total = Number(/of (\d+)/.exec(await page.getByTestId('ctl-pos').innerText())![1]);
    expect(total).toBeGreaterThan(10);
    const forward: Buffer[] = [];
    for (let i = 0; i < total; i++) {
      if (i > 0) await page.keyboard.press('ArrowRight');
      forward.push(await frame(page, i));
    }
    const differ: string[] = [];
    for (let i = total - 1; i >= 0; i--) {
      if (i < total - 1) await page.keyboard.press('ArrowLeft');
      const back = await frame(page, i);
      const d = back.equals(forward[i]) ? { pixels: 0, most: 0 } : await compare(page, forward[i], back);
      if (d.pixels !== 0) {
        differ.push(`step ${i + 1}: ${d.pixels} pixels differ (largest channel difference ${d.most})`);
        // Set THEATRE_FRAMES_DIR to keep the pictures of the steps that differ.
        if (process.env.THEATRE_FRAMES_DIR) {
          writeFileSync(join(process.env.THEATRE_FRAMES_DIR, `step-${i + 1}-forward.png`), forward[i]);
          writeFileSync(join(process.env.THEATRE_FRAMES_DIR, `step-${i + 1}-back.png`), back);
        }
      }
    }
    expect(differ, 'steps whose frame differs between forward and back').toEqual([]);
    // Not a trivially equal picture: consecutive steps do differ.
    expect((await compare(page, forward[0], forward[1])).pixels).toBeGreaterThan(500);
  });

  test("the lessons' theatre panel plays to its last step (fake clock)", async ({ page }) => {
    await page.clock.install();
    await openApp(page);
    await page.getByTestId('nav-lessons').click();
    await page.getByTestId('lesson-open-12-multiple-permissions').click();
    await page.getByTestId('lesson-next').click();
    await expect(page.getByTestId('lesson-theatre')).toBeVisible();
    const count = page.getByTestId('lesson-theatre-count');
    await expect(count).toHaveText(/^step 1 of \d+$/);
    const total = Number(/of (\d+)/.exec(await count.innerText())![1]);
    await page.getByTestId('lesson-theatre-play').click();
    await expect(page.getByTestId('lesson-theatre-play')).toHaveAttribute('data-playing', 'true');
    await page.clock.runFor(400 * (total + 2));
    await expect(count).toHaveText(`step ${total} of ${total}`);
    await expect(page.getByTestId('lesson-theatre-play')).toHaveAttribute('data-playing', 'false');
  });
});
