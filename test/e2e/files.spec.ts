/**
 * Scenario files in the browser twin: export downloads the world, re-opening it gives the same world back; a broken
 * file is refused whole with its JSON path and reason and the world stays as it was; an account export imports with
 * the privacy note; File → New offers the sample worlds.
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

async function typeLine(page: Page, line: string): Promise<void> {
  const input = page.getByTestId('terminal-input');
  await input.fill(line);
  await input.press('Enter');
}

test.describe('scenario files', () => {
  test('export to a download and re-open it: the same world; a broken file is refused and the world kept', async ({ page }) => {
    await openApp(page);
    await expect(page.getByTestId('graph')).toHaveAttribute('data-ready', 'true');
    const before = (await nodeIds(page)).sort();

    const download = page.waitForEvent('download');
    await paletteRun(page, 'export scenario');
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/\.iam-lab\.json$/);
    const text = readFileSync((await file.path())!, 'utf8');
    const doc = JSON.parse(text);
    expect(doc.format).toBe('iam-lab-scenario');
    await expect(page.getByTestId('file-notice')).toContainText('Saved the scenario');

    // Change the world, then open the exported file: the world is the exported one again.
    await page.keyboard.press('Control+Backquote');
    await typeLine(page, 'iam create-user --user-name zed');
    await expect.poll(async () => (await nodeIds(page)).length).toBe(before.length + 1);
    await page.getByTestId('terminal-input').press('Escape');
    await openWith(page, 'open scenario', { name: 'reopened.json', mimeType: 'application/json', buffer: Buffer.from(text) });
    await expect(page.getByTestId('file-notice')).toContainText('Opened');
    await expect.poll(async () => (await nodeIds(page)).sort()).toEqual(before);

    // A broken file: one user's ARN has the wrong form. Refused whole, with the path and reason; world unchanged.
    const broken = JSON.parse(text);
    const account = Object.keys(broken.world.accounts)[0];
    broken.world.accounts[account].users.alice.arn = 'not-an-arn';
    await openWith(page, 'open scenario', { name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken)) });
    const error = page.getByTestId('file-error');
    await expect(error).toHaveAttribute('role', 'alert');
    await expect(error).toContainText(`broken.json was not opened: world.accounts.${account}.users.alice.arn`);
    await expect(error).toContainText('Nothing was changed');
    expect((await nodeIds(page)).sort()).toEqual(before);

    // Not JSON at all.
    await openWith(page, 'open scenario', { name: 'garbage.json', mimeType: 'application/json', buffer: Buffer.from('{"format": "iam-lab-scenario", ') });
    await expect(page.getByTestId('file-error')).toContainText('is not valid JSON');
    expect((await nodeIds(page)).sort()).toEqual(before);
  });

  test('imports an account export with the privacy note; File → New offers the sample worlds', async ({ page }) => {
    await openApp(page);
    await expect(page.getByTestId('graph')).toHaveAttribute('data-ready', 'true');
    await openWith(page, 'import account', { name: 'authz.json', mimeType: 'application/json', buffer: readFileSync(FIXTURE) });
    const notice = page.getByTestId('file-notice');
    await expect(notice).toContainText('Imported');
    await expect(notice).toContainText('stays on this machine');

    await paletteRun(page, 'new world');
    const dialog = page.getByTestId('new-world-dialog');
    await expect(dialog).toBeVisible();
    for (const id of ['welcome', 'cross-account', 'federation', 'ec2', 'organization']) {
      await expect(page.getByTestId(`new-world-${id}`)).toBeVisible();
    }
    await page.getByTestId('new-world-cross-account').click();
    await expect(dialog).toBeHidden();
    await expect(page.getByTestId('file-notice')).toContainText('New world from the sample');
    await expect.poll(async () => (await nodeIds(page)).some((id) => id.includes(':role/'))).toBe(true);
  });
});
