/**
 * Positions the user drags in the graph are kept per world: a dragged node is where it was left after a reload and
 * after switching to another sandbox and back; dragging is not an undo step; "Tidy" forgets the arrangement for good.
 */
import type { Page } from '@playwright/test';
import type { Core } from 'cytoscape';
import { expect, openApp, test } from './fixtures';

const ALICE = 'arn:aws:iam::111122223333:user/alice';
const WORLDS_KEY = 'iam-lab-worlds';

async function graphReady(page: Page): Promise<void> {
  await expect(page.getByTestId('graph')).toHaveAttribute('data-ready', 'true');
}

/** A node's position in graph coordinates and in page coordinates (Cytoscape registers itself on its container). */
async function nodeAt(page: Page, id: string): Promise<{ model: { x: number; y: number }; page: { x: number; y: number } }> {
  return page.getByTestId('graph').evaluate((el, nodeId) => {
    const cy = (el as unknown as { _cyreg: { cy: Core } })._cyreg.cy;
    const box = el.getBoundingClientRect();
    const node = cy.getElementById(nodeId);
    const r = node.renderedPosition();
    return { model: { ...node.position() }, page: { x: box.left + r.x, y: box.top + r.y } };
  }, id);
}

/** The dragged positions stored for a sandbox in the twin's worlds document (undefined: none stored). */
async function storedLayout(page: Page, worldId: string): Promise<Record<string, { x: number; y: number }> | undefined> {
  return page.evaluate(
    ([key, id]) => JSON.parse(localStorage.getItem(key) ?? '{}').worlds?.[id]?.scenario?.layout?.positions,
    [WORLDS_KEY, worldId] as const,
  );
}

/** True when two graph points are the same within a pixel (stored positions are whole numbers). */
const near = (a: { x: number; y: number }, b: { x: number; y: number }) =>
  Math.abs(a.x - b.x) <= 1 && Math.abs(a.y - b.y) <= 1;

async function switchTo(page: Page, id: string, name: string): Promise<void> {
  await page.getByTestId('world-name').click();
  await page.getByTestId(`sandbox-open-${id}`).click();
  await expect(page.getByTestId('sandbox-name')).toHaveText(name);
}

test('a dragged node keeps its place across a reload and a sandbox switch', async ({ page }) => {
  await openApp(page);
  await graphReady(page);
  await expect(page.getByTestId('sandbox-name')).toHaveText('Welcome');
  const start = await nodeAt(page, ALICE);

  await page.mouse.move(start.page.x, start.page.y);
  await page.mouse.down();
  await page.mouse.move(start.page.x + 90, start.page.y + 70, { steps: 8 });
  await page.mouse.up();
  const moved = (await nodeAt(page, ALICE)).model;
  expect(near(moved, start.model)).toBe(false);
  // A drag is not a world change: nothing to undo.
  await expect(page.getByTestId('undo')).toBeDisabled();
  // Saved shortly after the drag, like a world change.
  await expect.poll(async () => (await storedLayout(page, 'welcome'))?.[ALICE]).toBeTruthy();
  expect(near((await storedLayout(page, 'welcome'))![ALICE], moved)).toBe(true);

  await page.reload();
  await graphReady(page);
  await expect.poll(async () => near((await nodeAt(page, ALICE)).model, moved)).toBe(true);
  await expect(page.getByTestId('undo')).toBeDisabled();

  // Another sandbox draws its own picture; coming back restores the arrangement.
  await page.getByTestId('world-name').click();
  await page.getByTestId('sandbox-new-cross-account').click();
  await page.getByTestId('sandbox-new-name').fill('Cross lab');
  await page.getByTestId('sandbox-create').click();
  await expect(page.getByTestId('sandbox-name')).toHaveText('Cross lab');
  await graphReady(page);
  expect(await storedLayout(page, 'cross-lab')).toBeUndefined();
  await switchTo(page, 'welcome', 'Welcome');
  await graphReady(page);
  await expect.poll(async () => near((await nodeAt(page, ALICE)).model, moved)).toBe(true);

  // "Tidy" goes back to the computed columns, and that is saved too.
  await page.getByTestId('layout-reset').click();
  await expect.poll(async () => near((await nodeAt(page, ALICE)).model, start.model)).toBe(true);
  await expect.poll(async () => storedLayout(page, 'welcome')).toBeUndefined();
  await page.reload();
  await graphReady(page);
  await expect.poll(async () => near((await nodeAt(page, ALICE)).model, start.model)).toBe(true);
});
