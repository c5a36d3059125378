/**
 * Service-linked roles: roles an AWS service creates in an account and alone uses, named `AWSServiceRoleFor…` under
 * `/aws-service-role/<service principal>/`, trusted only by that service, with permissions AWS defines. SCPs and RCPs
 * do not apply to them (the engine's `serviceLinked` flag); you govern them by controlling who may configure the
 * service and who may call `iam:CreateServiceLinkedRole`.
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/using-service-linked-roles.html,
 * https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_scps.html)
 *
 * Pure: a small catalog of services with a shortened version of each role's AWS-defined permissions.
 */
import { iamArn } from '../arn';
import type { WorldCommand } from '../commands/types';
import type { PolicyDocument } from '../types';

/** One service's service-linked role, as IAM Lab models it. */
export interface ServiceLinkedRoleSpec {
  /** Service principal, e.g. `autoscaling.amazonaws.com`. */
  service: string;
  roleName: string;
  /** Name of the AWS-defined permissions policy (kept as an inline policy of the same name). */
  policyName: string;
  /** A shortened version of the AWS-defined permissions. */
  permissions: PolicyDocument;
}

const doc = (actions: string[]): PolicyDocument => ({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: actions, Resource: '*' }],
});

/** The services IAM Lab can create a service-linked role for. */
export const SERVICE_LINKED_ROLES: readonly ServiceLinkedRoleSpec[] = [
  {
    service: 'autoscaling.amazonaws.com',
    roleName: 'AWSServiceRoleForAutoScaling',
    policyName: 'AutoScalingServiceRolePolicy',
    permissions: doc([
      'ec2:RunInstances',
      'ec2:TerminateInstances',
      'ec2:CreateTags',
      'ec2:Describe*',
      'elasticloadbalancing:Register*',
      'elasticloadbalancing:Deregister*',
      'cloudwatch:PutMetricAlarm',
    ]),
  },
  {
    service: 'elasticloadbalancing.amazonaws.com',
    roleName: 'AWSServiceRoleForElasticLoadBalancing',
    policyName: 'AWSElasticLoadBalancingServiceRolePolicy',
    permissions: doc([
      'ec2:CreateNetworkInterface',
      'ec2:DeleteNetworkInterface',
      'ec2:Describe*',
      'logs:CreateLogDelivery',
    ]),
  },
  {
    service: 'organizations.amazonaws.com',
    roleName: 'AWSServiceRoleForOrganizations',
    policyName: 'AWSOrganizationsServiceTrustPolicy',
    permissions: doc(['iam:GetRole', 'iam:DeleteRole', 'iam:DeleteRolePolicy']),
  },
];

/** The catalog entry for a service principal, or undefined. */
export function serviceLinkedRoleSpec(service: string): ServiceLinkedRoleSpec | undefined {
  return SERVICE_LINKED_ROLES.find((s) => s.service === service);
}

/** The path of a service's service-linked roles. */
export function serviceLinkedPath(service: string): string {
  return `/aws-service-role/${service}/`;
}

/** The ARN of a service's service-linked role in an account. */
export function serviceLinkedRoleArn(accountId: string, spec: ServiceLinkedRoleSpec): string {
  return iamArn(accountId, 'role', serviceLinkedPath(spec.service), spec.roleName);
}

/** What `iam:CreateServiceLinkedRole --aws-service-name <service>` does to a world, as world commands. */
export function createServiceLinkedRoleCommands(accountId: string, spec: ServiceLinkedRoleSpec): WorldCommand[] {
  return [
    {
      type: 'create-role',
      account: accountId,
      roleName: spec.roleName,
      path: serviceLinkedPath(spec.service),
      serviceLinked: true,
      description: `Service-linked role of ${spec.service}`,
      assumeRolePolicyDocument: {
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Principal: { Service: spec.service }, Action: 'sts:AssumeRole' }],
      },
    },
    {
      type: 'put-inline-policy',
      account: accountId,
      to: 'role',
      name: spec.roleName,
      policyName: spec.policyName,
      policyDocument: spec.permissions,
    },
  ];
}
