/**
 * The shape of a scenario file: `{format, version, world, layout?}` with the `World` of `shared/world/types.ts` and the
 * optional graph layout of `./layout`.
 */
import { RESOURCE_KINDS } from '../types';
import { LAYOUT_SHAPE } from './layout';
import type { Shape } from './shape';

const str: Shape = { kind: 'string' };
const iso: Shape = {
  kind: 'string',
  pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z$',
  description: 'ISO-8601 UTC time',
};
const arn: Shape = { kind: 'string', pattern: '^arn:aws', description: 'an ARN' };
const accountId: Shape = { kind: 'string', pattern: '^\\d{12}$' };
const tags: Shape = { kind: 'record', values: str, description: 'tag key → value' };
const strings: Shape = { kind: 'array', items: str };
const policies: Shape = { kind: 'record', values: { kind: 'policy' } };
const iamPath: Shape = { kind: 'string', pattern: '^/(.*/)?$' };

const accessKey: Shape = {
  kind: 'object',
  props: {
    id: str,
    secret: str,
    status: { kind: 'string', enum: ['Active', 'Inactive'] },
    createDate: iso,
    lastUsed: { kind: 'object', props: { date: iso, service: str, region: str }, optional: ['service', 'region'] },
  },
  optional: ['lastUsed'],
};
const mfa: Shape = {
  kind: 'object',
  props: { serial: str, kind: { kind: 'string', enum: ['virtual', 'hardware'] }, enableDate: iso },
};
const keys: Shape = { kind: 'record', values: accessKey };
const mfas: Shape = { kind: 'record', values: mfa };

const user: Shape = {
  kind: 'object',
  props: {
    name: str,
    path: iamPath,
    arn,
    id: str,
    createDate: iso,
    groups: strings,
    tags,
    permissionsBoundary: arn,
    loginProfile: {
      kind: 'object',
      props: { createDate: iso, passwordResetRequired: { kind: 'boolean' }, passwordLastUsed: iso },
      optional: ['passwordLastUsed'],
    },
    accessKeys: { ...keys, description: 'at most two' } as Shape,
    mfaDevices: mfas,
    inlinePolicies: policies,
    attachedPolicies: { kind: 'array', items: arn },
  },
  optional: ['permissionsBoundary', 'loginProfile'],
};
const group: Shape = {
  kind: 'object',
  props: {
    name: str,
    path: iamPath,
    arn,
    id: str,
    createDate: iso,
    inlinePolicies: policies,
    attachedPolicies: { kind: 'array', items: arn },
  },
};
const role: Shape = {
  kind: 'object',
  props: {
    name: str,
    path: iamPath,
    arn,
    id: str,
    createDate: iso,
    trustPolicy: { kind: 'policy' },
    description: str,
    maxSessionDuration: { kind: 'integer', min: 3600, max: 43200 },
    permissionsBoundary: arn,
    tags,
    serviceLinked: { kind: 'boolean' },
    lastUsed: { kind: 'object', props: { date: iso, region: str }, optional: ['date', 'region'] },
    inlinePolicies: policies,
    attachedPolicies: { kind: 'array', items: arn },
  },
  optional: ['description', 'permissionsBoundary', 'serviceLinked', 'lastUsed'],
};
const managedPolicy: Shape = {
  kind: 'object',
  props: {
    name: str,
    path: iamPath,
    arn,
    id: str,
    description: str,
    createDate: iso,
    updateDate: iso,
    defaultVersionId: { kind: 'string', pattern: '^v\\d+$' },
    versions: { kind: 'record', values: { kind: 'object', props: { document: { kind: 'policy' }, createDate: iso } } },
    versionCounter: { kind: 'integer', min: 1 },
    tags,
  },
  optional: ['description', 'tags'],
};
const instanceProfile: Shape = {
  kind: 'object',
  props: { name: str, path: iamPath, arn, id: str, createDate: iso, roles: { kind: 'array', items: str, maxItems: 1 } },
};
const provider: Shape = {
  kind: 'union',
  tag: 'kind',
  options: {
    oidc: {
      kind: 'object',
      props: {
        kind: { kind: 'const', value: 'oidc' },
        arn,
        url: str,
        clientIds: strings,
        thumbprints: strings,
        createDate: iso,
        tags,
      },
      optional: ['tags'],
    },
    saml: {
      kind: 'object',
      props: {
        kind: { kind: 'const', value: 'saml' },
        arn,
        name: str,
        metadataDocument: str,
        entityId: str,
        createDate: iso,
        tags,
      },
      optional: ['entityId', 'tags'],
    },
  },
};
const resource: Shape = {
  kind: 'object',
  props: {
    kind: { kind: 'string', enum: RESOURCE_KINDS },
    arn,
    name: str,
    region: str,
    policy: { kind: 'policy' },
    tags,
    createDate: iso,
    awsManagedKey: { kind: 'boolean' },
  },
  optional: ['region', 'policy', 'awsManagedKey'],
};
const instance: Shape = {
  kind: 'object',
  props: { id: str, arn, name: str, region: str, instanceProfileArn: arn, tags, launchTime: iso },
  optional: ['name', 'instanceProfileArn'],
};
const account: Shape = {
  kind: 'object',
  props: {
    id: accountId,
    name: str,
    alias: str,
    root: { kind: 'object', props: { arn, hasPassword: { kind: 'boolean' }, accessKeys: keys, mfaDevices: mfas } },
    users: { kind: 'record', values: user },
    groups: { kind: 'record', values: group },
    roles: { kind: 'record', values: role },
    policies: { kind: 'record', values: managedPolicy },
    instanceProfiles: { kind: 'record', values: instanceProfile },
    identityProviders: { kind: 'record', values: provider },
    resources: { kind: 'record', values: resource },
    instances: { kind: 'record', values: instance },
  },
  optional: ['name', 'alias'],
};
const policyType: Shape = { kind: 'string', enum: ['SERVICE_CONTROL_POLICY', 'RESOURCE_CONTROL_POLICY'] };
const organization: Shape = {
  kind: 'object',
  props: {
    id: { kind: 'string', pattern: '^o-[a-z0-9]{10,32}$' },
    arn,
    managementAccountId: accountId,
    rootId: { kind: 'string', pattern: '^r-[0-9a-z]{4,32}$' },
    enabledPolicyTypes: { kind: 'array', items: policyType },
    ous: { kind: 'record', values: { kind: 'object', props: { id: str, arn, name: str, parentId: str } } },
    accountParents: { kind: 'record', values: str },
    policies: {
      kind: 'record',
      values: {
        kind: 'object',
        props: {
          id: str,
          arn,
          name: str,
          type: policyType,
          document: { kind: 'policy' },
          awsManaged: { kind: 'boolean' },
        },
        optional: ['awsManaged'],
      },
    },
    attachments: { kind: 'record', values: strings },
  },
};
const session: Shape = {
  kind: 'object',
  props: {
    arn,
    kind: { kind: 'string', enum: ['assumed-role', 'web-identity', 'saml', 'federated', 'session-token'] },
    account: accountId,
    roleArn: arn,
    sessionName: str,
    callerArn: str,
    providerArn: arn,
    accessKeyId: str,
    issuedAt: iso,
    expiresAt: iso,
    policy: { kind: 'policy' },
    policyArns: { kind: 'array', items: arn, maxItems: 10 },
    tags,
    sourceIdentity: str,
    mfa: { kind: 'boolean' },
    chained: { kind: 'boolean' },
  },
  optional: ['roleArn', 'callerArn', 'providerArn', 'policy', 'policyArns', 'tags', 'sourceIdentity', 'mfa', 'chained'],
};

/** The world inside a scenario (unchanged from version 1 to 2). */
export const WORLD_SHAPE: Shape = {
  kind: 'object',
  description: 'An IAM Lab world: accounts, organization, sessions and the simulated clock',
  props: {
    clock: iso,
    seq: { kind: 'integer', min: 0 },
    seed: str,
    meta: { kind: 'object', props: { name: str, description: str }, optional: ['description'] },
    accounts: { kind: 'record', values: account },
    organization,
    awsManagedPolicies: { kind: 'record', values: managedPolicy },
    sessions: { kind: 'record', values: session },
    currentIdentity: str,
  },
  optional: ['organization', 'currentIdentity'],
};

/** The whole scenario file (version 2: version 1 plus the optional `layout`). */
export const SCENARIO_SHAPE: Shape = {
  kind: 'object',
  description: 'IAM Lab scenario file, version 2',
  props: {
    format: { kind: 'const', value: 'iam-lab-scenario' },
    version: { kind: 'const', value: 2 },
    world: WORLD_SHAPE,
    layout: LAYOUT_SHAPE,
  },
  optional: ['layout'],
};
