/**
 * `iam simulate-principal-policy` and `iam simulate-custom-policy`, answering in AWS's output shape
 * (`EvaluationResults[]` with `EvalActionName`, `EvalResourceName`, `EvalDecision`, `MatchedStatements`,
 * `MissingContextValues`). Unlike AWS's simulator, simulate-principal-policy here also evaluates the world's resource
 * policies, SCPs/RCPs and session policies (IAM Lab evaluates as AWS decides at request time).
 */
import { evaluate, explain } from '../../iam';
import { parseJsonWithPositions } from '../../iam/json';
import type { ContextValue, EvaluationRequest, PolicyInput, PolicyKind, StatementRef } from '../../iam';
import type { EvaluationResult } from '../../iam/result';
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

/** Runs the action × resource grid and collects results (and explanations with --explain). */
function simulate(
  ctx: AwsContext,
  build: (action: string, resource: string) => EvaluationRequest,
): { EvaluationResults: unknown[]; IsTruncated: boolean } {
  const actions = ctx.list('action-names') ?? [];
  if (actions.length === 0) throw new UsageError('the following arguments are required: --action-names');
  const resources = ctx.list('resource-arns') ?? ['*'];
  const results: unknown[] = [];
  for (const action of actions) {
    for (const resource of resources) {
      const req = build(action, resource);
      const res = evaluate(req);
      results.push(resultEntry(req, res));
      if (ctx.globals.explain) ctx.notes.push(`# ${action} on ${resource}\n${explain(res)}\n`);
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
      return simulate(ctx, (action, resource) => {
        const r = requestFor(ctx.world, source, action, resource, { context });
        if (!r.ok)
          throw new ServiceError(
            r.error.code === 'NoSuchEntity' ? 'NoSuchEntity' : 'InvalidInput',
            narrateError(r.error),
          );
        const req = r.value;
        if (extra.length) req.policies.identity = [...(req.policies.identity ?? []), ...extra];
        if (boundary) req.policies.boundary = boundary;
        if (resourcePolicy) req.policies.resource = resourcePolicy;
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
        const caller = ctx.str('caller-arn') ?? `arn:aws:iam::${ctx.account}:user/simulated-user`;
        const callerAccount = /^arn:aws:iam::(\d{12}):/.exec(caller)?.[1] ?? ctx.account;
        return simulate(ctx, (action, resource) => ({
          principal: { kind: 'user', account: callerAccount, arn: caller },
          action,
          resource: {
            arn: resource,
            ...(ctx.str('resource-owner') ? { account: /(\d{12})/.exec(ctx.str('resource-owner')!)?.[1] } : {}),
          },
          context,
          now: ctx.world.clock,
          policies: {
            identity,
            ...(boundary ? { boundary } : {}),
            ...(resourcePolicy ? { resource: resourcePolicy } : {}),
          },
        }));
      },
    ),
    needsScenario: false,
  },
];
