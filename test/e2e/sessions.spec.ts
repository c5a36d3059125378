/**
 * One session for the world on screen (issue #17): the terminal, undo and export act on the world the user is looking
 * at — a lesson's world while a lesson is open, the sandbox otherwise; Ctrl+Z works in every area; opening a theatre
 * share file never touches the sandbox; the graph toolbar's Import keeps a scenario file's saved layout.
 */
import type { Page } from '@playwright/test';
import type { Core } from 'cytoscape';
import { readFileSync } from 'node:fs';
import { expect, openApp, test } from './fixtures';

const LESSON = '12-multiple-permissions';
const ALICE = 'arn:aws:iam::111122223333:user/alice';

async function nodeIds(page: Page): Promise<string[]> {
  return page.getByTestId('graph').evaluate((el) => JSON.parse((el as HTMLElement).dataset.nodeIds ?? '[]'));
}

async function typeLine(page: Page, line: string): Promise<void> {
  const input = page.getByTestId('terminal-input');
  await input.fill(line);
  await input.press('Enter');
}

async function openTerminal(page: Page): Promise<void> {
  await page.keyboard.press('Control+Backquote');
  await expect(page.getByTestId('terminal-input')).toBeFocused();
}

/** Presses Ctrl+Z with the focus outside any text field (the terminal keeps its own field undo). */
async function undoKey(page: Page): Promise<void> {
  await page.getByTestId('terminal-input').blur();
  await page.keyboard.press('Control+z');
}

async function graphReady(page: Page): Promise<void> {
  await expect(page.getByTestId('graph')).toHaveAttribute('data-ready', 'true');
}

test.describe('the world on screen', () => {
  test('in a lesson the terminal edits the lesson world, not the sandbox, and says which world it is', async ({
    page,
  }) => {
    await openApp(page);
    await page.getByTestId('nav-lessons').click();
    await page.getByTestId(`lesson-open-${LESSON}`).click();
    await expect(page.getByTestId('lesson-player')).toHaveAttribute('data-lesson', LESSON);
    await graphReady(page);
    await expect(page.getByTestId('on-screen-world')).toContainText('Lesson: 12.');

    await openTerminal(page);
    await expect(page.getByTestId('terminal-target')).toContainText('Lesson: 12.');
    await typeLine(page, 'iam create-user --user-name learner-made');
    await expect(page.getByTestId('terminal-note').last()).toContainText('Lesson');
    const madeArn = 'arn:aws:iam::111122223333:user/learner-made';
    await expect.poll(() => nodeIds(page)).toContain(madeArn);

    // Ctrl+Z in the lesson takes it back in the lesson world.
    await undoKey(page);
    await expect.poll(() => nodeIds(page)).not.toContain(madeArn);
    await typeLine(page, 'iam create-user --user-name learner-made');
    await expect.poll(() => nodeIds(page)).toContain(madeArn);

    // The sandbox never saw it; back there the terminal acts on the sandbox.
    await page.getByTestId('nav-world').click();
    await graphReady(page);
    await expect(page.getByTestId('on-screen-world')).toHaveCount(0);
    await expect(page.getByTestId('terminal-target')).toContainText('Sandbox: ');
    expect(await nodeIds(page)).not.toContain(madeArn);
  });

  test('Ctrl+Z undoes the last sandbox change from the Evaluate and Practice areas too', async ({ page }) => {
    await openApp(page);
    await graphReady(page);
    await openTerminal(page);
    await typeLine(page, 'iam create-user --user-name zed');
    const zed = 'arn:aws:iam::111122223333:user/zed';
    await expect.poll(() => nodeIds(page)).toContain(zed);
    await typeLine(page, 'iam create-user --user-name ann');
    await page.getByTestId('nav-practice').click();
    await undoKey(page);
    await page.getByTestId('nav-evaluate').click();
    await undoKey(page);
    await page.getByTestId('nav-world').click();
    await graphReady(page);
    const ids = await nodeIds(page);
    expect(ids).not.toContain(zed);
    expect(ids).not.toContain('arn:aws:iam::111122223333:user/ann');
    expect(ids).toContain(ALICE);
  });

  test('opening a theatre share file shows it as a scenario and leaves the open sandbox as it was', async ({
    page,
  }) => {
    await openApp(page);
    await page.getByTestId('nav-evaluate').click();
    await page.getByTestId('evaluate').click();
    const download = page.waitForEvent('download');
    await page.getByTestId('share-export').click();
    const shareFile = await (await download).path();

    // The sandbox changes after the file was written.
    await openTerminal(page);
    await typeLine(page, 'iam create-user --user-name after-share');
    await page.getByTestId('terminal-close').click();

    await page
      .getByTestId('share-file')
      .setInputFiles({ name: 'class.json', mimeType: 'application/json', buffer: readFileSync(shareFile!) });
    await expect(page.getByTestId('scenario-banner')).toContainText('class.json');
    await expect(page.getByTestId('on-screen-world')).toContainText('Scenario');
    await page.getByTestId('scenario-back').click();

    await page.getByTestId('nav-world').click();
    await graphReady(page);
    await expect(page.getByTestId('sandbox-name')).toHaveText('Welcome');
    expect(await nodeIds(page)).toContain('arn:aws:iam::111122223333:user/after-share');
  });

  test("the toolbar's Import keeps the scenario file's saved layout", async ({ page }) => {
    await openApp(page);
    await graphReady(page);
    const pos = () =>
      page.getByTestId('graph').evaluate((el, id) => {
        const cy = (el as unknown as { _cyreg: { cy: Core } })._cyreg.cy;
        return { ...cy.getElementById(id).position() };
      }, ALICE);
    const start = await pos();
    const box = (await page.getByTestId('graph').boundingBox())!;
    const rendered = await page.getByTestId('graph').evaluate((el, id) => {
      const cy = (el as unknown as { _cyreg: { cy: Core } })._cyreg.cy;
      return { ...cy.getElementById(id).renderedPosition() };
    }, ALICE);
    await page.mouse.move(box.x + rendered.x, box.y + rendered.y);
    await page.mouse.down();
    await page.mouse.move(box.x + rendered.x + 120, box.y + rendered.y + 60, { steps: 8 });
    await page.mouse.up();
    const dragged = await pos();
    expect(Math.abs(dragged.x - start.x) + Math.abs(dragged.y - start.y)).toBeGreaterThan(20);

    await page.keyboard.press('Control+k');
    await page.getByTestId('palette-input').fill('export scenario file');
    const download = page.waitForEvent('download');
    await page.getByTestId('palette-input').press('Enter');
    const file = readFileSync((await (await download).path())!);
    expect(JSON.parse(file.toString()).layout.positions[ALICE]).toBeTruthy();

    await page
      .getByTestId('import-file')
      .setInputFiles({ name: 'arranged.json', mimeType: 'application/json', buffer: file });
    await expect(page.getByTestId('sandbox-name')).toHaveText('arranged.json');
    await graphReady(page);
    await expect
      .poll(async () => {
        const p = await pos();
        return Math.abs(p.x - dragged.x) <= 1 && Math.abs(p.y - dragged.y) <= 1;
      })
      .toBe(true);
  });
});
