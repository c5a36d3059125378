/**
 * Each step of a replay is one frame, whichever way it is reached: the explicit-deny replay is stepped forward through
 * every step, then back through the same steps, and each pair of pictures of the theatre (controls, stage, policy
 * text, verdict) must be equal pixel for pixel. The graph beside it is masked (its canvas is checked elsewhere). Also
 * the lessons' theatre panel: Play reaches the last step, driven by Playwright's fake clock instead of waiting.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, openApp, test } from './fixtures';

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
 * Pixel-by-pixel comparison of two PNGs, decoded by the page's own canvas: how many pixels differ at all, and how many
 * differ by more than `NOISE` in a channel. Chromium's software rasteriser repaints only what changed, and its
 * anti-aliasing of a re-painted border or the range thumb can move a channel by a few levels on a handful of pixels;
 * a frame that really differs (a line cut at its start, a moved mark, other text) changes hundreds of pixels by far
 * more.
 */
const NOISE = 24;
async function compare(page: Page, a: Buffer, b: Buffer): Promise<{ any: number; real: number }> {
  return page.evaluate(
    async ([x, y, noise]) => {
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
      if (p.width !== q.width || p.height !== q.height) return { any: -1, real: -1 };
      let any = 0;
      let real = 0;
      for (let i = 0; i < p.data.length; i += 4) {
        const d = Math.max(
          Math.abs(p.data[i] - q.data[i]),
          Math.abs(p.data[i + 1] - q.data[i + 1]),
          Math.abs(p.data[i + 2] - q.data[i + 2]),
        );
        if (d > 0) any++;
        if (d > noise) real++;
      }
      return { any, real };
    },
    [a.toString('base64'), b.toString('base64'), NOISE] as const,
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
      const d = back.equals(forward[i]) ? { any: 0, real: 0 } : await compare(page, forward[i], back);
      if (d.real !== 0 || d.any > 200) {
        differ.push(`step ${i + 1}: ${d.real} pixels differ, ${d.any} counting anti-aliasing`);
        // Set THEATRE_FRAMES_DIR to keep the pictures of the steps that differ.
        if (process.env.THEATRE_FRAMES_DIR) {
          writeFileSync(join(process.env.THEATRE_FRAMES_DIR, `step-${i + 1}-forward.png`), forward[i]);
          writeFileSync(join(process.env.THEATRE_FRAMES_DIR, `step-${i + 1}-back.png`), back);
        }
      }
    }
    expect(differ, 'steps whose frame differs between forward and back').toEqual([]);
    // Not a trivially equal picture: consecutive steps do differ, well beyond the noise.
    expect((await compare(page, forward[0], forward[1])).real).toBeGreaterThan(500);
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
