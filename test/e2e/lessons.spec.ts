/**
 * The lesson player in the browser twin: lesson 12 (multiple permissions) completed by clicks only, with its progress
 * surviving a reload; a wrong task attempt names the failing check and opens that request in the theatre — in the
 * lesson's own panel and in the Evaluate area's full theatre.
 */
import type { Page } from '@playwright/test';
import { join } from 'node:path';
import { expect, openApp, test } from './fixtures';

const LESSON = '12-multiple-permissions';
const ACCT = '111122223333';
const LEE = `arn:aws:iam::${ACCT}:user/lee`;
const SHOTS = join(import.meta.dirname, '..', '..', 'docs', 'screenshots');

async function openLesson(page: Page): Promise<void> {
  await openApp(page);
  await page.getByTestId('nav-lessons').click();
  await page.getByTestId(`lesson-open-${LESSON}`).click();
  await expect(page.getByTestId('lesson-player')).toHaveAttribute('data-lesson', LESSON);
  await expect(page.getByTestId('graph')).toHaveAttribute('data-ready', 'true');
}

async function checkPasses(page: Page): Promise<void> {
  await page.getByTestId('lesson-check').click();
  await expect(page.getByTestId('lesson-check-result')).toContainText('All checks pass');
  await page.getByTestId('lesson-next').click();
}

test.describe('lessons', () => {
  test('lesson 12 completed by clicks only; progress survives a reload', async ({ page }) => {
    await openLesson(page);
    // Step 1: read.
    await expect(page.getByTestId('lesson-explain')).toContainText('default deny');
    await page.getByTestId('lesson-next').click();
    // Step 2: the demo plays in the theatre: implicit deny.
    await expect(page.getByTestId('lesson-theatre-decision')).toContainText('Implicit deny');
    await page.getByTestId('lesson-next').click();
    // Step 3: add lee to Auditors with the inspector's form.
    await page.getByTestId('lesson-goto').selectOption(LEE);
    await expect(page.getByTestId('inspector-title')).toHaveText('lee');
    await page.getByTestId('membership-choice').selectOption('Auditors');
    await page.getByTestId('form-membership-submit').click();
    await checkPasses(page);
    // Step 4: attach AmazonS3FullAccess to lee.
    await page.getByTestId('lesson-goto').selectOption(LEE);
    await page.getByTestId('attach-choice').selectOption('arn:aws:iam::aws:policy/AmazonS3FullAccess');
    await page.getByTestId('form-attach-submit').click();
    await checkPasses(page);
    // Step 5: attach the Deny policy.
    await page.getByTestId('lesson-goto').selectOption(LEE);
    await page.getByTestId('attach-choice').selectOption(`arn:aws:iam::${ACCT}:policy/ProtectReports`);
    await page.getByTestId('form-attach-submit').click();
    await checkPasses(page);
    // Step 6: the quiz.
    await page.getByTestId('predict-predict-read-allowed').click();
    await page.getByTestId('submit-predict-read').click();
    await expect(page.getByTestId('verdict-predict-read')).toHaveText('✔ Right');
    for (const id of ['start', 'gather', 'deny', 'allow', 'implicit'])
      await page.getByTestId(`order-order-${id}`).click();
    await page.getByTestId('submit-order').click();
    await expect(page.getByTestId('verdict-order')).toHaveText('✔ Right');
    await page.getByTestId('option-priority-a').check();
    await page.getByTestId('submit-priority').click();
    await expect(page.getByTestId('verdict-priority')).toHaveText('✔ Right');
    await page.getByTestId('lesson-next').click();
    await expect(page.getByTestId('lesson-finished')).toBeVisible();
    await expect(page.getByTestId('lesson-finished')).not.toContainText('skipped');

    await page.reload();
    await expect(page.getByTestId('area-lessons')).toHaveAttribute('data-progress-loaded', 'true');
    await expect(page.getByTestId(`lesson-card-${LESSON}`)).toHaveAttribute('data-state', 'done');
    await expect(page.getByTestId(`lesson-status-${LESSON}`)).toHaveText('✔ Completed');
    await expect(page.getByTestId('lessons-completed')).toContainText('1 of');
    await page.screenshot({ path: join(SHOTS, 'lessons-catalogue.png') });
  });

  test('resumes at the step the learner left', async ({ page }) => {
    await openLesson(page);
    await page.getByTestId('lesson-next').click();
    await page.getByTestId('lesson-next').click();
    await expect(page.getByTestId('lesson-step-title')).toHaveText('An Allow through a group');
    await page.reload();
    await expect(page.getByTestId(`lesson-status-${LESSON}`)).toHaveText('Step 3 of 6');
    await page.getByTestId(`lesson-open-${LESSON}`).click();
    await expect(page.getByTestId('lesson-step-title')).toHaveText('An Allow through a group');
  });

  test('a wrong attempt names the failing check and opens it in the theatre; hints come one at a time', async ({
    page,
  }) => {
    await openLesson(page);
    await page.getByTestId('lesson-next').click();
    await page.getByTestId('lesson-next').click();
    await page.getByTestId('lesson-skip').click();
    await page.getByTestId('lesson-skip').click();
    await expect(page.getByTestId('lesson-step-title')).toHaveText('A Deny wins');
    // Attach the wrong policy: reports are still deletable.
    await page.getByTestId('lesson-goto').selectOption(LEE);
    await page.getByTestId('attach-choice').selectOption('arn:aws:iam::aws:policy/ReadOnlyAccess');
    await page.getByTestId('form-attach-submit').click();
    await page.getByTestId('lesson-check').click();
    await expect(page.getByTestId('lesson-check-result')).toContainText('Not yet');
    await expect(page.getByTestId('lesson-failing-check')).toContainText(
      'is explicitly denied to s3:DeleteObject on lab-reports/q1.csv',
    );
    await expect(page.getByTestId('lesson-failing-reason')).toContainText('AWS allows s3:DeleteObject on lab-reports/q1.csv');
    await page.getByTestId('lesson-open-theatre').click();
    await expect(page.getByTestId('lesson-theatre')).toBeVisible();
    await expect(page.getByTestId('lesson-theatre-decision')).toContainText('Allowed');
    await expect(page.getByTestId('lesson-theatre-request')).toContainText('s3:DeleteObject');
    await page.getByTestId('lesson-theatre-end').click();
    await expect(page.getByTestId('lesson-theatre-narration')).not.toBeEmpty();

    await page.getByTestId('lesson-hint').click();
    await expect(page.getByTestId('lesson-hints').locator('li')).toHaveCount(1);
    await page.getByTestId('lesson-hint').click();
    await expect(page.getByTestId('lesson-hints').locator('li')).toHaveCount(2);
    await page.screenshot({ path: join(SHOTS, 'lessons-player.png') });

    // Reset, then Show solution plays the commands visibly and passes.
    await page.getByTestId('lesson-reset').click();
    await expect(page.getByTestId('lesson-check-result')).toHaveCount(0);
    await page.getByTestId('lesson-solution').click();
    await expect(page.getByTestId('lesson-solution-playing')).toBeVisible();
    await expect(page.getByTestId('lesson-check-result')).toContainText('All checks pass');
  });

  test('"Open in Evaluate" from a failing check shows that request and its decision in the full theatre', async ({ page }) => {
    await openLesson(page);
    await page.getByTestId('lesson-next').click();
    await page.getByTestId('lesson-next').click();
    await page.getByTestId('lesson-skip').click();
    await page.getByTestId('lesson-skip').click();
    await expect(page.getByTestId('lesson-step-title')).toHaveText('A Deny wins');
    await page.getByTestId('lesson-goto').selectOption(LEE);
    await page.getByTestId('attach-choice').selectOption('arn:aws:iam::aws:policy/ReadOnlyAccess');
    await page.getByTestId('form-attach-submit').click();
    await page.getByTestId('lesson-check').click();
    await expect(page.getByTestId('lesson-failing-reason')).toContainText('AWS allows s3:DeleteObject on lab-reports/q1.csv');

    await page.getByTestId('lesson-open-evaluate').click();
    await expect(page.getByTestId('area-evaluate')).toHaveAttribute('data-scenario', 'handoff');
    await expect(page.getByTestId('scenario-banner')).toContainText('the failing check');
    await expect(page.getByTestId('req-action')).toHaveValue('s3:DeleteObject');
    await expect(page.getByTestId('req-resource')).toHaveValue('arn:aws:s3:::lab-reports/q1.csv');
    await expect(page.getByTestId('req-principal')).toHaveValue(LEE);
    await page.getByTestId('ctl-end').click();
    await expect(page.getByTestId('verdict-decision')).toHaveAttribute('data-decision', 'allowed');
    // The lesson world is on the graph (lee is in it), and Evaluate again over it gives the same answer.
    await expect(page.getByTestId('graph')).toHaveAttribute('data-ready', 'true');
    await page.getByTestId('evaluate').click();
    await page.getByTestId('ctl-end').click();
    await expect(page.getByTestId('verdict-decision')).toHaveAttribute('data-decision', 'allowed');

    // Back to my world: the scenario ends; the lesson is still where it was.
    await page.getByTestId('scenario-back').click();
    await expect(page.getByTestId('area-evaluate')).toHaveAttribute('data-scenario', 'own');
    await page.getByTestId('nav-lessons').click();
    await expect(page.getByTestId('lesson-step-title')).toHaveText('A Deny wins');
  });

  test('a bad lesson pack is refused whole with the problem path', async ({ page }) => {
    await openApp(page);
    await page.getByTestId('nav-lessons').click();
    const pack = JSON.stringify({
      format: 'iam-lab-lesson-pack',
      version: 1,
      title: 'Bad',
      lessons: [{ format: 'iam-lab-lesson', version: 1, id: 'x' }],
    });
    await page
      .getByTestId('pack-import')
      .setInputFiles({ name: 'bad-pack.json', mimeType: 'application/json', buffer: Buffer.from(pack) });
    await expect(page.getByTestId('lessons-message')).toContainText('bad-pack.json was refused whole: lessons[0]');
  });
});
