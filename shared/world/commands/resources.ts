/** Handlers for identity providers, resources with resource-based policies, and EC2 instances. */
import { refuse } from '../errors';
import { formatKmsKeyId } from '../ids';
import { isValidName } from '../rules';
import type { WorldTx } from '../tx';
import type { Account, IdentityProvider, Resource, ResourceKind, World } from '../types';
import { accountOf, checkDocument, checkName, checkTags } from './context';
import type { CommandOf } from './types';
import { own } from '../own';

/** create-oidc-provider: the ARN is built from the URL's host and path. */
export function createOidcProvider(tx: WorldTx, cmd: CommandOf<'create-oidc-provider'>): void {
  const account = accountOf(tx, cmd.account);
  if (typeof cmd.url !== 'string' || !/^https:\/\/[^\s/]+(\/\S*)?$/.test(cmd.url)) {
    refuse('InvalidInput', 'oidc.bad-url', { url: String(cmd.url) }, 'url');
  }
  const hostPath = cmd.url.replace(/^https:\/\//, '').replace(/\/$/, '');
  const arn = `arn:aws:iam::${account.id}:oidc-provider/${hostPath}`;
  if (own(account.identityProviders, arn)) refuse('EntityAlreadyExists', 'identity-provider.exists', { arn }, 'url');
  const provider: IdentityProvider = {
    kind: 'oidc',
    arn,
    url: cmd.url,
    clientIds: [...(cmd.clientIds ?? [])],
    thumbprints: [...(cmd.thumbprints ?? [])],
    createDate: tx.now,
  };
  tx.set(['accounts', account.id, 'identityProviders', arn], provider);
  tx.output.arn = arn;
}

/** create-saml-provider */
export function createSamlProvider(tx: WorldTx, cmd: CommandOf<'create-saml-provider'>): void {
  const account = accountOf(tx, cmd.account);
  checkName('samlProvider', cmd.name, 'name');
  if (typeof cmd.metadataDocument !== 'string' || !cmd.metadataDocument.includes('EntityDescriptor')) {
    refuse('InvalidInput', 'saml.bad-metadata', {}, 'metadataDocument');
  }
  const arn = `arn:aws:iam::${account.id}:saml-provider/${cmd.name}`;
  if (own(account.identityProviders, arn)) refuse('EntityAlreadyExists', 'identity-provider.exists', { arn }, 'name');
  const provider: IdentityProvider = {
    kind: 'saml',
    arn,
    name: cmd.name,
    metadataDocument: cmd.metadataDocument,
    createDate: tx.now,
  };
  if (cmd.entityId !== undefined) provider.entityId = cmd.entityId;
  tx.set(['accounts', account.id, 'identityProviders', arn], provider);
  tx.output.arn = arn;
}

/** delete-identity-provider (OIDC or SAML, by ARN). */
export function deleteIdentityProvider(tx: WorldTx, cmd: CommandOf<'delete-identity-provider'>): void {
  const account = Object.values(tx.world.accounts).find((a) => own(a.identityProviders, cmd.arn));
  if (!account) refuse('NoSuchEntity', 'identity-provider.not-found', { arn: String(cmd.arn) }, 'arn');
  tx.remove(['accounts', account.id, 'identityProviders', cmd.arn]);
}

/** Most client IDs (audiences) one OIDC provider may list (IAM quota). */
export const MAX_OIDC_CLIENT_IDS = 100;

/** add-client-id-to-oidc-provider: adding a client ID already listed changes nothing (AWS's call is idempotent). */
export function addClientIdToOidcProvider(tx: WorldTx, cmd: CommandOf<'add-client-id-to-oidc-provider'>): void {
  const account = Object.values(tx.world.accounts).find((a) => own(a.identityProviders, cmd.arn)?.kind === 'oidc');
  if (!account) refuse('NoSuchEntity', 'identity-provider.not-found', { arn: String(cmd.arn) }, 'arn');
  if (typeof cmd.clientId !== 'string' || cmd.clientId.length < 1 || cmd.clientId.length > 255) {
    refuse('InvalidInput', 'oidc.bad-client-id', { clientId: String(cmd.clientId) }, 'clientId');
  }
  const provider = own(account.identityProviders, cmd.arn) as Extract<IdentityProvider, { kind: 'oidc' }>;
  if (provider.clientIds.includes(cmd.clientId)) return;
  if (provider.clientIds.length >= MAX_OIDC_CLIENT_IDS) {
    refuse('LimitExceeded', 'oidc.client-ids-full', { max: MAX_OIDC_CLIENT_IDS }, 'clientId');
  }
  tx.set(['accounts', account.id, 'identityProviders', cmd.arn, 'clientIds'], [...provider.clientIds, cmd.clientId]);
}

/** The ARN of a new resource of a kind (secrets get AWS's six-character suffix). */
function resourceArn(tx: WorldTx, kind: ResourceKind, account: string, region: string, name: string): string {
  switch (kind) {
    case 's3-bucket':
      return `arn:aws:s3:::${name}`;
    case 's3-object':
      return `arn:aws:s3:::${name}`;
    case 'kms-key':
      return `arn:aws:kms:${region}:${account}:key/${formatKmsKeyId(tx.nextId('kmsKey'))}`;
    case 'sqs-queue':
      return `arn:aws:sqs:${region}:${account}:${name}`;
    case 'sns-topic':
      return `arn:aws:sns:${region}:${account}:${name}`;
    case 'lambda-function':
      return `arn:aws:lambda:${region}:${account}:function:${name}`;
    case 'secret':
      return `arn:aws:secretsmanager:${region}:${account}:secret:${name}-${tx
        .nextId('secret')
        .replace(/[^A-Za-z0-9]/g, 'x')
        .slice(0, 6)}`;
  }
}

/** The default key policy AWS gives a new KMS key: the account (through IAM) may use it. */
export function defaultKeyPolicy(accountId: string): Record<string, unknown> {
  return {
    Version: '2012-10-17',
    Id: 'key-default-1',
    Statement: [
      {
        Sid: 'Enable IAM User Permissions',
        Effect: 'Allow',
        Principal: { AWS: `arn:aws:iam::${accountId}:root` },
        Action: 'kms:*',
        Resource: '*',
      },
    ],
  };
}

/** Finds a resource anywhere in the world by ARN. */
export function findResource(world: World, arn: string): { account: Account; resource: Resource } | undefined {
  for (const account of Object.values(world.accounts)) {
    const resource = own(account.resources, arn);
    if (resource) return { account, resource };
  }
  return undefined;
}

/** create-resource: a bucket, object, key, queue, topic, function or secret, optionally with its policy. */
export function createResource(tx: WorldTx, cmd: CommandOf<'create-resource'>): void {
  const account = accountOf(tx, cmd.account);
  const region = cmd.region ?? 'us-east-1';
  if (typeof cmd.name !== 'string' || cmd.name.length === 0 || cmd.name.length > 1024) {
    refuse('ValidationError', 'resource.bad-name', { name: String(cmd.name) }, 'name');
  }
  if (cmd.kind === 's3-bucket' && !/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(cmd.name)) {
    refuse('ValidationError', 'bucket.bad-name', { name: cmd.name }, 'name');
  }
  if (cmd.kind === 's3-object') {
    const bucket = cmd.name.split('/')[0];
    if (!own(account.resources, `arn:aws:s3:::${bucket}`) || !cmd.name.includes('/')) {
      refuse('NoSuchEntity', 'bucket.not-found', { bucket }, 'name');
    }
    if (cmd.policy !== undefined)
      refuse('ValidationError', 'resource.no-policy-for-kind', { kind: cmd.kind }, 'policy');
  }
  if (
    cmd.kind !== 'kms-key' &&
    cmd.kind !== 's3-object' &&
    cmd.kind !== 's3-bucket' &&
    !isValidName('policy', cmd.name)
  ) {
    refuse('ValidationError', 'resource.bad-name', { name: cmd.name }, 'name');
  }
  const arn = resourceArn(tx, cmd.kind, account.id, region, cmd.name);
  if (findResource(tx.world, arn)) refuse('EntityAlreadyExists', 'resource.exists', { arn }, 'name');
  if (cmd.policy !== undefined) checkDocument(cmd.policy, 'policy');
  const resource: Resource = { kind: cmd.kind, arn, name: cmd.name, tags: checkTags(cmd.tags), createDate: tx.now };
  if (!cmd.kind.startsWith('s3')) resource.region = region;
  const policy = cmd.policy ?? (cmd.kind === 'kms-key' ? defaultKeyPolicy(account.id) : undefined);
  if (policy !== undefined) resource.policy = policy as Resource['policy'];
  tx.set(['accounts', account.id, 'resources', arn], resource);
  tx.output.arn = arn;
}

/** put-resource-policy: sets the bucket/key/queue/topic/function/secret policy. */
export function putResourcePolicy(tx: WorldTx, cmd: CommandOf<'put-resource-policy'>): void {
  const found = findResource(tx.world, cmd.arn);
  if (!found) refuse('NoSuchEntity', 'resource.not-found', { arn: String(cmd.arn) }, 'arn');
  if (found.resource.kind === 's3-object')
    refuse('ValidationError', 'resource.no-policy-for-kind', { kind: 's3-object' }, 'arn');
  checkDocument(cmd.policy, 'policy');
  tx.set(['accounts', found.account.id, 'resources', cmd.arn, 'policy'], cmd.policy);
}

/** delete-resource-policy (KMS keys always keep a key policy). */
export function deleteResourcePolicy(tx: WorldTx, cmd: CommandOf<'delete-resource-policy'>): void {
  const found = findResource(tx.world, cmd.arn);
  if (!found) refuse('NoSuchEntity', 'resource.not-found', { arn: String(cmd.arn) }, 'arn');
  if (found.resource.kind === 'kms-key') refuse('ValidationError', 'kms.key-policy-required', { arn: cmd.arn }, 'arn');
  if (found.resource.policy === undefined) refuse('NoSuchEntity', 'resource-policy.not-found', { arn: cmd.arn }, 'arn');
  tx.remove(['accounts', found.account.id, 'resources', cmd.arn, 'policy']);
}

/** delete-resource: a bucket must be empty first. */
export function deleteResource(tx: WorldTx, cmd: CommandOf<'delete-resource'>): void {
  const found = findResource(tx.world, cmd.arn);
  if (!found) refuse('NoSuchEntity', 'resource.not-found', { arn: String(cmd.arn) }, 'arn');
  if (found.resource.kind === 's3-bucket') {
    const prefix = `${cmd.arn}/`;
    if (Object.keys(found.account.resources).some((a) => a.startsWith(prefix))) {
      refuse('DeleteConflict', 'bucket.not-empty', { bucket: found.resource.name });
    }
  }
  tx.remove(['accounts', found.account.id, 'resources', cmd.arn]);
}

/** The instance profile by ARN in an account, or NoSuchEntity. */
function requireProfileArn(account: Account, arn: string): void {
  if (!Object.values(account.instanceProfiles).some((p) => p.arn === arn)) {
    refuse('NoSuchEntity', 'instance-profile.not-found', { instanceProfileName: String(arn) }, 'instanceProfileArn');
  }
}

/** run-instance: an EC2 instance, optionally launched with an instance profile. */
export function runInstance(tx: WorldTx, cmd: CommandOf<'run-instance'>): void {
  const account = accountOf(tx, cmd.account);
  if (cmd.instanceProfileArn !== undefined) requireProfileArn(account, cmd.instanceProfileArn);
  const region = cmd.region ?? 'us-east-1';
  const id = tx.nextId('instance');
  const instance = {
    id,
    arn: `arn:aws:ec2:${region}:${account.id}:instance/${id}`,
    region,
    tags: checkTags(cmd.tags),
    launchTime: tx.now,
    ...(cmd.name !== undefined ? { name: cmd.name } : {}),
    ...(cmd.instanceProfileArn !== undefined ? { instanceProfileArn: cmd.instanceProfileArn } : {}),
  };
  tx.set(['accounts', account.id, 'instances', id], instance);
  tx.output.instance = instance;
}

/** The instance, or NoSuchEntity. */
function requireInstance(tx: WorldTx, accountId: string | undefined, id: string): { account: Account } {
  const account = accountOf(tx, accountId);
  if (!own(account.instances, id))
    refuse('NoSuchEntity', 'instance.not-found', { instanceId: String(id) }, 'instanceId');
  return { account };
}

/** associate-instance-profile */
export function associateInstanceProfile(tx: WorldTx, cmd: CommandOf<'associate-instance-profile'>): void {
  const { account } = requireInstance(tx, cmd.account, cmd.instanceId);
  requireProfileArn(account, cmd.instanceProfileArn);
  if (own(account.instances, cmd.instanceId)!.instanceProfileArn !== undefined) {
    refuse('InvalidInput', 'instance.already-associated', { instanceId: cmd.instanceId }, 'instanceId');
  }
  tx.set(['accounts', account.id, 'instances', cmd.instanceId, 'instanceProfileArn'], cmd.instanceProfileArn);
}

/** disassociate-instance-profile */
export function disassociateInstanceProfile(tx: WorldTx, cmd: CommandOf<'disassociate-instance-profile'>): void {
  const { account } = requireInstance(tx, cmd.account, cmd.instanceId);
  if (own(account.instances, cmd.instanceId)!.instanceProfileArn === undefined) {
    refuse('NoSuchEntity', 'instance.no-profile', { instanceId: cmd.instanceId }, 'instanceId');
  }
  tx.remove(['accounts', account.id, 'instances', cmd.instanceId, 'instanceProfileArn']);
}

/** replace-instance-profile: the instance must already have a profile (else there is no association to replace). */
export function replaceInstanceProfile(tx: WorldTx, cmd: CommandOf<'replace-instance-profile'>): void {
  const { account } = requireInstance(tx, cmd.account, cmd.instanceId);
  requireProfileArn(account, cmd.instanceProfileArn);
  if (own(account.instances, cmd.instanceId)!.instanceProfileArn === undefined) {
    refuse('NoSuchEntity', 'instance.no-profile', { instanceId: cmd.instanceId }, 'instanceId');
  }
  tx.set(['accounts', account.id, 'instances', cmd.instanceId, 'instanceProfileArn'], cmd.instanceProfileArn);
}

/** terminate-instance */
export function terminateInstance(tx: WorldTx, cmd: CommandOf<'terminate-instance'>): void {
  const { account } = requireInstance(tx, cmd.account, cmd.instanceId);
  tx.remove(['accounts', account.id, 'instances', cmd.instanceId]);
}
