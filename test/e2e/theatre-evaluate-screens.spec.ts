/**
 * The Evaluate area as people see it, written to docs/screenshots on every run after checking what it shows: the
 * explicit-deny replay at its decision step at 1280×800, in presenter mode at 1280×720 and at 1920×1080, and an
 * allowed replay in presenter mode at 1280×720. Checked: the replay controls are on screen, no two gates overlap and
 * no gate name is cut, the policy text never scrolls sideways, and the graph beside it has labels of the legible size
 * (11 px; 16 px in presenter mode). In presenter mode at 1280×720 everything a teacher projects is on screen without
 * scrolling: the gates, the marker, the controls, the narration, the policy panel (its marked line in its box) and
 * the verdict, and neither the window nor the area scrolls; before the decision the controls stay on one line; the
 * graph has no minimap over it and the lit nodes it shows are whole. The same presenter checks run at the decision
 * step of each credentials flow (AssumeRole, written as evaluate-presenter-1280x720-assume-role.png; web identity,
 * SAML, GetFederationToken, EC2) and of a cross-account call, with the flow strip, the intersection or the
 * cross-account rule among the boxes. For the explicit deny and AssumeRole at 1280×720 presenter and 1280×800, the
 * graph draws only the request (who asks, the policies read, the resource), every node whole at a legible size, and
 * its corner toggle brings back the whole world.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { Core, NodeSingular } from 'cytoscape';
import { expect, openApp, test } from './fixtures';
import { fitSettled } from './graph-settle';

const root = join(import.meta.dirname, '..', '..');
/** The object the denied and the allowed request ask for (test/e2e/theatre-scenarios.ts). */
const OBJECT = 'arn:aws:s3:::iam-lab-welcome-bucket/reports/q1.csv';
const OBJECT_LABEL = 'iam-lab-welcome-bucket/reports/q1.csv';
const SHOTS = join(root, 'docs', 'screenshots');
const dir = mkdtempSync(join(tmpdir(), 'theatre-screens-'));

/**
 * Opens a share file (made by theatre-scenarios.ts) in Evaluate at the given window size, in presenter mode or not,
 * and goes to the replay's last step. The "opened …" notice is kept out of the pictures.
 */
async function openReplayAtEnd(
  page: Page,
  s: { width: number; height: number; presenter: boolean; file: string },
): Promise<void> {
  await page.setViewportSize({ width: s.width, height: s.height });
  await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
  await openApp(page);
  if (s.presenter) {
    await page.getByTestId('presenter-toggle').click();
    await expect(page.locator('html')).toHaveClass(/presenter/);
  }
  await page.getByTestId('nav-evaluate').click();
  await page.getByTestId('share-file').setInputFiles(join(dir, `${s.file}.json`));
  await expect(page.getByTestId('stage')).toBeVisible();
  await page.addStyleTag({ content: '[data-testid="file-notice"] { display: none !important; }' });
  await page.getByTestId('ctl-end').click();
}

test.beforeAll(() => {
  execFileSync(
    process.execPath,
    [join(root, 'node_modules/tsx/dist/cli.mjs'), join(root, 'test/e2e/theatre-scenarios.ts'), dir],
    { cwd: root },
  );
  // The same request over HTTPS: the Deny's condition does not hold, the Developers group's policy allows.
  const share = JSON.parse(readFileSync(join(dir, 'deny.json'), 'utf8')) as { request: { env: object } };
  share.request.env = { secureTransport: true };
  writeFileSync(join(dir, 'allowed.json'), JSON.stringify(share));
});

/**
 * Pairs of gates whose boxes overlap, gates whose name is wider than the gate, a gate's words (icon, name, state)
 * outside its box, and words of one gate overlapping words of another.
 */
async function gateProblems(page: Page): Promise<string[]> {
  return page.getByTestId('gate').evaluateAll((els) => {
    const out: string[] = [];
    const overlap = (a: DOMRect, b: DOMRect) =>
      a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;
    const inside = (a: DOMRect, b: DOMRect) =>
      a.left >= b.left - 0.5 && a.right <= b.right + 0.5 && a.top >= b.top - 0.5 && a.bottom <= b.bottom + 0.5;
    const boxes = els.map((e) => ({
      id: e.getAttribute('data-gate'),
      r: e.getBoundingClientRect(),
      e,
      labels: [...e.querySelectorAll(':scope > span')].map((l) => l.getBoundingClientRect()),
    }));
    for (let i = 0; i < boxes.length; i++) {
      const a = boxes[i];
      const name = a.e.querySelector('.name') as HTMLElement;
      if (name.scrollWidth > name.clientWidth + 1) out.push(`${a.id}: name cut`);
      if (a.labels.some((l) => !inside(l, a.r))) out.push(`${a.id}: words outside the gate`);
      for (let j = i + 1; j < boxes.length; j++) {
        const b = boxes[j];
        if (overlap(a.r, b.r)) out.push(`${a.id} overlaps ${b.id}`);
        if (a.labels.some((l) => b.labels.some((m) => overlap(l, m)))) out.push(`${a.id}'s words overlap ${b.id}'s`);
      }
    }
    return out;
  });
}

/** How the policy text sits in its box: any line cut at the left or right, sideways scroll, the marked line shown. */
async function policyText(page: Page) {
  return page.getByTestId('policy-json').evaluate((pre) => {
    const box = pre.getBoundingClientRect();
    const style = getComputedStyle(pre);
    const left = box.left + parseFloat(style.borderLeftWidth) + parseFloat(style.paddingLeft);
    const right = box.right - parseFloat(style.borderRightWidth) - parseFloat(style.paddingRight);
    const range = document.createRange();
    range.selectNodeContents(pre);
    const rects = [...range.getClientRects()].filter((r) => r.width > 0);
    const mark = pre.querySelector('mark.statement')?.getBoundingClientRect();
    return {
      sideways: pre.scrollWidth > pre.clientWidth || pre.scrollLeft !== 0,
      cutLeft: rects.filter((r) => r.left < left - 0.5).length,
      cutRight: rects.filter((r) => r.right > right + 0.5).length,
      // The first line of the marked statement is inside the box as scrolled.
      markShown: !!mark && mark.top >= box.top - 0.5 && mark.top + 10 <= box.bottom,
    };
  });
}

/** Whether the window or the area's scroll container (the nearest ancestor that scrolls) can scroll. */
async function scrolls(page: Page) {
  return page.getByTestId('area-evaluate').evaluate((area) => {
    let el: HTMLElement | null = area.parentElement;
    while (el && !/(auto|scroll)/.test(getComputedStyle(el).overflowY)) el = el.parentElement;
    const doc = document.scrollingElement as HTMLElement;
    return {
      container: el
        ? { scrollHeight: el.scrollHeight, clientHeight: el.clientHeight, bottom: el.getBoundingClientRect().bottom }
        : null,
      window: { scrollHeight: doc.scrollHeight, innerHeight: window.innerHeight },
    };
  });
}

interface Box {
  x: number;
  y: number;
  bottom: number;
  right: number;
}

/** Rounded bounding boxes of what a teacher projects (the `ids`, and all the gates as one), for the log and checks. */
async function boxes(page: Page, ids: string[]): Promise<Record<string, Box>> {
  const out: Record<string, Box> = {};
  for (const id of ids) {
    const b = (await page.getByTestId(id).first().boundingBox())!;
    out[id] = {
      x: Math.round(b.x),
      y: Math.round(b.y),
      bottom: Math.round(b.y + b.height),
      right: Math.round(b.x + b.width),
    };
  }
  const gates = await page.getByTestId('gate').evaluateAll((els) => {
    const rs = els.map((e) => e.getBoundingClientRect());
    return {
      x: Math.min(...rs.map((r) => r.left)),
      y: Math.min(...rs.map((r) => r.top)),
      bottom: Math.max(...rs.map((r) => r.bottom)),
      right: Math.max(...rs.map((r) => r.right)),
    };
  });
  out.gates = {
    x: Math.round(gates.x),
    y: Math.round(gates.y),
    bottom: Math.round(gates.bottom),
    right: Math.round(gates.right),
  };
  return out;
}

/**
 * Presenter mode's promise: the controls, the gates, the marker, the narration, the policy panel, `last` (the verdict
 * or the note that it comes at the decision step) and the graph are inside the window above the status bar, none
 * covers another, the policy text is inside its panel, and neither the window nor the area scrolls. Logs the boxes.
 */
async function projectedOnScreen(page: Page, label: string, last: string, extra: string[] = []): Promise<void> {
  const ids = ['controls', 'gate-decision', 'narration', 'policy-panel', last, 'graph', ...extra];
  // A step with no policy in focus (an implicit deny after every gate) has no policy text.
  const text = (await page.getByTestId('policy-json').count()) > 0;
  const seen = await boxes(page, text ? [...ids, 'policy-json'] : ids);
  const s = await scrolls(page);
  console.log(`${label}: ${JSON.stringify(seen)} scroll: ${JSON.stringify(s)}`);
  const size = page.viewportSize()!;
  for (const [id, b] of Object.entries(seen)) {
    expect(b.x >= 0 && b.y >= 0 && b.right <= size.width && b.bottom <= size.height, `${id} in the window`).toBe(true);
    expect(b.bottom, `${id} above the status bar`).toBeLessThanOrEqual(s.container!.bottom + 0.5);
  }
  const apart = [...ids, 'gates'];
  for (const [i, a] of apart.entries())
    for (const b of apart.slice(i + 1)) {
      const [p, q] = [seen[a], seen[b]];
      const overlap = p.x < q.right - 1 && q.x < p.right - 1 && p.y < q.bottom - 1 && q.y < p.bottom - 1;
      expect(overlap, `${a} overlaps ${b}`).toBe(false);
    }
  const [json, panel] = [seen['policy-json'], seen['policy-panel']];
  if (text) {
    expect(json.y >= panel.y && json.bottom <= panel.bottom, 'policy text inside its panel').toBe(true);
    await expect(page.getByTestId('policy-name')).toBeInViewport();
  }
  for (const id of ['gate-decision', 'narration']) await expect(page.getByTestId(id)).toBeInViewport();
  expect(s.container!.scrollHeight).toBeLessThanOrEqual(s.container!.clientHeight);
  expect(s.window.scrollHeight).toBeLessThanOrEqual(s.window.innerHeight);
}

/** The font sizes of the graph's labels in view. */
async function graphLabels(page: Page): Promise<number[]> {
  return page.getByTestId('graph').evaluate((el) => {
    const cy = (el as unknown as { _cyreg: { cy: Core } })._cyreg.cy;
    const ext = cy.extent();
    return cy
      .nodes()
      .filter((n) => !n.hasClass('box') && n.visible() && !!n.data('label'))
      .filter((n) => {
        const p = (n as NodeSingular).position();
        return p.x >= ext.x1 && p.x <= ext.x2 && p.y >= ext.y1 && p.y <= ext.y2;
      })
      .map((n) => parseFloat(n.renderedStyle('font-size')));
  });
}

/**
 * The lit nodes of the graph (what the step lights: the policy in focus, the principal, the resource): each one's id,
 * whether it is whole in the graph's box (its label too) and its label's font size.
 */
async function litNodes(page: Page, ids?: string[]): Promise<Array<{ id: string; whole: boolean; font: number }>> {
  return page.getByTestId('graph').evaluate((el, ids) => {
    const cy = (el as unknown as { _cyreg: { cy: Core } })._cyreg.cy;
    const [w, h] = [cy.width(), cy.height()];
    const nodes = ids ? cy.nodes().filter((n) => ids.includes(n.id())) : cy.nodes('.trace-hl');
    return nodes.map((n) => {
      const b = n.renderedBoundingBox({ includeLabels: true });
      return {
        id: n.id(),
        whole: b.x1 >= -0.5 && b.y1 >= -0.5 && b.x2 <= w + 0.5 && b.y2 <= h + 0.5,
        font: parseFloat(n.renderedStyle('font-size')),
      };
    });
  }, ids);
}

for (const shot of [
  {
    name: 'evaluate-1280x800',
    width: 1280,
    height: 800,
    presenter: false,
    minLabel: 11,
    file: 'deny',
    decision: 'explicitDeny',
  },
  {
    name: 'evaluate-presenter-1280x720',
    width: 1280,
    height: 720,
    presenter: true,
    minLabel: 16,
    file: 'deny',
    decision: 'explicitDeny',
  },
  {
    name: 'evaluate-presenter-1280x720-allowed',
    width: 1280,
    height: 720,
    presenter: true,
    minLabel: 16,
    file: 'allowed',
    decision: 'allowed',
  },
  {
    name: 'evaluate-1920x1080',
    width: 1920,
    height: 1080,
    presenter: false,
    minLabel: 11,
    file: 'deny',
    decision: 'explicitDeny',
  },
]) {
  test(`Evaluate at ${shot.name}`, async ({ page }) => {
    await openReplayAtEnd(page, shot);
    await expect(page.getByTestId('verdict-decision')).toHaveAttribute('data-decision', shot.decision);
    await expect(page.getByTestId('gate-decision')).toHaveAttribute('data-final', 'true');
    await fitSettled(page);

    // The controls are on screen, whole.
    const controls = (await page.getByTestId('controls').boundingBox())!;
    expect(controls.y).toBeGreaterThanOrEqual(0);
    expect(controls.y + controls.height).toBeLessThanOrEqual(shot.height);
    for (const id of ['ctl-back', 'ctl-play', 'ctl-forward'])
      await expect(page.getByTestId(id)).toBeInViewport({ ratio: 1 });
    // In the window the buttons read in words; projected, the step buttons show their arrows only. Either way each
    // keeps its whole name.
    const shown = (id: string) => page.getByTestId(id).evaluate((e) => (e as HTMLElement).innerText.trim());
    expect(await shown('ctl-back')).toBe(shot.presenter ? '◁' : '◁ Back');
    expect(await shown('ctl-decisive')).toBe(shot.presenter ? 'Decisive' : 'Decisive step');
    for (const name of ['Step back (←)', 'Step forward (→)', 'Decisive step', 'Speed'])
      await expect(page.getByRole(name === 'Speed' ? 'combobox' : 'button', { name, exact: true })).toBeVisible();
    expect(await gateProblems(page)).toEqual([]);
    // The policy text wraps: nothing to scroll sideways, no line cut at either side.
    const text = await policyText(page);
    expect(text).toMatchObject({ sideways: false, cutLeft: 0, cutRight: 0 });
    // The graph's labels in view are legible.
    const labels = await graphLabels(page);
    expect(labels.length).toBeGreaterThan(0);
    expect(Math.min(...labels)).toBeGreaterThanOrEqual(shot.minLabel - 0.01);

    if (shot.presenter) {
      // The graph opens on what the step lights, in the presenter's type, with no minimap over it: the denied
      // request's policy and the object it is asked about are whole (Alice is too far left to fit beside them).
      const lit = await litNodes(page);
      console.log(`${shot.name} lit: ${JSON.stringify(lit)}`);
      await expect(page.getByTestId('graph-minimap')).toBeHidden();
      expect(lit.filter((n) => n.whole).length).toBeGreaterThan(0);
      if (shot.file === 'deny')
        expect(lit.filter((n) => n.whole).map((n) => n.id)).toEqual(
          expect.arrayContaining([`arn:aws:iam::111122223333:user/alice#inline:NoReports`, OBJECT]),
        );
      await projectedOnScreen(page, shot.name, 'verdict');
      expect(text.markShown, 'the deciding statement shown in the policy box').toBe(true);
      for (const id of ['verdict-decision', 'policy-deciding']) await expect(page.getByTestId(id)).toBeInViewport();
      // The verdict is whole: nothing of it hidden in a scroll of its own.
      expect(await page.getByTestId('verdict').evaluate((el) => el.scrollHeight <= el.clientHeight + 1)).toBe(true);
      // The graph has room: at least a third of the window's height and width.
      const graph = (await page.getByTestId('graph').boundingBox())!;
      expect(graph.height).toBeGreaterThanOrEqual(shot.height / 3);
      expect(graph.width).toBeGreaterThanOrEqual(shot.width / 3);
    }
    await page.screenshot({ path: join(SHOTS, `${shot.name}.png`) });

    // Scrolled down to the verdict, the controls stay on screen.
    await page.getByTestId('verdict').scrollIntoViewIfNeeded();
    await expect(page.getByTestId('ctl-play')).toBeInViewport({ ratio: 1 });

    if (shot.presenter) {
      // Before the decision, with a comparison in the policy panel (the controls add "Show answer now"): still whole.
      await page.getByTestId('ctl-restart').click();
      for (let i = 0; i < 5; i++) await page.getByTestId('ctl-forward').click();
      await expect(page.getByTestId('ctl-pos')).toHaveText(/^Step 6 of/);
      await expect(page.getByTestId('compared')).toBeVisible();
      await projectedOnScreen(page, `${shot.name} step 6`, 'hidden-verdict');
      // The controls, "Show answer now" among them, keep to one line.
      await expect(page.getByTestId('ctl-answer')).toBeInViewport({ ratio: 1 });
      const answer = page.getByRole('button', { name: 'Show answer now', exact: true });
      expect(await answer.evaluate((e) => (e as HTMLElement).innerText.trim())).toBe('Show answer');
      const bar = await controlsOneLine(page);
      console.log(`${shot.name} step 6 controls: ${JSON.stringify(bar)}`);
      expect(bar.lines).toBe(1);
      expect(await policyText(page)).toMatchObject({ sideways: false, cutLeft: 0, cutRight: 0 });
      await expect(page.getByTestId('mark-element')).toBeInViewport({ ratio: 1 });

      // The request line unfolds into the request bar on "Edit request"; the next replay folds it again.
      await expect(page.getByTestId('request-builder')).toHaveCount(0);
      await page.getByTestId('request-edit').click();
      await expect(page.getByTestId('request-builder')).toBeVisible();
      await expect(page.getByTestId('req-flow')).toBeFocused();
      await page.getByTestId('evaluate').click();
      await expect(page.getByTestId('request-folded')).toContainText('s3:GetObject');
      await expect(page.getByTestId('request-builder')).toHaveCount(0);
    }
  });
}

/** Whether the replay controls sit on one line: every control's box starts on the first control's line. */
async function controlsOneLine(page: Page): Promise<{ lines: number; height: number }> {
  return page.getByTestId('controls').evaluate((bar) => {
    const tops = [...bar.children].map((c) => {
      const r = c.getBoundingClientRect();
      return r.top + r.height / 2;
    });
    const lines = new Set(tops.map((t) => Math.round(t / 8))).size;
    return { lines: Math.max(...tops) - Math.min(...tops) > 4 ? lines : 1, height: bar.getBoundingClientRect().height };
  });
}

/**
 * Each credentials flow (and a cross-account call) in presenter mode at 1280×720, at its decision step: the flow
 * strip, the intersection (a role or federated session), the gates, the marker, the narration, the policy panel, the
 * whole verdict and the graph are on screen with nothing covering anything else and no scrolling.
 */
for (const flow of [
  {
    name: 'assume-role',
    file: 'assume',
    extra: ['flow-strip', 'intersection'],
    doc: true,
    principal: 'arn:aws:iam::222222222222:role/ProdS3Reader',
  },
  { name: 'web-identity', file: 'web-identity', extra: ['flow-strip', 'intersection'], doc: false },
  { name: 'saml', file: 'saml', extra: ['flow-strip', 'intersection'], doc: false },
  {
    name: 'federation-token',
    file: 'federation-token',
    extra: ['flow-strip', 'intersection'],
    doc: false,
    principal: 'arn:aws:iam::111122223333:user/alice',
  },
  { name: 'ec2', file: 'ec2', extra: ['flow-strip', 'intersection'], doc: false },
  { name: 'cross-account', file: 'cross', extra: ['both-must-allow'], doc: false },
]) {
  test(`Evaluate in presenter mode at 1280×720: ${flow.name} at the decision step`, async ({ page }, info) => {
    await openReplayAtEnd(page, { width: 1280, height: 720, presenter: true, file: flow.file });
    await expect(page.getByTestId('verdict-decision')).toBeVisible();
    await expect(page.getByTestId('gate-decision')).toHaveAttribute('data-final', 'true');
    await fitSettled(page);

    expect(await gateProblems(page)).toEqual([]);
    if ((await page.getByTestId('policy-json').count()) > 0)
      expect(await policyText(page)).toMatchObject({ sideways: false, cutLeft: 0, cutRight: 0 });
    const labels = await graphLabels(page);
    expect(labels.length).toBeGreaterThan(0);
    expect(Math.min(...labels)).toBeGreaterThanOrEqual(16 - 0.01);
    const path = flow.doc
      ? join(SHOTS, `evaluate-presenter-1280x720-${flow.name}.png`)
      : info.outputPath(`evaluate-presenter-1280x720-${flow.name}.png`);
    await page.screenshot({ path });
    const lit = await litNodes(page);
    console.log(`presenter ${flow.name} lit: ${JSON.stringify(lit)}`);
    await expect(page.getByTestId('graph-minimap')).toBeHidden();
    if (lit.length > 0) expect(lit.filter((n) => n.whole).length).toBeGreaterThan(0);
    // Nothing lit (no policy in focus at an implicit deny): the graph opens on who asks, whole.
    else if (flow.principal)
      expect(await litNodes(page, [flow.principal])).toEqual([{ id: flow.principal, whole: true, font: 16 }]);
    const extra: string[] = [];
    for (const id of flow.extra) if ((await page.getByTestId(id).count()) > 0) extra.push(id);
    console.log(
      'DEBUG',
      await page.evaluate(() => {
        const v = document.querySelector('[data-testid=verdict]')!;
        const c = document.querySelector('[data-testid=controls]')!;
        return {
          v: [v.scrollHeight, v.clientHeight],
          c: [...c.children].map((e) => [
            e.tagName,
            Math.round(e.getBoundingClientRect().height),
            Math.round(e.getBoundingClientRect().width),
          ]),
        };
      }),
    );
    await projectedOnScreen(page, `presenter ${flow.name}`, 'verdict', extra);
    expect(await page.getByTestId('verdict').evaluate((el) => el.scrollHeight <= el.clientHeight + 1)).toBe(true);
    expect((await controlsOneLine(page)).lines).toBe(1);
  });
}

/**
 * The graph of a replay draws the request only (who asks, the policies read, the resource) as a neighbourhood:
 * each drawn node's label, whether it is whole in the graph's pane (its label too), and the smallest label.
 */
async function requestGraph(page: Page): Promise<{
  labels: string[];
  cut: string[];
  minFont: number;
  under: string[];
  pane: number[];
  zoom: number;
  widest: number;
}> {
  const toggle = (await page.getByTestId('evaluate-graph-toggle').boundingBox())!;
  return page.getByTestId('graph').evaluate((el, toggle) => {
    const cy = (el as unknown as { _cyreg: { cy: Core } })._cyreg.cy;
    const [w, h] = [cy.width(), cy.height()];
    const pane = el.getBoundingClientRect();
    const leaves = cy.nodes().filter((n) => !n.hasClass('box') && n.visible());
    const out = {
      labels: [] as string[],
      cut: [] as string[],
      minFont: Infinity,
      under: [] as string[],
      pane: [w, h],
      zoom: Math.round(cy.zoom() * 1000) / 1000,
      widest: 0,
    };
    leaves.forEach((n) => {
      const b = n.renderedBoundingBox({ includeLabels: true });
      const label = String(n.data('label'));
      out.labels.push(label);
      out.widest = Math.max(out.widest, Math.round(n.boundingBox({ includeLabels: true }).w));
      if (b.x1 < -0.5 || b.y1 < -0.5 || b.x2 > w + 0.5 || b.y2 > h + 0.5) out.cut.push(label);
      out.minFont = Math.min(out.minFont, parseFloat(n.renderedStyle('font-size')));
      // The toggle in the corner covers no node or label.
      const [l, t] = [pane.left + b.x1, pane.top + b.y1];
      const [r, d] = [pane.left + b.x2, pane.top + b.y2];
      if (l < toggle.x + toggle.width && toggle.x < r && t < toggle.y + toggle.height && toggle.y < d)
        out.under.push(label);
    });
    out.labels.sort();
    return out;
  }, toggle);
}

// Who asks (with their group), the policies the evaluation read, the resource. Projected, the request is drawn in
// rows with labels cut at 16 characters so that three columns fit the 576-pixel pane at the legible zoom.
const DENY = ['alice', 'Developers', 'NoReports', 'IAMUserChangePassword', 'DevelopersReadWelcomeBucket', OBJECT_LABEL];
const ASSUME = ['carol', 'AssumeProdReader', 'ProdS3Reader', 'AmazonS3ReadOnlyAccess', 'lab-prod-data'];
for (const shot of [
  { file: 'deny', presenter: true, width: 1280, height: 720, expect: DENY },
  { file: 'deny', presenter: false, width: 1280, height: 800, expect: DENY },
  { file: 'assume', presenter: true, width: 1280, height: 720, expect: ASSUME },
  { file: 'assume', presenter: false, width: 1280, height: 800, expect: ASSUME },
]) {
  const where = `${shot.width}×${shot.height}${shot.presenter ? ' presenter' : ''}`;
  test(`Evaluate draws the request only (${shot.file}, ${where}); the toggle brings back the whole world`, async ({
    page,
  }, info) => {
    await openReplayAtEnd(page, shot);
    await expect(page.getByTestId('gate-decision')).toHaveAttribute('data-final', 'true');
    await expect(page.getByTestId('evaluate-graph')).toHaveAttribute('data-view', 'request');
    await fitSettled(page);

    const request = await requestGraph(page);
    const lit = await litNodes(page);
    console.log(`request graph ${shot.file} ${where}: ${JSON.stringify(request)} lit ${JSON.stringify(lit)}`);
    await page.screenshot({
      path: info.outputPath(`request-${shot.file}-${shot.presenter ? 'presenter' : 'window'}.png`),
    });
    const cut = (l: string, max: number) => (l.length > max ? `${l.slice(0, max - 1)}…` : l);
    expect(request.labels).toEqual(shot.expect.map((l) => cut(l, shot.presenter ? 16 : 24)).sort());
    expect(request.cut).toEqual([]);
    expect(request.under).toEqual([]);
    expect(request.minFont).toBeGreaterThanOrEqual((shot.presenter ? 16 : 11) - 0.01);
    // What the step lights is lit in this picture too, and whole (the AssumeRole flow's decision lights nothing).
    if (shot.file === 'deny') expect(lit.map((n) => n.id)).toContain(OBJECT);
    expect(lit.every((n) => n.whole)).toBe(true);

    // "Show the whole world": every node of the world again; "Show the request only" goes back.
    const toggle = page.getByTestId('evaluate-graph-toggle');
    await expect(toggle).toHaveText('Show the whole world');
    await toggle.click();
    await expect(page.getByTestId('evaluate-graph')).toHaveAttribute('data-view', 'world');
    await expect(toggle).toHaveText('Show the request only');
    await fitSettled(page);
    const world = await page.getByTestId('graph').evaluate((el) => {
      const cy = (el as unknown as { _cyreg: { cy: Core } })._cyreg.cy;
      return { drawn: Number(el.getAttribute('data-nodes')), lit: cy.nodes('.trace-hl').length };
    });
    console.log(`whole world ${shot.file} ${where}: ${JSON.stringify(world)}`);
    await page.screenshot({
      path: info.outputPath(`world-${shot.file}-${shot.presenter ? 'presenter' : 'window'}.png`),
    });
    expect(world.drawn).toBeGreaterThan(request.labels.length);
    expect(world.lit).toBe(lit.length);
    await toggle.click();
    await expect(page.getByTestId('evaluate-graph')).toHaveAttribute('data-view', 'request');
    await fitSettled(page);
    expect((await requestGraph(page)).labels).toEqual(request.labels);
  });
}
