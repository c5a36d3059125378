/**
 * Sandboxes in the browser twin: several named worlds kept in browser storage, switched from the top bar's picker,
 * surviving a reload with their own content; and a corrupt worlds document moved aside to a backup key, the user told,
 * the welcome world opened, and the old data still in the backup.
 */
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, openApp, test } from './fixtures';

const SHOTS = join(import.meta.dirname, '..', '..', 'docs', 'screenshots');
const WORLDS_KEY = 'iam-lab-worlds';

async function nodeIds(page: Page): Promise<string[]> {
  return page.getByTestId('graph').evaluate((el) => JSON.parse((el as HTMLElement).dataset.nodeIds ?? '[]'));
}

async function graphReady(page: Page): Promise<void> {
  await expect(page.getByTestId('graph')).toHaveAttribute('data-ready', 'true');
}

/** Adds an IAM user through the terminal (the same commands the console forms use). */
async function createUser(page: Page, name: string): Promise<void> {
  await page.keyboard.press('Control+Backquote');
  const input = page.getByTestId('terminal-input');
  await input.fill(`iam create-user --user-name ${name}`);
  await input.press('Enter');
  await expect.poll(async () => (await nodeIds(page)).some((id) => id.endsWith(`:user/${name}`))).toBe(true);
  await page.keyboard.press('Control+Backquote');
  await expect(page.getByTestId('terminal')).toHaveCount(0);
}

async function openPicker(page: Page): Promise<void> {
  await page.getByTestId('world-name').click();
  await expect(page.getByTestId('sandbox-menu')).toBeVisible();
}

async function newFromSample(page: Page, sample: string, name: string): Promise<void> {
  await openPicker(page);
  await page.getByTestId(`sandbox-new-${sample}`).click();
  await page.getByTestId('sandbox-new-name').fill(name);
  await page.getByTestId('sandbox-create').click();
  await expect(page.getByTestId('sandbox-menu')).toHaveCount(0);
  await expect(page.getByTestId('sandbox-name')).toHaveText(name);
}

async function switchTo(page: Page, id: string, name: string): Promise<void> {
  await openPicker(page);
  await page.getByTestId(`sandbox-open-${id}`).click();
  await expect(page.getByTestId('sandbox-name')).toHaveText(name);
}

const hasUser = (ids: string[], name: string) => ids.some((id) => id.endsWith(`:user/${name}`));

test.describe('sandboxes', () => {
  test('a second sandbox from the cross-account sample; switching and reloading keep each one’s content', async ({
    page,
  }) => {
    await openApp(page);
    await graphReady(page);
    await expect(page.getByTestId('sandbox-name')).toHaveText('Welcome');
    await createUser(page, 'persist-me');
    const welcomeIds = (await nodeIds(page)).sort();

    await newFromSample(page, 'cross-account', 'Cross lab');
    await expect.poll(async () => hasUser(await nodeIds(page), 'persist-me')).toBe(false);
    await graphReady(page);
    const crossIds = (await nodeIds(page)).sort();
    expect(crossIds).not.toEqual(welcomeIds);

    // The picker, for the docs: both worlds, the open one marked, the samples below.
    await openPicker(page);
    await expect(page.getByTestId('sandbox-row-welcome')).toBeVisible();
    await expect(page.getByTestId('sandbox-row-cross-lab')).toBeVisible();
    await expect(page.getByTestId('sandbox-open-cross-lab')).toHaveAttribute('aria-current', 'true');
    await expect(page.getByTestId('sandbox-save-state')).toHaveText('All changes saved');
    await page.screenshot({ path: join(SHOTS, 'sandboxes.png') });
    await page.keyboard.press('Escape');

    await switchTo(page, 'welcome', 'Welcome');
    await expect.poll(async () => (await nodeIds(page)).sort()).toEqual(welcomeIds);

    await page.reload();
    await graphReady(page);
    // The active world is remembered, with the user added before.
    await expect(page.getByTestId('sandbox-name')).toHaveText('Welcome');
    await expect.poll(async () => (await nodeIds(page)).sort()).toEqual(welcomeIds);
    await switchTo(page, 'cross-lab', 'Cross lab');
    await expect.poll(async () => (await nodeIds(page)).sort()).toEqual(crossIds);

    // A change saved just before a reload is not lost (the pending save is written on leaving the page).
    await createUser(page, 'last-second');
    await page.reload();
    await graphReady(page);
    await expect(page.getByTestId('sandbox-name')).toHaveText('Cross lab');
    await expect.poll(async () => hasUser(await nodeIds(page), 'last-second')).toBe(true);
  });

  test('rename, duplicate, and delete with confirmation', async ({ page }) => {
    await openApp(page);
    await graphReady(page);
    await createUser(page, 'copied-along');

    await openPicker(page);
    await page.getByTestId('sandbox-rename-welcome').click();
    await page.getByTestId('sandbox-rename-input').fill('My lab');
    await page.getByTestId('sandbox-rename-save').click();
    await expect(page.getByTestId('sandbox-name')).toHaveText('My lab');
    // The last world cannot be deleted.
    await expect(page.getByTestId('sandbox-delete-welcome')).toBeDisabled();

    await page.getByTestId('sandbox-duplicate-welcome').click();
    await expect(page.getByTestId('sandbox-name')).toHaveText('My lab (copy)');
    await expect.poll(async () => hasUser(await nodeIds(page), 'copied-along')).toBe(true);

    // Deleting asks first; "Keep" keeps it.
    await page.getByTestId('sandbox-delete-my-lab-copy').click();
    await page.getByRole('button', { name: 'Keep' }).click();
    await expect(page.getByTestId('sandbox-row-my-lab-copy')).toBeVisible();
    await page.getByTestId('sandbox-delete-my-lab-copy').click();
    await page.getByTestId('sandbox-delete-confirm').click();
    await expect(page.getByTestId('sandbox-row-my-lab-copy')).toHaveCount(0);
    await expect(page.getByTestId('sandbox-name')).toHaveText('My lab');

    await page.reload();
    await expect(page.getByTestId('sandbox-name')).toHaveText('My lab');
    await openPicker(page);
    await expect(page.locator('[data-testid^="sandbox-row-"]')).toHaveCount(1);
  });

  test('a stored world that no longer validates is set aside, the user told, and the other worlds kept', async ({
    page,
  }) => {
    await openApp(page);
    await graphReady(page);
    await newFromSample(page, 'cross-account', 'Cross lab');

    // Break one stored world (its accounts are no longer accounts), as a bad write or a hand edit could.
    const broken = await page.evaluate((key) => {
      const doc = JSON.parse(localStorage.getItem(key)!);
      doc.worlds['cross-lab'].scenario.world.accounts = 42;
      const text = JSON.stringify(doc);
      localStorage.setItem(key, text);
      return text;
    }, WORLDS_KEY);
    await page.reload();

    // Only the broken world is set aside (issue #13: one invalid world no longer hides the others).
    const notice = page.getByTestId('storage-notice');
    await expect(notice).toContainText('set aside: sandbox cross-lab. Everything else was kept.');
    const backupName = (await notice.getByTestId('storage-backup-name').textContent())!;
    expect(backupName).toMatch(/^iam-lab-worlds\.backup-.+\.json$/);
    await expect(page.getByTestId('sandbox-name')).toHaveText('Welcome');
    await openPicker(page);
    await expect(page.locator('[data-testid^="sandbox-row-"]')).toHaveCount(1);

    // The old data is untouched in the backup key, the second world with it.
    const kept = await page.evaluate((name) => localStorage.getItem(name), backupName);
    expect(kept).toBe(broken);
    expect(JSON.parse(kept!).worlds['cross-lab'].name).toBe('Cross lab');
  });
});
