/**
 * Centralized root access, modelled beside the engine. Once an organization turns it on, the management account (or
 * the delegated administrator for IAM) can remove member accounts' root credentials and open short **privileged root
 * sessions** with `sts:AssumeRoot`: at most 900 seconds, scoped by one AWS managed *task policy*, never from root
 * credentials, never into the management account itself. `checkAssumeRoot` answers whether a call would succeed and
 * which task policy the session gets; the caller's own IAM permission is decided by the real engine.
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/id_root-user.html#id_root-user-access-management,
 * https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRoot.html)
 */
import { evaluate } from '../evaluate/evaluate';
import type { PolicyDocument, World } from '../../world/types';
import { readIamArn, rootArn } from '../../world/arn';
import { orgMembership } from '../../world/org-levels';
import { requestFor } from '../../world/request-for';

/** The AWS managed task policies a privileged root session can be scoped to (documents shortened). */
export const ROOT_TASK_POLICIES: ReadonlyMap<string, PolicyDocument> = new Map<string, PolicyDocument>([
  [
    'arn:aws:iam::aws:policy/root-task/IAMAuditRootUserCredentials',
    {
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Action: [
            'iam:GetAccountSummary',
            'iam:GetLoginProfile',
            'iam:ListAccessKeys',
            'iam:ListMFADevices',
            'iam:ListSigningCertificates',
            'iam:GetAccessKeyLastUsed',
          ],
          Resource: '*',
        },
      ],
    },
  ],
  [
    'arn:aws:iam::aws:policy/root-task/IAMCreateRootUserPassword',
    {
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: ['iam:CreateLoginProfile', 'iam:GetLoginProfile'], Resource: '*' }],
    },
  ],
  [
    'arn:aws:iam::aws:policy/root-task/IAMDeleteRootUserCredentials',
    {
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Action: [
            'iam:DeleteLoginProfile',
            'iam:DeleteAccessKey',
            'iam:DeactivateMFADevice',
            'iam:DeleteSigningCertificate',
            'iam:GetLoginProfile',
            'iam:ListAccessKeys',
            'iam:ListMFADevices',
          ],
          Resource: '*',
        },
      ],
    },
  ],
  [
    'arn:aws:iam::aws:policy/root-task/S3UnlockBucketPolicy',
    {
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Action: ['s3:DeleteBucketPolicy', 's3:GetBucketPolicy', 's3:PutBucketPolicy'],
          Resource: '*',
        },
      ],
    },
  ],
  [
    'arn:aws:iam::aws:policy/root-task/SQSUnlockQueuePolicy',
    {
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: ['sqs:GetQueueAttributes', 'sqs:SetQueueAttributes'], Resource: '*' }],
    },
  ],
]);

/** The longest privileged root session, in seconds. */
export const MAX_ROOT_SESSION_SECONDS = 900;

/** The organization's centralized root access settings. */
export interface RootAccessSettings {
  /** Root credentials management and privileged root sessions are turned on. */
  enabled: boolean;
  /** The account delegated to administer IAM for the organization, if any. */
  delegatedAdminAccountId?: string;
}

/** An AssumeRoot call. */
export interface AssumeRootInput {
  callerArn: string;
  /** Member account id (or its root ARN). */
  targetPrincipal: string;
  taskPolicyArn: string;
  durationSeconds?: number;
}

/** Why an AssumeRoot call fails, or the session it would open. */
export type AssumeRootOutcome =
  | { ok: false; code: AssumeRootRefusal }
  | { ok: true; sessionAccount: string; taskPolicy: PolicyDocument; durationSeconds: number };

/** Refusal codes, in the order they are checked. */
export type AssumeRootRefusal =
  | 'assume-root.not-enabled'
  | 'assume-root.root-caller'
  | 'assume-root.caller-not-admin-account'
  | 'assume-root.target-not-member'
  | 'assume-root.unknown-task-policy'
  | 'assume-root.duration-too-long'
  | 'assume-root.not-authorized';

/** Decides an AssumeRoot call against the world, its organization and the settings. */
export function checkAssumeRoot(world: World, settings: RootAccessSettings, input: AssumeRootInput): AssumeRootOutcome {
  const refuse = (code: AssumeRootRefusal): AssumeRootOutcome => ({ ok: false, code });
  const org = world.organization;
  if (!settings.enabled || !org) return refuse('assume-root.not-enabled');
  const caller = readIamArn(input.callerArn);
  const callerAccount = caller?.account ?? /^arn:aws:sts::(\d{12}):/.exec(input.callerArn)?.[1];
  if (caller?.kind === 'root') return refuse('assume-root.root-caller');
  if (callerAccount !== org.managementAccountId && callerAccount !== settings.delegatedAdminAccountId)
    return refuse('assume-root.caller-not-admin-account');
  const target = /^\d{12}$/.test(input.targetPrincipal)
    ? input.targetPrincipal
    : /^arn:aws:iam::(\d{12}):root$/.exec(input.targetPrincipal)?.[1];
  const member = target !== undefined ? orgMembership(world, target) : undefined;
  if (target === undefined || !member || member.isManagementAccount) return refuse('assume-root.target-not-member');
  const taskPolicy = ROOT_TASK_POLICIES.get(input.taskPolicyArn);
  if (!taskPolicy) return refuse('assume-root.unknown-task-policy');
  const durationSeconds = input.durationSeconds ?? MAX_ROOT_SESSION_SECONDS;
  if (durationSeconds > MAX_ROOT_SESSION_SECONDS) return refuse('assume-root.duration-too-long');
  const req = requestFor(world, input.callerArn, 'sts:AssumeRoot', rootArn(target), {
    context: { 'sts:TaskPolicyArn': input.taskPolicyArn },
  });
  if (!req.ok || evaluate(req.value, { trace: false }).decision !== 'allowed')
    return refuse('assume-root.not-authorized');
  return { ok: true, sessionAccount: target, taskPolicy, durationSeconds };
}
