/**
 * The terminal panel's Tab completion and the federation operations, in the browser twin: `aws iam li<Tab>` lists the
 * list- operations and completes their common prefix without leaving the input; a unique prefix and a user name
 * complete in place; `aws sts get-federation-token` issues a federated user session for alice.
 */
import type { Page } from '@playwright/test';
import { expect, openApp, test } from './fixtures';

async function openTerminal(page: Page) {
  await openApp(page);
  await page.keyboard.press('Control+Backquote');
  const input = page.getByTestId('terminal-input');
  await expect(input).toBeFocused();
  return input;
}

test.describe('terminal completion and federation', () => {
  test('Tab completes operations, options and names, and keeps focus in the input', async ({ page }) => {
    const input = await openTerminal(page);

    await input.pressSequentially('aws iam li');
    await input.press('Tab');
    await expect(input).toHaveValue('aws iam list-');
    await expect(input).toBeFocused();
    const listing = page.getByTestId('terminal-stdout').last();
    await expect(listing).toContainText('list-users');
    await expect(listing).toContainText('list-roles');
    await expect(page.getByTestId('terminal-output').locator('pre.command').last()).toContainText('aws iam li');

    await input.pressSequentially('use');
    await input.press('Tab');
    await expect(input).toHaveValue('aws iam list-user');
    await input.pressSequentially('s');
    await input.press('Tab');
    // list-users is now the only candidate: completed with a trailing space.
    await expect(input).toHaveValue('aws iam list-users ');
    await expect(input).toBeFocused();

    await input.fill('iam get-user --user-n');
    await input.press('Tab');
    await expect(input).toHaveValue('iam get-user --user-name ');
    await input.pressSequentially('al');
    await input.press('Tab');
    await expect(input).toHaveValue('iam get-user --user-name alice ');
    await input.press('Enter');
    await expect(page.getByTestId('terminal-stdout').last()).toContainText('"UserName": "alice"');
    await expect(input).toBeFocused();
  });

  test('aws sts get-federation-token issues a federated user session', async ({ page }) => {
    const input = await openTerminal(page);
    const run = async (line: string) => {
      await input.fill(line);
      await input.press('Enter');
    };
    await run(
      `iam put-user-policy --user-name alice --policy-name Federate --policy-document '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"sts:GetFederationToken","Resource":"*"}]}'`,
    );
    await run(
      `aws sts get-federation-token --name partner --duration-seconds 3600 --as arn:aws:iam::111122223333:user/alice --policy '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*"}]}'`,
    );
    const out = page.getByTestId('terminal-stdout').last();
    await expect(out).toContainText('"FederatedUserId": "111122223333:partner"');
    await expect(out).toContainText('"Arn": "arn:aws:sts::111122223333:federated-user/partner"');
    await expect(out).toContainText('"AccessKeyId": "ASIA');

    // bob has no permission: the refusal is red, in the AWS CLI's words.
    await run('aws sts get-federation-token --name partner2 --as arn:aws:iam::111122223333:user/bob');
    await expect(page.getByTestId('terminal-stderr').last()).toContainText(
      'An error occurred (AccessDenied) when calling the GetFederationToken operation',
    );
  });
});
