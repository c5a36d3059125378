/**
 * The actions the analyzer tries on each kind of resource. AWS's analyzer reasons over every action symbolically; IAM
 * Lab probes a representative set per resource type through the real engine, which is enough to tell read, write and
 * permission-management access apart (https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-resources.html).
 */
import type { ResourceKind } from '../../world/types';

/** Representative actions per resource kind (S3 object actions are probed on `bucket/*`). */
export const PROBE_ACTIONS: Readonly<Record<ResourceKind | 'role', readonly string[]>> = {
  's3-bucket': ['s3:ListBucket', 's3:GetBucketPolicy', 's3:PutBucketPolicy', 's3:DeleteBucket'],
  's3-object': ['s3:GetObject', 's3:PutObject', 's3:DeleteObject'],
  'kms-key': ['kms:Decrypt', 'kms:Encrypt', 'kms:GenerateDataKey', 'kms:CreateGrant', 'kms:PutKeyPolicy'],
  'sqs-queue': ['sqs:SendMessage', 'sqs:ReceiveMessage', 'sqs:DeleteMessage', 'sqs:SetQueueAttributes'],
  'sns-topic': ['sns:Publish', 'sns:Subscribe', 'sns:SetTopicAttributes'],
  'lambda-function': ['lambda:InvokeFunction', 'lambda:UpdateFunctionCode', 'lambda:AddPermission'],
  secret: ['secretsmanager:GetSecretValue', 'secretsmanager:PutSecretValue', 'secretsmanager:PutResourcePolicy'],
  role: ['sts:AssumeRole', 'sts:AssumeRoleWithWebIdentity', 'sts:AssumeRoleWithSAML'],
};
