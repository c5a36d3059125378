/**
 * The command palette (Ctrl/Cmd+K), keyboard only: an ARIA combobox over entities, actions and lessons. Finding an
 * entity by name or ARN selects it in the World area; actions switch areas, toggle the theme, open the terminal and
 * start a lesson; Escape closes it and gives focus back.
 */
import type { Page } from '@playwright/test';
import { expect, openApp, test } from './fixtures';

const ALICE = 'arn:aws:iam::111122223333:user/alice';

async function openPalette(page: Page) {
  await page.keyboard.press('Control+k');
  const input = page.getByRole('combobox', { name: 'Find an entity, an action or a lesson' });
  await expect(input).toBeFocused();
  return input;
}

test.describe('command palette', () => {
  test('finds an entity by name and by ARN and selects it in the World area', async ({ page }) => {
    await openApp(page);
    await expect(page.getByTestId('graph')).toHaveAttribute('data-ready', 'true');
    // Start from another area: choosing an entity brings the World area back.
    await page.getByRole('tab', { name: 'Evaluate' }).click();
    let input = await openPalette(page);
    await expect(input).toHaveAttribute('aria-expanded', 'true');
    await expect(input).toHaveAttribute('aria-controls', 'palette-list');
    await expect(page.getByRole('listbox', { name: 'Results' })).toBeVisible();

    await page.keyboard.type('alice');
    const first = page.getByTestId('palette-list').getByRole('option').first();
    await expect(first).toContainText('alice');
    await expect(first).toHaveAttribute('aria-selected', 'true');
    expect(await input.getAttribute('aria-activedescendant')).toBe(await first.getAttribute('id'));
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('palette')).toBeHidden();
    await expect(page.getByTestId('app-shell')).toHaveAttribute('data-area', 'world');
    await expect(page.getByTestId('inspector-arn').first()).toContainText(ALICE);

    // By ARN fragment, moving with the arrow keys.
    input = await openPalette(page);
    await page.keyboard.type(':group/Dev');
    await expect(page.getByTestId('palette-list').getByRole('option').first()).toContainText('Developers');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('inspector-arn').first()).toContainText('arn:aws:iam::111122223333:group/Developers');
  });

  test('runs actions: switch area, theme, terminal, a lesson; Escape closes and restores focus', async ({ page }) => {
    await openApp(page);
    const shell = page.getByTestId('app-shell');

    await openPalette(page);
    await page.keyboard.type('go to practice');
    await page.keyboard.press('Enter');
    await expect(shell).toHaveAttribute('data-area', 'practice');

    const theme = await page.evaluate(() => document.documentElement.dataset.theme);
    await openPalette(page);
    await page.keyboard.type('theme');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).not.toBe(theme);

    await openPalette(page);
    await page.keyboard.type('open terminal');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('terminal')).toBeVisible();

    await openPalette(page);
    await page.keyboard.type('lesson multiple');
    await expect(page.getByTestId('palette-list').getByRole('option').first()).toContainText('Start lesson:');
    await page.keyboard.press('Enter');
    await expect(shell).toHaveAttribute('data-area', 'lessons');

    // Escape closes without running anything; focus returns to where it was.
    const tab = page.getByRole('tab', { name: 'World' });
    await tab.focus();
    await openPalette(page);
    await page.keyboard.type('nothing-matches-this-xyz');
    await expect(page.getByTestId('palette-list').getByRole('option')).toHaveText(/Nothing matches/);
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('palette')).toBeHidden();
    await expect(tab).toBeFocused();
    await expect(shell).toHaveAttribute('data-area', 'lessons');
  });
});
