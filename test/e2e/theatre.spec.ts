/**
 * The evaluation theatre in the browser twin: an explicit deny replayed gate by gate with the deciding statement
 * marked, exact step-back, a cross-account request's two evaluations, AssumeRole's intersection with a narrower session
 * policy, and a "why not?" fix applied as an undoable world command. Scenarios are loaded through the theatre's own
 * share file (the same path a teacher's file takes).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, openApp, test } from './fixtures';

const ACCOUNT = '111122223333';
const OBJECT = 'arn:aws:s3:::iam-lab-welcome-bucket/reports/q1.csv';
const root = join(import.meta.dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'theatre-e2e-'));

test.beforeAll(() => {
  execFileSync(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), join(root, 'test/e2e/theatre-scenarios.ts'), dir], { cwd: root });
});

/** Opens a scenario share file (written by theatre-scenarios.ts) in the Evaluate area. */
async function openScenario(page: Page, name: string): Promise<void> {
  await openApp(page);
  await page.getByTestId('nav-evaluate').click();
  await page.getByTestId('share-file').setInputFiles(join(dir, `${name}.json`));
  await expect(page.getByTestId('stage')).toBeVisible();
  // Keys go to the theatre, not to the area tabs that had focus.
  await page.getByTestId('narration').click();
}

/** Everything the stage and the policy panel show at the current step. */
async function snapshot(page: Page) {
  return {
    narration: await page.getByTestId('narration').innerText(),
    gates: await page.getByTestId('gate').evaluateAll((els) => els.map((e) => `${e.getAttribute('data-gate')}:${e.getAttribute('data-status')}`)),
    statement: await page.locator('[data-testid="mark-statement"]').allInnerTexts(),
    element: await page.locator('[data-testid="mark-element"]').allInnerTexts(),
    pos: await page.getByTestId('ctl-pos').innerText(),
  };
}

test.describe('evaluation theatre', () => {
  test('explicit deny: the gate sequence, the deciding statement highlighted, and step back restores the frame exactly', async ({ page }) => {
    await openScenario(page, 'deny');
    await page.keyboard.press('End');
    await expect(page.getByTestId('verdict-decision')).toHaveAttribute('data-decision', 'explicitDeny');
    // The flowchart ends: authenticated, explicit deny found, every later gate never reached.
    const gates = await page.getByTestId('gate').evaluateAll((els) => els.map((e) => [e.getAttribute('data-gate'), e.getAttribute('data-status')]));
    expect(gates).toEqual([
      ['authenticate', 'allow'],
      ['explicit-deny', 'explicit-deny'],
      ['rcp', 'pending'],
      ['scp', 'pending'],
      ['resource-policy', 'pending'],
      ['identity', 'pending'],
      ['boundary', 'pending'],
      ['session', 'pending'],
    ]);
    await expect(page.getByTestId('gate-decision')).toHaveAttribute('data-status', 'explicit-deny');

    await page.getByTestId('ctl-decisive').click();
    await expect(page.getByTestId('decisive-tag')).toBeVisible();
    await expect(page.getByTestId('policy-name')).toHaveText('NoReports');
    await expect(page.getByTestId('policy-statement')).toHaveText('Statement "NoReportsOverHttp"');
    await expect(page.getByTestId('mark-statement').first()).toContainText('"Effect": "Deny"');
    await expect(page.getByTestId('decided-by')).toContainText('NoReportsOverHttp');

    // The condition step: the compared element is the condition key, with both values.
    await page.keyboard.press('ArrowLeft');
    await expect(page.getByTestId('mark-element')).toHaveText('"aws:SecureTransport": "false"');
    await expect(page.getByTestId('compared')).toContainText('aws:SecureTransport');

    // Step back returns exactly to the previous frame (highlights and narration).
    await page.keyboard.press('ArrowLeft');
    const before = await snapshot(page);
    await page.keyboard.press('ArrowRight');
    const after = await snapshot(page);
    expect(after).not.toEqual(before);
    await page.keyboard.press('ArrowLeft');
    expect(await snapshot(page)).toEqual(before);
  });

  test('a cross-account request shows two evaluations and the both-must-allow rule', async ({ page }) => {
    await openScenario(page, 'cross');
    await expect(page.getByTestId('lane')).toHaveCount(2);
    await expect(page.getByTestId('lane').nth(0)).toHaveAttribute('data-side', 'principal');
    await expect(page.getByTestId('lane').nth(1)).toHaveAttribute('data-side', 'resource');
    await expect(page.getByTestId('both-must-allow')).toBeVisible();
    await page.keyboard.press('End');
    await expect(page.getByTestId('side-principal')).toHaveText('allowed');
    await expect(page.getByTestId('side-resource')).toHaveText('allowed');
    await expect(page.locator('[data-side="principal"] [data-gate="identity"]')).toHaveAttribute('data-status', 'allow');
    await expect(page.locator('[data-side="resource"] [data-gate="resource-policy"]')).toHaveAttribute('data-status', 'allow');
  });

  test('AssumeRole with a narrower session policy shows the intersection', async ({ page }) => {
    await openScenario(page, 'assume');
    await expect(page.getByTestId('flow-step')).toHaveCount(4);
    await page.keyboard.press('End');
    await expect(page.getByTestId('flow-step').nth(0)).toHaveAttribute('data-status', 'allow');
    await expect(page.getByTestId('intersection')).toBeVisible();
    await expect(page.locator('[data-term="role"]')).toHaveAttribute('data-verdict', 'allows');
    await expect(page.locator('[data-term="session"]')).toHaveAttribute('data-verdict', 'denies');
    await expect(page.getByTestId('term-effective')).toContainText('not allowed');
    await expect(page.getByTestId('verdict-decision')).toHaveAttribute('data-decision', 'implicitDeny');
  });

  test('a "why not?" fix turns the decision into allowed, and undo restores it', async ({ page }) => {
    await openApp(page);
    await page.getByTestId('nav-evaluate').click();
    await page.getByTestId('req-principal').selectOption(`arn:aws:iam::${ACCOUNT}:user/bob`);
    await page.getByTestId('req-action').fill('s3:GetObject');
    await page.getByTestId('req-resource').fill(OBJECT);
    await page.getByTestId('evaluate').click();
    await page.getByTestId('ctl-end').click();
    await expect(page.getByTestId('verdict-decision')).toHaveAttribute('data-decision', 'implicitDeny');
    await page.getByTestId('apply-suggestion').first().click();
    await expect(page.getByTestId('verdict-decision')).toHaveAttribute('data-decision', 'allowed');
    await page.getByTestId('verdict-undo').click();
    await expect(page.getByTestId('verdict-decision')).toHaveAttribute('data-decision', 'implicitDeny');
  });
});
