/**
 * Two accounts: Carol in Dev may assume ProdS3Reader in Prod, whose trust policy names the Dev account; the Prod
 * bucket's policy lets that role read. Shows the two evaluations of a cross-account call and role trust.
 */
import { buildWorld } from './build';
import type { World } from '../types';

/** Builds the cross-account sample. */
export function crossAccountWorld(): World {
  const dev = '111111111111';
  const prod = '222222222222';
  const role = `arn:aws:iam::${prod}:role/ProdS3Reader`;
  return buildWorld('Cross-account', 'Dev user Carol assumes a role in Prod to read a Prod bucket.', [
    { type: 'create-account', accountId: dev, name: 'Dev', alias: 'lab-dev' },
    { type: 'create-account', accountId: prod, name: 'Prod', alias: 'lab-prod' },
    { type: 'set-current-identity', arn: `arn:aws:iam::${dev}:root` },
    { account: dev, type: 'create-user', userName: 'carol' },
    {
      account: dev,
      type: 'put-inline-policy',
      to: 'user',
      name: 'carol',
      policyName: 'AssumeProdReader',
      policyDocument: {
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Action: 'sts:AssumeRole', Resource: role }],
      },
    },
    {
      account: prod,
      type: 'create-role',
      roleName: 'ProdS3Reader',
      description: 'Read access to the Prod data bucket for Dev',
      assumeRolePolicyDocument: {
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${dev}:root` }, Action: 'sts:AssumeRole' }],
      },
    },
    {
      account: prod,
      type: 'attach-policy',
      to: 'role',
      name: 'ProdS3Reader',
      policyArn: 'arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess',
    },
    {
      account: prod,
      type: 'create-resource',
      kind: 's3-bucket',
      name: 'lab-prod-data',
      policy: {
        Version: '2012-10-17',
        Statement: [
          {
            Sid: 'ReaderRoleMayRead',
            Effect: 'Allow',
            Principal: { AWS: role },
            Action: ['s3:GetObject', 's3:ListBucket'],
            Resource: ['arn:aws:s3:::lab-prod-data', 'arn:aws:s3:::lab-prod-data/*'],
          },
        ],
      },
    },
  ]);
}
