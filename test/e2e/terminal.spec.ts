/**
 * The terminal panel in the browser twin: the same aws-style interpreter as the `iam-lab` bin, run against the world
 * on screen. A created user appears in the graph, the explorer and `iam list-users`; the whole line undoes in one
 * step; errors are red in the AWS CLI's words; ↑ recalls the last line; the palette and status bar open it.
 */
import type { Page } from '@playwright/test';
import { expect, openApp, test } from './fixtures';

const ZED = 'arn:aws:iam::111122223333:user/zed';

async function nodeIds(page: Page): Promise<string[]> {
  return page.getByTestId('graph').evaluate((el) => JSON.parse((el as HTMLElement).dataset.nodeIds ?? '[]'));
}

async function typeLine(page: Page, line: string): Promise<void> {
  const input = page.getByTestId('terminal-input');
  await input.fill(line);
  await input.press('Enter');
}

test.describe('terminal panel', () => {
  test('iam create-user shows the user in the world and in list-users; undo takes the line back', async ({ page }) => {
    await openApp(page);
    await expect(page.getByTestId('graph')).toHaveAttribute('data-ready', 'true');
    expect(await nodeIds(page)).not.toContain(ZED);

    await page.keyboard.press('Control+Backquote');
    await expect(page.getByTestId('terminal')).toBeVisible();
    await expect(page.getByTestId('terminal-input')).toBeFocused();

    await typeLine(page, 'iam create-user --user-name zed');
    await expect(page.getByTestId('terminal-stdout').last()).toContainText(`"Arn": "${ZED}"`);
    await expect.poll(() => nodeIds(page)).toContain(ZED);
    await expect(page.getByTestId('explorer').getByText('zed', { exact: true })).toBeVisible();

    await typeLine(page, 'aws iam list-users --output table');
    const table = page.getByTestId('terminal-stdout').last();
    await expect(table).toContainText('ListUsers');
    await expect(table).toContainText('zed');
    await expect(table).toContainText('alice');

    // A refusal: stderr in red, in the AWS CLI's shape; the world is unchanged.
    await typeLine(page, 'iam create-user --user-name zed');
    const error = page.getByTestId('terminal-stderr').last();
    await expect(error).toContainText('An error occurred (EntityAlreadyExists) when calling the CreateUser operation');
    expect(await error.evaluate((el) => getComputedStyle(el).color)).toBe('rgb(255, 123, 114)');

    // History: ↑ brings back the last line, ↓ returns to the empty draft.
    const input = page.getByTestId('terminal-input');
    await input.press('ArrowUp');
    await expect(input).toHaveValue('iam create-user --user-name zed');
    await input.press('ArrowUp');
    await expect(input).toHaveValue('aws iam list-users --output table');
    await input.press('ArrowDown');
    await input.press('ArrowDown');
    await expect(input).toHaveValue('');

    // One undo step takes the whole line back (outside the text field, Ctrl+Z is the world's undo).
    await input.press('Escape');
    await page.getByTestId('graph').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+z');
    await expect.poll(() => nodeIds(page)).not.toContain(ZED);
    await typeLine(page, 'iam get-user --user-name zed');
    await expect(page.getByTestId('terminal-stderr').last()).toContainText('NoSuchEntity');
  });

  test('file:// documents, help, clear, and the status-bar button', async ({ page }) => {
    await openApp(page);
    await page.getByTestId('terminal-button').click();
    await expect(page.getByTestId('terminal')).toBeVisible();
    await typeLine(
      page,
      `write trust.json '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},"Action":"sts:AssumeRole"}]}'`,
    );
    await typeLine(page, 'iam create-role --role-name web --assume-role-policy-document file://trust.json --output text');
    await expect(page.getByTestId('terminal-stdout').last()).toContainText('arn:aws:iam::111122223333:role/web');
    await expect.poll(() => nodeIds(page)).toContain('arn:aws:iam::111122223333:role/web');

    await typeLine(page, 'help');
    await expect(page.getByTestId('terminal-stdout').last()).toContainText('simulate-principal-policy');
    await typeLine(page, 'clear');
    await expect(page.getByTestId('terminal-stdout')).toHaveCount(0);

    await page.getByTestId('terminal-button').click();
    await expect(page.getByTestId('terminal')).toBeHidden();
  });
});
