/**
 * The flagship scenario lessons done by hand in the terminal panel, on the lesson's own world (the terminal acts on
 * the world on screen): aws-style lines only, no Show solution and no Skip on tasks. Each task is first answered
 * wrongly and refused with its real cause, then answered rightly.
 */
import { expect, test } from './fixtures';
import { checkFails, checkPassesAndNext, openLesson, terminal, toTask } from './lesson-steps';

const ACCT = '111122223333';
const q = (doc: unknown) => `'${JSON.stringify(doc)}'`;
const allow = (action: string, resource: string) =>
  q({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: action, Resource: resource }] });

test.describe('scenario lessons by hand (terminal)', () => {
  test('17 OIDC federation', async ({ page }) => {
    await openLesson(page, '17-federation-oidc');
    await toTask(page);
    await terminal(
      page,
      'iam create-open-id-connect-provider --url https://github.com --client-id-list sts.amazonaws.com',
    );
    await expect(page.getByTestId('terminal-target')).toContainText('Lesson');
    await checkFails(page, 'it has github.com');
    await terminal(
      page,
      `iam delete-open-id-connect-provider --open-id-connect-provider-arn arn:aws:iam::${ACCT}:oidc-provider/github.com`,
      'iam create-open-id-connect-provider --url https://token.actions.githubusercontent.com --client-id-list sts.amazonaws.com',
    );
    await checkPassesAndNext(page);

    await toTask(page);
    const trust = (sub?: string) =>
      q({
        Version: '2012-10-17',
        Statement: [
          {
            Effect: 'Allow',
            Principal: { Federated: `arn:aws:iam::${ACCT}:oidc-provider/token.actions.githubusercontent.com` },
            Action: 'sts:AssumeRoleWithWebIdentity',
            Condition: {
              StringEquals: {
                'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com',
                ...(sub ? { 'token.actions.githubusercontent.com:sub': sub } : {}),
              },
            },
          },
        ],
      });
    await terminal(
      page,
      `write trust.json ${trust()}`,
      'iam create-role --role-name GitHubDeploy --assume-role-policy-document file://trust.json',
    );
    await checkFails(page, 'sub');
    await terminal(
      page,
      `write trust.json ${trust('repo:example-org/website:ref:refs/heads/main')}`,
      'iam update-assume-role-policy --role-name GitHubDeploy --policy-document file://trust.json',
    );
    await checkPassesAndNext(page);

    await toTask(page);
    await terminal(
      page,
      `iam put-role-policy --role-name GitHubDeploy --policy-name Deploy --policy-document ${allow('s3:PutObject', 'arn:aws:s3:::example-website')}`,
      'idp token --provider github --repo example-org/website --branch main --out token.jwt',
      `sts assume-role-with-web-identity --role-arn arn:aws:iam::${ACCT}:role/GitHubDeploy --role-session-name deploy-run-1 --web-identity-token file://token.jwt`,
    );
    await checkFails(page, 'not on its objects');
    await terminal(
      page,
      `iam put-role-policy --role-name GitHubDeploy --policy-name Deploy --policy-document ${allow('s3:PutObject', 'arn:aws:s3:::example-website/*')}`,
    );
    await page.getByTestId('lesson-check').click();
    await expect(page.getByTestId('lesson-check-result')).toContainText('All checks pass');
  });

  test('16 cross-account', async ({ page }) => {
    await openLesson(page, '16-cross-account');
    await toTask(page);
    const trustAccount = (principal: string) =>
      q({
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Principal: { AWS: principal }, Action: 'sts:AssumeRole' }],
      });
    // Trusting everyone lets mallory in: refused.
    await terminal(
      page,
      `iam create-role --account 444455556666 --role-name LogReader --assume-role-policy-document ${trustAccount('*')}`,
      `iam put-role-policy --account 444455556666 --role-name LogReader --policy-name ReadLogs --policy-document ${allow('s3:GetObject', 'arn:aws:s3:::prod-logs/*')}`,
    );
    await checkFails(page);
    await terminal(
      page,
      `iam update-assume-role-policy --account 444455556666 --role-name LogReader --policy-document ${trustAccount(`arn:aws:iam::${ACCT}:root`)}`,
    );
    await checkPassesAndNext(page);

    await toTask(page);
    await terminal(
      page,
      `iam put-group-policy --group-name Developers --policy-name AssumeLogReader --policy-document ${allow('sts:AssumeRole', 'arn:aws:iam::444455556666:role/LogReader')}`,
    );
    await checkFails(page, 'intern');
    await terminal(
      page,
      'iam delete-group-policy --group-name Developers --policy-name AssumeLogReader',
      `iam put-user-policy --user-name maria --policy-name AssumeLogReader --policy-document ${allow('sts:AssumeRole', 'arn:aws:iam::444455556666:role/LogReader')}`,
    );
    await checkPassesAndNext(page);

    await toTask(page);
    await terminal(
      page,
      `sts assume-role --as arn:aws:iam::${ACCT}:user/maria --role-arn arn:aws:iam::444455556666:role/LogReader --role-session-name logs`,
    );
    await checkFails(page, 'with the session name maria');
    await terminal(
      page,
      `sts assume-role --as arn:aws:iam::${ACCT}:user/maria --role-arn arn:aws:iam::444455556666:role/LogReader --role-session-name maria`,
    );
    await page.getByTestId('lesson-check').click();
    await expect(page.getByTestId('lesson-check-result')).toContainText('All checks pass');
  });

  test('15 EC2 roles', async ({ page }) => {
    await openLesson(page, '15-ec2-roles');
    await toTask(page);
    const ec2Trust = q({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }],
    });
    await terminal(
      page,
      `iam create-role --role-name AppServerRole --assume-role-policy-document ${ec2Trust}`,
      `iam put-role-policy --role-name AppServerRole --policy-name ReadAppData --policy-document ${allow('s3:GetObject', 'arn:aws:s3:::app-data')}`,
    );
    await checkFails(page, 'not on its objects');
    await terminal(
      page,
      `iam put-role-policy --role-name AppServerRole --policy-name ReadAppData --policy-document ${allow('s3:GetObject', 'arn:aws:s3:::app-data/*')}`,
    );
    await checkPassesAndNext(page);

    await toTask(page);
    await terminal(page, 'iam create-instance-profile --instance-profile-name AppServerProfile');
    await checkFails(page, 'holds no role');
    await terminal(
      page,
      'iam add-role-to-instance-profile --instance-profile-name AppServerProfile --role-name AppServerRole',
    );
    await checkPassesAndNext(page);

    await toTask(page);
    await terminal(
      page,
      `iam put-user-policy --user-name ops-dev --policy-name PassAppServerRole --policy-document ${allow('iam:PassRole', '*')}`,
    );
    await checkFails(page, 'broader than the goal');
    await terminal(
      page,
      `iam put-user-policy --user-name ops-dev --policy-name PassAppServerRole --policy-document ${allow('iam:PassRole', `arn:aws:iam::${ACCT}:role/AppServerRole`)}`,
    );
    await checkPassesAndNext(page);

    await toTask(page);
    await terminal(
      page,
      'ec2 run-instances --image-id ami-0abcdef1234567890 --instance-type t3.micro --tag-specifications ResourceType=instance,Tags=[{Key=Name,Value=app-server}]',
    );
    await checkFails(page, 'no instance profile');
    await terminal(page, 'ec2 describe-instances');
    const out = await page.getByTestId('terminal-stdout').last().textContent();
    const id = /"InstanceId": "(i-[0-9a-f]+)"/.exec(out ?? '')?.[1];
    expect(id).toBeTruthy();
    await terminal(
      page,
      `ec2 associate-iam-instance-profile --instance-id ${id} --iam-instance-profile Name=AppServerProfile`,
    );
    await checkPassesAndNext(page);

    await toTask(page);
    await terminal(
      page,
      'iam update-access-key --user-name app-user --access-key-id AKIAFEA5QEMQIOXMPYHN --status Inactive',
    );
    await checkFails(page);
    await terminal(page, 'iam delete-access-key --user-name app-user --access-key-id AKIAFEA5QEMQIOXMPYHN');
    await page.getByTestId('lesson-check').click();
    await expect(page.getByTestId('lesson-check-result')).toContainText('All checks pass');
  });

  test('18 SAML federation', async ({ page }) => {
    await openLesson(page, '18-federation-saml');
    await toTask(page);
    const metadata =
      '<EntityDescriptor xmlns="urn:oasis:names:tc:SAML:2.0:metadata" entityID="https://adfs.example.com/adfs/services/trust"></EntityDescriptor>';
    await terminal(
      page,
      `write metadata.xml '${metadata}'`,
      'iam create-saml-provider --name ADFS --saml-metadata-document file://metadata.xml',
    );
    await checkFails(page, 'has no SAML provider CorpAD');
    await terminal(
      page,
      `iam delete-saml-provider --saml-provider-arn arn:aws:iam::${ACCT}:saml-provider/ADFS`,
      'iam create-saml-provider --name CorpAD --saml-metadata-document file://metadata.xml',
    );
    await checkPassesAndNext(page);

    await toTask(page);
    const trust = (aud?: boolean) =>
      q({
        Version: '2012-10-17',
        Statement: [
          {
            Effect: 'Allow',
            Principal: { Federated: `arn:aws:iam::${ACCT}:saml-provider/CorpAD` },
            Action: 'sts:AssumeRoleWithSAML',
            ...(aud ? { Condition: { StringEquals: { 'SAML:aud': 'https://signin.aws.amazon.com/saml' } } } : {}),
          },
        ],
      });
    await terminal(page, `iam create-role --role-name CorpReadOnly --assume-role-policy-document ${trust()}`);
    await checkFails(page);
    await terminal(page, `iam update-assume-role-policy --role-name CorpReadOnly --policy-document ${trust(true)}`);
    await checkPassesAndNext(page);

    await toTask(page);
    await terminal(
      page,
      'iam attach-role-policy --role-name CorpReadOnly --policy-arn arn:aws:iam::aws:policy/PowerUserAccess',
      `idp saml-assertion --user jdoe@example.com --email jdoe@example.com --groups AWS-${ACCT}-CorpReadOnly --saml-provider-arn arn:aws:iam::${ACCT}:saml-provider/CorpAD --out a.b64`,
      `sts assume-role-with-saml --role-arn arn:aws:iam::${ACCT}:role/CorpReadOnly --principal-arn arn:aws:iam::${ACCT}:saml-provider/CorpAD --saml-assertion file://a.b64`,
    );
    await checkFails(page, 'broader than the goal');
    await terminal(
      page,
      'iam detach-role-policy --role-name CorpReadOnly --policy-arn arn:aws:iam::aws:policy/PowerUserAccess',
      'iam attach-role-policy --role-name CorpReadOnly --policy-arn arn:aws:iam::aws:policy/ReadOnlyAccess',
    );
    await checkPassesAndNext(page);

    await toTask(page);
    await terminal(page, 'lab advance-clock --seconds 600', 'lab get-clock');
    const clock = /\d{4}-\d\d-\d\dT[\d:.]+Z/.exec(
      (await page.getByTestId('terminal-stdout').last().textContent()) ?? '',
    )?.[0];
    expect(clock).toBeTruthy();
    const deny = q({
      Version: '2012-10-17',
      Statement: [
        { Effect: 'Deny', Action: '*', Resource: '*', Condition: { DateLessThan: { 'aws:TokenIssueTime': clock } } },
      ],
    });
    await terminal(
      page,
      `iam put-role-policy --role-name CorpReadOnly --policy-name AWSRevokeOlderSessions --policy-document ${deny}`,
    );
    await page.getByTestId('lesson-check').click();
    await expect(page.getByTestId('lesson-check-result')).toContainText('All checks pass');
  });
});
