/**
 * The evaluation theatre in the browser twin: an explicit deny replayed gate by gate with the deciding statement
 * marked, exact step-back, a cross-account request's two evaluations, AssumeRole's intersection with a narrower session
 * policy, and a "why not?" fix applied as an undoable world command. Scenarios are loaded through the theatre's own
 * share file (the same path a teacher's file takes). Also: the SAML and GetFederationToken flow strips, and a wrong
 * prediction kept in the learner's progress, listed in Practice after a reload and reopened in the theatre.
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
  execFileSync(
    process.execPath,
    [join(root, 'node_modules/tsx/dist/cli.mjs'), join(root, 'test/e2e/theatre-scenarios.ts'), dir],
    { cwd: root },
  );
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
    gates: await page
      .getByTestId('gate')
      .evaluateAll((els) => els.map((e) => `${e.getAttribute('data-gate')}:${e.getAttribute('data-status')}`)),
    statement: await page.locator('[data-testid="mark-statement"]').allInnerTexts(),
    element: await page.locator('[data-testid="mark-element"]').allInnerTexts(),
    pos: await page.getByTestId('ctl-pos').innerText(),
  };
}

test.describe('evaluation theatre', () => {
  test('explicit deny: the gate sequence, the deciding statement highlighted, and step back restores the frame exactly', async ({
    page,
  }) => {
    await openScenario(page, 'deny');
    await page.keyboard.press('End');
    await expect(page.getByTestId('verdict-decision')).toHaveAttribute('data-decision', 'explicitDeny');
    // The flowchart ends: authenticated, explicit deny found, every later gate never reached.
    const gates = await page
      .getByTestId('gate')
      .evaluateAll((els) => els.map((e) => [e.getAttribute('data-gate'), e.getAttribute('data-status')]));
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
    await expect(page.getByTestId('gate-decision')).toHaveAttribute('data-final', 'true');
    await expect(page.getByTestId('marker-trail')).toHaveText('Implicit deny → Explicit deny');
    await expect(page.getByTestId('decided-by')).toContainText('NoReportsOverHttp');
    // The final step keeps the deciding statement in view.
    await expect(page.getByTestId('policy-deciding')).toBeVisible();
    await expect(page.getByTestId('policy-statement')).toHaveText('statement "NoReportsOverHttp"');

    // The replay starts denied by default; the verdict waits for the decision step unless asked for.
    await page.keyboard.press('Home');
    await expect(page.getByTestId('gate-decision')).toHaveAttribute('data-status', 'implicit-deny');
    await expect(page.getByTestId('gate-decision')).toHaveAttribute('data-cause', 'default');
    await expect(page.getByTestId('verdict')).toHaveCount(0);
    await page.getByTestId('ctl-answer').click();
    await expect(page.getByTestId('verdict-decision')).toHaveAttribute('data-decision', 'explicitDeny');

    await page.getByTestId('ctl-decisive').click();
    await expect(page.getByTestId('decisive-tag')).toBeVisible();
    await expect(page.getByTestId('gate-decision')).toHaveAttribute('data-status', 'explicit-deny');
    await expect(page.getByTestId('gate-decision')).toHaveAttribute('data-final', 'false');
    await expect(page.getByTestId('policy-name')).toHaveText('NoReports');
    await expect(page.getByTestId('policy-statement')).toHaveText('statement "NoReportsOverHttp"');
    await expect(page.getByTestId('mark-statement').first()).toContainText('"Effect": "Deny"');

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

  test('a big managed policy (ReadOnlyAccess) is summarised: the nearest patterns, the count, an expander', async ({
    page,
  }) => {
    await openScenario(page, 'read-only');
    // Step to the check of ReadOnlyAccess's Action list against s3:PutObject.
    await page.getByTestId('text-toggle').check();
    await page
      .getByTestId('trace-list')
      .getByText(/The action s3:PutObject matches none of s3:/)
      .first()
      .click();
    const pattern = page.getByTestId('compared-pattern');
    await expect(pattern).toHaveText(/^s3:\S+, s3:\S+, s3:\S+ and [\d,]+ more \([\d,]+ patterns\)$/);
    await expect(page.getByTestId('narration')).toContainText('matches none of s3:');
    expect((await page.getByTestId('narration').innerText()).length).toBeLessThan(220);
    await expect(page.getByTestId('compared-all')).toContainText(/All [\d,]+ patterns/);
    // The policy text is folded around the nearest actions until expanded.
    const json = page.getByTestId('policy-json');
    await expect(json).toContainText('in all: expand to see them');
    const folded = (await json.innerText()).length;
    expect(folded).toBeLessThan(2_000);
    await page.getByTestId('policy-expand').check();
    await expect.poll(async () => (await json.innerText()).length).toBeGreaterThan(20_000);
    await expect(page.getByTestId('policy-name')).toHaveText('ReadOnlyAccess');
    await expect(page.getByTestId('policy-statement')).toHaveText('statement 1');
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
    await expect(page.locator('[data-side="principal"] [data-gate="identity"]')).toHaveAttribute(
      'data-status',
      'allow',
    );
    await expect(page.locator('[data-side="resource"] [data-gate="resource-policy"]')).toHaveAttribute(
      'data-status',
      'allow',
    );
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
    // The fix is previewed first: where it goes, a name that says what it does, and its JSON.
    await page.getByTestId('preview-suggestion').first().click();
    await expect(page.getByTestId('fix-preview')).toContainText('inline policy on user bob');
    await expect(page.getByTestId('fix-policy-name')).toHaveText('AllowS3GetObject');
    await expect(page.getByTestId('fix-json')).toContainText('"s3:GetObject"');
    await page.getByTestId('apply-suggestion').first().click();
    // The new decision replays from its first step (denied by default) rather than jumping to the end.
    await expect(page.getByTestId('ctl-play')).toHaveAttribute('data-playing', 'true');
    await expect(page.getByTestId('verdict')).toHaveCount(0);
    await page.getByTestId('ctl-end').click();
    await expect(page.getByTestId('verdict-decision')).toHaveAttribute('data-decision', 'allowed');
    await page.getByTestId('verdict-undo').click();
    await page.getByTestId('ctl-end').click();
    await expect(page.getByTestId('verdict-decision')).toHaveAttribute('data-decision', 'implicitDeny');
  });

  test('SAML federation: provider → assertion → trust conditions → session → call', async ({ page }) => {
    await openScenario(page, 'saml');
    await expect(page.getByTestId('flow-step')).toHaveCount(5);
    const codes = await page.getByTestId('flow-step').evaluateAll((els) => els.map((e) => e.getAttribute('data-code')));
    expect(codes).toEqual([
      'flow.saml-provider',
      'flow.saml-assertion',
      'flow.saml-trust',
      'flow.session',
      'flow.call',
    ]);
    await expect(page.getByTestId('flow-step').nth(1)).toContainText('SAML:sub');
    await expect(page.getByTestId('flow-step').nth(1)).toContainText('dana@example.com');
    await page.keyboard.press('End');
    await expect(page.getByTestId('flow-step').nth(2)).toHaveAttribute('data-status', 'allow');
    await expect(page.getByTestId('verdict-decision')).toHaveAttribute('data-decision', 'allowed');
    // A subject outside the trust condition stops at the trust policy.
    await page.getByTestId('req-claims').fill('sub=mallory@elsewhere.org');
    await page.getByTestId('evaluate').click();
    await page.getByTestId('ctl-end').click();
    await expect(page.getByTestId('flow-step').nth(2)).toHaveAttribute('data-status', 'deny');
    await expect(page.getByTestId('flow-step').nth(4)).toHaveAttribute('data-status', 'skipped');
  });

  test('GetFederationToken: the session is the user ∩ the session policy', async ({ page }) => {
    await openScenario(page, 'federation-token');
    const codes = await page.getByTestId('flow-step').evaluateAll((els) => els.map((e) => e.getAttribute('data-code')));
    expect(codes).toEqual(['flow.federation-caller', 'flow.federation-session', 'flow.call']);
    await page.keyboard.press('End');
    await expect(page.locator('[data-term="user"]')).toHaveAttribute('data-verdict', 'allows');
    await expect(page.locator('[data-term="session"]')).toHaveAttribute('data-verdict', 'denies');
    await expect(page.getByTestId('verdict-decision')).toHaveAttribute('data-decision', 'implicitDeny');
  });

  test('a wrong prediction is kept in the progress, listed in Practice after a reload, and reopens in the theatre', async ({
    page,
  }) => {
    await openScenario(page, 'deny');
    await page.getByTestId('predict-toggle').check();
    await page.getByTestId('ctl-restart').click();
    await page.getByTestId('ctl-play').click();
    await expect(page.getByTestId('predict-prompt')).toContainText('explicit-deny');
    // The explicit-deny gate finds Alice's Deny: "allows / passes" is wrong.
    await page.getByTestId('guess-allow').click();
    await expect(page.getByTestId('predict-note')).toContainText('Not quite');
    await expect(page.getByTestId('predict-score')).toHaveText('Score 0 / 1');

    await page.reload();
    await expect(page.getByTestId('app-shell')).toBeVisible();
    await page.getByTestId('nav-practice').click();
    await expect(page.getByTestId('area-practice')).toHaveAttribute('data-progress-loaded', 'true');
    const entry = page.getByTestId('practice-wrong-predictions').locator('li').first();
    await expect(entry).toContainText('user/alice → s3:GetObject');
    await expect(entry).toContainText('Explicit deny?');
    await expect(entry).toContainText('you said allows, it was explicit deny');
    await expect(page.getByTestId('practice-generated-status')).toHaveAttribute('data-state', 'done', {
      timeout: 20_000,
    });
    await page.screenshot({ path: join(root, 'docs/screenshots/practice-review.png'), fullPage: true });

    await entry.getByTestId('wrong-prediction-open').click();
    await expect(page.getByTestId('area-evaluate')).toHaveAttribute('data-scenario', 'handoff');
    await expect(page.getByTestId('scenario-banner')).toContainText('missed prediction');
    await expect(page.getByTestId('predict-prompt')).toContainText('explicit-deny');
    await page.getByTestId('guess-explicit-deny').click();
    await expect(page.getByTestId('predict-note')).toContainText('Right');
    await page.getByTestId('scenario-back').click();
    await expect(page.getByTestId('scenario-banner')).toHaveCount(0);
  });
});
