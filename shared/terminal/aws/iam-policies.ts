/** iam operations on policies: attach/detach, inline put/get/delete/list, managed policies and versions, boundaries. */
import { toAwsDate } from '../../world/authz/dates';
import { findManagedPolicy } from '../../world/lookup';
import type { HolderKind } from '../../world/commands/types';
import type { IamGroup, IamRole, IamUser, ManagedPolicy } from '../../world/types';
import { ServiceError, type AwsContext } from './context';
import { acct } from './iam-users';
import { op, type AwsOperation } from './operation';
import { policyShape, safeJson } from './shapes';

const KINDS: Array<{ kind: HolderKind; word: string; arg: string; col: 'users' | 'groups' | 'roles' }> = [
  { kind: 'user', word: 'user', arg: 'user-name', col: 'users' },
  { kind: 'group', word: 'group', arg: 'group-name', col: 'groups' },
  { kind: 'role', word: 'role', arg: 'role-name', col: 'roles' },
];

/** The holder or its AWS NoSuchEntity error. */
function holder(ctx: AwsContext, k: (typeof KINDS)[number]) {
  const name = ctx.need(k.arg);
  const h = own<IamUser | IamGroup | IamRole>(acct(ctx)[k.col], name);
  if (!h) throw new ServiceError('NoSuchEntity', `The ${k.word} with name ${name} cannot be found.`);
  return h;
}

/** The managed policy or NoSuchEntity. */
function policyOf(ctx: AwsContext, arn: string): ManagedPolicy {
  const p = findManagedPolicy(ctx.world, arn);
  if (!p) throw new ServiceError('NoSuchEntity', `Policy ${arn} was not found.`);
  return p;
}

const perKind: AwsOperation[] = KINDS.flatMap((k) => [
  op('iam', `attach-${k.word}-policy`, [k.arg, 'policy-arn'], [], (ctx) => {
    ctx.apply({ type: 'attach-policy', to: k.kind, name: ctx.need(k.arg), policyArn: ctx.need('policy-arn') });
  }),
  op('iam', `detach-${k.word}-policy`, [k.arg, 'policy-arn'], [], (ctx) => {
    ctx.apply({ type: 'detach-policy', from: k.kind, name: ctx.need(k.arg), policyArn: ctx.need('policy-arn') });
  }),
  op('iam', `put-${k.word}-policy`, [k.arg, 'policy-name', 'policy-document'], [], async (ctx) => {
    ctx.apply({
      type: 'put-inline-policy',
      to: k.kind,
      name: ctx.need(k.arg),
      policyName: ctx.need('policy-name'),
      policyDocument: await ctx.policyDocument('policy-document'),
    });
  }),
  op('iam', `delete-${k.word}-policy`, [k.arg, 'policy-name'], [], (ctx) => {
    ctx.apply({
      type: 'delete-inline-policy',
      from: k.kind,
      name: ctx.need(k.arg),
      policyName: ctx.need('policy-name'),
    });
  }),
  op('iam', `get-${k.word}-policy`, [k.arg, 'policy-name'], [], (ctx) => {
    const h = holder(ctx, k);
    const name = ctx.need('policy-name');
    const doc = own(h.inlinePolicies, name);
    if (doc === undefined)
      throw new ServiceError('NoSuchEntity', `The ${k.word} policy with name ${name} cannot be found.`);
    const key = k.word[0].toUpperCase() + k.word.slice(1);
    return { [`${key}Name`]: h.name, PolicyName: name, PolicyDocument: typeof doc === 'string' ? safeJson(doc) : doc };
  }),
  op('iam', `list-${k.word}-policies`, [k.arg], [], (ctx) => ({
    PolicyNames: Object.keys(holder(ctx, k).inlinePolicies),
  })),
  op('iam', `list-attached-${k.word}-policies`, [k.arg], ['path-prefix'], (ctx) => ({
    AttachedPolicies: holder(ctx, k).attachedPolicies.map((arn) => ({
      PolicyName: findManagedPolicy(ctx.world, arn)?.name ?? arn.slice(arn.lastIndexOf('/') + 1),
      PolicyArn: arn,
    })),
  })),
]);

const boundaries: AwsOperation[] = (['user', 'role'] as const).flatMap((kind) => [
  op('iam', `put-${kind}-permissions-boundary`, [`${kind}-name`, 'permissions-boundary'], [], (ctx) => {
    ctx.apply({
      type: 'put-permissions-boundary',
      to: kind,
      name: ctx.need(`${kind}-name`),
      policyArn: ctx.need('permissions-boundary'),
    });
  }),
  op('iam', `delete-${kind}-permissions-boundary`, [`${kind}-name`], [], (ctx) => {
    ctx.apply({ type: 'delete-permissions-boundary', from: kind, name: ctx.need(`${kind}-name`) });
  }),
]);

export const POLICY_OPERATIONS: AwsOperation[] = [
  ...perKind,
  ...boundaries,
  op('iam', 'create-policy', ['policy-name', 'policy-document'], ['path', 'description', 'tags'], async (ctx) => {
    const out = ctx.apply({
      type: 'create-policy',
      policyName: ctx.need('policy-name'),
      policyDocument: await ctx.policyDocument('policy-document'),
      ...(ctx.str('path') ? { path: ctx.str('path') } : {}),
      ...(ctx.str('description') !== undefined ? { description: ctx.str('description') } : {}),
    });
    return { Policy: policyShape(ctx.world, out.policy as ManagedPolicy) };
  }),
  op('iam', 'get-policy', ['policy-arn'], [], (ctx) => ({
    Policy: policyShape(ctx.world, policyOf(ctx, ctx.need('policy-arn'))),
  })),
  op('iam', 'delete-policy', ['policy-arn'], [], (ctx) => {
    ctx.apply({ type: 'delete-policy', policyArn: ctx.need('policy-arn') });
  }),
  op('iam', 'list-policies', [], ['scope', 'only-attached', 'no-only-attached', 'path-prefix'], (ctx) => {
    const scope = ctx.str('scope') ?? 'All';
    if (!['All', 'AWS', 'Local'].includes(scope))
      throw new ServiceError('ValidationError', `Invalid scope ${scope}: All, AWS or Local.`);
    const local = Object.values(acct(ctx).policies);
    const aws = [
      ...new Map([...Object.values(ctx.world.awsManagedPolicies), ...awsCatalog()].map((p) => [p.arn, p])).values(),
    ];
    const pick = scope === 'Local' ? local : scope === 'AWS' ? aws : [...local, ...aws];
    const shapes = pick.map((p) => policyShape(ctx.world, p));
    return { Policies: ctx.flag('only-attached') ? shapes.filter((s) => (s.AttachmentCount as number) > 0) : shapes };
  }),
  op(
    'iam',
    'create-policy-version',
    ['policy-arn', 'policy-document'],
    ['set-as-default', 'no-set-as-default'],
    async (ctx) => {
      const out = ctx.apply({
        type: 'create-policy-version',
        policyArn: ctx.need('policy-arn'),
        policyDocument: await ctx.policyDocument('policy-document'),
        setAsDefault: ctx.flag('set-as-default') ?? false,
      });
      const p = policyOf(ctx, ctx.need('policy-arn'));
      const id = out.versionId as string;
      return {
        PolicyVersion: {
          VersionId: id,
          IsDefaultVersion: p.defaultVersionId === id,
          CreateDate: toAwsDate(own(p.versions, id)!.createDate),
        },
      };
    },
  ),
  op('iam', 'get-policy-version', ['policy-arn', 'version-id'], [], (ctx) => {
    const p = policyOf(ctx, ctx.need('policy-arn'));
    const id = ctx.need('version-id');
    const v = own(p.versions, id);
    if (!v) throw new ServiceError('NoSuchEntity', `Policy ${p.arn} version ${id} does not exist.`);
    return {
      PolicyVersion: {
        Document: typeof v.document === 'string' ? safeJson(v.document) : v.document,
        VersionId: id,
        IsDefaultVersion: p.defaultVersionId === id,
        CreateDate: toAwsDate(v.createDate),
      },
    };
  }),
  op('iam', 'list-policy-versions', ['policy-arn'], [], (ctx) => {
    const p = policyOf(ctx, ctx.need('policy-arn'));
    return {
      Versions: Object.entries(p.versions).map(([id, v]) => ({
        VersionId: id,
        IsDefaultVersion: id === p.defaultVersionId,
        CreateDate: toAwsDate(v.createDate),
      })),
    };
  }),
  op('iam', 'set-default-policy-version', ['policy-arn', 'version-id'], [], (ctx) => {
    ctx.apply({
      type: 'set-default-policy-version',
      policyArn: ctx.need('policy-arn'),
      versionId: ctx.need('version-id'),
    });
  }),
  op('iam', 'delete-policy-version', ['policy-arn', 'version-id'], [], (ctx) => {
    ctx.apply({ type: 'delete-policy-version', policyArn: ctx.need('policy-arn'), versionId: ctx.need('version-id') });
  }),
];

import { AWS_MANAGED_POLICIES } from '../../world/aws-managed/catalog';
import { own } from '../../world/own';
/** The built-in AWS managed policies. */
function awsCatalog(): ManagedPolicy[] {
  return Object.values(AWS_MANAGED_POLICIES);
}
