/**
 * The actions the generator asks about, each with the kind of resource it acts on. Kept small on purpose: the
 * generator uses the ones a world's policies name (directly or through a wildcard) and their same-service siblings
 * as near misses. Resource kinds follow the AWS service authorization reference (object vs bucket actions in S3).
 */

/** What an action acts on: a bucket, an object, a role, a user, an EC2 instance, or nothing (`*`). */
export type ActionTarget = 'bucket' | 'object' | 'role' | 'user' | 'instance' | 'none';

/** One action the generator may put in a question. */
export interface CatalogAction {
  action: string;
  target: ActionTarget;
}

/** The actions questions are built from. */
export const ACTION_CATALOG: readonly CatalogAction[] = [
  { action: 's3:GetObject', target: 'object' },
  { action: 's3:PutObject', target: 'object' },
  { action: 's3:DeleteObject', target: 'object' },
  { action: 's3:ListBucket', target: 'bucket' },
  { action: 's3:DeleteBucket', target: 'bucket' },
  { action: 's3:PutBucketPolicy', target: 'bucket' },
  { action: 's3:ListAllMyBuckets', target: 'none' },
  { action: 'sts:AssumeRole', target: 'role' },
  { action: 'iam:PassRole', target: 'role' },
  { action: 'iam:DeleteRole', target: 'role' },
  { action: 'iam:ChangePassword', target: 'user' },
  { action: 'iam:CreateAccessKey', target: 'user' },
  { action: 'iam:ListUsers', target: 'none' },
  { action: 'ec2:DescribeInstances', target: 'none' },
  { action: 'ec2:TerminateInstances', target: 'instance' },
  { action: 'ssm:UpdateInstanceInformation', target: 'none' },
];

/** The service prefix of an action, lower-cased (`s3` for `s3:GetObject`). */
export function serviceOfAction(action: string): string {
  const i = action.indexOf(':');
  return (i < 0 ? action : action.slice(0, i)).toLowerCase();
}
