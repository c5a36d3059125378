/**
 * `iam simulate-principal-policy` and `iam simulate-custom-policy`, answering in AWS's output shape
 * (`EvaluationResults[]` with `EvalActionName`, `EvalResourceName`, `EvalDecision`, `MatchedStatements`,
 * `MissingContextValues`). Unlike AWS's simulator, simulate-principal-policy here also evaluates the world's resource
 * policies, SCPs/RCPs and session policies (IAM Lab evaluates as AWS decides at request time). Like AWS's, it takes
 * `--context-entries` for every key (derived ones included) and `--caller-arn` (IAM users only).
 */
import { explain } from '../../iam';
import { denialMessage } from '../../iam/denial/render-message';
import { evaluateWith, type EvaluateOverrides } from '../../iam/evaluate/evaluate';
import { accountOfArn } from '../../iam/match/arn';
import { parseJsonWithPositions } from '../../iam/json';
import type { ContextValue, EvaluationRequest, PolicyInput, PolicyKind, PrincipalSpec, StatementRef } from '../../iam';
import type { EvaluationResult } from '../../iam/result';
import { readIamArn } from '../../world/arn';
import { requestFor } from '../../world/request-for';
import { narrateError } from '../../world/narrate-error';
import { parseShorthand, UsageError } from './args';
import { ServiceError, type AwsContext } from './context';
import { op, type AwsOperation } from './operation';

/** One `--context-entries` item in AWS's shape. */
interface ContextEntry {
  ContextKeyName: string;
  ContextKeyValues: string[];
  ContextKeyType: string;
}

/** Converts a typed AWS context entry to the engine's value (lists for *List types, numbers and booleans typed). */
function entryValue(e: ContextEntry): ContextValue {
  const type = e.ContextKeyType.toLowerCase();
  const convert = (v: string): string | number | boolean =>
    type.startsWith('numeric') ? Number(v) : type.startsWith('boolean') ? v.toLowerCase() === 'true' : v;
  const values = e.ContextKeyValues.map(convert);
  return type.endsWith('list') ? values : values.length === 1 ? values[0] : values;
}

const CONTEXT_TYPES = [
  'string',
  'stringList',
  'numeric',
  'numericList',
  'boolean',
  'booleanList',
  'ip',
  'ipList',
  'binary',
  'binaryList',
  'date',
  'dateList',
];

/** Parses `--context-entries` given as shorthand entries or as a JSON list. */
export function parseContextEntries(values: string[] | undefined): Record<string, ContextValue> {
  if (!values || values.length === 0) return {};
  let entries: ContextEntry[];
  if (values.length === 1 && values[0].trim().startsWith('[')) {
    try {
      entries = JSON.parse(values[0]) as ContextEntry[];
    } catch {
      throw new UsageError('Error parsing parameter --context-entries: Invalid JSON');
    }
  } else {
    entries = values.map((v) => {
      const o = parseShorthand(v);
      const vals = o.ContextKeyValues;
      return {
        ContextKeyName: String(o.ContextKeyName ?? ''),
        ContextKeyValues: Array.isArray(vals) ? vals : vals === undefined ? [] : [vals],
        ContextKeyType: String(o.ContextKeyType ?? 'string'),
      };
    });
  }
  const out: Record<string, ContextValue> = {};
  for (const e of entries) {
    if (!e || typeof e.ContextKeyName !== 'string' || !e.ContextKeyName || !Array.isArray(e.ContextKeyValues)) {
      throw new UsageError(
        'Error parsing parameter --context-entries: each entry needs ContextKeyName, ContextKeyValues and ContextKeyType',
      );
    }
    if (!CONTEXT_TYPES.some((t) => t.toLowerCase() === String(e.ContextKeyType).toLowerCase())) {
      throw new UsageError(`Error parsing parameter --context-entries: invalid ContextKeyType '${e.ContextKeyType}'`);
    }
    out[e.ContextKeyName] = entryValue(e);
  }
  return out;
}

/** AWS's SourcePolicyType for a matched statement. */
function sourceType(ref: StatementRef, inputs: Map<string, PolicyInput & { kind: PolicyKind }>): string {
  const input = inputs.get(ref.policyId);
  if (ref.policyKind === 'resource' || ref.policyKind === 'trust') return 'resource';
  if (ref.policyKind !== 'identity' || !input) return 'none';
  if (input.origin === 'aws-managed' || ref.policyId.startsWith('arn:aws:iam::aws:policy/')) return 'aws-managed';
  if (input.origin === 'managed' || input.origin === 'group-managed') return 'user-managed';
  if (input.origin === 'group-inline') return 'group';
  return ref.policyId.includes(':role/') ? 'role' : 'user';
}

/** Every policy input of a request, by id, with its kind. */
function inputsOf(req: EvaluationRequest): Map<string, PolicyInput & { kind: PolicyKind }> {
  const m = new Map<string, PolicyInput & { kind: PolicyKind }>();
  const add = (p: PolicyInput | undefined, kind: PolicyKind) => p && m.set(p.id, { ...p, kind });
  req.policies.identity?.forEach((p) => add(p, 'identity'));
  req.policies.session?.forEach((p) => add(p, 'session'));
  add(req.policies.resource, 'resource');
  add(req.policies.trust, 'trust');
  add(req.policies.boundary, 'boundary');
  return m;
}

/** Where a matched statement is written (1-based line/column), when the policy is held as text. */
function positions(input: PolicyInput | undefined, ref: StatementRef): Record<string, unknown> {
  if (!input || typeof input.document !== 'string') return {};
  const parsed = parseJsonWithPositions(input.document);
  if (!parsed.ok) return {};
  const list = (parsed.doc.value as { Statement?: unknown }).Statement;
  const path = Array.isArray(list) ? `Statement[${ref.statementIndex}]` : 'Statement';
  const span = parsed.doc.spans.get(path);
  return span
    ? {
        StartPosition: { Line: span.line, Column: span.column },
        EndPosition: { Line: span.endLine, Column: span.endColumn },
      }
    : {};
}

/** One entry of `EvaluationResults`. */
function resultEntry(req: EvaluationRequest, res: EvaluationResult): Record<string, unknown> {
  const inputs = inputsOf(req);
  return {
    EvalActionName: req.action,
    EvalResourceName: req.resource.arn,
    EvalDecision: res.decision,
    MatchedStatements: res.decidedBy.map((ref) => {
      const input = inputs.get(ref.policyId);
      const inline = input?.origin === 'inline' || input?.origin === 'group-inline';
      return {
        SourcePolicyId: inline ? (input?.name ?? ref.policyId) : ref.policyId,
        SourcePolicyType: sourceType(ref, inputs),
        ...positions(input, ref),
      };
    }),
    MissingContextValues: [...res.missingContextKeys],
  };
}

/**
 * The context entries as the simulator uses them: whenever a policy reads one of these keys, the given value is
 * supplied — keys the engine would derive (aws:MultiFactorAuthPresent, aws:TokenIssueTime, aws:username, ...) included,
 * so that MFA and session conditions can be simulated
 * (https://docs.aws.amazon.com/IAM/latest/APIReference/API_SimulatePrincipalPolicy.html).
 */
function simulatorContext(context: Record<string, ContextValue>): EvaluateOverrides | undefined {
  const keys = Object.keys(context);
  if (keys.length === 0) return undefined;
  return { extraContext: new Map(keys.map((k) => [k.toLowerCase(), context[k]])) };
}

/** Runs the action × resource grid and collects results (and explanations with --explain). */
function simulate(
  ctx: AwsContext,
  context: Record<string, ContextValue>,
  build: (action: string, resource: string) => EvaluationRequest,
): { EvaluationResults: unknown[]; IsTruncated: boolean } {
  const actions = ctx.list('action-names') ?? [];
  if (actions.length === 0) throw new UsageError('the following arguments are required: --action-names');
  const resources = ctx.list('resource-arns') ?? ['*'];
  const overrides = simulatorContext(context);
  const results: unknown[] = [];
  for (const action of actions) {
    for (const resource of resources) {
      const req = build(action, resource);
      const res = evaluateWith(req, undefined, overrides);
      results.push(resultEntry(req, res));
      if (ctx.globals.explain) {
        const aws = denialMessage(req, res);
        ctx.notes.push(
          `# ${action} on ${resource}\n${explain(res)}\n${aws ? `AWS would answer: ${aws.cliText}\n` : ''}`,
        );
      }
    }
  }
  return { EvaluationResults: results, IsTruncated: false };
}

/** Documents given as `--policy-input-list doc1 doc2` (file:// or inline JSON). */
async function documents(ctx: AwsContext, name: string): Promise<string[]> {
  return Promise.all((ctx.list(name) ?? []).map((v) => ctx.text(v)));
}

/** The inputs both simulate commands take: context entries, extra policies, a boundary and a resource policy. */
async function simulationInputs(ctx: AwsContext): Promise<{
  context: Record<string, ContextValue>;
  inputs: PolicyInput[];
  boundary?: PolicyInput;
  resourcePolicy?: PolicyInput;
}> {
  const context = parseContextEntries(ctx.list('context-entries'));
  const inputs = (await documents(ctx, 'policy-input-list')).map((d, i): PolicyInput => ({
    id: `PolicyInputList.${i + 1}`,
    name: `PolicyInputList.${i + 1}`,
    document: d,
    origin: 'inline',
  }));
  const boundaryText = (await documents(ctx, 'permissions-boundary-policy-input-list'))[0];
  const resourceArg = ctx.str('resource-policy');
  return {
    context,
    inputs,
    boundary:
      boundaryText === undefined ? undefined : { id: 'PermissionsBoundaryPolicyInputList.1', document: boundaryText },
    resourcePolicy:
      resourceArg === undefined ? undefined : { id: 'ResourcePolicy', document: await ctx.text(resourceArg) },
  };
}

/**
 * `--caller-arn`, checked as AWS checks it: only an IAM user's ARN can be the simulated caller (not a role, an
 * assumed-role session, a federated user or a service), else InvalidInput.
 */
function callerArnArg(ctx: AwsContext): string | undefined {
  const arn = ctx.str('caller-arn');
  if (arn === undefined) return undefined;
  if (readIamArn(arn)?.kind !== 'user')
    throw new ServiceError(
      'InvalidInput',
      `Invalid CallerArn: ${arn}. Only the ARN of an IAM user can be the simulated caller; not a role, an assumed role, a federated user or a service.`,
    );
  return arn;
}

/** The caller's principal for `--caller-arn`: the world's user when it exists, else a bare IAM user. */
function callerPrincipal(ctx: AwsContext, arn: string, action: string, resource: string): PrincipalSpec {
  const r = requestFor(ctx.world, arn, action, resource);
  if (r.ok) return r.value.principal;
  return { kind: 'user', account: accountOfArn(arn) ?? ctx.account, arn };
}

/** Actions whose resource-based policy is the role's trust policy. */
const TRUST_ACTIONS = /^sts:(assumerole|assumerolewithwebidentity|assumerolewithsaml|tagsession|setsourceidentity)$/i;

/**
 * Puts `--resource-policy` in place: for sts:AssumeRole* (and TagSession, SetSourceIdentity) on a role it replaces the
 * role's trust policy, otherwise the resource's policy (docs/commands.md).
 */
function placeResourcePolicy(req: EvaluationRequest, policy: PolicyInput | undefined): void {
  if (!policy) return;
  if (
    TRUST_ACTIONS.test(req.action) &&
    (req.policies.trust || /^arn:[^:]+:iam::\d{12}:role\//.test(req.resource.arn))
  ) {
    req.policies.trust = policy;
    delete req.policies.resource;
  } else req.policies.resource = policy;
}

export const SIMULATE_OPERATIONS: AwsOperation[] = [
  op(
    'iam',
    'simulate-principal-policy',
    ['policy-source-arn', 'action-names'],
    [
      'resource-arns',
      'context-entries',
      'policy-input-list',
      'permissions-boundary-policy-input-list',
      'resource-policy',
      'caller-arn',
    ],
    async (ctx) => {
      const { context, inputs: extra, boundary, resourcePolicy } = await simulationInputs(ctx);
      const source = ctx.need('policy-source-arn');
      const caller = callerArnArg(ctx);
      return simulate(ctx, context, (action, resource) => {
        const r = requestFor(ctx.world, source, action, resource, { context });
        if (!r.ok)
          throw new ServiceError(
            r.error.code === 'NoSuchEntity' ? 'NoSuchEntity' : 'InvalidInput',
            narrateError(r.error),
          );
        const req = r.value;
        if (extra.length) req.policies.identity = [...(req.policies.identity ?? []), ...extra];
        if (boundary) req.policies.boundary = boundary;
        // As if the caller had the source's policies.
        if (caller !== undefined && caller !== source) req.principal = callerPrincipal(ctx, caller, action, resource);
        placeResourcePolicy(req, resourcePolicy);
        return req;
      });
    },
  ),
  {
    ...op(
      'iam',
      'simulate-custom-policy',
      ['policy-input-list', 'action-names'],
      [
        'resource-arns',
        'context-entries',
        'permissions-boundary-policy-input-list',
        'resource-policy',
        'caller-arn',
        'resource-owner',
      ],
      async (ctx) => {
        const { context, inputs: identity, boundary, resourcePolicy } = await simulationInputs(ctx);
        const caller = callerArnArg(ctx) ?? `arn:aws:iam::${ctx.account}:user/simulated-user`;
        const callerAccount = accountOfArn(caller) ?? ctx.account;
        return simulate(ctx, context, (action, resource) => {
          const req: EvaluationRequest = {
            principal: { kind: 'user', account: callerAccount, arn: caller },
            action,
            resource: {
              arn: resource,
              ...(ctx.str('resource-owner') ? { account: /(\d{12})/.exec(ctx.str('resource-owner')!)?.[1] } : {}),
            },
            context,
            now: ctx.world.clock,
            policies: { identity, ...(boundary ? { boundary } : {}) },
          };
          placeResourcePolicy(req, resourcePolicy);
          return req;
        });
      },
    ),
    needsScenario: false,
  },
];
