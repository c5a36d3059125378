/**
 * The EC2 instance-profile flow: the launcher needs ec2:RunInstances and iam:PassRole on the role (with
 * iam:PassedToService = ec2.amazonaws.com); then the EC2 service assumes the role under its trust policy, and code on
 * the instance reads the credentials from the instance metadata service — no keys are stored
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_switch-role-ec2.html,
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_passrole.html).
 */
import { evaluate } from '../evaluate/evaluate';
import { accountOfArn } from '../match/arn';
import type { PrincipalSpec, RoleSessionPrincipal } from '../request';
import type { EvaluationResult } from '../result';
import { addSeconds, evaluationDenial, success } from './common';
import type { CallerPolicies, FlowContext, RoleInfo, StsOutcome } from './types';

/** Input of `launchWithInstanceProfile`. */
export interface InstanceProfileInput {
  launcher: PrincipalSpec;
  launcherPolicies: CallerPolicies;
  role: RoleInfo;
  /** The new instance's id: the role session is named after it. */
  instanceId: string;
  region?: string;
  now: string;
  context?: FlowContext;
}

/** Runs the launch and the service's AssumeRole; returns the instance's role session. */
export function launchWithInstanceProfile(input: InstanceProfileInput): StsOutcome<RoleSessionPrincipal> {
  const steps: EvaluationResult[] = [];
  const roleAccount = accountOfArn(input.role.arn) ?? '';
  const launcherAccount = input.launcher.kind === 'anonymous' ? roleAccount : input.launcher.account;
  const region = input.region ?? 'us-east-1';

  const run = evaluate({
    principal: input.launcher,
    action: 'ec2:RunInstances',
    resource: { arn: `arn:aws:ec2:${region}:${launcherAccount}:instance/*`, account: launcherAccount },
    context: input.context,
    now: input.now,
    policies: input.launcherPolicies,
  });
  steps.push(run);
  if (run.decision !== 'allowed') return evaluationDenial('sts.instance-profile.run-instances-denied', run, steps);

  const pass = evaluate({
    principal: input.launcher,
    action: 'iam:PassRole',
    resource: { arn: input.role.arn, account: roleAccount },
    context: { ...input.context, 'iam:PassedToService': 'ec2.amazonaws.com' },
    now: input.now,
    policies: input.launcherPolicies,
  });
  steps.push(pass);
  if (pass.decision !== 'allowed') return evaluationDenial('sts.instance-profile.pass-role-denied', pass, steps);

  const assume = evaluate({
    principal: { kind: 'service', service: 'ec2.amazonaws.com', account: roleAccount },
    action: 'sts:AssumeRole',
    resource: { arn: input.role.arn, account: roleAccount, tags: input.role.tags },
    now: input.now,
    policies: { trust: input.role.trustPolicy },
  });
  steps.push(assume);
  if (assume.decision !== 'allowed') return evaluationDenial('sts.instance-profile.trust-denied', assume, steps);

  const session: RoleSessionPrincipal = {
    kind: 'role-session',
    account: roleAccount,
    roleArn: input.role.arn,
    sessionName: input.instanceId,
    via: 'ec2-instance-profile',
    issuedAt: input.now,
    expiresAt: addSeconds(input.now, 6 * 3600),
  };
  if (input.role.roleId) session.roleId = input.role.roleId;
  if (input.role.tags) session.roleTags = input.role.tags;
  if (input.role.org) session.org = input.role.org;
  return success('sts.instance-profile.ok', session, steps);
}
