/**
 * Level of detail in the browser twin: a generated world of 8 accounts (~2,000 nodes) opens as its boxes, each saying
 * what it holds, with merged edges between them and no leaf drawn; zooming in opens the boxes in view and a tap on a
 * leaf opens it in the inspector; a user picked in the explorer is shown and selected even though its box was closed.
 * Also keeps two screenshots (docs/screenshots/graph-large-*.png).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { Core, NodeSingular } from 'cytoscape';
import { expect, openApp, test } from './fixtures';
import { fitSettled } from './graph-settle';

const root = join(import.meta.dirname, '..', '..');
const SCREENSHOTS = join(root, 'docs', 'screenshots');
/** The id of generated account number `a` (as test/unit/graph/generated-world.ts makes them). */
const generatedAccountId = (a: number): string => String(100000000000 + a * 1111);
const ACCOUNTS = 8;

/** What Cytoscape draws: boxes (closed or not) with their labels, leaves, merged edges, and the selection. */
interface Drawn {
  boxes: { id: string; label: string; closed: boolean; kind: string }[];
  leaves: string[];
  merged: { id: string; label: string }[];
  selected: string[];
  zoom: number;
}

async function drawn(page: Page): Promise<Drawn> {
  return page.getByTestId('graph').evaluate((el) => {
    const cy = (el as unknown as { _cyreg: { cy: Core } })._cyreg.cy;
    const boxes = cy.nodes('.box').map((n) => ({
      id: n.id(),
      label: String(n.data('label')),
      closed: n.hasClass('closed'),
      kind: String(n.data('kind')),
    }));
    const leaves = cy
      .nodes()
      .filter((n) => !n.hasClass('box'))
      .map((n) => n.id());
    const merged = cy.edges('.merged').map((e) => ({ id: e.id(), label: String(e.data('label') ?? '') }));
    return { boxes, leaves, merged, selected: cy.$(':selected').map((n) => n.id()), zoom: cy.zoom() };
  });
}

/** A drawn leaf well inside the canvas, with its page coordinates and label. */
async function leafInView(page: Page): Promise<{ id: string; label: string; x: number; y: number } | null> {
  return page.getByTestId('graph').evaluate((el) => {
    const cy = (el as unknown as { _cyreg: { cy: Core } })._cyreg.cy;
    const box = el.getBoundingClientRect();
    const inside = cy
      .nodes()
      .filter((n) => !n.hasClass('box') && n.visible())
      .filter((n) => {
        const p = (n as NodeSingular).renderedPosition();
        return p.x > 60 && p.y > 60 && p.x < cy.width() - 60 && p.y < cy.height() - 60;
      });
    if (inside.empty()) return null;
    const n = inside[0] as NodeSingular;
    const p = n.renderedPosition();
    return { id: n.id(), label: String(n.data('label')), x: box.left + p.x, y: box.top + p.y };
  });
}

test('a large world opens as boxes with counts and shows its leaves when zoomed in', async ({ page }) => {
  test.setTimeout(45_000);
  const dir = mkdtempSync(join(tmpdir(), 'iam-lab-lod-'));
  const file = join(dir, 'generated-8-accounts.json');
  // Built with the world commands in a child process (Playwright's loader cannot import the world's JSON catalog).
  execFileSync(
    process.execPath,
    [
      join(root, 'node_modules/tsx/dist/cli.mjs'),
      join(root, 'test/e2e/generated-world-file.ts'),
      file,
      String(ACCOUNTS),
    ],
    { cwd: root },
  );

  await openApp(page);
  const graph = page.getByTestId('graph');
  await expect(graph).toHaveAttribute('data-ready', 'true');
  await page.getByTestId('import-file').setInputFiles(file);
  // The page reads the file after setInputFiles returns: remove it only once the import has been drawn.
  await expect(graph).toHaveAttribute('data-detail', 'boxes', { timeout: 20_000 });
  rmSync(dir, { recursive: true, force: true });
  await expect(graph).toHaveAttribute('data-open-boxes', '0');

  // Overview: every account is a closed box that says what it holds; no leaf is drawn.
  const overview = await drawn(page);
  expect(overview.leaves).toEqual([]);
  expect(Number(await graph.getAttribute('data-drawn-nodes'))).toBe(overview.boxes.length);
  const accounts = overview.boxes.filter((b) => b.kind === 'account');
  for (let a = 0; a < ACCOUNTS; a++) {
    const box = accounts.find((b) => b.id === generatedAccountId(a));
    expect(box, `account ${a}`).toBeDefined();
    expect(box!.closed).toBe(true);
    expect(box!.label).toBe(
      `Generated ${a} · ${generatedAccountId(a)}\n1 root user · 60 users · 8 groups\n60 roles · 70 policies · 60 more`,
    );
  }
  // Roles of account a trust a user of account a+1: 60 can-assume edges merged into one, labelled with the count.
  expect(overview.merged).toContainEqual({
    id: `merged:can-assume:${generatedAccountId(1)}->${generatedAccountId(0)}`,
    label: '60',
  });
  expect(overview.zoom).toBeLessThan(0.3);
  await page.screenshot({ path: join(SCREENSHOTS, 'graph-large-overview.png') });

  // Zoom in from the keyboard until the boxes in view open.
  await graph.focus();
  for (let i = 0; i < 20 && Number(await graph.getAttribute('data-open-boxes')) === 0; i++) {
    await page.keyboard.press('+');
    await fitSettled(page);
  }
  await expect.poll(async () => Number(await graph.getAttribute('data-open-boxes'))).toBeGreaterThanOrEqual(1);
  expect((await drawn(page)).zoom).toBeGreaterThanOrEqual(0.3);
  await expect.poll(async () => (await drawn(page)).leaves.length).toBeGreaterThan(0);
  const open = await drawn(page);
  // An open box is drawn without its summary; the others stay closed.
  expect(open.boxes.some((b) => b.kind === 'account' && !b.closed)).toBe(true);
  expect(open.boxes.some((b) => b.kind === 'account' && b.closed)).toBe(true);
  expect(Number(await graph.getAttribute('data-drawn-nodes'))).toBe(open.boxes.length + open.leaves.length);

  const leaf = await leafInView(page);
  expect(leaf, 'a leaf inside the canvas').not.toBeNull();
  await page.mouse.click(leaf!.x, leaf!.y);
  await expect(page.getByTestId('inspector-title')).toHaveText(leaf!.label);
  await expect.poll(async () => (await drawn(page)).selected).toEqual([leaf!.id]);
  await fitSettled(page);
  await page.screenshot({ path: join(SCREENSHOTS, 'graph-large-detail.png') });

  // A user in a far account, picked in the explorer: shown in the inspector and selected in the graph.
  const far = `arn:aws:iam::${generatedAccountId(ACCOUNTS - 1)}:user/user-42`;
  await page.getByTestId('explorer-search').fill('user-42');
  const item = page.locator(`[data-testid=explorer-item][data-id="${far}"]`);
  await expect(item).toHaveCount(1);
  await item.click();
  await expect(page.getByTestId('inspector-title')).toHaveText('user-42');
  await expect.poll(async () => (await drawn(page)).selected).toEqual([far]);
  expect((await drawn(page)).leaves).toContain(far);
});
