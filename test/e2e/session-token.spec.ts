/**
 * MFA-protected API access by hand, in the browser twin: on a user in the inspector, "Get session token" runs
 * `aws sts get-session-token` through the terminal's interpreter — first without MFA, then with a bad code (refused),
 * then with the user's new MFA device and a code — and "Act as these credentials" makes the terminal call with them:
 * GetCallerIdentity answers the user, an IAM call goes through (MFA present), and after the world clock passes the
 * expiry the credentials answer ExpiredToken. The palette finds the action by user name.
 */
import type { Page } from '@playwright/test';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, openApp, test } from './fixtures';

const ALICE = 'arn:aws:iam::111122223333:user/alice';
const ALICE_MFA = 'arn:aws:iam::111122223333:mfa/alice';

async function select(page: Page, label: string): Promise<void> {
  await page.getByTestId('explorer').getByText(label, { exact: true }).click();
  await expect(page.getByTestId('inspector-title')).toHaveText(label);
}

async function typeLine(page: Page, line: string): Promise<void> {
  const input = page.getByTestId('terminal-input');
  await input.fill(line);
  await input.press('Enter');
}

test.describe('get session token by hand', () => {
  test('without MFA, a refused code, then with MFA; act as the credentials until they expire', async ({ page }) => {
    await openApp(page);
    await expect(page.getByTestId('graph')).toHaveAttribute('data-ready', 'true');
    await select(page, 'alice');
    const form = page.getByTestId('form-session-token');
    await form.scrollIntoViewIfNeeded();
    await expect(page.getByTestId('session-token-no-device')).toBeVisible();
    await expect(page.getByTestId('session-token-line')).toHaveText(`aws sts get-session-token --as ${ALICE}`);

    // No MFA: temporary credentials all the same, 12 hours from the world clock.
    await page.getByTestId('session-token-submit').click();
    await expect(page.getByTestId('session-token-result')).toContainText(
      /✓\s+Temporary credentials ASIA\w+ for alice, without MFA, until 2025-01-01T21:00:00\+00:00/,
    );

    // Assign a virtual MFA device; the form offers it.
    await page.getByTestId('form-mfa-submit').click();
    await expect(page.getByTestId('form-mfa')).toContainText(ALICE_MFA);
    await page.getByTestId('session-token-device').selectOption(ALICE_MFA);
    await page.getByTestId('session-token-code').fill('12ab56');
    await page.getByTestId('session-token-submit').click();
    await expect(page.getByTestId('session-token-result')).toContainText('✕');
    await expect(page.getByTestId('session-token-result')).toContainText('ValidationError');
    await expect(page.getByTestId('session-token-act-as')).toBeHidden();

    await page.getByTestId('session-token-code').fill('123456');
    await page.getByTestId('session-token-duration').fill('3600');
    await expect(page.getByTestId('session-token-line')).toHaveText(
      `aws sts get-session-token --as ${ALICE} --duration-seconds 3600 --serial-number ${ALICE_MFA} --token-code 123456`,
    );
    await page.getByTestId('session-token-submit').click();
    const result = page.getByTestId('session-token-result');
    await expect(result).toContainText(
      /✓\s+Temporary credentials ASIA\w+ for alice, with MFA, until 2025-01-01T10:00:00\+00:00/,
    );
    const key = /ASIA\w+/.exec((await result.textContent()) ?? '')![0];
    await form.screenshot({ path: join(tmpdir(), 'iam-lab-form-session-token.png') });

    // Act as them: terminal lines without --as now call with the credentials.
    await page.getByTestId('session-token-act-as').click();
    await expect(result).toContainText(`Terminal lines without --as now call with ${key}`);
    await page.keyboard.press('Control+Backquote');
    await expect(page.getByTestId('terminal-input')).toBeFocused();
    await typeLine(page, 'sts get-caller-identity');
    await expect(page.getByTestId('terminal-stdout').last()).toContainText(`"Arn": "${ALICE}"`);
    await typeLine(page, 'iam list-users --output text');
    await expect(page.getByTestId('terminal-stdout').last()).toContainText('USERS');
    await typeLine(page, 'sts get-federation-token --name partner');
    await expect(page.getByTestId('terminal-stderr').last()).toContainText(
      'An error occurred (AccessDenied) when calling the GetFederationToken operation: Cannot call GetFederationToken with session credentials',
    );
    await typeLine(page, 'lab advance-clock --seconds 3600');
    await typeLine(page, 'sts get-caller-identity');
    await expect(page.getByTestId('terminal-stderr').last()).toContainText(
      'An error occurred (ExpiredToken) when calling the GetCallerIdentity operation',
    );
    await page.screenshot({ path: join(tmpdir(), 'iam-lab-session-token-terminal.png') });
  });

  test('without MFA the credentials cannot call IAM; the palette finds the action by user name', async ({ page }) => {
    await openApp(page);
    await expect(page.getByTestId('graph')).toHaveAttribute('data-ready', 'true');
    await page.keyboard.press('Control+k');
    await page.keyboard.type('session token bob');
    const first = page.getByTestId('palette-list').getByRole('option').first();
    await expect(first).toContainText('Get session token (MFA): bob');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('inspector-title')).toHaveText('bob');
    await page.getByTestId('session-token-submit').click();
    await expect(page.getByTestId('session-token-result')).toContainText('without MFA');
    await page.getByTestId('session-token-act-as').click();
    await page.keyboard.press('Control+Backquote');
    await typeLine(page, 'iam list-users');
    await expect(page.getByTestId('terminal-stderr').last()).toContainText(
      'An error occurred (InvalidClientTokenId) when calling the ListUsers operation: The security token included in the request is invalid',
    );
  });
});
