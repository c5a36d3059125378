/**
 * The inspector's by-hand forms for what the scenario lessons ask (issue #11), in the browser twin at 1280×800:
 * register an OpenID Connect provider, create a role trusted by it from the console's presets, exchange a token from
 * the simulated GitHub provider for the role's credentials (and see another caller refused with AWS's error), a SAML
 * sign-in through AD FS, an instance profile with the role and an EC2 instance launched with it. Screenshots of the
 * forms are written to docs/screenshots/.
 */
import type { Page } from '@playwright/test';
import { join } from 'node:path';
import { expect, openApp, test } from './fixtures';

const ACCT = '111122223333';
const SHOTS = join(import.meta.dirname, '..', '..', 'docs', 'screenshots');

async function nodeIds(page: Page): Promise<string[]> {
  return page.getByTestId('graph').evaluate((el) => JSON.parse((el as HTMLElement).dataset.nodeIds ?? '[]'));
}

/** Shows the inspector's Create form (nothing selected) in the first account. */
async function createForm(page: Page): Promise<void> {
  if (await page.getByTestId('inspector-create').isVisible()) await page.getByTestId('inspector-create').click();
  await expect(page.getByTestId('form-create')).toBeVisible();
}

async function select(page: Page, label: string): Promise<void> {
  await page.getByTestId('explorer').getByText(label, { exact: true }).click();
  await expect(page.getByTestId('inspector-title')).toHaveText(label);
}

test.describe('by-hand forms', () => {
  test('OIDC provider → role from the web-identity preset → a GitHub token exchanged; another caller refused', async ({
    page,
  }) => {
    await openApp(page);
    await expect(page.getByTestId('graph')).toHaveAttribute('data-ready', 'true');
    await createForm(page);
    await page.getByTestId('create-kind').selectOption('oidc-provider');
    await page.getByTestId('create-oidc-url').fill('https://token.actions.githubusercontent.com');
    await expect(page.getByTestId('form-create-equivalents')).toContainText('aws iam create-open-id-connect-provider');
    await page.getByTestId('form-create-submit').click();
    await expect(page.getByTestId('inspector-kind')).toHaveText('Identity provider');
    await expect(page.getByTestId('form-provider')).toContainText('sts.amazonaws.com');

    await createForm(page);
    await page.getByTestId('create-kind').selectOption('role');
    await page.getByTestId('create-name').fill('GitHubDeploy');
    await page.getByTestId('create-trust').selectOption('web-identity');
    await expect(page.getByTestId('create-trust-editor')).toContainText('token.actions.githubusercontent.com:aud');
    await page.screenshot({ path: join(SHOTS, 'form-create-role-web-identity.png') });
    await page.getByTestId('form-create-submit').click();
    await expect(page.getByTestId('inspector-title')).toHaveText('GitHubDeploy');

    // The role's trust is federated, so "Use this role" opens on Web identity.
    await expect(page.getByTestId('assume-tab-web')).toHaveAttribute('aria-selected', 'true');
    await page.getByTestId('idp-repo').fill('example-org/website');
    await page.getByTestId('idp-ref').fill('main');
    await page.getByTestId('assume-submit').click();
    await expect(page.getByTestId('assume-result')).toContainText(
      `Session arn:aws:sts::${ACCT}:assumed-role/GitHubDeploy/web-session`,
    );
    await page.getByTestId('form-assume').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, 'form-use-role-web-identity.png') });

    // Switch role as alice: the trust policy names only the provider, so STS refuses with AWS's error.
    await page.getByTestId('assume-tab-switch').click();
    await page.getByTestId('assume-caller').selectOption(`arn:aws:iam::${ACCT}:user/alice`);
    await page.getByTestId('assume-session-name').fill('alice');
    await expect(page.getByTestId('assume-line')).toContainText(
      'aws sts assume-role --as arn:aws:iam::111122223333:user/alice',
    );
    await page.getByTestId('assume-submit').click();
    await expect(page.getByTestId('assume-result')).toContainText('AccessDenied');

    // The web-identity session is one undo step.
    await page.keyboard.press('Control+z');
    await page.getByTestId('nav-evaluate').click();
    await page.getByTestId('nav-world').click();
  });

  test('SAML provider from sample metadata → role from the SAML preset → an AD FS sign-in', async ({ page }) => {
    await openApp(page);
    await expect(page.getByTestId('graph')).toHaveAttribute('data-ready', 'true');
    await createForm(page);
    await page.getByTestId('create-kind').selectOption('saml-provider');
    await page.getByTestId('create-name').fill('CorpAD');
    await page.getByTestId('create-saml-sample').click();
    await page.getByTestId('form-create-submit').click();
    await expect(page.getByTestId('inspector-kind')).toHaveText('Identity provider');

    await createForm(page);
    await page.getByTestId('create-kind').selectOption('role');
    await page.getByTestId('create-name').fill('CorpReadOnly');
    await page.getByTestId('create-trust').selectOption('saml');
    await expect(page.getByTestId('create-trust-editor')).toContainText('saml-provider/CorpAD');
    await page.getByTestId('form-create-submit').click();
    await expect(page.getByTestId('assume-tab-saml')).toHaveAttribute('aria-selected', 'true');
    await page.getByTestId('idp-user').fill('jdoe@example.com');
    await page.getByTestId('assume-submit').click();
    await expect(page.getByTestId('assume-result')).toContainText(`assumed-role/CorpReadOnly/jdoe@example.com`);

    // A user in no AWS group gets no role in the assertion: STS refuses.
    await page.getByTestId('idp-groups').fill('Readers');
    await page.getByTestId('assume-submit').click();
    await expect(page.getByTestId('assume-result')).toContainText('✕');
  });

  test('instance profile with a role → EC2 instance launched with it; the profile can be replaced', async ({
    page,
  }) => {
    await openApp(page);
    await expect(page.getByTestId('graph')).toHaveAttribute('data-ready', 'true');
    await createForm(page);
    await page.getByTestId('create-kind').selectOption('role');
    await page.getByTestId('create-name').fill('AppServerRole');
    await page.getByTestId('form-create-submit').click();
    await createForm(page);
    await page.getByTestId('create-kind').selectOption('instance-profile');
    await page.getByTestId('create-name').fill('AppServerProfile');
    await page.getByTestId('create-profile-role').selectOption('AppServerRole');
    await page.getByTestId('form-create-submit').click();
    await expect(page.getByTestId('inspector-kind')).toHaveText('Instance profile');
    await expect(page.getByTestId('form-profile-role')).toContainText('AppServerRole');

    await createForm(page);
    await page.getByTestId('create-kind').selectOption('instance');
    await page.getByTestId('create-name').fill('app-server');
    await page.getByTestId('create-instance-profile').selectOption({ label: 'AppServerProfile (role AppServerRole)' });
    await expect(page.getByTestId('form-create-equivalents')).toContainText('aws ec2 run-instances');
    await page.getByTestId('form-create-submit').click();
    await expect(page.getByTestId('inspector-kind')).toHaveText('EC2 instance');
    await expect(page.getByTestId('instance-current-profile')).toContainText('AppServerProfile');
    await expect.poll(async () => (await nodeIds(page)).some((id) => id.startsWith(`arn:aws:ec2:`))).toBe(true);
    await page.screenshot({ path: join(SHOTS, 'form-instance.png') });

    await page.getByTestId('instance-detach').click();
    await expect(page.getByTestId('instance-current-profile')).toContainText('No instance profile');
    await select(page, 'AppServerProfile');
    await page.getByTestId('profile-remove-role-AppServerRole').click();
    await expect(page.getByTestId('form-profile-role')).toContainText('Add role');
  });
});
