/**
 * Detective practice in the browser twin: a set of generated puzzles starts from the practice home; the first (the
 * welcome world) shows only AWS's message, reveals cost points, and an answer given by clicks — policy type,
 * statement, fix — is graded by the engine; the set ends on its results. Screenshot: docs/screenshots/detective.png.
 */
import { join } from 'node:path';
import { expect, openApp, test } from './fixtures';

const SHOTS = join(import.meta.dirname, '..', '..', 'docs', 'screenshots');

test('a detective puzzle solved and graded by clicks, then the set to its results', async ({ page }) => {
  await openApp(page);
  await page.getByTestId('nav-practice').click();
  await expect(page.getByTestId('detective-card')).toBeVisible();
  await page.screenshot({ path: 'test-results/detective-home.png' });
  await page.getByTestId('detective-start').click();
  const view = page.getByTestId('detective-view');
  await expect(view).toBeVisible({ timeout: 15_000 });
  await expect(view).toHaveAttribute('data-puzzle', /^welcome\//);
  await expect(page.getByTestId('detective-message')).toHaveText(
    'An error occurred (AccessDenied) when calling the PutObject operation: User: arn:aws:iam::111122223333:user/alice is not authorized to perform: s3:PutObject on resource: "arn:aws:s3:::iam-lab-welcome-bucket/reports/q1.csv" because no identity-based policy allows the s3:PutObject action',
  );
  // Policies are hidden until revealed.
  await expect(page.getByTestId('detective-revealed')).toHaveCount(0);
  await page.locator('[data-testid="detective-reveal"][data-reveal="identity-policies"]').click();
  await expect(page.locator('[data-testid="detective-revealed"][data-reveal="identity-policies"]')).toContainText(
    'ReadObjects',
  );
  await page.locator('[data-testid="detective-reveal"][data-reveal="cloudtrail-event"]').click();
  await expect(page.locator('[data-testid="detective-revealed"][data-reveal="cloudtrail-event"]')).toContainText(
    '"eventName": "PutObject"',
  );

  await expect(page.getByTestId('detective-check')).toBeDisabled();
  await page.locator('[data-testid="detective-type"][value="identity"]').check();
  await page.getByTestId('detective-statement').selectOption('none');
  await page.locator('[data-testid="detective-fix"][data-label*="AllowS3PutObject"]').check();
  await page.getByTestId('detective-check').click();
  await expect(page.getByTestId('detective-grade-type')).toHaveAttribute('data-correct', 'true');
  await expect(page.getByTestId('detective-grade-statement')).toHaveAttribute('data-correct', 'true');
  await expect(page.getByTestId('detective-grade-fix')).toHaveAttribute('data-code', 'practice.fix-minimal');
  await expect(page.getByTestId('detective-points')).toHaveText('10 / 10 − 3 for reveals = 7 points');
  await page.screenshot({ path: join(SHOTS, 'detective.png') });

  // The rest of the set, answered with the first choices, to the results.
  for (let i = 1; i < 5; i++) {
    await page.getByTestId('detective-next').click();
    await expect(page.getByTestId('detective-grade')).toHaveCount(0);
    await page.getByTestId('detective-type').first().check();
    await page.getByTestId('detective-statement').selectOption({ index: 1 });
    await page.getByTestId('detective-fix').first().check();
    await page.getByTestId('detective-check').click();
    await expect(page.getByTestId('detective-grade')).toBeVisible();
  }
  await page.getByTestId('detective-next').click();
  await expect(page.getByTestId('detective-results')).toBeVisible();
  await expect(page.getByTestId('detective-result-row')).toHaveCount(5);
  const total = Number(await page.getByTestId('detective-total').getAttribute('data-points'));
  expect(total).toBeGreaterThanOrEqual(7);
  await expect(page.getByTestId('detective-total')).toHaveAttribute('data-max', '50');
  await page.getByTestId('detective-home').click();
  await expect(page.getByTestId('detective-card')).toBeVisible();
});
