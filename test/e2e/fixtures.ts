/**
 * Shared Playwright fixtures for the browser twin. Import `test` and `expect` from here instead of
 * '@playwright/test': every test then fails if the page logs an error or throws (this catches CSP violations too).
 */
import { test as base, expect, type Page } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The localStorage key of the twin's stored document (see renderer/src/host/browserStore.ts). */
export const STORE_KEY = 'iam-lab';

/** Absolute path of Electron's binary, or null where it was not downloaded (the smoke test then skips). */
export function electronBinaryPath(): string | null {
  const dir = join(import.meta.dirname, '..', '..', 'node_modules', 'electron');
  const pathFile = join(dir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(dir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

/** Puts `text` in the twin's storage before the page's scripts run (e.g. a corrupt or newer document). */
export async function seedStore(page: Page, text: string): Promise<void> {
  await page.addInitScript(
    ([key, value]) => {
      if (!sessionStorage.getItem('iam-lab-seeded')) {
        localStorage.setItem(key, value);
        sessionStorage.setItem('iam-lab-seeded', '1');
      }
    },
    [STORE_KEY, text] as const,
  );
}

/**
 * Opens the app and waits until the shell is on screen. The first-run welcome is closed (its dismissal is stored, so
 * a reload does not bring it back) unless `welcome` is set, as first-hour.spec.ts does to test it.
 */
export async function openApp(page: Page, options: { welcome?: boolean } = {}): Promise<void> {
  await page.goto('./');
  await expect(page.getByTestId('app-shell')).toBeVisible();
  if (!options.welcome) await dismissWelcome(page);
}

/** Closes the first-run welcome if the app shows it, once settings have loaded (when the app decides). */
export async function dismissWelcome(page: Page): Promise<void> {
  await expect(page.getByTestId('app-shell')).toHaveAttribute('data-ready', 'true');
  const welcome = page.getByTestId('welcome-dialog');
  if (await welcome.isVisible()) {
    await page.getByTestId('welcome-close').click();
    await expect(welcome).toHaveCount(0);
  }
}

interface Fixtures {
  /** Errors the page logged or threw; checked to be empty after each test. Push to `allowed` to accept some. */
  pageErrors: { errors: string[]; allowed: RegExp[] };
}

export const test = base.extend<Fixtures>({
  pageErrors: [
    async ({ page }, use) => {
      const record = { errors: [] as string[], allowed: [] as RegExp[] };
      page.on('console', (message) => {
        if (message.type() === 'error') record.errors.push(message.text());
      });
      page.on('pageerror', (error) => record.errors.push(error.message));
      await use(record);
      const unexpected = record.errors.filter((e) => !record.allowed.some((re) => re.test(e)));
      expect(unexpected, 'errors logged by the page').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
