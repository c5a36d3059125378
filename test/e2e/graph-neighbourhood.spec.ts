/**
 * The neighbourhood view on a real account (the imported example account, 275 nodes): select a role, "Show
 * neighbourhood" shows exactly the role and what is one step away; double-clicking a node at the edge adds its
 * neighbours; "Expand one step" reaches one step further; a node picked in the explorer that is not shown is added;
 * labels stay legible (read from Cytoscape, as graph-legible.spec.ts does); "Show everything" brings the whole account
 * back. Also writes docs/screenshots/graph-neighbourhood.png after checking what it shows.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { Core } from 'cytoscape';
import { expect, openApp, test } from './fixtures';
import { fitSettled } from './graph-settle';

const FIXTURE = join(import.meta.dirname, '..', 'fixtures', 'authz-details-example.json');
const SHOTS = join(import.meta.dirname, '..', '..', 'docs', 'screenshots');
const ROLE = 'arn:aws:iam::200611803367:role/privesc-high-priv-service-role';
/** The example account's leaves (boxes left out): what "Show everything" draws again. */
const ALL_LEAVES = 275;

/** `kind:label` as the graph draws it at 1280×800: leaf labels longer than 24 characters are cut (`shortLabel`). */
const named = (kind: string, label: string) => `${kind}:${label.length > 24 ? `${label.slice(0, 23)}…` : label}`;

/** One step from the role: its two policies, its instance profile and the ten services its trust policy names. */
const ONE_STEP = [
  named('role', 'privesc-high-priv-service-role'),
  named('policy', 'privesc-high-priv-service-policy'),
  named('aws-policy', 'AmazonSSMManagedInstanceCore'),
  named('instance-profile', 'privesc-high-priv-service-profile'),
  ...[
    'cloudformation',
    'codebuild',
    'datapipeline',
    'ec2',
    'ecs-tasks',
    'eks',
    'elasticbeanstalk',
    'glue',
    'lambda',
    'sagemaker',
  ].map((s) => named('service', `${s}.amazonaws.com`)),
].sort();

interface Drawn {
  /** `kind:label` of every leaf drawn (labels as drawn, long ones cut). */
  leaves: string[];
  /** Leaves wearing the dashed "more beyond" ring. */
  more: string[];
  /** The smallest on-screen label size of the leaves inside the viewport, and how many those are. */
  min: number;
  inViewport: number;
  selected: string[];
}

/** What the graph draws now, read from Cytoscape. */
async function drawn(page: Page): Promise<Drawn> {
  return page
    .getByTestId('graph')
    .first()
    .evaluate((el) => {
      const cy = (el as unknown as { _cyreg: { cy: Core } })._cyreg.cy;
      const ext = cy.extent();
      const name = (n: ReturnType<Core['nodes']>[number]) => `${String(n.data('kind'))}:${String(n.data('label'))}`;
      const leaves = cy.nodes().filter((n) => !n.hasClass('box') && n.visible());
      const sizes: number[] = [];
      leaves.forEach((n) => {
        const p = n.position();
        if (p.x < ext.x1 || p.x > ext.x2 || p.y < ext.y1 || p.y > ext.y2) return;
        sizes.push(parseFloat(n.renderedStyle('font-size')));
      });
      return {
        leaves: leaves.map(name).sort(),
        more: leaves
          .filter((n) => n.hasClass('more'))
          .map(name)
          .sort(),
        min: sizes.length ? Math.min(...sizes) : 0,
        inViewport: sizes.length,
        selected: cy.nodes(':selected').map(name),
      };
    });
}

/** Double-clicks a drawn node where it is on screen. */
async function doubleClickNode(page: Page, id: string): Promise<void> {
  const graph = page.getByTestId('graph').first();
  const at = await graph.evaluate((el, nodeId) => {
    const cy = (el as unknown as { _cyreg: { cy: Core } })._cyreg.cy;
    return cy.getElementById(nodeId).renderedPosition();
  }, id);
  const box = (await graph.boundingBox())!;
  await page.mouse.dblclick(box.x + at.x, box.y + at.y);
}

async function importExample(page: Page): Promise<void> {
  await page.getByTestId('import-file').setInputFiles(FIXTURE);
  await expect(page.getByTestId('graph')).toHaveAttribute('data-nodes', '280', { timeout: 30_000 });
  await fitSettled(page);
}

/** Selects the role through the explorer's search, then clears the search (the selection stays). */
async function selectRole(page: Page): Promise<void> {
  await page.getByTestId('explorer-search').fill('privesc-high-priv-service-role');
  await page.locator(`[data-testid="explorer-item"][data-id="${ROLE}"]`).click();
  await page.getByTestId('explorer-search').fill('');
  await expect(page.getByTestId('inspector-title')).toHaveText('privesc-high-priv-service-role');
}

test.describe('the neighbourhood view, 1280×800', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('a role, one node expanded, one step further, a node added from the explorer, then everything', async ({
    page,
  }) => {
    await openApp(page);
    await importExample(page);
    expect((await drawn(page)).leaves).toHaveLength(ALL_LEAVES);
    await selectRole(page);

    // Show neighbourhood (the toolbar's button): the role and what is one step away, nothing else.
    await page.getByTestId('neighbourhood-toggle').click();
    await expect(page.getByTestId('graph-neighbourhood-status')).toHaveText(
      'Neighbourhood of role privesc-high-priv-service-role · 1 step · 14 of 275',
    );
    await fitSettled(page);
    let now = await drawn(page);
    expect(now.leaves).toEqual(ONE_STEP);
    // Two services are trusted by other roles too: they wear the "more beyond" ring.
    expect(now.more).toEqual([named('service', 'cloudformation.amazonaws.com'), named('service', 'ec2.amazonaws.com')]);
    // Everything shown is on screen, at a legible size.
    expect(now.inViewport).toBe(14);
    expect(now.min).toBeGreaterThanOrEqual(11 - 0.01);
    expect(now.selected).toEqual([named('role', 'privesc-high-priv-service-role')]);
    await expect(page.getByTestId('graph')).toHaveAttribute('data-overview', 'false');
    await expect(page.getByTestId('explorer-count')).toContainText('14 in the neighbourhood of 275 listed');
    await page.screenshot({ path: join('test-results', 'graph-neighbourhood-1280x800-one-step.png') });

    // Double-click ec2.amazonaws.com (at the edge): the other role it can assume joins.
    await doubleClickNode(page, 'ec2.amazonaws.com');
    await expect(page.getByTestId('graph-neighbourhood-status')).toHaveText(
      'Neighbourhood of role privesc-high-priv-service-role · 1 step + 1 expanded · 15 of 275',
    );
    await fitSettled(page);
    now = await drawn(page);
    expect(now.leaves).toEqual([...ONE_STEP, 'role:OverprivilegedEC2'].sort());
    expect(now.more).toEqual(['role:OverprivilegedEC2', named('service', 'cloudformation.amazonaws.com')]);
    expect(now.min).toBeGreaterThanOrEqual(11 - 0.01);
    expect(now.inViewport).toBe(15);
    await expect(page.getByTestId('inspector-title')).toHaveText('ec2.amazonaws.com');
    // The picture kept in docs/: the import's notice closed, everything shown on screen and legible (checked above).
    await page.getByTestId('file-notice').getByRole('button', { name: 'Dismiss' }).click();
    await fitSettled(page);
    expect((await drawn(page)).inViewport).toBe(15);
    await page.screenshot({ path: join(SHOTS, 'graph-neighbourhood.png') });

    // The inspector expands too: OverprivilegedEC2 shows its 3 neighbours not shown yet.
    await page
      .locator(`[data-testid="explorer-item"][data-id="arn:aws:iam::012345678901:role/OverprivilegedEC2"]`)
      .click();
    await expect(page.getByTestId('inspector-neighbourhood-expand')).toHaveText('Expand neighbourhood (3 more)');
    await page.getByTestId('inspector-neighbourhood-expand').click();
    await expect(page.getByTestId('graph-neighbourhood-status')).toHaveText(
      'Neighbourhood of role privesc-high-priv-service-role · 1 step + 2 expanded · 18 of 275',
    );
    await fitSettled(page);
    now = await drawn(page);
    const afterInspector = [
      ...ONE_STEP,
      'role:OverprivilegedEC2',
      'policy:InsecurePolicy',
      'inline-policy:SupYo',
      'instance-profile:OverprivilegedEC2',
    ].sort();
    expect(now.leaves).toEqual(afterInspector);
    expect(now.min).toBeGreaterThanOrEqual(11 - 0.01);

    // Expand one step (the neighbourhood bar): two whole steps from the role.
    await page.getByTestId('graph-neighbourhood-further').click();
    await expect(page.getByTestId('graph-neighbourhood-status')).toHaveText(
      'Neighbourhood of role privesc-high-priv-service-role · 2 steps + 2 expanded · 19 of 275',
    );
    await fitSettled(page);
    now = await drawn(page);
    expect(now.leaves).toEqual(
      [...afterInspector, named('role', 'AWS-QuickSetup-StackSet-Local-AdministrationRole')].sort(),
    );
    expect(now.min).toBeGreaterThanOrEqual(11 - 0.01);

    // A node the view does not show, picked in the explorer, is added (and drawn, selected, in the inspector).
    // The explorer lists the neighbourhood first, then what it does not show (long lists draw only the rows in view).
    await expect(page.getByTestId('explorer-section').first()).toHaveText('In the neighbourhood (19)');
    await page.locator('[data-testid="explorer"] .tree').evaluate((el) => (el.scrollTop = 26 * 40));
    await expect(page.getByTestId('explorer-section').last()).toHaveText('Not shown (256): select one to add it');
    const outside = page.locator('[data-testid="explorer-item"].outside').first();
    const outsideId = (await outside.getAttribute('data-id'))!;
    const outsideLabel = (await outside.textContent())!.trim();
    await outside.click();
    await expect(page.getByTestId('inspector-title')).toHaveText(outsideLabel);
    await expect(page.getByTestId('graph-neighbourhood-status')).toContainText(
      '· 2 steps + 2 expanded + 1 added · 20 of 275',
    );
    await fitSettled(page);
    now = await drawn(page);
    expect(now.leaves).toHaveLength(20);
    expect(now.selected).toHaveLength(1);
    expect(now.min).toBeGreaterThanOrEqual(11 - 0.01);
    expect(JSON.parse((await page.getByTestId('graph').getAttribute('data-node-ids'))!)).toContain(outsideId);

    // Show everything: the whole account again.
    await page.getByTestId('graph-neighbourhood-leave').click();
    await expect(page.getByTestId('graph-neighbourhood-bar')).toHaveCount(0);
    await expect(page.getByTestId('graph')).toHaveAttribute('data-nodes', '280');
    await fitSettled(page);
    expect((await drawn(page)).leaves).toHaveLength(ALL_LEAVES);
    expect((await drawn(page)).more).toEqual([]);
    await expect(page.getByTestId('explorer-count')).toHaveText('275 shown');
  });

  test('the palette offers it for the selected node; the SVG export draws what it shows; the toolbar button leaves it', async ({
    page,
  }) => {
    await openApp(page);
    await importExample(page);
    await selectRole(page);
    await page.keyboard.press('Control+k');
    await page.keyboard.type('neighbourhood');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('graph-neighbourhood-status')).toContainText('· 14 of 275');
    await fitSettled(page);
    expect((await drawn(page)).leaves).toEqual(ONE_STEP);
    const download = page.waitForEvent('download');
    await page.getByTestId('graph-more').click();
    await page.getByTestId('export-svg').click();
    const svg = readFileSync((await (await download).path())!, 'utf8');
    // The 14 shown nodes (one <g> per leaf), none of the others, no boxes.
    expect(svg.split('<g class="node ').length - 1).toBe(14);
    expect(svg).not.toContain('<g class="box');
    expect(svg).toContain('>ec2.amazonaws.com<');
    expect(svg).not.toContain('OverprivilegedEC2');
    await page.getByTestId('neighbourhood-toggle').click();
    await expect(page.getByTestId('graph')).toHaveAttribute('data-nodes', '280');
  });
});

test.describe('the neighbourhood view, presenter 1280×720', () => {
  test.use({ viewport: { width: 1280, height: 720 } });

  test('labels stay at the presenter size; the inspector expands a node', async ({ page }) => {
    await openApp(page);
    await page.getByTestId('presenter-toggle').click();
    await expect(page.locator('html')).toHaveClass(/presenter/);
    await importExample(page);
    await selectRole(page);
    await page.getByTestId('neighbourhood-toggle').click();
    await fitSettled(page);
    let now = await drawn(page);
    expect(now.leaves).toHaveLength(14);
    expect(now.min).toBeGreaterThanOrEqual(16 - 0.01);
    // The legend is out of the way in presenter mode and the layout packs its bands closer: all 14 fit the pane,
    // with no minimap or "Focus on…" over them.
    expect(now.inViewport).toBe(14);
    await expect(page.getByTestId('graph')).toHaveAttribute('data-overview', 'false');
    await expect(page.getByTestId('graph-minimap')).toHaveCount(0);
    await expect(page.getByTestId('graph-focus-on')).toHaveCount(0);
    const pane = await page.getByTestId('graph').boundingBox();
    console.log(
      `presenter, one step: ${now.inViewport} of ${now.leaves.length} leaves in the viewport (pane ${pane?.width}×${pane?.height} px), smallest label ${now.min} px`,
    );
    await page.locator('[data-testid="explorer-item"][data-id="ec2.amazonaws.com"]').click();
    await page.getByTestId('inspector-neighbourhood-expand').click();
    await expect(page.getByTestId('graph-neighbourhood-status')).toContainText('15 of 275');
    await fitSettled(page);
    now = await drawn(page);
    expect(now.leaves).toHaveLength(15);
    expect(now.min).toBeGreaterThanOrEqual(16 - 0.01);
    // The node just expanded stays selected.
    expect(now.selected).toEqual(['service:ec2.amazonaws.com']);
    console.log(
      `presenter, expanded: ${now.inViewport} of ${now.leaves.length} leaves in the viewport, smallest label ${now.min} px`,
    );
    await page.getByTestId('file-notice').getByRole('button', { name: 'Dismiss' }).click();
    await fitSettled(page);
    await page.screenshot({ path: join('test-results', 'graph-neighbourhood-presenter-1280x720.png') });
  });
});
