/**
 * The welcome world a learner lands on: one account with its root user, Alice in a Developers group whose managed
 * policy lets it read one bucket, Bob with no permissions yet, and the bucket with an object. First question:
 * "can Alice read the bucket?" (allowed, through the group) and "can Bob?" (implicit deny).
 */
import { buildWorld } from './build';
import type { World } from '../types';

/** The account id of the welcome world. */
export const WELCOME_ACCOUNT = '111122223333';
/** The welcome bucket's ARN. */
export const WELCOME_BUCKET_ARN = 'arn:aws:s3:::iam-lab-welcome-bucket';

/** Builds the welcome world. */
export function welcomeWorld(): World {
  const account = WELCOME_ACCOUNT;
  return buildWorld('Welcome', 'One account, a root user, Alice in the Developers group, Bob, and a bucket.', [
    { type: 'create-account', accountId: account, name: 'Sandbox', alias: 'iam-lab-sandbox' },
    { type: 'set-current-identity', arn: `arn:aws:iam::${account}:root` },
    { type: 'create-resource', kind: 's3-bucket', name: 'iam-lab-welcome-bucket', tags: { project: 'welcome' } },
    { type: 'create-resource', kind: 's3-object', name: 'iam-lab-welcome-bucket/reports/q1.csv' },
    {
      type: 'create-policy',
      policyName: 'DevelopersReadWelcomeBucket',
      description: 'Read the welcome bucket and its objects',
      policyDocument: {
        Version: '2012-10-17',
        Statement: [
          { Sid: 'ListTheBucket', Effect: 'Allow', Action: 's3:ListBucket', Resource: WELCOME_BUCKET_ARN },
          { Sid: 'ReadObjects', Effect: 'Allow', Action: 's3:GetObject', Resource: `${WELCOME_BUCKET_ARN}/*` },
        ],
      },
    },
    { type: 'create-group', groupName: 'Developers' },
    {
      type: 'attach-policy',
      to: 'group',
      name: 'Developers',
      policyArn: `arn:aws:iam::${account}:policy/DevelopersReadWelcomeBucket`,
    },
    { type: 'create-user', userName: 'alice', tags: { team: 'web' } },
    { type: 'create-login-profile', userName: 'alice' },
    { type: 'create-access-key', userName: 'alice' },
    { type: 'attach-policy', to: 'user', name: 'alice', policyArn: 'arn:aws:iam::aws:policy/IAMUserChangePassword' },
    { type: 'add-user-to-group', groupName: 'Developers', userName: 'alice' },
    { type: 'create-user', userName: 'bob', tags: { team: 'data' } },
    { type: 'create-login-profile', userName: 'bob', passwordResetRequired: true },
  ]);
}
