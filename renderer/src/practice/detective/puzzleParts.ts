/**
 * What a detective puzzle shows and asks, computed from its world: the request it replays, the policies behind each
 * "reveal" (numbered statements, as the grader names them), the statements the learner can pick from, and a short
 * list of the world's principals and resources (the map the learner reads the message against). Pure.
 */
import type { EvaluationRequest, JsonValue, PolicyInput } from '../../../../shared/iam/request';
import type { DetectivePuzzle, PuzzleReveal, StatementAnswer } from '../../../../shared/lessons/practice/detective';
import { statementsOf } from '../../../../shared/graph/policy-read';
import { requestFor } from '../../../../shared/world/request-for';
import type { World } from '../../../../shared/world';

/** The puzzle's request in its world (undefined only if the world no longer has the caller: a bug). */
export function puzzleRequest(world: World, puzzle: DetectivePuzzle): EvaluationRequest | undefined {
  const { principal, action, resource, context, mfa } = puzzle.replay;
  const r = requestFor(world, principal, action, resource, {
    ...(Object.keys(context).length ? { context } : {}),
    ...(mfa ? { mfa } : {}),
  });
  return r.ok ? r.value : undefined;
}

/** One statement of a policy, as shown and as answered. */
export interface ShownStatement {
  index: number;
  sid?: string;
  json: string;
}

/** One policy behind a reveal. */
export interface ShownPolicy {
  id: string;
  /** Where it sits: "identity-based", "SCP at ou-…", ... */
  where: string;
  name: string;
  statements: ShownStatement[];
}

function shown(p: PolicyInput, where: string): ShownPolicy {
  return {
    id: p.id,
    where,
    name: p.name ?? p.id,
    statements: statementsOf(p.document).map((s, index) => {
      const sid =
        s && typeof s === 'object' && !Array.isArray(s) && typeof (s as Record<string, JsonValue>).Sid === 'string'
          ? ((s as Record<string, JsonValue>).Sid as string)
          : undefined;
      return { index, ...(sid ? { sid } : {}), json: JSON.stringify(s, null, 2) };
    }),
  };
}

/** The policies each reveal uncovers, for the puzzle's request. */
export function revealedPolicies(req: EvaluationRequest, id: PuzzleReveal['id']): ShownPolicy[] {
  const p = req.policies;
  switch (id) {
    case 'identity-policies':
      return (p.identity ?? []).map((x) => shown(x, 'identity-based'));
    case 'resource-policy':
      return [
        ...(p.resource ? [shown(p.resource, 'resource-based')] : []),
        ...(p.trust ? [shown(p.trust, 'trust policy')] : []),
      ];
    case 'boundary':
      return p.boundary ? [shown(p.boundary, 'permissions boundary')] : [];
    case 'scps':
      return (p.scps ?? []).flatMap((l) => l.policies.map((x) => shown(x, `SCP at ${l.level} ${l.id}`)));
    case 'rcps':
      return (p.rcps ?? []).flatMap((l) => l.policies.map((x) => shown(x, `RCP at ${l.level} ${l.id}`)));
    case 'session-policies': {
      const pr = req.principal;
      const carried = pr.kind === 'role-session' || pr.kind === 'federated-user' ? (pr.sessionPolicies ?? []) : [];
      const all = [...(p.session ?? []), ...carried.filter((c) => !(p.session ?? []).some((s) => s.id === c.id))];
      return all.map((x) => shown(x, 'session policy'));
    }
    case 'cloudtrail-event':
      return [];
  }
}

/** A statement the learner can name. */
export interface StatementChoice {
  /** `policyId#index`, or `none` for "no statement decided". */
  key: string;
  label: string;
  answer: StatementAnswer | null;
}

/** Every statement in play (by policy name and Sid or number, not by content), plus "none: nothing allowed it". */
export function statementChoices(req: EvaluationRequest, reveals: readonly PuzzleReveal[]): StatementChoice[] {
  const out: StatementChoice[] = [
    { key: 'none', label: 'No statement decided: nothing allowed it (implicit deny)', answer: null },
  ];
  const seen = new Set<string>();
  for (const r of reveals) {
    for (const pol of revealedPolicies(req, r.id)) {
      for (const st of pol.statements) {
        const key = `${pol.id}#${st.index}`;
        if (seen.has(key)) continue;
        seen.add(key);
        out.push({
          key,
          label: `${pol.name} (${pol.where}) — ${st.sid ? `statement "${st.sid}"` : `statement ${st.index + 1}`}`,
          answer: { policyId: pol.id, statementIndex: st.index },
        });
      }
    }
  }
  return out;
}

/** The world as a short map: each account's users, roles and resources (no policies). */
export interface WorldMapAccount {
  id: string;
  name: string;
  users: string[];
  roles: string[];
  resources: string[];
}

/** The map of a world. */
export function worldMap(world: World): WorldMapAccount[] {
  return Object.values(world.accounts).map((a) => ({
    id: a.id,
    name: a.alias ?? a.name ?? a.id,
    users: Object.values(a.users).map((u) => u.name),
    roles: Object.values(a.roles).map((r) => r.name),
    resources: Object.values(a.resources).map((r) => r.arn),
  }));
}
