/**
 * Scenario files in the browser twin: export downloads the world; opening a file creates a NEW sandbox named after it
 * holding the file's world, while the sandbox open before keeps its content; a broken file is refused whole with its
 * JSON path and reason, changes nothing and creates no sandbox; an account export imports (privacy note) into a
 * sandbox named after its account; File → New offers the sample worlds and opens one as a new sandbox.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, openApp, test } from './fixtures';

const FIXTURE = join(import.meta.dirname, '..', 'fixtures', 'authz-details-example.json');

async function nodeIds(page: Page): Promise<string[]> {
  return page.getByTestId('graph').evaluate((el) => JSON.parse((el as HTMLElement).dataset.nodeIds ?? '[]'));
}

async function paletteRun(page: Page, query: string): Promise<void> {
  await page.keyboard.press('Control+k');
  await page.keyboard.type(query);
  await page.keyboard.press('Enter');
}

/** Runs a palette action that opens the host's file picker and answers it with `file`. */
async function openWith(page: Page, action: string, file: { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await paletteRun(page, action);
  await (await chooser).setFiles(file);
}

/** The sandboxes in the picker, as their row test ids (the picker is closed again). */
async function sandboxRows(page: Page): Promise<string[]> {
  await page.getByTestId('world-name').click();
  await expect(page.getByTestId('sandbox-menu')).toBeVisible();
  const rows = await page.locator('[data-testid^="sandbox-row-"]').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.testid!));
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('sandbox-menu')).toHaveCount(0);
  return rows;
}

async function switchTo(page: Page, id: string, name: string): Promise<void> {
  await page.getByTestId('world-name').click();
  await page.getByTestId(`sandbox-open-${id}`).click();
  await expect(page.getByTestId('sandbox-name')).toHaveText(name);
}

async function typeLine(page: Page, line: string): Promise<void> {
  const input = page.getByTestId('terminal-input');
  await input.fill(line);
  await input.press('Enter');
}

test.describe('scenario files', () => {
  test('opening a file makes a new sandbox and keeps the open one; a broken file changes nothing', async ({ page }) => {
    await openApp(page);
    await expect(page.getByTestId('graph')).toHaveAttribute('data-ready', 'true');
    const exported = (await nodeIds(page)).sort();

    const download = page.waitForEvent('download');
    await paletteRun(page, 'export scenario');
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/\.iam-lab\.json$/);
    const text = readFileSync((await file.path())!, 'utf8');
    const doc = JSON.parse(text);
    expect(doc.format).toBe('iam-lab-scenario');
    await expect(page.getByTestId('file-notice')).toContainText('Saved the scenario');

    // Change the open world, then open the exported file: a second sandbox named after the file, with the exported world.
    await page.keyboard.press('Control+Backquote');
    await typeLine(page, 'iam create-user --user-name zed');
    await expect.poll(async () => (await nodeIds(page)).length).toBe(exported.length + 1);
    const changed = (await nodeIds(page)).sort();
    await page.getByTestId('terminal-input').press('Escape');
    await openWith(page, 'open scenario', { name: 'my-scenario.json', mimeType: 'application/json', buffer: Buffer.from(text) });
    await expect(page.getByTestId('file-notice')).toContainText('Opened');
    await expect(page.getByTestId('file-notice')).toContainText('new sandbox, “my-scenario.json”');
    await expect(page.getByTestId('sandbox-name')).toHaveText('my-scenario.json');
    await expect.poll(async () => (await nodeIds(page)).sort()).toEqual(exported);
    expect(await sandboxRows(page)).toEqual(['sandbox-row-welcome', 'sandbox-row-my-scenario-json']);

    // A broken file: one user's ARN has the wrong form. Refused whole, with the path and reason; nothing changes.
    const broken = JSON.parse(text);
    const account = Object.keys(broken.world.accounts)[0];
    broken.world.accounts[account].users.alice.arn = 'not-an-arn';
    await openWith(page, 'open scenario', { name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken)) });
    const error = page.getByTestId('file-error');
    await expect(error).toHaveAttribute('role', 'alert');
    await expect(error).toContainText(`broken.json was not opened: world.accounts.${account}.users.alice.arn`);
    await expect(error).toContainText('Nothing was changed');
    expect((await nodeIds(page)).sort()).toEqual(exported);
    await expect(page.getByTestId('sandbox-name')).toHaveText('my-scenario.json');

    // Not JSON at all.
    await openWith(page, 'open scenario', { name: 'garbage.json', mimeType: 'application/json', buffer: Buffer.from('{"format": "iam-lab-scenario", ') });
    await expect(page.getByTestId('file-error')).toContainText('is not valid JSON');
    expect((await nodeIds(page)).sort()).toEqual(exported);
    expect(await sandboxRows(page)).toEqual(['sandbox-row-welcome', 'sandbox-row-my-scenario-json']);

    // The sandbox open before still has its content (zed included), also after a reload.
    await switchTo(page, 'welcome', 'Welcome');
    await expect.poll(async () => (await nodeIds(page)).sort()).toEqual(changed);
    await page.reload();
    await expect(page.getByTestId('graph')).toHaveAttribute('data-ready', 'true');
    await expect(page.getByTestId('sandbox-name')).toHaveText('Welcome');
    await expect.poll(async () => (await nodeIds(page)).sort()).toEqual(changed);
    await switchTo(page, 'my-scenario-json', 'my-scenario.json');
    await expect.poll(async () => (await nodeIds(page)).sort()).toEqual(exported);
  });

  test('an account export and File → New each open as a new sandbox', async ({ page }) => {
    await openApp(page);
    await expect(page.getByTestId('graph')).toHaveAttribute('data-ready', 'true');
    const welcome = (await nodeIds(page)).sort();
    await openWith(page, 'import account', { name: 'authz.json', mimeType: 'application/json', buffer: readFileSync(FIXTURE) });
    const notice = page.getByTestId('file-notice');
    await expect(notice).toContainText('Imported');
    await expect(notice).toContainText('stays on this machine');
    await expect(page.getByTestId('sandbox-name')).toHaveText(/^Imported account \d{12}$/);
    const imported = (await nodeIds(page)).sort();
    expect(imported).not.toEqual(welcome);

    await paletteRun(page, 'new world');
    const dialog = page.getByTestId('new-world-dialog');
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText('opens as a new sandbox');
    await expect(dialog).not.toContainText('export it first');
    for (const id of ['welcome', 'cross-account', 'federation', 'ec2', 'organization']) {
      await expect(page.getByTestId(`new-world-${id}`)).toBeVisible();
    }
    await page.getByTestId('new-world-cross-account').click();
    await expect(dialog).toBeHidden();
    await expect(page.getByTestId('file-notice')).toContainText('New world from the sample');
    await expect(page.getByTestId('sandbox-name')).toHaveText('Cross-account');
    await expect.poll(async () => (await nodeIds(page)).some((id) => id.includes(':role/'))).toBe(true);

    // A second time: a second sandbox with a fresh name.
    await paletteRun(page, 'new world');
    await page.getByTestId('new-world-cross-account').click();
    await expect(page.getByTestId('sandbox-name')).toHaveText('Cross-account 2');
    const rows = await sandboxRows(page);
    expect(rows).toHaveLength(4);
    expect(rows.slice(2)).toEqual(['sandbox-row-cross-account', 'sandbox-row-cross-account-2']);

    // The earlier sandboxes are untouched.
    await switchTo(page, 'welcome', 'Welcome');
    await expect.poll(async () => (await nodeIds(page)).sort()).toEqual(welcome);
    const importedId = rows[1].replace('sandbox-row-', '');
    await page.getByTestId('world-name').click();
    await page.getByTestId(`sandbox-open-${importedId}`).click();
    await expect(page.getByTestId('sandbox-name')).toHaveText(/^Imported account/);
    await expect.poll(async () => (await nodeIds(page)).sort()).toEqual(imported);
  });
});
