/**
 * The flagship scenario lessons (15 EC2 roles, 16 cross-account, 17 OIDC federation, 18 SAML federation) done by
 * hand in the browser twin, through the inspector's forms only — no Show solution, no Skip on tasks. Each task is
 * first answered wrongly (an insecure or sloppy answer a learner would try) and the check must refuse it, naming the
 * real cause; then it is answered rightly and passes.
 */
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { allow, checkFails, checkPassesAndNext, toTask, openCreate, openLesson, pick, setEditor } from './lesson-steps';

const ACCT = '111122223333';
const SHOTS = join(import.meta.dirname, '..', '..', 'docs', 'screenshots');
const GH = `arn:aws:iam::${ACCT}:oidc-provider/token.actions.githubusercontent.com`;

test.describe('scenario lessons by hand (UI)', () => {
  test('17 OIDC federation', async ({ page }) => {
    await openLesson(page, '17-federation-oidc');
    await toTask(page);
    // Wrong: github.com is not the issuer of Actions tokens.
    await openCreate(page);
    await page.getByTestId('create-kind').selectOption('oidc-provider');
    await page.getByTestId('create-oidc-url').fill('https://github.com');
    await page.getByTestId('form-create-submit').click();
    await checkFails(page, 'has no OpenID Connect provider token.actions.githubusercontent.com', 'it has github.com');
    await page.screenshot({ path: join(SHOTS, 'lesson-17-failing-check.png') });
    await page.keyboard.press('Control+z');
    await openCreate(page);
    await page.getByTestId('create-kind').selectOption('oidc-provider');
    await page.getByTestId('create-oidc-url').fill('https://token.actions.githubusercontent.com');
    await page.getByTestId('form-create-submit').click();
    await checkPassesAndNext(page);

    // The role: the web-identity preset trusts every repository (aud only) — insecure, refused.
    await toTask(page);
    await openCreate(page);
    await page.getByTestId('create-kind').selectOption('role');
    await page.getByTestId('create-name').fill('GitHubDeploy');
    await page.getByTestId('create-trust').selectOption('web-identity');
    await page.getByTestId('form-create-submit').click();
    await checkFails(page, 'sub');
    // Add the subject condition in the role's trust policy.
    await expect(page.getByTestId('inspector-title')).toHaveText('GitHubDeploy');
    await setEditor(page, 'document-editor', {
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Principal: { Federated: GH },
          Action: 'sts:AssumeRoleWithWebIdentity',
          Condition: {
            StringEquals: {
              'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com',
              'token.actions.githubusercontent.com:sub': 'repo:example-org/website:ref:refs/heads/main',
            },
          },
        },
      ],
    });
    await page.getByTestId('form-document-submit').click();
    await checkPassesAndNext(page);

    // Permissions: the bucket ARN instead of its objects is refused; then the right policy and a token exchange.
    await toTask(page);
    await pick(page, `arn:aws:iam::${ACCT}:role/GitHubDeploy`);
    await page.getByTestId('inline-name').fill('Deploy');
    await setEditor(page, 'inline-policy-editor', allow('s3:PutObject', 'arn:aws:s3:::example-website'));
    await page.getByTestId('form-inline-submit').click();
    await page.getByTestId('assume-tab-web').click();
    await page.getByTestId('idp-repo').fill('example-org/website');
    await page.getByTestId('idp-ref').fill('main');
    await page.getByTestId('assume-session-name').fill('deploy-run-1');
    await page.getByTestId('assume-submit').click();
    await expect(page.getByTestId('assume-result')).toContainText('assumed-role/GitHubDeploy/deploy-run-1');
    await checkFails(page);
    await expect(page.getByTestId('lesson-failing-reason')).toContainText(/object/i);
    // The same inline policy, on the bucket's objects.
    await pick(page, `arn:aws:iam::${ACCT}:role/GitHubDeploy`);
    await page.getByTestId('inline-name').fill('Deploy');
    await setEditor(page, 'inline-policy-editor', allow('s3:PutObject', 'arn:aws:s3:::example-website/*'));
    await page.getByTestId('form-inline-submit').click();
    await page.getByTestId('lesson-check').click();
    await expect(page.getByTestId('lesson-check-result')).toContainText('All checks pass');
    await expect(page.getByTestId('lesson-goal-count')).toHaveText(/^(\d+) of \1$/);
  });

  test('15 EC2 roles', async ({ page }) => {
    await openLesson(page, '15-ec2-roles');
    await toTask(page);
    // Role: reading the bucket ARN instead of its objects is refused, with that cause.
    await openCreate(page);
    await page.getByTestId('create-kind').selectOption('role');
    await page.getByTestId('create-name').fill('AppServerRole');
    await page.getByTestId('create-trust').selectOption('ec2');
    await page.getByTestId('form-create-submit').click();
    await page.getByTestId('inline-name').fill('ReadAppData');
    await setEditor(page, 'inline-policy-editor', allow('s3:GetObject', 'arn:aws:s3:::app-data'));
    await page.getByTestId('form-inline-submit').click();
    await checkFails(page, 'not on its objects');
    await pick(page, `arn:aws:iam::${ACCT}:role/AppServerRole`);
    await page.getByTestId('inline-name').fill('ReadAppData');
    await setEditor(page, 'inline-policy-editor', allow('s3:GetObject', 'arn:aws:s3:::app-data/*'));
    await page.getByTestId('form-inline-submit').click();
    await checkPassesAndNext(page);

    // Instance profile: an empty profile is refused; the role added by hand passes.
    await toTask(page);
    await openCreate(page);
    await page.getByTestId('create-kind').selectOption('instance-profile');
    await page.getByTestId('create-name').fill('AppServerProfile');
    await page.getByTestId('form-create-submit').click();
    await checkFails(page, 'holds no role');
    await page.getByTestId('profile-role').selectOption('AppServerRole');
    await page.getByTestId('form-profile-role-submit').click();
    await checkPassesAndNext(page);

    // PassRole: on every role is too broad; on AppServerRole only passes.
    await toTask(page);
    await pick(page, `arn:aws:iam::${ACCT}:user/ops-dev`);
    await page.getByTestId('inline-name').fill('PassAppServerRole');
    await setEditor(page, 'inline-policy-editor', allow('iam:PassRole', '*'));
    await page.getByTestId('form-inline-submit').click();
    await checkFails(page, 'broader than the goal');
    await pick(page, `arn:aws:iam::${ACCT}:user/ops-dev`);
    await page.getByTestId('inline-name').fill('PassAppServerRole');
    await setEditor(page, 'inline-policy-editor', allow('iam:PassRole', `arn:aws:iam::${ACCT}:role/AppServerRole`));
    await page.getByTestId('form-inline-submit').click();
    await checkPassesAndNext(page);

    // Launch: without a profile the instance has no credentials; attaching the profile by hand passes.
    await toTask(page);
    await openCreate(page);
    await page.getByTestId('create-kind').selectOption('instance');
    await page.getByTestId('create-name').fill('app-server');
    await page.getByTestId('form-create-submit').click();
    await checkFails(page, 'no instance profile');
    await page.getByTestId('instance-profile-choice').selectOption({ label: 'AppServerProfile' });
    await page.getByTestId('form-instance-profile-submit').click();
    await checkPassesAndNext(page);

    // Retire the key: making it inactive is not enough; deleting it passes.
    await toTask(page);
    await pick(page, `arn:aws:iam::${ACCT}:user/app-user`);
    await page.getByRole('button', { name: 'Make inactive' }).click();
    await checkFails(page);
    await page.getByTestId('delete-key-AKIAFEA5QEMQIOXMPYHN').click();
    await page.getByTestId('lesson-check').click();
    await expect(page.getByTestId('lesson-check-result')).toContainText('All checks pass');
  });

  test('16 cross-account', async ({ page }) => {
    await openLesson(page, '16-cross-account');
    await toTask(page);
    // Trusting every account is refused (mallory could assume it); trusting the Development account passes.
    await openCreate(page);
    await page.getByTestId('create-kind').selectOption('role');
    await page.getByTestId('create-name').fill('LogReader');
    await page.getByTestId('create-trust').selectOption('other-account');
    await page.getByTestId('create-trust-account').fill('111122223333');
    await expect(page.getByTestId('create-trust-editor')).toContainText('arn:aws:iam::111122223333:root');
    await page.getByTestId('form-create-submit').click();
    // Made in the Development account by mistake: the check names the account.
    await checkFails(page, 'is in account 111122223333, but the task needs it in account 444455556666');
    await page.keyboard.press('Control+z');
    await openCreate(page);
    await page.getByTestId('create-account').selectOption('444455556666');
    await page.getByTestId('create-kind').selectOption('role');
    await page.getByTestId('create-name').fill('LogReader');
    await page.getByTestId('create-trust').selectOption('other-account');
    await page.getByTestId('create-trust-account').fill('111122223333');
    await page.getByTestId('form-create-submit').click();
    await expect(page.getByTestId('inspector-title')).toHaveText('LogReader');
    await page.getByTestId('inline-name').fill('ReadLogs');
    await setEditor(page, 'inline-policy-editor', allow('s3:GetObject', 'arn:aws:s3:::prod-logs/*'));
    await page.getByTestId('form-inline-submit').click();
    await checkPassesAndNext(page);

    // Maria only: a group-wide permission lets the intern in too — refused.
    await toTask(page);
    await pick(page, `arn:aws:iam::${ACCT}:group/Developers`);
    await page.getByTestId('inline-name').fill('AssumeLogReader');
    await setEditor(page, 'inline-policy-editor', allow('sts:AssumeRole', 'arn:aws:iam::444455556666:role/LogReader'));
    await page.getByTestId('form-inline-submit').click();
    await checkFails(page, 'intern');
    await page.keyboard.press('Control+z');
    await pick(page, `arn:aws:iam::${ACCT}:user/maria`);
    await page.getByTestId('inline-name').fill('AssumeLogReader');
    await setEditor(page, 'inline-policy-editor', allow('sts:AssumeRole', 'arn:aws:iam::444455556666:role/LogReader'));
    await page.getByTestId('form-inline-submit').click();
    await checkPassesAndNext(page);

    // Switch role as Maria: another session name is refused with that cause; "maria" passes.
    await toTask(page);
    await pick(page, 'arn:aws:iam::444455556666:role/LogReader');
    await page.getByTestId('assume-tab-switch').click();
    await page.getByTestId('assume-caller').selectOption(`arn:aws:iam::${ACCT}:user/maria`);
    await page.getByTestId('assume-session-name').fill('logs');
    await page.getByTestId('assume-submit').click();
    await expect(page.getByTestId('assume-result')).toContainText('assumed-role/LogReader/logs');
    await checkFails(page, 'with the session name maria');
    await page.getByTestId('assume-session-name').fill('maria');
    await page.getByTestId('assume-submit').click();
    await expect(page.getByTestId('assume-result')).toContainText('assumed-role/LogReader/maria');
    await page.getByTestId('lesson-check').click();
    await expect(page.getByTestId('lesson-check-result')).toContainText('All checks pass');
  });

  test('18 SAML federation', async ({ page }) => {
    await openLesson(page, '18-federation-saml');
    await toTask(page);
    const metadata =
      '<EntityDescriptor xmlns="urn:oasis:names:tc:SAML:2.0:metadata" entityID="https://adfs.example.com/adfs/services/trust"></EntityDescriptor>';
    // Another name than the one asked for is refused, naming what exists.
    await openCreate(page);
    await page.getByTestId('create-kind').selectOption('saml-provider');
    await page.getByTestId('create-name').fill('ADFS');
    await page.getByTestId('create-saml-metadata').fill(metadata);
    await page.getByTestId('form-create-submit').click();
    await checkFails(page, 'has no SAML provider CorpAD');
    await page.keyboard.press('Control+z');
    await openCreate(page);
    await page.getByTestId('create-kind').selectOption('saml-provider');
    await page.getByTestId('create-name').fill('CorpAD');
    await page.getByTestId('create-saml-metadata').fill(metadata);
    await page.getByTestId('form-create-submit').click();
    await checkPassesAndNext(page);

    // The role from the SAML preset (audience condition included) passes.
    await toTask(page);
    await openCreate(page);
    await page.getByTestId('create-kind').selectOption('role');
    await page.getByTestId('create-name').fill('CorpReadOnly');
    await page.getByTestId('create-trust').selectOption('saml');
    await page.getByTestId('create-trust-provider').selectOption(`arn:aws:iam::${ACCT}:saml-provider/CorpAD`);
    await page.getByTestId('form-create-submit').click();
    await checkPassesAndNext(page);

    // Permissions: PowerUserAccess can change things — refused; ReadOnlyAccess and a SAML sign-in pass.
    await toTask(page);
    await pick(page, `arn:aws:iam::${ACCT}:role/CorpReadOnly`);
    await page.getByTestId('attach-choice').selectOption('arn:aws:iam::aws:policy/PowerUserAccess');
    await page.getByTestId('form-attach-submit').click();
    await page.getByTestId('assume-tab-saml').click();
    await page.getByTestId('idp-user').fill('jdoe@example.com');
    await page.getByTestId('idp-groups').fill(`AWS-${ACCT}-CorpReadOnly`);
    await page.getByTestId('assume-submit').click();
    await expect(page.getByTestId('assume-result')).toContainText('assumed-role/CorpReadOnly/jdoe@example.com');
    await checkFails(page, 'broader than the goal');
    await page.getByTestId('detach-PowerUserAccess').click();
    await page.getByTestId('attach-choice').selectOption('arn:aws:iam::aws:policy/ReadOnlyAccess');
    await page.getByTestId('form-attach-submit').click();
    await checkPassesAndNext(page);

    // Revoke active sessions: the clock moves on, then a deny on older tokens.
    await toTask(page);
    await page.getByTestId('world-clock-step').selectOption('600');
    await page.getByTestId('world-clock-advance').click();
    await pick(page, `arn:aws:iam::${ACCT}:role/CorpReadOnly`);
    await page.getByTestId('inline-name').fill('AWSRevokeOlderSessions');
    const now = await page.getByTestId('world-clock-time').getAttribute('datetime');
    await setEditor(page, 'inline-policy-editor', {
      Version: '2012-10-17',
      Statement: [
        { Effect: 'Deny', Action: '*', Resource: '*', Condition: { DateLessThan: { 'aws:TokenIssueTime': now } } },
      ],
    });
    await page.getByTestId('form-inline-submit').click();
    await page.getByTestId('lesson-check').click();
    await expect(page.getByTestId('lesson-check-result')).toContainText('All checks pass');
  });
});
