/**
 * The World area's graph in the browser twin: editing through the console forms shows in the graph and undoes;
 * importing an authorization-details export draws the expected nodes and edges; the keyboard reaches a node and opens
 * the inspector; a broken policy shows the validator's finding at its line.
 */
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { Core, NodeSingular } from 'cytoscape';
import { expect, openApp, test } from './fixtures';
import { fitSettled } from './graph-settle';

const FIXTURE = join(import.meta.dirname, '..', 'fixtures', 'authz-details-example.json');
const ACCOUNT = '111122223333';

/** Ids of the nodes Cytoscape currently draws (visible ones). */
async function graphIds(page: Page): Promise<{ nodes: string[]; edges: string[] }> {
  return page.getByTestId('graph').evaluate((el) => {
    const d = (el as HTMLElement).dataset;
    return { nodes: JSON.parse(d.nodeIds ?? '[]'), edges: JSON.parse(d.edgeIds ?? '[]') };
  });
}

async function openWorld(page: Page): Promise<void> {
  await openApp(page);
  await expect(page.getByTestId('graph')).toHaveAttribute('data-ready', 'true');
}

test.describe('graph view', () => {
  test('shows the welcome world on first start', async ({ page }) => {
    await openWorld(page);
    const { nodes, edges } = await graphIds(page);
    expect(nodes).toContain(`arn:aws:iam::${ACCOUNT}:user/alice`);
    expect(nodes).toContain(`arn:aws:iam::${ACCOUNT}:group/Developers`);
    expect(edges).toContain(`member-of:arn:aws:iam::${ACCOUNT}:user/alice->arn:aws:iam::${ACCOUNT}:group/Developers`);
    await expect(page.getByTestId('graph-legend')).toBeVisible();
  });

  test('create a user, add it to a group, attach a policy — each shows in the graph; undo removes them', async ({
    page,
  }) => {
    await openWorld(page);
    const dana = `arn:aws:iam::${ACCOUNT}:user/dana`;
    const group = `arn:aws:iam::${ACCOUNT}:group/Developers`;
    const policy = 'arn:aws:iam::aws:policy/ReadOnlyAccess';

    await page.getByTestId('create-name').fill('dana');
    await expect(page.getByTestId('form-create-equivalents-cli')).toHaveText('aws iam create-user --user-name dana');
    await page.getByTestId('form-create-submit').click();
    await expect.poll(async () => (await graphIds(page)).nodes).toContain(dana);
    await expect(page.getByTestId('inspector-title')).toHaveText('dana');
    // The new node appears in view (it is selected and brought in, 16 px inside the graph's edges).
    await fitSettled(page);
    expect((await viewportState(page)).inside).toContain(dana);

    await page.getByTestId('membership-choice').selectOption('Developers');
    await expect(page.getByTestId('form-membership-equivalents-cli')).toHaveText(
      'aws iam add-user-to-group --group-name Developers --user-name dana',
    );
    await page.getByTestId('form-membership-submit').click();
    await expect.poll(async () => (await graphIds(page)).edges).toContain(`member-of:${dana}->${group}`);

    await page.getByTestId('attach-choice').selectOption(policy);
    await page.getByTestId('form-attach-equivalents-tab-python').click();
    await expect(page.getByTestId('form-attach-equivalents-python')).toContainText('client.attach_user_policy(');
    await page.getByTestId('form-attach-submit').click();
    await expect.poll(async () => (await graphIds(page)).edges).toContain(`attached:${dana}->${policy}`);
    expect((await graphIds(page)).nodes).toContain(policy);

    // Undo from the keyboard (focus outside any text field), three steps back.
    await page.getByTestId('graph').focus();
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await graphIds(page)).edges).not.toContain(`attached:${dana}->${policy}`);
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await graphIds(page)).edges).not.toContain(`member-of:${dana}->${group}`);
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await graphIds(page)).nodes).not.toContain(dana);
    // Redo brings the user back.
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(async () => (await graphIds(page)).nodes).toContain(dana);
  });

  test("the inspector's lists detach a policy and remove a group, and say when they are empty", async ({ page }) => {
    await openWorld(page);
    const dana = `arn:aws:iam::${ACCOUNT}:user/dana`;
    const group = `arn:aws:iam::${ACCOUNT}:group/Developers`;
    const policy = 'arn:aws:iam::aws:policy/ReadOnlyAccess';
    await page.getByTestId('create-name').fill('dana');
    await page.getByTestId('form-create-submit').click();
    await expect(page.getByTestId('inspector-title')).toHaveText('dana');
    await expect(page.getByTestId('form-attach')).toContainText('No managed policies attached.');
    await expect(page.getByTestId('form-membership')).toContainText('Not in any group.');

    await page.getByTestId('membership-choice').selectOption('Developers');
    await page.getByTestId('form-membership-submit').click();
    await page.getByTestId('attach-choice').selectOption(policy);
    await page.getByTestId('form-attach-submit').click();
    await expect.poll(async () => (await graphIds(page)).edges).toContain(`attached:${dana}->${policy}`);
    // The attached policy shows by name, with its ARN as the tooltip.
    await expect(page.getByTestId('form-attach').getByTitle(policy)).toHaveText('ReadOnlyAccess');

    await page.getByTestId('detach-ReadOnlyAccess').click();
    await expect.poll(async () => (await graphIds(page)).edges).not.toContain(`attached:${dana}->${policy}`);
    await expect(page.getByTestId('form-attach')).toContainText('No managed policies attached.');
    await page.getByTestId('remove-member-Developers').click();
    await expect.poll(async () => (await graphIds(page)).edges).not.toContain(`member-of:${dana}->${group}`);
    await expect(page.getByTestId('form-membership')).toContainText('Not in any group.');
  });

  test('imports the example account and draws nodes and edges by kind', async ({ page }) => {
    test.setTimeout(90_000);
    await openWorld(page);
    await page.getByTestId('import-file').setInputFiles(FIXTURE);
    await expect(page.getByTestId('file-notice')).toContainText(
      'Imported 44 users, 5 groups, 78 roles and 84 policies',
      { timeout: 30_000 },
    );
    await expect(page.getByTestId('file-notice')).toContainText('stays on this machine');
    // The import opens as a new sandbox; the welcome world is kept.
    await expect(page.getByTestId('world-name')).toContainText('Imported account');
    const count = (kind: string) => page.getByTestId(`legend-${kind}`);
    await expect(count('user')).toHaveAttribute('data-count', '44');
    await expect(count('group')).toHaveAttribute('data-count', '5');
    await expect(count('role')).toHaveAttribute('data-count', '78');
    await expect(count('policy')).toHaveAttribute('data-count', '46');
    // Every imported AWS managed policy is drawn, attached or not: 46 + 38 = the 84 policies the import reports.
    await expect(count('aws-policy')).toHaveAttribute('data-count', '38');
    await expect(count('inline-policy')).toHaveAttribute('data-count', '39');
    await expect(page.getByTestId('legend-edge-member-of')).toHaveAttribute('data-count', '6');
    await expect(page.getByTestId('legend-edge-attached')).toHaveAttribute('data-count', '106');
    await expect(page.getByTestId('legend-edge-can-assume')).toHaveAttribute('data-count', '87');
    await expect(page.getByTestId('legend-edge-inline')).toHaveAttribute('data-count', '39');
    // Cytoscape draws every node of the model (2 accounts + 3 areas + 275 leaves) and every edge.
    await expect(page.getByTestId('graph')).toHaveAttribute('data-nodes', '280', { timeout: 20_000 });
    await expect(page.getByTestId('graph')).toHaveAttribute('data-edges', '256');
    // Search narrows the explorer and the graph.
    await page.getByTestId('explorer-search').fill('obama');
    await expect.poll(async () => Number(await page.getByTestId('graph').getAttribute('data-nodes'))).toBeLessThan(280);
    await expect(
      page.locator('[data-testid=explorer-item][data-id="arn:aws:iam::012345678901:user/obama"]'),
    ).toHaveCount(1);
    expect((await graphIds(page)).nodes).toContain('arn:aws:iam::012345678901:user/obama');
    // An AWS managed policy attached to nothing is findable too.
    await page.getByTestId('explorer-search').fill('AWSCloudTrailFullAccess');
    await expect(
      page.locator('[data-testid=explorer-item][data-id="arn:aws:iam::aws:policy/AWSCloudTrailFullAccess"]'),
    ).toHaveCount(1);
    expect((await graphIds(page)).nodes).toContain('arn:aws:iam::aws:policy/AWSCloudTrailFullAccess');
  });

  test('the keyboard reaches a node and Enter opens the inspector', async ({ page }) => {
    await openWorld(page);
    await page.getByTestId('graph').focus();
    await page.keyboard.press('ArrowDown'); // starts at the top-left node: the root user
    await expect(page.getByTestId('graph-announce')).toContainText('Root user root');
    await page.keyboard.press('ArrowDown');
    await expect(page.getByTestId('graph-announce')).toContainText('IAM user alice');
    await page.keyboard.press('ArrowRight');
    await expect(page.getByTestId('graph-announce')).toContainText('Group Developers');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('inspector-title')).toHaveText('Developers');
    await expect(page.getByTestId('inspector-title')).toBeFocused();
    await expect(page.getByTestId('inspector-kind')).toHaveText('Group');
  });

  test('a policy with an error shows the finding at its line', async ({ page }) => {
    await openWorld(page);
    await page.getByTestId('explorer-item').filter({ hasText: 'alice' }).click();
    await expect(page.getByTestId('inspector-title')).toHaveText('alice');
    const editor = page.getByTestId('inline-policy-editor');
    const content = editor.locator('.cm-content');
    await content.click();
    await page.keyboard.press('Control+a');
    await page.keyboard.press('Delete');
    // Typed line by line; CodeMirror auto-indents and auto-closes brackets, so insert the text in one go.
    await content.evaluate((el) => {
      const text =
        '{\n"Version": "2012-10-17",\n"Statement": [{\n"Effect": "Allowed",\n"Action": "s3:GetObject",\n"Resource": "*"\n}]\n}';
      el.ownerDocument.execCommand('insertText', false, text);
    });
    const finding = editor.getByTestId('policy-finding').filter({ hasText: 'Allowed' }).first();
    await expect(finding).toHaveAttribute('data-line', '4');
    await expect(finding).toContainText('Line 4');
    // The lint gutter marks line 4.
    await expect(editor.locator('.cm-lint-marker-error')).toHaveCount(1, { timeout: 5000 });
  });

  test('a tap on a node selects it and lights its edges; a tap on an edge near a node still selects the node', async ({
    page,
  }) => {
    await openWorld(page);
    const alice = `arn:aws:iam::${ACCOUNT}:user/alice`;
    const point = await renderedPoint(page, alice);
    await page.mouse.click(point.x, point.y);
    await expect(page.getByTestId('inspector-title')).toHaveText('alice');
    await expect(page.locator(`[data-testid=explorer-item][data-id="${alice}"]`)).toHaveAttribute(
      'aria-current',
      'true',
    );
  });

  test('the graph follows its container: a smaller window redraws and fits it again', async ({ page }) => {
    await openWorld(page);
    await fitSettled(page);
    const before = await viewportState(page);
    await page.setViewportSize({ width: 1100, height: 650 });
    await expect.poll(async () => (await viewportState(page)).width).toBeLessThan(before.width);
    // Wait for the fit to settle (the same viewport over animation frames), not for a time.
    await fitSettled(page);
    const after = await viewportState(page);
    // Cytoscape knows the new size, and the picture is the default view for that size: fitting again changes nothing,
    // the labels stay legible, and what does not fit is reached through the minimap.
    expect(after.width).toBe(after.containerWidth);
    expect(after.refit).toBe(true);
    expect(after.zoom).toBeGreaterThanOrEqual(1);
    expect(after.inside).toContain(`arn:aws:iam::${ACCOUNT}:user/alice`);
    await expect(page.getByTestId('graph-minimap')).toBeVisible();
  });

  test('"only what touches this" with a search that leaves nothing says why and clears', async ({ page }) => {
    await openWorld(page);
    const alice = `arn:aws:iam::${ACCOUNT}:user/alice`;
    await page.locator(`[data-testid=explorer-item][data-id="${alice}"]`).click();
    await page.getByTestId('touching-toggle').click();
    await page.getByTestId('explorer-search').fill('no-such-thing');
    const note = page.getByTestId('graph-filter-empty');
    await expect(note).toContainText('the search “no-such-thing” matches nothing');
    await expect(note).toContainText('“Show only what touches alice” is on');
    await page.getByTestId('graph-filter-clear').click();
    await expect(note).toHaveCount(0);
    await expect.poll(async () => (await graphIds(page)).nodes).toContain(`arn:aws:iam::${ACCOUNT}:user/bob`);
  });

  test('the toolbar stays on one line at 1280 px, every button named', async ({ page }) => {
    await openWorld(page);
    const toolbar = page.getByTestId('graph-toolbar');
    const undo = await page.getByTestId('undo').boundingBox();
    const bar = await toolbar.boundingBox();
    expect(bar!.height).toBeLessThan(undo!.height * 2);
    expect(await toolbar.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    for (const id of [
      'undo',
      'redo',
      'fit',
      'zoom-in',
      'zoom-out',
      'focus-selected',
      'touching-toggle',
      'neighbourhood-toggle',
      'layout-force',
      'layout-reset',
    ]) {
      expect(await page.getByTestId(id).getAttribute('aria-label'), id).toBeTruthy();
      expect(await page.getByTestId(id).getAttribute('title'), id).toBeTruthy();
    }
    await expect(page.getByTestId('legend-toggle')).toHaveAccessibleName('Legend');
    await expect(page.getByTestId('graph-more')).toHaveAccessibleName('More');
  });

  test('"More ▾" is a menu the keyboard works: arrows move, Enter runs an item, Escape closes; the legend toggles', async ({
    page,
  }) => {
    await openWorld(page);
    const more = page.getByTestId('graph-more');
    await expect(more).toHaveAttribute('aria-haspopup', 'menu');
    await more.focus();
    await page.keyboard.press('Enter');
    const menu = page.getByRole('menu', { name: 'More graph tools' });
    await expect(menu).toBeVisible();
    await expect(more).toHaveAttribute('aria-expanded', 'true');
    const items = menu.getByRole('menuitem');
    await expect(items).toHaveText([
      'Import a file…',
      'Export as PNG image',
      'Export as SVG drawing',
      'welcome',
      'cross-account',
      'federation',
      'ec2',
      'organization',
    ]);
    await expect(menu.getByRole('group', { name: 'Open a sample world (a new sandbox)' })).toBeVisible();
    await expect(page.getByTestId('import-button')).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await expect(page.getByTestId('sample-organization')).toBeFocused();
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowDown');
    await expect(page.getByTestId('export-png')).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(menu).toHaveCount(0);
    await expect(more).toBeFocused();
    await expect(more).toHaveAttribute('aria-expanded', 'false');

    // ↓ opens it too; Enter on "Export as SVG drawing" downloads the drawing and closes the menu.
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(page.getByTestId('export-svg')).toBeFocused();
    const download = page.waitForEvent('download');
    await page.keyboard.press('Enter');
    expect((await download).suggestedFilename()).toBe('welcome.svg');
    await expect(menu).toHaveCount(0);

    // A sample world from the menu opens in a new sandbox.
    await more.click();
    await page.getByTestId('sample-ec2').click();
    await expect
      .poll(async () => (await graphIds(page)).nodes.some((id) => id.endsWith(':role/AppServerRole')))
      .toBe(true);

    // A click elsewhere closes it.
    await more.click();
    await expect(menu).toBeVisible();
    await page.getByTestId('explorer-search').click();
    await expect(menu).toHaveCount(0);

    // The legend's toggle.
    await expect(page.getByTestId('graph-legend')).toBeVisible();
    await page.getByTestId('legend-toggle').click();
    await expect(page.getByTestId('legend-toggle')).toHaveAttribute('aria-pressed', 'false');
    await expect(page.getByTestId('graph-legend')).toHaveCount(0);
    await page.getByTestId('legend-toggle').click();
    await expect(page.getByTestId('graph-legend')).toBeVisible();
  });

  test('leaving the World area right after an import logs no error (late Cytoscape callbacks are ignored)', async ({
    page,
  }) => {
    await openWorld(page);
    await page.getByTestId('import-file').setInputFiles(FIXTURE);
    await page.getByTestId('nav-evaluate').click();
    await page.getByTestId('nav-world').click();
    await page.getByTestId('fit').click();
    await page.getByTestId('nav-lessons').click();
    await page.getByTestId('nav-world').click();
    await page.setViewportSize({ width: 1200, height: 700 });
    await page.getByTestId('nav-practice').click();
    await expect(page.getByTestId('area-world')).toHaveCount(0);
    // The fixture fails the test if the page logged an error.
  });
});

/** Where a node is drawn, in page coordinates (Cytoscape registers itself on its container). */
async function renderedPoint(page: Page, id: string): Promise<{ x: number; y: number }> {
  return page.getByTestId('graph').evaluate((el, nodeId) => {
    const cy = (el as unknown as { _cyreg: { cy: Core } })._cyreg.cy;
    const box = el.getBoundingClientRect();
    const p = cy.getElementById(nodeId).renderedPosition();
    return { x: box.left + p.x, y: box.top + p.y };
  }, id);
}

/** Cytoscape's idea of the canvas size, the container's, and the visible leaves drawn outside the canvas. */
async function viewportState(
  page: Page,
): Promise<{ width: number; containerWidth: number; inside: string[]; zoom: number; refit: boolean }> {
  return page.getByTestId('graph').evaluate((el) => {
    const cy = (el as unknown as { _cyreg: { cy: Core } })._cyreg.cy;
    const inside = cy
      .nodes(':visible')
      .filter((n) => !n.hasClass('box'))
      .filter((n) => {
        const p = (n as NodeSingular).renderedPosition();
        return p.x >= 0 && p.y >= 0 && p.x <= cy.width() && p.y <= cy.height();
      })
      .map((n) => n.id());
    const view = JSON.stringify([cy.zoom(), cy.pan()]);
    (el as unknown as { __iamLabGraph: { fit(): void } }).__iamLabGraph.fit();
    return {
      width: cy.width(),
      containerWidth: el.clientWidth,
      inside,
      zoom: cy.zoom(),
      refit: view === JSON.stringify([cy.zoom(), cy.pan()]),
    };
  });
}
