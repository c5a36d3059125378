/**
 * The app shell in the browser twin: title, navigation, theme, presenter mode, dialogs, the store-backup notice;
 * and, where Electron's binary exists, a smoke test of the desktop app.
 */
import { _electron as electron } from '@playwright/test';
import { join } from 'node:path';
import { electronBinaryPath, expect, openApp, seedStore, STORE_KEY, test } from './fixtures';

test.describe('app shell (browser twin)', () => {
  test('shows the title, the world name and the four areas, World first', async ({ page }) => {
    await openApp(page);
    await expect(page.getByTestId('app-title')).toHaveText('IAM Lab');
    // The world area names the open world (the welcome world on first run).
    await expect(page.getByTestId('world-name')).toContainText(/Sandbox\s*\S+/);
    const tabs = page.getByRole('tab');
    await expect(tabs).toHaveText(['World', 'Evaluate', 'Lessons', 'Practice']);
    await expect(page.getByRole('tab', { name: 'World' })).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByTestId('area-world')).toBeVisible();
    await expect(page).toHaveTitle('World — IAM Lab');
  });

  test('navigates by click and by keyboard, and remembers the area across a reload', async ({ page }) => {
    await openApp(page);
    await page.getByTestId('nav-lessons').click();
    await expect(page.getByTestId('area-lessons')).toBeVisible();
    await expect(page.getByTestId('area-world')).toHaveCount(0);

    await page.getByTestId('nav-lessons').focus();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByTestId('area-practice')).toBeVisible();
    await expect(page.getByTestId('nav-practice')).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByTestId('area-world')).toBeVisible();
    await page.keyboard.press('End');
    await expect(page.getByTestId('area-practice')).toBeVisible();
    await page.keyboard.press('ArrowLeft');
    await expect(page.getByTestId('area-lessons')).toBeVisible();
    await page.getByTestId('nav-evaluate').click();

    await page.reload();
    await expect(page.getByTestId('area-evaluate')).toBeVisible();
    await expect(page.getByRole('tab', { name: 'Evaluate' })).toHaveAttribute('aria-selected', 'true');
  });

  test('toggles the theme, keeps it across a reload, and stores it in the versioned document', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await openApp(page);
    const html = page.locator('html');
    await expect(html).toHaveAttribute('data-theme', 'light');
    await expect(page.getByTestId('theme-toggle')).toHaveText('☾');
    const lightBg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);

    await page.getByTestId('theme-toggle').click();
    await expect(html).toHaveAttribute('data-theme', 'dark');
    await expect(page.getByTestId('theme-toggle')).toHaveText('☀');
    const darkBg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(darkBg).not.toBe(lightBg);

    await page.reload();
    await expect(html).toHaveAttribute('data-theme', 'dark');
    const stored = JSON.parse((await page.evaluate((key) => localStorage.getItem(key), STORE_KEY)) ?? 'null');
    expect(stored).toMatchObject({ version: 1, settings: { theme: 'dark' } });

    await page.keyboard.press('Control+Shift+L');
    await expect(html).toHaveAttribute('data-theme', 'light');
  });

  test('presenter mode enlarges the type with F11 and with its button', async ({ page }) => {
    await openApp(page);
    const rootSize = () => page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
    const normal = await rootSize();
    await page.keyboard.press('F11');
    await expect(page.locator('html')).toHaveClass(/presenter/);
    expect(await rootSize()).toBeGreaterThan(normal);
    // The World area follows the look kept on <html> (its graph draws larger in presenter mode).
    await expect(page.getByTestId('area-world')).toHaveClass(/presenter/);
    await expect(page.getByTestId('presenter-toggle')).toHaveAttribute('aria-pressed', 'true');
    await page.getByTestId('presenter-toggle').click();
    await expect(page.locator('html')).not.toHaveClass(/presenter/);
    await expect(page.getByTestId('area-world')).not.toHaveClass(/presenter/);
    expect(await rootSize()).toBe(normal);
  });

  test('opens About and the keyboard shortcuts, and closes them with Escape', async ({ page }) => {
    await openApp(page);
    // The ? button opens Help; About is one click from there.
    await page.getByTestId('help-button').click();
    await page.getByTestId('help-about').click();
    await expect(page.getByTestId('about-dialog')).toBeVisible();
    await expect(page.getByTestId('about-version')).toHaveText(/^\d+\.\d+\.\d+/);
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('about-dialog')).toHaveCount(0);
    await page.keyboard.press('Control+/');
    await expect(page.getByTestId('shortcuts-dialog')).toBeVisible();
    await expect(page.getByTestId('shortcuts-dialog')).toContainText('Presenter mode');
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('shortcuts-dialog')).toHaveCount(0);
  });

  test('a corrupt stored document is moved aside, and the user is told its name', async ({ page }) => {
    await seedStore(page, '{"version": 1, "settings": {');
    await openApp(page);
    const notice = page.getByTestId('store-notice');
    await expect(notice).toBeVisible();
    await expect(notice).toContainText('could not be read');
    const name = (await page.getByTestId('store-backup-name').textContent()) ?? '';
    expect(name).toMatch(/^iam-lab\.backup-\d{4}-\d{2}-\d{2}T[\d-]+Z\.json$/);
    const kept = await page.evaluate((key) => localStorage.getItem(key), name);
    expect(kept).toBe('{"version": 1, "settings": {');
    await page.getByTestId('store-notice-dismiss').click();
    await expect(notice).toHaveCount(0);
    // The fresh document was written; the next start shows no notice.
    await page.reload();
    await expect(page.getByTestId('app-shell')).toBeVisible();
    await expect(page.getByTestId('store-notice')).toHaveCount(0);
  });

  test('a document from a newer version is kept aside, not overwritten', async ({ page }) => {
    const newer = JSON.stringify({ version: 99, settings: { theme: 'dark' }, somethingNew: true });
    await seedStore(page, newer);
    await openApp(page);
    await expect(page.getByTestId('store-notice')).toContainText('newer version of IAM Lab (format 99)');
    const name = (await page.getByTestId('store-backup-name').textContent()) ?? '';
    expect(await page.evaluate((key) => localStorage.getItem(key), name)).toBe(newer);
    const current = JSON.parse((await page.evaluate((key) => localStorage.getItem(key), STORE_KEY)) ?? 'null');
    expect(current.version).toBe(1);
  });

  test('makes no network request outside the app itself', async ({ page, baseURL }) => {
    const origin = new URL(baseURL!).origin;
    const foreign: string[] = [];
    page.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith(`${origin}/`) && !url.startsWith('data:')) foreign.push(url);
    });
    await openApp(page);
    for (const area of ['evaluate', 'lessons', 'practice', 'world']) await page.getByTestId(`nav-${area}`).click();
    expect(foreign).toEqual([]);
  });
});

test.describe('desktop app (Electron)', () => {
  const binary = electronBinaryPath();
  test.skip(
    binary === null,
    "Electron's binary is not installed here (download blocked); the browser twin is tested instead",
  );

  test('opens the sandboxed window with the shell', async () => {
    const root = join(import.meta.dirname, '..', '..');
    const app = await electron.launch({ executablePath: binary!, args: [root], cwd: root });
    try {
      const window = await app.firstWindow();
      await expect(window.getByTestId('app-title')).toHaveText('IAM Lab');
      const isolated = await window.evaluate(() => typeof (window as unknown as { require?: unknown }).require);
      expect(isolated).toBe('undefined');
      const api = await window.evaluate(() => Object.keys((window as unknown as { iamLab: object }).iamLab).sort());
      expect(api).toContain('getSettings');
      expect(api).not.toContain('invoke');
    } finally {
      await app.close();
    }
  });
});
