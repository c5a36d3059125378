/**
 * `organizations` operations for SCP and RCP lessons: enable a policy type, create / attach / detach / delete a
 * policy, OUs and account moves, and the list calls to find ids. They act on the world's organization from its
 * management account (as AWS requires) and answer in the Organizations API's names, shapes and exception codes
 * (https://docs.aws.amazon.com/organizations/latest/APIReference/API_Operations.html).
 */
import { narrateError } from '../../world/narrate-error';
import { own } from '../../world/own';
import type { Organization, OrgPolicy } from '../../world/types';
import { ServiceError, type AwsContext } from './context';
import { serviceOp, type AwsOperation, type OpArgs } from './operation';

/** World reason → the Organizations exception AWS answers with. */
const EXCEPTIONS: Record<string, string> = {
  'organization.not-found': 'AWSOrganizationsNotInUseException',
  'organization.exists': 'AlreadyInOrganizationException',
  'org.policy-not-found': 'PolicyNotFoundException',
  'org.target-not-found': 'TargetNotFoundException',
  'org.policy-already-attached': 'DuplicatePolicyAttachmentException',
  'org.policy-type-not-enabled': 'PolicyTypeNotEnabledException',
  'org.policy-type-enabled': 'PolicyTypeAlreadyEnabledException',
  'org.policy-exists': 'DuplicatePolicyException',
  'org.policy-in-use': 'PolicyInUseException',
  'org.policy-not-attached': 'PolicyNotAttachedException',
  'org.too-many-policies': 'ConstraintViolationException',
  'org.last-scp': 'ConstraintViolationException',
  'org.parent-not-found': 'ParentNotFoundException',
  'org.ou-not-found': 'OrganizationalUnitNotFoundException',
  'org.ou-not-empty': 'OrganizationalUnitNotEmptyException',
  'org.ou-exists': 'DuplicateOrganizationalUnitException',
  'org.policy-aws-managed': 'AccessDeniedException',
  'org.bad-policy-type': 'InvalidInputException',
  'org.bad-policy-name': 'InvalidInputException',
  'org.bad-ou-name': 'InvalidInputException',
};

/** The organization, or AWSOrganizationsNotInUseException. */
function orgOf(ctx: AwsContext): Organization {
  const org = ctx.world.organization;
  if (!org)
    throw new ServiceError('AWSOrganizationsNotInUseException', 'Your account is not a member of an organization.');
  return org;
}

/** Applies a world command from the management account, answering refusals as Organizations exceptions. */
function applyOrg(ctx: AwsContext, command: Parameters<AwsContext['apply']>[0]): Record<string, unknown> {
  const org = orgOf(ctx);
  try {
    return ctx.apply({ ...command, account: org.managementAccountId } as typeof command);
  } catch (e) {
    if (e instanceof ServiceError && e.worldError)
      throw new ServiceError(EXCEPTIONS[e.worldError.reason] ?? e.code, narrateError(e.worldError), e.worldError);
    throw e;
  }
}

/** The `PolicySummary` structure. */
function policySummary(p: OrgPolicy): Record<string, unknown> {
  return { Id: p.id, Arn: p.arn, Name: p.name, Type: p.type, AwsManaged: p.awsManaged === true };
}

/** `--type` / `--policy-type` / `--filter`: SERVICE_CONTROL_POLICY or RESOURCE_CONTROL_POLICY. */
function policyType(ctx: AwsContext, name: string): 'SERVICE_CONTROL_POLICY' | 'RESOURCE_CONTROL_POLICY' {
  const v = ctx.need(name);
  if (v !== 'SERVICE_CONTROL_POLICY' && v !== 'RESOURCE_CONTROL_POLICY')
    throw new ServiceError(
      'InvalidInputException',
      `The lab models SERVICE_CONTROL_POLICY and RESOURCE_CONTROL_POLICY, not ${v}.`,
    );
  return v;
}

/** Declares an organizations operation. */
const orgOp = (...a: OpArgs) => serviceOp('organizations', ...a);

export const ORGANIZATIONS_OPERATIONS: AwsOperation[] = [
  orgOp('list-roots', 'ListRoots', [], [], (ctx) => {
    const org = orgOf(ctx);
    return {
      Roots: [
        {
          Id: org.rootId,
          Arn: `arn:aws:organizations::${org.managementAccountId}:root/${org.id}/${org.rootId}`,
          Name: 'Root',
          PolicyTypes: org.enabledPolicyTypes.map((Type) => ({ Type, Status: 'ENABLED' })),
        },
      ],
    };
  }),
  orgOp('enable-policy-type', 'EnablePolicyType', ['root-id', 'policy-type'], [], (ctx) => {
    const org = orgOf(ctx);
    if (ctx.need('root-id') !== org.rootId)
      throw new ServiceError('RootNotFoundException', "We can't find a root with the RootId that you specified.");
    applyOrg(ctx, { type: 'enable-policy-type', policyType: policyType(ctx, 'policy-type') });
    const after = orgOf(ctx);
    return {
      Root: {
        Id: after.rootId,
        Name: 'Root',
        PolicyTypes: after.enabledPolicyTypes.map((Type) => ({ Type, Status: 'ENABLED' })),
      },
    };
  }),
  orgOp('create-policy', 'CreatePolicy', ['content', 'name', 'type'], ['description'], async (ctx) => {
    const out = applyOrg(ctx, {
      type: 'create-org-policy',
      policyType: policyType(ctx, 'type'),
      name: ctx.need('name'),
      document: await ctx.text(ctx.need('content')),
    });
    const p = orgOf(ctx).policies[out.policyId as string];
    return {
      Policy: {
        PolicySummary: { ...policySummary(p), Description: ctx.str('description') ?? '' },
        Content: p.document,
      },
    };
  }),
  orgOp('list-policies', 'ListPolicies', ['filter'], [], (ctx) => {
    const type = policyType(ctx, 'filter');
    return {
      Policies: Object.values(orgOf(ctx).policies)
        .filter((p) => p.type === type)
        .map(policySummary),
    };
  }),
  orgOp('attach-policy', 'AttachPolicy', ['policy-id', 'target-id'], [], (ctx) => {
    applyOrg(ctx, { type: 'attach-org-policy', policyId: ctx.need('policy-id'), targetId: ctx.need('target-id') });
  }),
  orgOp('detach-policy', 'DetachPolicy', ['policy-id', 'target-id'], [], (ctx) => {
    applyOrg(ctx, { type: 'detach-org-policy', policyId: ctx.need('policy-id'), targetId: ctx.need('target-id') });
  }),
  orgOp('delete-policy', 'DeletePolicy', ['policy-id'], [], (ctx) => {
    applyOrg(ctx, { type: 'delete-org-policy', policyId: ctx.need('policy-id') });
  }),
  orgOp('create-organizational-unit', 'CreateOrganizationalUnit', ['parent-id', 'name'], [], (ctx) => {
    const out = applyOrg(ctx, {
      type: 'create-organizational-unit',
      parentId: ctx.need('parent-id'),
      name: ctx.need('name'),
    });
    const ou = orgOf(ctx).ous[out.ouId as string];
    return { OrganizationalUnit: { Id: ou.id, Arn: ou.arn, Name: ou.name } };
  }),
  orgOp('delete-organizational-unit', 'DeleteOrganizationalUnit', ['organizational-unit-id'], [], (ctx) => {
    applyOrg(ctx, { type: 'delete-organizational-unit', ouId: ctx.need('organizational-unit-id') });
  }),
  orgOp('move-account', 'MoveAccount', ['account-id', 'source-parent-id', 'destination-parent-id'], [], (ctx) => {
    const org = orgOf(ctx);
    const id = ctx.need('account-id');
    const parent = own(org.accountParents, id);
    if (parent === undefined)
      throw new ServiceError('AccountNotFoundException', `We can't find an account with the AccountId ${id}.`);
    if (parent !== ctx.need('source-parent-id'))
      throw new ServiceError(
        'SourceParentNotFoundException',
        `The account ${id} is not in ${ctx.need('source-parent-id')}.`,
      );
    applyOrg(ctx, { type: 'move-account', accountId: id, destinationParentId: ctx.need('destination-parent-id') });
  }),
];
