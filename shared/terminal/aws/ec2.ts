/**
 * The ec2 operations a lesson needs: launch an instance with an instance profile, associate / replace / disassociate
 * a profile, and describe instances and associations. Names, shapes and error codes follow the EC2 API reference
 * (https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_RunInstances.html,
 * https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_AssociateIamInstanceProfile.html,
 * https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_ReplaceIamInstanceProfileAssociation.html).
 *
 * When the caller is not the root user, the engine must allow the EC2 action itself and — since launching or
 * associating with a profile passes its role to EC2 — `iam:PassRole` on that role, as AWS checks both. The lab keeps one association per instance and names it
 * after the instance (`iip-assoc-<instance hex>`); AWS issues a fresh id on each replace.
 */
import { evaluate } from '../../iam';
import { readIamArn } from '../../world/arn';
import { requestFor } from '../../world/request-for';
import { toAwsDate } from '../../world/authz/dates';
import type { Account, Ec2Instance, InstanceProfile } from '../../world/types';
import { associationIdOf } from '../../sdk/api-call';
import { parseShorthand, UsageError } from './args';
import { ServiceError, serviceError, type AwsContext } from './context';
import { acct } from './iam-users';
import { serviceOp, type AwsOperation, type OpArgs } from './operation';
import { callerArn, callerIdentityArn } from './sts-caller';
import { own } from '../../world/own';

/** Declares an ec2 operation. */
const ec2op = (...a: OpArgs) => serviceOp('ec2', ...a);

/** `--iam-instance-profile Name=x` / `Arn=…` / JSON → the profile, or EC2's InvalidParameterValue. */
function profileArg(ctx: AwsContext, option: string): InstanceProfile {
  const raw = ctx.str(option)!;
  let spec: Record<string, unknown>;
  try {
    spec = raw.trim().startsWith('{') ? (JSON.parse(raw) as Record<string, unknown>) : parseShorthand(raw);
  } catch {
    throw new UsageError(`Error parsing parameter '--${option}': expected Name=string or Arn=string`);
  }
  const a = acct(ctx);
  if (typeof spec.Arn === 'string') {
    const p = Object.values(a.instanceProfiles).find((x) => x.arn === spec.Arn);
    if (!p)
      throw new ServiceError(
        'InvalidParameterValue',
        `Value (${spec.Arn}) for parameter iamInstanceProfile.arn is invalid. Invalid IAM Instance Profile ARN`,
      );
    return p;
  }
  if (typeof spec.Name === 'string') {
    const p = own(a.instanceProfiles, spec.Name);
    if (!p)
      throw new ServiceError(
        'InvalidParameterValue',
        `Value (${spec.Name}) for parameter iamInstanceProfile.name is invalid. Invalid IAM Instance Profile name`,
      );
    return p;
  }
  throw new UsageError(`Error parsing parameter '--${option}': expected Name=string or Arn=string`);
}

/** Refuses with EC2's UnauthorizedOperation when a caller other than the root user may not do `action` on `resource`. */
function requireAllowed(ctx: AwsContext, action: string, resource: string): void {
  const caller = callerArn(ctx);
  if (readIamArn(caller)?.kind === 'root') return;
  const req = requestFor(ctx.world, caller, action, resource);
  if (!req.ok) throw serviceError(req.error);
  if (evaluate(req.value).decision !== 'allowed')
    throw new ServiceError(
      'UnauthorizedOperation',
      `You are not authorized to perform this operation. User: ${callerIdentityArn(ctx)} is not authorized to perform: ${action} on resource: ${resource}`,
    );
}

/** Refuses when the caller may not pass the profile's role (what EC2 asks IAM before it launches or associates). */
function requirePassRole(ctx: AwsContext, profile: InstanceProfile): void {
  for (const roleName of profile.roles) {
    const roleArn = own(acct(ctx).roles, roleName)?.arn;
    if (roleArn) requireAllowed(ctx, 'iam:PassRole', roleArn);
  }
}

/** The ARN pattern of the account's instances in the lab's region, the resource of a launch. */
const instancesArn = (ctx: AwsContext): string => `arn:aws:ec2:us-east-1:${ctx.account}:instance/*`;

/** The instance or EC2's InvalidInstanceID.NotFound. */
function instanceOf(ctx: AwsContext, id: string): Ec2Instance {
  const i = own(acct(ctx).instances, id);
  if (!i) throw new ServiceError('InvalidInstanceID.NotFound', `The instance ID '${id}' does not exist`);
  return i;
}

/** The instance holding an association id, or InvalidAssociationID.NotFound. */
function instanceOfAssociation(ctx: AwsContext, associationId: string): Ec2Instance {
  const i = Object.values(acct(ctx).instances).find(
    (x) => x.instanceProfileArn !== undefined && associationIdOf(x.id) === associationId,
  );
  if (!i)
    throw new ServiceError('InvalidAssociationID.NotFound', `The association ID '${associationId}' does not exist`);
  return i;
}

/** `{Arn, Id}` of a profile by ARN. */
function profileRef(a: Account, arn: string): { Arn: string; Id: string } {
  const p = Object.values(a.instanceProfiles).find((x) => x.arn === arn);
  return { Arn: arn, Id: p?.id ?? '' };
}

/** The `IamInstanceProfileAssociation` structure. */
function associationShape(a: Account, i: Ec2Instance, state: string): Record<string, unknown> {
  return {
    AssociationId: associationIdOf(i.id),
    InstanceId: i.id,
    IamInstanceProfile: profileRef(a, i.instanceProfileArn!),
    State: state,
    Timestamp: toAwsDate(i.launchTime),
  };
}

/** The `Instance` structure (the parts the lab models). */
function instanceShape(a: Account, i: Ec2Instance, extra: Record<string, unknown> = {}): Record<string, unknown> {
  const tags = { ...(i.name !== undefined ? { Name: i.name } : {}), ...i.tags };
  return {
    InstanceId: i.id,
    ...extra,
    LaunchTime: toAwsDate(i.launchTime),
    Placement: { AvailabilityZone: `${i.region}a` },
    State: { Code: 16, Name: 'running' },
    ...(i.instanceProfileArn ? { IamInstanceProfile: profileRef(a, i.instanceProfileArn) } : {}),
    ...(Object.keys(tags).length ? { Tags: Object.entries(tags).map(([Key, Value]) => ({ Key, Value })) } : {}),
  };
}

/** The `Name` tag of `--tag-specifications ResourceType=instance,Tags=[{Key=Name,Value=x}]` (shorthand or JSON). */
function nameTag(values: string[] | undefined): string | undefined {
  for (const v of values ?? []) {
    let specs: Array<Record<string, unknown>>;
    try {
      const parsed: unknown = v.trim().startsWith('[') || v.trim().startsWith('{') ? JSON.parse(v) : parseShorthand(v);
      specs = Array.isArray(parsed) ? (parsed as Array<Record<string, unknown>>) : [parsed as Record<string, unknown>];
    } catch {
      throw new UsageError(`Error parsing parameter '--tag-specifications': ${v}`);
    }
    for (const spec of specs) {
      if (spec.ResourceType !== 'instance') continue;
      const tags = Array.isArray(spec.Tags) ? spec.Tags : [];
      for (const t of tags) {
        const tag =
          typeof t === 'string'
            ? parseShorthand(t.replace(/^\{/, '').replace(/\}$/, ''))
            : (t as Record<string, unknown>);
        if (tag.Key === 'Name' && typeof tag.Value === 'string') return tag.Value;
      }
    }
  }
  return undefined;
}

/** Checks PassRole, applies the association (new or replacing) and answers the association as EC2 does. */
function passAndAssociate(
  ctx: AwsContext,
  type: 'associate-instance-profile' | 'replace-instance-profile',
  instance: Ec2Instance,
  profile: InstanceProfile,
): Record<string, unknown> {
  requireAllowed(
    ctx,
    type === 'associate-instance-profile'
      ? 'ec2:AssociateIamInstanceProfile'
      : 'ec2:ReplaceIamInstanceProfileAssociation',
    instance.arn,
  );
  requirePassRole(ctx, profile);
  ctx.apply({ type, instanceId: instance.id, instanceProfileArn: profile.arn });
  const now = own(acct(ctx).instances, instance.id)!;
  return { IamInstanceProfileAssociation: associationShape(acct(ctx), now, 'associating') };
}

export const EC2_OPERATIONS: AwsOperation[] = [
  ec2op(
    'run-instances',
    'RunInstances',
    [],
    [
      'image-id',
      'instance-type',
      'count',
      'min-count',
      'max-count',
      'iam-instance-profile',
      'tag-specifications',
      'key-name',
      'subnet-id',
      'security-group-ids',
    ],
    (ctx) => {
      const profile =
        ctx.str('iam-instance-profile') !== undefined ? profileArg(ctx, 'iam-instance-profile') : undefined;
      requireAllowed(ctx, 'ec2:RunInstances', instancesArn(ctx));
      if (profile) requirePassRole(ctx, profile);
      const name = nameTag(ctx.list('tag-specifications'));
      const out = ctx.apply({
        type: 'run-instance',
        ...(name !== undefined ? { name } : {}),
        ...(profile ? { instanceProfileArn: profile.arn } : {}),
      });
      const i = out.instance as Ec2Instance;
      return {
        Groups: [],
        Instances: [
          instanceShape(acct(ctx), i, {
            ImageId: ctx.str('image-id') ?? 'ami-00000000000000000',
            InstanceType: ctx.str('instance-type') ?? 't3.micro',
          }),
        ].map((s) => ({ ...s, State: { Code: 0, Name: 'pending' } })),
        OwnerId: ctx.account,
        ReservationId: `r-${i.id.slice(2)}`,
      };
    },
  ),
  ec2op('describe-instances', 'DescribeInstances', [], ['instance-ids'], (ctx) => {
    const ids = ctx.list('instance-ids');
    const list = ids ? ids.map((id) => instanceOf(ctx, id)) : Object.values(acct(ctx).instances);
    return {
      Reservations: list.map((i) => ({
        Groups: [],
        Instances: [instanceShape(acct(ctx), i)],
        OwnerId: ctx.account,
        ReservationId: `r-${i.id.slice(2)}`,
      })),
    };
  }),
  ec2op(
    'associate-iam-instance-profile',
    'AssociateIamInstanceProfile',
    ['iam-instance-profile', 'instance-id'],
    [],
    (ctx) => {
      const instance = instanceOf(ctx, ctx.need('instance-id'));
      const profile = profileArg(ctx, 'iam-instance-profile');
      if (instance.instanceProfileArn !== undefined)
        throw new ServiceError('IncorrectState', `There is an existing association for instance ${instance.id}`);
      return passAndAssociate(ctx, 'associate-instance-profile', instance, profile);
    },
  ),
  ec2op(
    'replace-iam-instance-profile-association',
    'ReplaceIamInstanceProfileAssociation',
    ['iam-instance-profile', 'association-id'],
    [],
    (ctx) => {
      const instance = instanceOfAssociation(ctx, ctx.need('association-id'));
      const profile = profileArg(ctx, 'iam-instance-profile');
      return passAndAssociate(ctx, 'replace-instance-profile', instance, profile);
    },
  ),
  ec2op('disassociate-iam-instance-profile', 'DisassociateIamInstanceProfile', ['association-id'], [], (ctx) => {
    const instance = instanceOfAssociation(ctx, ctx.need('association-id'));
    const before = associationShape(acct(ctx), instance, 'disassociating');
    ctx.apply({ type: 'disassociate-instance-profile', instanceId: instance.id });
    return { IamInstanceProfileAssociation: before };
  }),
  ec2op(
    'describe-iam-instance-profile-associations',
    'DescribeIamInstanceProfileAssociations',
    [],
    ['association-ids'],
    (ctx) => {
      const wanted = ctx.list('association-ids');
      const a = acct(ctx);
      const list = Object.values(a.instances)
        .filter((i) => i.instanceProfileArn !== undefined)
        .filter((i) => !wanted || wanted.includes(associationIdOf(i.id)));
      return { IamInstanceProfileAssociations: list.map((i) => associationShape(a, i, 'associated')) };
    },
  ),
  ec2op('terminate-instances', 'TerminateInstances', ['instance-ids'], [], (ctx) => {
    const ids = ctx.list('instance-ids')!;
    ids.forEach((id) => instanceOf(ctx, id));
    for (const id of ids) ctx.apply({ type: 'terminate-instance', instanceId: id });
    return {
      TerminatingInstances: ids.map((InstanceId) => ({
        InstanceId,
        CurrentState: { Code: 32, Name: 'shutting-down' },
        PreviousState: { Code: 16, Name: 'running' },
      })),
    };
  }),
];
