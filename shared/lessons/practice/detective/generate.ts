/**
 * Generates detective puzzles from a world: every denied request the practice generator can enumerate
 * (`enumerateScenarios`: each caller × relevant action × resource × environment) whose deciding gate is a policy
 * type AWS names, one puzzle per distinct deciding statement (or gate, for an implicit deny), in the world's order.
 * Deterministic: no seed, the same world gives the same puzzles.
 */
import { cloudTrailEventOf } from '../../../iam/denial/cloudtrail-event';
import { decidingGate } from '../../../iam/denial/deciding';
import { denialMessage } from '../../../iam/denial/render-message';
import type { EvaluationRequest } from '../../../iam/request';
import type { World } from '../../../world/types';
import { stableHash } from '../generate/hash';
import { enumerateScenarios } from '../generate/scenarios';
import type { DetectivePuzzle, PuzzleReveal } from './types';

/** What revealing each hidden part costs (points off the puzzle's score). */
export const REVEAL_COSTS: Readonly<Record<PuzzleReveal['id'], number>> = {
  'cloudtrail-event': 1,
  'identity-policies': 2,
  'resource-policy': 2,
  boundary: 2,
  scps: 2,
  rcps: 2,
  'session-policies': 2,
};

/** The hidden parts a request has. */
function revealsOf(req: EvaluationRequest): PuzzleReveal[] {
  const p = req.policies;
  const ids: PuzzleReveal['id'][] = ['cloudtrail-event'];
  if (p.identity?.length) ids.push('identity-policies');
  if (p.resource || p.trust) ids.push('resource-policy');
  if (p.boundary) ids.push('boundary');
  if (p.scps?.some((l) => l.policies.length)) ids.push('scps');
  if (p.rcps?.some((l) => l.policies.length)) ids.push('rcps');
  const pr = req.principal;
  const carried = pr.kind === 'role-session' || pr.kind === 'federated-user' ? pr.sessionPolicies : undefined;
  if (p.session?.length || carried?.length) ids.push('session-policies');
  return ids.map((id) => ({ id, cost: REVEAL_COSTS[id] }));
}

/** Troubleshooting authorization, plus the organization task for SCP/RCP puzzles and logging for the event. */
function examTasksOf(type: string): string[] {
  const tasks = ['SCS-C03:4.2', 'SCS-C03:1.2'];
  if (type === 'scp' || type === 'rcp') tasks.push('SCS-C03:6.1');
  return tasks;
}

/** Options of the generator. */
export interface PuzzleOptions {
  /** At most this many puzzles (default 30). */
  max?: number;
}

/** Generates the puzzles of a world. */
export function generatePuzzles(world: World, worldId: string, options: PuzzleOptions = {}): DetectivePuzzle[] {
  const max = options.max ?? 30;
  const seen = new Set<string>();
  const out: DetectivePuzzle[] = [];
  for (const s of enumerateScenarios(world)) {
    if (out.length >= max) break;
    const gate = decidingGate(s.result);
    if (!gate?.policyType || s.result.reason.startsWith('authenticate.')) continue;
    const statements = gate.statements.map((r) => ({ policyId: r.policyId, statementIndex: r.statementIndex }));
    const key =
      gate.kind === 'explicit'
        ? `explicit|${statements.map((x) => `${x.policyId}#${x.statementIndex}`).join(',')}`
        : `implicit|${gate.policyType}|${s.principal.ref}`;
    if (seen.has(key)) continue;
    const message = denialMessage(s.request, s.result);
    const event = cloudTrailEventOf(s.request, s.result);
    if (!message || !event) continue;
    seen.add(key);
    const context = { ...(s.request.context ?? {}) };
    out.push({
      id: `${worldId}/${stableHash(JSON.stringify([s.principal.ref, s.action, s.resourceArn, s.environment]))}`,
      worldId,
      message: message.cliText,
      event,
      reveals: revealsOf(s.request),
      examTasks: examTasksOf(gate.policyType),
      replay: {
        principal: s.principal.ref,
        action: s.action,
        resource: s.resourceArn,
        context,
        ...(s.environment.mfa ? { mfa: s.environment.mfa } : {}),
      },
      solution: { policyType: gate.policyType, kind: gate.kind, statements },
    });
  }
  return out;
}
