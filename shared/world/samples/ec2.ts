/**
 * EC2 roles: an instance launched with an instance profile that wraps AppServerRole (trusting ec2.amazonaws.com),
 * which may read one bucket. Code on the instance gets temporary credentials, never stored keys.
 */
import { buildWorld } from './build';
import type { World } from '../types';

/** Builds the EC2 sample. */
export function ec2World(): World {
  const acct = '444455556666';
  return buildWorld('EC2 instance role', 'An instance with an instance profile and a role that reads a bucket.', [
    { type: 'create-account', accountId: acct, name: 'Apps' },
    { type: 'set-current-identity', arn: `arn:aws:iam::${acct}:root` },
    {
      type: 'create-role',
      roleName: 'AppServerRole',
      assumeRolePolicyDocument: {
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }],
      },
    },
    {
      type: 'put-inline-policy',
      to: 'role',
      name: 'AppServerRole',
      policyName: 'ReadAppData',
      policyDocument: {
        Version: '2012-10-17',
        Statement: [
          {
            Effect: 'Allow',
            Action: ['s3:GetObject', 's3:ListBucket'],
            Resource: ['arn:aws:s3:::app-data-444455556666', 'arn:aws:s3:::app-data-444455556666/*'],
          },
        ],
      },
    },
    {
      type: 'attach-policy',
      to: 'role',
      name: 'AppServerRole',
      policyArn: 'arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore',
    },
    { type: 'create-instance-profile', instanceProfileName: 'AppServerProfile' },
    { type: 'add-role-to-instance-profile', instanceProfileName: 'AppServerProfile', roleName: 'AppServerRole' },
    {
      type: 'run-instance',
      name: 'web-1',
      instanceProfileArn: `arn:aws:iam::${acct}:instance-profile/AppServerProfile`,
    },
    { type: 'create-resource', kind: 's3-bucket', name: 'app-data-444455556666' },
  ]);
}
