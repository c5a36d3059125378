/**
 * The fixes a detective puzzle offers to choose from, each one world command: the "why not?" fixes of the puzzle's
 * own request (the engine's smallest changes), broader changes that also work but allow more (an allow-everything
 * inline policy, deleting a resource policy or a boundary, detaching the SCP or RCP that denied), and the fixes of
 * other puzzles of the same world (which do not fix this one). The grader (`gradeDetective`) decides which is right;
 * the order is mixed by a stable hash, so the right one is not always first. Pure.
 */
import { whyNot, type Suggestion } from '../../../../shared/iam';
import type { EvaluationRequest } from '../../../../shared/iam/request';
import type { EvaluationResult } from '../../../../shared/iam/result';
import type { DetectivePuzzle } from '../../../../shared/lessons/practice/detective';
import { stableHash } from '../../../../shared/lessons/practice/generate/hash';
import { commandsForSuggestion, fixPreview, principalRefOf } from '../../../../shared/theatre';
import { decidingGate } from '../../../../shared/iam/denial';
import type { JsonValue } from '../../../../shared/iam/request';
import { statementsOf } from '../../../../shared/graph/policy-read';
import type { World, WorldCommand } from '../../../../shared/world';
import { readIamArn } from '../../../../shared/world/arn';

/** One fix to choose. */
export interface FixCandidate {
  /** Stable key (a hash of the command). */
  key: string;
  /** What it does, in a line. */
  label: string;
  /** The policy it writes, pretty-printed; empty when it deletes or detaches. */
  json: string;
  command: WorldCommand;
}

const keyOf = (c: WorldCommand) => stableHash(JSON.stringify(c));

function candidate(world: World, command: WorldCommand, label?: string): FixCandidate {
  const preview = fixPreview(world, [command]);
  return {
    key: keyOf(command),
    label: label ?? (preview ? `${preview.what}: ${preview.policyName}` : command.type),
    json: preview?.json ?? '',
    command,
  };
}

/** What a "why not?" fix changes inside its policy, so two fixes of one policy read differently. */
function changeWords(s: Suggestion): string {
  const d = s.data;
  const sid = typeof d.sid === 'string' ? `"${d.sid}"` : s.ref ? String(s.ref.statementIndex + 1) : undefined;
  const text = (v: unknown) => (typeof v === 'string' ? v : JSON.stringify(v));
  switch (s.code) {
    case 'whynot.edit-statement-action':
      return ` — statement ${sid ?? ''} also allows ${text(d.action)}`;
    case 'whynot.edit-statement-resource':
      return ` — statement ${sid ?? ''} also covers ${text(d.resource)}`;
    case 'whynot.condition-failed':
    case 'whynot.condition-key-missing':
      return ` — statement ${sid ?? ''} with its condition on ${text(d.key)} changed`;
    case 'whynot.remove-deny':
    case 'whynot.deny-condition-matched':
      return ` — without the Deny statement ${sid ?? ''}`;
    default:
      return '';
  }
}

/** The "why not?" fixes of a request that are one world command each. */
export function whyNotFixes(world: World, req: EvaluationRequest, result: EvaluationResult): FixCandidate[] {
  return whyNot(req, result).flatMap((s) => {
    const c = commandsForSuggestion(world, req, s);
    if (c?.length !== 1) return [];
    const base = candidate(world, c[0]);
    return [{ ...base, label: `${base.label}${changeWords(s)}` }];
  });
}

/** The caller's user or role, for an inline policy or a boundary. */
function holderOf(req: EvaluationRequest): { to: 'user' | 'role'; name: string; account: string } | undefined {
  const p = req.principal;
  const arn = p.kind === 'user' ? p.arn : p.kind === 'role-session' ? p.roleArn : undefined;
  const info = arn ? readIamArn(arn) : undefined;
  if (!info || (info.kind !== 'user' && info.kind !== 'role')) return undefined;
  return { to: info.kind, name: info.name, account: info.account };
}

/** Broader changes at the gates in play: they may work, but allow more than the request. */
function broadFixes(world: World, req: EvaluationRequest, result: EvaluationResult): FixCandidate[] {
  const out: FixCandidate[] = [];
  const holder = holderOf(req);
  if (holder) {
    out.push(
      candidate(
        world,
        {
          account: holder.account,
          type: 'put-inline-policy',
          to: holder.to,
          name: holder.name,
          policyName: 'AllowEverything',
          policyDocument: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] },
        },
        `New inline policy on ${holder.to} ${holder.name} allowing every action on every resource`,
      ),
    );
    if (req.policies.boundary)
      out.push(
        candidate(
          world,
          { account: holder.account, type: 'delete-permissions-boundary', from: holder.to, name: holder.name },
          `Remove the permissions boundary of ${holder.to} ${holder.name}`,
        ),
      );
  }
  if (req.policies.resource && req.resource.arn !== '*') {
    const owner = Object.values(world.accounts).find((a) => Object.hasOwn(a.resources, req.resource.arn));
    const arn = owner ? (owner.resources[req.resource.arn]?.arn ?? req.resource.arn) : undefined;
    if (owner && arn) out.push(candidate(world, { account: owner.id, type: 'delete-resource-policy', arn }, undefined));
  }
  const grant = resourceGrant(world, req, result);
  if (grant) out.push(grant);
  // The organization policy that denied: detach it from the level it is attached at.
  const org = world.organization;
  if (org) {
    const levels = [...(req.policies.scps ?? []), ...(req.policies.rcps ?? [])];
    const denying = new Set(result.decidedBy.map((r) => r.policyId));
    for (const level of levels) {
      for (const p of level.policies) {
        if (!denying.has(p.id)) continue;
        const pol = Object.values(org.policies).find((x) => x.arn === p.id);
        if (!pol || pol.awsManaged) continue;
        out.push(
          candidate(
            world,
            { type: 'detach-org-policy', policyId: pol.id, targetId: level.id },
            `Detach ${pol.type === 'SERVICE_CONTROL_POLICY' ? 'SCP' : 'RCP'} ${pol.name} from ${level.level} ${level.id}`,
          ),
        );
      }
    }
  }
  return out;
}

/** The world resource holding the policy a request meets: the resource itself, else its bucket (an S3 object). */
function policyHolder(world: World, req: EvaluationRequest): { account: string; arn: string } | undefined {
  const fromPolicy = req.policies.resource?.id.endsWith('#policy') ? req.policies.resource.id.slice(0, -7) : undefined;
  const arn = req.resource.arn;
  const bucket = arn.startsWith('arn:aws:s3:::') && arn.includes('/') ? arn.slice(0, arn.indexOf('/')) : undefined;
  for (const candidate of [fromPolicy, arn, bucket]) {
    if (!candidate) continue;
    const owner = Object.values(world.accounts).find((a) => Object.hasOwn(a.resources, candidate));
    if (owner) return { account: owner.id, arn: candidate };
  }
  return undefined;
}

/**
 * For a refusal on the resource side (no statement of the resource policy or the trust policy allows the caller):
 * the same policy with one more statement allowing this caller this action on this resource.
 */
function resourceGrant(world: World, req: EvaluationRequest, result: EvaluationResult): FixCandidate | undefined {
  const gate = decidingGate(result);
  if (gate?.kind !== 'implicit' || gate.policyType !== 'resource') return undefined;
  const caller = principalRefOf(req);
  if (!caller.startsWith('arn:')) return undefined;
  if (/^sts:AssumeRole/i.test(req.action)) {
    const info = readIamArn(req.resource.arn);
    const roleName = info?.kind === 'role' ? info.name : undefined;
    if (!info || !roleName) return undefined;
    const existing = req.policies.trust ? statementsOf(req.policies.trust.document) : [];
    const statement: JsonValue = { Effect: 'Allow', Principal: { AWS: caller }, Action: req.action };
    return candidate(world, {
      account: info.account,
      type: 'update-assume-role-policy',
      roleName,
      policyDocument: { Version: '2012-10-17', Statement: [...existing, statement] },
    });
  }
  const holder = policyHolder(world, req);
  if (!holder) return undefined;
  const existing = req.policies.resource ? statementsOf(req.policies.resource.document) : [];
  const statement: JsonValue = {
    Sid: 'AllowCaller',
    Effect: 'Allow',
    Principal: { AWS: caller },
    Action: req.action,
    Resource: req.resource.arn,
  };
  return candidate(world, {
    account: holder.account,
    type: 'put-resource-policy',
    arn: holder.arn,
    policy: { Version: '2012-10-17', Statement: [...existing, statement] },
  });
}

/**
 * The choices for `puzzle`: its own "why not?" fixes, broader ones, and up to `others` fixes taken from other
 * puzzles' requests (`otherFixes`), without duplicates, mixed by a stable hash, at most `max`.
 */
export function candidateFixes(
  world: World,
  puzzle: DetectivePuzzle,
  req: EvaluationRequest,
  result: EvaluationResult,
  otherFixes: readonly FixCandidate[] = [],
  { others = 2, max = 6 }: { others?: number; max?: number } = {},
): FixCandidate[] {
  const own = [...whyNotFixes(world, req, result), ...broadFixes(world, req, result)];
  const seen = new Set(own.map((c) => c.key));
  const distractors = otherFixes.filter((c) => !seen.has(c.key) && (seen.add(c.key), true)).slice(0, others);
  const uniqueOwn = own.filter((c, i) => own.findIndex((o) => o.key === c.key) === i);
  const all = [...uniqueOwn.slice(0, max - distractors.length), ...distractors];
  const sorted = all.sort((a, b) => stableHash(puzzle.id + a.key).localeCompare(stableHash(puzzle.id + b.key)));
  // Two different changes that still read the same are numbered (their JSON tells them apart).
  return sorted.map((c) => {
    const same = sorted.filter((o) => o.label === c.label);
    return same.length > 1 ? { ...c, label: `${c.label} (option ${same.indexOf(c) + 1})` } : c;
  });
}
