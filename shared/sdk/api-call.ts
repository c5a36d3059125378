/**
 * The AWS API call a world command stands for: service, operation and request parameters, in the API's own names.
 * One table feeds the three renderings — the `aws` CLI, the JavaScript v3 SDK and Python boto3 — so they always say
 * the same thing. Commands with no AWS API equivalent (the world's clock, lesson helpers) have none.
 */
import type { WorldCommand } from '../world/commands/types';
import { policyText } from '../world/policy-check';
import type { PolicyDocument, Tags } from '../world/types';

/** A parameter value: text, number, boolean, a policy document, a list, or a structure. */
export type ApiValue = string | number | boolean | ApiValue[] | { [key: string]: ApiValue } | PolicyJson;

/** A policy document passed as a JSON string parameter (rendered as JSON text, `JSON.stringify`, `json.dumps`). */
export interface PolicyJson {
  policyJson: unknown;
}

/** One AWS API call. */
export interface ApiCall {
  /** The service's API prefix (`iam`, `s3api`... as in the CLI). */
  service: 'iam' | 'sts' | 'organizations' | 'ec2' | 's3api' | 'sqs' | 'kms';
  /** The operation in the API's PascalCase (`CreateUser`). */
  operation: string;
  params: Record<string, ApiValue>;
  /** A note shown beside the snippets (e.g. the password placeholder). */
  note?: string;
}

/** True when a value is a policy document parameter. */
export function isPolicyJson(value: unknown): value is PolicyJson {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && 'policyJson' in value;
}

function policy(doc: PolicyDocument): PolicyJson {
  if (typeof doc === 'string') {
    try {
      return { policyJson: JSON.parse(doc) };
    } catch {
      return { policyJson: doc };
    }
  }
  return { policyJson: doc };
}

function tags(t: Tags | undefined): ApiValue[] | undefined {
  if (!t || Object.keys(t).length === 0) return undefined;
  return Object.entries(t).map(([Key, Value]) => ({ Key, Value }));
}

const HOLDER = { user: 'User', group: 'Group', role: 'Role' } as const;

function clean(params: Record<string, ApiValue | undefined>): Record<string, ApiValue> {
  const out: Record<string, ApiValue> = {};
  for (const [k, v] of Object.entries(params)) if (v !== undefined) out[k] = v;
  return out;
}

function iam(operation: string, params: Record<string, ApiValue | undefined>, note?: string): ApiCall {
  const call: ApiCall = { service: 'iam', operation, params: clean(params) };
  if (note) call.note = note;
  return call;
}

/** `[{arn: ...}]`, the PolicyDescriptorType list STS takes. */
function policyArns(arns: string[] | undefined): ApiValue[] | undefined {
  return arns?.length ? arns.map((arn) => ({ arn })) : undefined;
}

/** AssumeRole, or its web identity / SAML forms; the token and the assertion come from the identity provider. */
function assumeRoleCall(cmd: Extract<WorldCommand, { type: 'assume-role' }>): ApiCall {
  const session = {
    Policy: cmd.policy !== undefined ? policy(cmd.policy) : undefined,
    PolicyArns: policyArns(cmd.policyArns),
    DurationSeconds: cmd.durationSeconds,
  };
  if (cmd.via === 'web-identity')
    return {
      service: 'sts',
      operation: 'AssumeRoleWithWebIdentity',
      params: clean({
        RoleArn: cmd.roleArn,
        RoleSessionName: cmd.roleSessionName,
        WebIdentityToken: '<id-token-from-the-provider>',
        ...session,
      }),
      note: 'The web identity token is the ID token your identity provider issued (in IAM Lab: `idp token …`); this call needs no AWS credentials.',
    };
  if (cmd.via === 'saml')
    return {
      service: 'sts',
      operation: 'AssumeRoleWithSAML',
      params: clean({
        RoleArn: cmd.roleArn,
        PrincipalArn: cmd.providerArn,
        SAMLAssertion: '<base64-saml-response>',
        ...session,
      }),
      note: 'The SAML assertion is the base64 response your identity provider posted (in IAM Lab: `idp saml-assertion …`); this call needs no AWS credentials.',
    };
  return {
    service: 'sts',
    operation: 'AssumeRole',
    params: clean({
      RoleArn: cmd.roleArn,
      RoleSessionName: cmd.roleSessionName,
      ...session,
      SourceIdentity: cmd.sourceIdentity,
    }),
  };
}

/** An EC2 call. */
function ec2(operation: string, params: Record<string, ApiValue | undefined>, note?: string): ApiCall {
  const call: ApiCall = { service: 'ec2', operation, params: clean(params) };
  if (note) call.note = note;
  return call;
}

/** The association id the lab gives an instance's profile association (see shared/terminal/aws/ec2.ts). */
export function associationIdOf(instanceId: string): string {
  return `iip-assoc-${instanceId.replace(/^i-/, '')}`;
}

/** PutBucketPolicy for a bucket, PutKeyPolicy for a KMS key, SetQueueAttributes (Policy) for a queue. */
function resourcePolicyCall(arn: string, doc: PolicyDocument): ApiCall | undefined {
  if (arn.startsWith('arn:aws:s3:::') && !arn.includes('/'))
    return {
      service: 's3api',
      operation: 'PutBucketPolicy',
      params: { Bucket: arn.slice('arn:aws:s3:::'.length), Policy: policy(doc) },
    };
  if (/^arn:aws:kms:[a-z0-9-]+:\d{12}:key\/[\w-]+$/.test(arn))
    return {
      service: 'kms',
      operation: 'PutKeyPolicy',
      params: { KeyId: arn, PolicyName: 'default', Policy: policy(doc) },
    };
  const m = /^arn:aws:sqs:([a-z0-9-]+):(\d{12}):(.+)$/.exec(arn);
  if (m) {
    return {
      service: 'sqs',
      operation: 'SetQueueAttributes',
      params: {
        QueueUrl: `https://sqs.${m[1]}.amazonaws.com/${m[2]}/${m[3]}`,
        Attributes: { Policy: policyText(doc) },
      },
    };
  }
  return undefined;
}

/** Identity providers, instance-profile removal and EC2 calls (kept apart so each table stays short). */
function providerOrEc2Call(cmd: WorldCommand): ApiCall | undefined {
  switch (cmd.type) {
    case 'create-oidc-provider':
      return iam('CreateOpenIDConnectProvider', {
        Url: cmd.url,
        ClientIDList: cmd.clientIds.length ? cmd.clientIds : undefined,
        ThumbprintList: cmd.thumbprints?.length ? cmd.thumbprints : undefined,
      });
    case 'add-client-id-to-oidc-provider':
      return iam('AddClientIDToOpenIDConnectProvider', { OpenIDConnectProviderArn: cmd.arn, ClientID: cmd.clientId });
    case 'create-saml-provider':
      return iam('CreateSAMLProvider', { Name: cmd.name, SAMLMetadataDocument: cmd.metadataDocument });
    case 'delete-identity-provider':
      return cmd.arn.includes(':saml-provider/')
        ? iam('DeleteSAMLProvider', { SAMLProviderArn: cmd.arn })
        : iam('DeleteOpenIDConnectProvider', { OpenIDConnectProviderArn: cmd.arn });
    case 'remove-role-from-instance-profile':
      return iam('RemoveRoleFromInstanceProfile', {
        InstanceProfileName: cmd.instanceProfileName,
        RoleName: cmd.roleName,
      });
    case 'delete-instance-profile':
      return iam('DeleteInstanceProfile', { InstanceProfileName: cmd.instanceProfileName });
    case 'run-instance':
      return ec2(
        'RunInstances',
        {
          ImageId: '<ami-id>',
          InstanceType: 't3.micro',
          MinCount: 1,
          MaxCount: 1,
          IamInstanceProfile: cmd.instanceProfileArn ? { Arn: cmd.instanceProfileArn } : undefined,
          TagSpecifications: cmd.name
            ? [{ ResourceType: 'instance', Tags: [{ Key: 'Name', Value: cmd.name }] }]
            : undefined,
        },
        'Pick a real image id (AMI) for your region; launching with a profile needs iam:PassRole on its role.',
      );
    case 'associate-instance-profile':
      return ec2('AssociateIamInstanceProfile', {
        IamInstanceProfile: { Arn: cmd.instanceProfileArn },
        InstanceId: cmd.instanceId,
      });
    case 'replace-instance-profile':
      return ec2('ReplaceIamInstanceProfileAssociation', {
        IamInstanceProfile: { Arn: cmd.instanceProfileArn },
        AssociationId: associationIdOf(cmd.instanceId),
      });
    case 'disassociate-instance-profile':
      return ec2('DisassociateIamInstanceProfile', { AssociationId: associationIdOf(cmd.instanceId) });
    case 'terminate-instance':
      return ec2('TerminateInstances', { InstanceIds: [cmd.instanceId] });
    case 'enable-mfa-device':
      return cmd.userName === undefined
        ? undefined
        : iam(
            'EnableMFADevice',
            {
              UserName: cmd.userName,
              SerialNumber: cmd.serialNumber ?? `<arn:aws:iam::ACCOUNT:mfa/${cmd.userName}>`,
              AuthenticationCode1: '<first-code>',
              AuthenticationCode2: '<next-code>',
            },
            'Two consecutive codes from the device; the root user assigns its MFA device in the console only.',
          );
    case 'create-org-policy':
      return {
        service: 'organizations',
        operation: 'CreatePolicy',
        params: { Content: policy(cmd.document), Name: cmd.name, Type: cmd.policyType, Description: cmd.name },
        note: 'Run it in the management account (or a delegated administrator); attach-policy takes the returned policy id.',
      };
    case 'enable-policy-type':
      return {
        service: 'organizations',
        operation: 'EnablePolicyType',
        params: { RootId: '<root-id>', PolicyType: cmd.policyType },
        note: 'The root id (r-…) comes from `aws organizations list-roots`.',
      };
    case 'put-resource-policy':
      return resourcePolicyCall(cmd.arn, cmd.policy);
    default:
      return undefined;
  }
}

/** The API call of a command, or undefined when the command has no AWS equivalent. */
export function apiCallFor(cmd: WorldCommand): ApiCall | undefined {
  switch (cmd.type) {
    case 'create-user':
      return iam('CreateUser', {
        UserName: cmd.userName,
        Path: cmd.path,
        PermissionsBoundary: cmd.permissionsBoundary,
        Tags: tags(cmd.tags),
      });
    case 'delete-user':
      return iam('DeleteUser', { UserName: cmd.userName });
    case 'create-group':
      return iam('CreateGroup', { GroupName: cmd.groupName, Path: cmd.path });
    case 'delete-group':
      return iam('DeleteGroup', { GroupName: cmd.groupName });
    case 'add-user-to-group':
      return iam('AddUserToGroup', { GroupName: cmd.groupName, UserName: cmd.userName });
    case 'remove-user-from-group':
      return iam('RemoveUserFromGroup', { GroupName: cmd.groupName, UserName: cmd.userName });
    case 'attach-policy':
      return iam(`Attach${HOLDER[cmd.to]}Policy`, { [`${HOLDER[cmd.to]}Name`]: cmd.name, PolicyArn: cmd.policyArn });
    case 'detach-policy':
      return iam(`Detach${HOLDER[cmd.from]}Policy`, {
        [`${HOLDER[cmd.from]}Name`]: cmd.name,
        PolicyArn: cmd.policyArn,
      });
    case 'put-inline-policy':
      return iam(`Put${HOLDER[cmd.to]}Policy`, {
        [`${HOLDER[cmd.to]}Name`]: cmd.name,
        PolicyName: cmd.policyName,
        PolicyDocument: policy(cmd.policyDocument),
      });
    case 'delete-inline-policy':
      return iam(`Delete${HOLDER[cmd.from]}Policy`, {
        [`${HOLDER[cmd.from]}Name`]: cmd.name,
        PolicyName: cmd.policyName,
      });
    case 'put-permissions-boundary':
      return iam(`Put${HOLDER[cmd.to]}PermissionsBoundary`, {
        [`${HOLDER[cmd.to]}Name`]: cmd.name,
        PermissionsBoundary: cmd.policyArn,
      });
    case 'delete-permissions-boundary':
      return iam(`Delete${HOLDER[cmd.from]}PermissionsBoundary`, { [`${HOLDER[cmd.from]}Name`]: cmd.name });
    case 'create-policy':
      return iam('CreatePolicy', {
        PolicyName: cmd.policyName,
        Path: cmd.path,
        PolicyDocument: policy(cmd.policyDocument),
        Description: cmd.description,
        Tags: tags(cmd.tags),
      });
    case 'delete-policy':
      return iam('DeletePolicy', { PolicyArn: cmd.policyArn });
    case 'create-policy-version':
      return iam('CreatePolicyVersion', {
        PolicyArn: cmd.policyArn,
        PolicyDocument: policy(cmd.policyDocument),
        SetAsDefault: cmd.setAsDefault,
      });
    case 'set-default-policy-version':
      return iam('SetDefaultPolicyVersion', { PolicyArn: cmd.policyArn, VersionId: cmd.versionId });
    case 'create-access-key':
      return iam('CreateAccessKey', { UserName: cmd.userName });
    case 'update-access-key':
      return iam('UpdateAccessKey', { UserName: cmd.userName, AccessKeyId: cmd.accessKeyId, Status: cmd.status });
    case 'delete-access-key':
      return iam('DeleteAccessKey', { UserName: cmd.userName, AccessKeyId: cmd.accessKeyId });
    case 'create-login-profile':
      return iam(
        'CreateLoginProfile',
        { UserName: cmd.userName, Password: '<choose-a-password>', PasswordResetRequired: cmd.passwordResetRequired },
        'AWS requires a password here; the lab does not keep one.',
      );
    case 'delete-login-profile':
      return iam('DeleteLoginProfile', { UserName: cmd.userName });
    case 'create-role':
      return iam('CreateRole', {
        RoleName: cmd.roleName,
        Path: cmd.path,
        AssumeRolePolicyDocument: policy(cmd.assumeRolePolicyDocument),
        Description: cmd.description,
        MaxSessionDuration: cmd.maxSessionDuration,
        PermissionsBoundary: cmd.permissionsBoundary,
        Tags: tags(cmd.tags),
      });
    case 'update-assume-role-policy':
      return iam('UpdateAssumeRolePolicy', { RoleName: cmd.roleName, PolicyDocument: policy(cmd.policyDocument) });
    case 'delete-role':
      return iam('DeleteRole', { RoleName: cmd.roleName });
    case 'create-instance-profile':
      return iam('CreateInstanceProfile', { InstanceProfileName: cmd.instanceProfileName, Path: cmd.path });
    case 'add-role-to-instance-profile':
      return iam('AddRoleToInstanceProfile', { InstanceProfileName: cmd.instanceProfileName, RoleName: cmd.roleName });
    case 'assume-role':
      return assumeRoleCall(cmd);
    case 'get-federation-token':
      return {
        service: 'sts',
        operation: 'GetFederationToken',
        params: clean({
          Name: cmd.name,
          Policy: cmd.policy !== undefined ? policy(cmd.policy) : undefined,
          PolicyArns: policyArns(cmd.policyArns),
          DurationSeconds: cmd.durationSeconds,
        }),
        note: 'Call it with the IAM user’s own credentials; without a session policy the federated user can do nothing.',
      };
    case 'get-session-token':
      return {
        service: 'sts',
        operation: 'GetSessionToken',
        params: clean({
          DurationSeconds: cmd.durationSeconds,
          SerialNumber: cmd.serialNumber,
          TokenCode: cmd.serialNumber !== undefined ? '<code-from-the-device>' : undefined,
        }),
        note: 'Call it with the long-term credentials of the IAM user (or root user) itself.',
      };
    case 'create-organizational-unit':
      return {
        service: 'organizations',
        operation: 'CreateOrganizationalUnit',
        params: { ParentId: cmd.parentId, Name: cmd.name },
      };
    case 'attach-org-policy':
      return {
        service: 'organizations',
        operation: 'AttachPolicy',
        params: { PolicyId: cmd.policyId, TargetId: cmd.targetId },
      };
    case 'detach-org-policy':
      return {
        service: 'organizations',
        operation: 'DetachPolicy',
        params: { PolicyId: cmd.policyId, TargetId: cmd.targetId },
      };
    default:
      return providerOrEc2Call(cmd);
  }
}
