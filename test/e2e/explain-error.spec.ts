/**
 * "Explain an AWS error" in the Evaluate area of the browser twin: a real-format AccessDenied message pasted for the
 * welcome world lands on the deciding gate with the verdict, its "why not?" fixes and AWS's own message; a message
 * naming an SCP the world does not have is answered with the plain disagreement; unreadable text says what was not
 * understood. Screenshot: docs/screenshots/explain-error.png (1280×800).
 */
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, openApp, test } from './fixtures';

const SHOTS = join(import.meta.dirname, '..', '..', 'docs', 'screenshots');
const BOB =
  'User: arn:aws:iam::111122223333:user/bob is not authorized to perform: s3:GetObject on resource: "arn:aws:s3:::iam-lab-welcome-bucket/reports/q1.csv" because no identity-based policy allows the s3:GetObject action';

async function explain(page: Page, text: string): Promise<void> {
  await page.getByTestId('nav-evaluate').click();
  if (!(await page.getByTestId('explain-panel').isVisible())) await page.getByTestId('explain-open').click();
  await page.getByTestId('explain-input').fill(text);
  await page.getByTestId('explain-run').click();
}

test('a pasted AccessDenied opens the theatre at the deciding gate, and the world agrees', async ({ page }) => {
  await openApp(page);
  await explain(page, `An error occurred (AccessDenied) when calling the GetObject operation: ${BOB}`);
  const parsed = page.getByTestId('explain-parsed');
  await expect(parsed.locator('[data-field="Principal"]')).toHaveText('arn:aws:iam::111122223333:user/bob');
  await expect(parsed.locator('[data-field="Action"]')).toHaveText('s3:GetObject');
  await expect(parsed.locator('[data-field="Policy type"]')).toHaveText('identity-based policy');
  await expect(parsed.locator('[data-field="Deny"]')).toContainText('implicit deny');
  const agreement = page.getByTestId('explain-agreement');
  await expect(agreement).toHaveAttribute('data-agrees', 'true');
  await expect(agreement).toContainText(
    'The world agrees with AWS: no identity-based policy allows it (an implicit deny).',
  );
  // The replay stands at the decisive step, paused, with the verdict and its fixes.
  await expect(page.getByTestId('decisive-tag')).toBeVisible();
  await expect(page.getByTestId('verdict-decision')).toHaveAttribute('data-decision', 'implicitDeny');
  await expect(page.getByTestId('suggestion').first()).toBeVisible();
  await expect(page.getByTestId('aws-message')).toHaveAttribute('data-error-code', 'AccessDenied');
  await expect(page.getByTestId('aws-message-text')).toHaveText(
    `An error occurred (AccessDenied) when calling the GetObject operation: ${BOB}`,
  );
  // The picture: what was read and the agreement, above the stage at its decisive gate, the verdict and AWS's message.
  await page.getByTestId('explain-panel').evaluate((e) => e.scrollIntoView({ block: 'start' }));
  await page.screenshot({ path: join(SHOTS, 'explain-error.png') });
  await page.getByTestId('aws-message').scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/explain-error-lower.png' });

  // A "why not?" fix applied: the request is allowed and AWS has nothing to say.
  await page.getByTestId('preview-suggestion').first().click();
  await page.getByTestId('apply-suggestion').first().click();
  await page.getByTestId('ctl-end').click();
  await expect(page.getByTestId('verdict-decision')).toHaveAttribute('data-decision', 'allowed');
  await expect(page.getByTestId('aws-message')).toHaveCount(0);
});

test('a message blaming an SCP the world lacks is answered with the disagreement', async ({ page }) => {
  await openApp(page);
  await explain(
    page,
    BOB.replace(
      'because no identity-based policy allows the s3:GetObject action',
      'with an explicit deny in a service control policy',
    ),
  );
  const agreement = page.getByTestId('explain-agreement');
  await expect(agreement).toHaveAttribute('data-agrees', 'false');
  await expect(agreement).toHaveText(
    "≠ AWS says an SCP denied it, but this world has no SCP that applies to the caller's account: your export may be missing the organization's policies.",
  );
  await expect(page.getByTestId('explain-parsed').locator('[data-field="Policy type"]')).toHaveText(
    'service control policy',
  );
  // The world's own replay still opens: here nothing allows it.
  await expect(page.getByTestId('verdict-decision')).toHaveAttribute('data-decision', 'implicitDeny');
});

test('unreadable input says what was not understood', async ({ page }) => {
  await openApp(page);
  await explain(page, 'Access denied, please try again later');
  await expect(page.getByTestId('explain-problem').first()).toHaveAttribute('data-code', 'denial.not-recognised');
  await expect(page.getByTestId('explain-problem').first()).toContainText(
    'This does not look like an access-denied message',
  );
  await expect(page.getByTestId('explain-agreement')).toHaveCount(0);
  await explain(page, '{"eventSource": "s3.amazonaws.com",');
  await expect(page.getByTestId('explain-problem').first()).toHaveText('The CloudTrail event is not valid JSON.');
});

test('a CloudTrail event is read too', async ({ page }) => {
  await openApp(page);
  const event = {
    eventVersion: '1.08',
    userIdentity: { type: 'IAMUser', arn: 'arn:aws:iam::111122223333:user/bob', accountId: '111122223333' },
    eventSource: 's3.amazonaws.com',
    eventName: 'GetObject',
    errorCode: 'AccessDenied',
    errorMessage: BOB,
    requestParameters: { bucketName: 'iam-lab-welcome-bucket', key: 'reports/q1.csv' },
    resources: [{ type: 'AWS::S3::Object', ARN: 'arn:aws:s3:::iam-lab-welcome-bucket/reports/q1.csv' }],
  };
  await explain(page, JSON.stringify(event, null, 2));
  await expect(page.getByTestId('explain-agreement')).toHaveAttribute('data-agrees', 'true');
  await expect(page.getByTestId('verdict-decision')).toHaveAttribute('data-decision', 'implicitDeny');
});
