/**
 * IAM Identity Center, modelled as the IAM objects it leaves in each account. Assigning a permission set to an account
 * makes Identity Center create (and own) a role named `AWSReservedSSO_<set>_<hash>` under the path
 * `/aws-reserved/sso.amazonaws.com/`, trusted for `sts:AssumeRoleWithSAML` by the account's SAML provider
 * `AWSSSO_<hash>_DO_NOT_DELETE`. Signing in through the access portal is an AssumeRoleWithSAML on that role.
 * (https://docs.aws.amazon.com/singlesignon/latest/userguide/referencingpermissionsets.html,
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/using-service-linked-roles.html)
 *
 * Pure: the hash is derived from the names, so the same inputs always give the same world commands.
 */
import { iamArn } from '../arn';
import type { PolicyDocument } from '../types';
import type { WorldCommand } from '../commands/types';

/** The path Identity Center gives every role it provisions. */
export const SSO_ROLE_PATH = '/aws-reserved/sso.amazonaws.com/';
/** The audience of a console sign-in assertion. */
export const SIGNIN_SAML_AUDIENCE = 'https://signin.aws.amazon.com/saml';

/** A permission set: a name, AWS or customer managed policies, an optional inline policy and a session length. */
export interface PermissionSet {
  name: string;
  managedPolicyArns: string[];
  inlinePolicy?: PolicyDocument;
  /** Seconds; Identity Center's default session is one hour. */
  sessionDurationSeconds?: number;
}

/** A stable 16-hex-digit suffix for a name (FNV-1a, 64 bits). Not a secret: AWS's suffix is random, ours repeatable. */
export function ssoSuffix(seed: string): string {
  let h = 0xcbf29ce484222325n;
  for (let i = 0; i < seed.length; i++) {
    h ^= BigInt(seed.charCodeAt(i));
    h = (h * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return h.toString(16).padStart(16, '0');
}

/** Name of the SAML provider Identity Center keeps in an account for its instance. */
export function ssoProviderName(instanceId: string): string {
  return `AWSSSO_${ssoSuffix(`instance:${instanceId}`)}_DO_NOT_DELETE`;
}

/** Name of the role a permission set becomes in an account. */
export function ssoRoleName(instanceId: string, setName: string): string {
  return `AWSReservedSSO_${setName}_${ssoSuffix(`set:${instanceId}:${setName}`)}`;
}

/** ARN of the Identity Center SAML provider in `accountId`. */
export function ssoProviderArn(accountId: string, instanceId: string): string {
  return `arn:aws:iam::${accountId}:saml-provider/${ssoProviderName(instanceId)}`;
}

/** ARN of the role a permission set becomes in `accountId`. */
export function ssoRoleArn(accountId: string, instanceId: string, setName: string): string {
  return iamArn(accountId, 'role', SSO_ROLE_PATH, ssoRoleName(instanceId, setName));
}

/** The trust policy of a provisioned role: only the Identity Center provider, only console sign-in assertions. */
export function ssoTrustPolicy(accountId: string, instanceId: string): PolicyDocument {
  return {
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Principal: { Federated: ssoProviderArn(accountId, instanceId) },
        Action: ['sts:AssumeRoleWithSAML', 'sts:TagSession'],
        Condition: { StringEquals: { 'SAML:aud': SIGNIN_SAML_AUDIENCE } },
      },
    ],
  };
}

/** The SAML provider command, for an account that has no Identity Center provider yet. */
export function ssoProviderCommand(accountId: string, instanceId: string): WorldCommand {
  return {
    type: 'create-saml-provider',
    account: accountId,
    name: ssoProviderName(instanceId),
    metadataDocument: `<EntityDescriptor xmlns="urn:oasis:names:tc:SAML:2.0:metadata" entityID="https://portal.sso.us-east-1.amazonaws.com/saml/assertion/${instanceId}"></EntityDescriptor>`,
  };
}

/**
 * The commands that provisioning `set` into `accountId` amounts to: the role with its SAML trust, then the set's
 * policies on it. Add `ssoProviderCommand` first for the account's first permission set.
 */
export function provisionPermissionSet(accountId: string, instanceId: string, set: PermissionSet): WorldCommand[] {
  const roleName = ssoRoleName(instanceId, set.name);
  const commands: WorldCommand[] = [
    {
      type: 'create-role',
      account: accountId,
      roleName,
      path: SSO_ROLE_PATH,
      description: `Provisioned by IAM Identity Center for the permission set ${set.name}`,
      assumeRolePolicyDocument: ssoTrustPolicy(accountId, instanceId),
      maxSessionDuration: set.sessionDurationSeconds ?? 3600,
    },
  ];
  for (const policyArn of set.managedPolicyArns)
    commands.push({ type: 'attach-policy', account: accountId, to: 'role', name: roleName, policyArn });
  if (set.inlinePolicy !== undefined)
    commands.push({
      type: 'put-inline-policy',
      account: accountId,
      to: 'role',
      name: roleName,
      policyName: 'AwsSSOInlinePolicy',
      policyDocument: set.inlinePolicy,
    });
  return commands;
}
