/**
 * Explains a generated question's answer from the engine's trace: each decisive event in words (naming the policy
 * and statement that decided, with the conditions checked in it), the policies looked at when nothing allowed, and
 * the decision in AWS's words. Sentences come from the narration table (`shared/iam/narration.ts`).
 */
import { narrate } from '../../../iam/narration';
import type { EvaluationRequest } from '../../../iam/request';
import type { EvaluationResult, Gate, TraceEvent } from '../../../iam/result';
import { conditionChecksOf, failedAllowConditions, failedConditions } from './trace-facts';
import { POLICY_KIND_LABEL, codeify, policiesOf, policyName, refPolicyName, statementLabel } from './wording';

const SIDE_WORDS = { principal: "In the caller's account: ", resource: "In the resource's account: " } as const;

/** The policies a gate looks at, for "nothing allowed" steps that name no statement. */
function policiesAtGate(request: EvaluationRequest, gate: Gate, event: TraceEvent): string[] {
  const all = policiesOf(request);
  const names = (kinds: string[], level?: string) =>
    all.filter((p) => kinds.includes(p.kind) && (!level || p.level === level)).map((p) => `\`${policyName(p.input)}\``);
  const level = typeof event.data?.id === 'string' ? event.data.id : undefined;
  switch (gate) {
    case 'identity':
      return names(['identity']);
    case 'boundary':
      return names(['boundary']);
    case 'session':
      return names(['session']);
    case 'resource-policy':
      return names(['resource', 'trust']);
    case 'scp':
      return names(['scp'], level);
    case 'rcp':
      return names(['rcp'], level);
    default:
      return [];
  }
}

function sentenceFor(request: EvaluationRequest, result: EvaluationResult, e: TraceEvent): string {
  const side = e.side === 'principal' || e.side === 'resource' ? SIDE_WORDS[e.side] : '';
  if (e.ref) {
    const conds = conditionChecksOf(result, e).map((c) => codeify(narrate(c)));
    const where = `in ${POLICY_KIND_LABEL[e.ref.policyKind]} \`${refPolicyName(request, e.ref)}\`, ${statementLabel(e.ref)}`;
    const head = side ? `${side}${where}` : `${where.charAt(0).toUpperCase()}${where.slice(1)}`;
    if (e.code !== 'statement.applies') return `${head}: ${codeify(narrate(e))}`;
    const withPrincipal = e.ref.policyKind === 'resource' || e.ref.policyKind === 'trust' ? ', principal' : '';
    const matched =
      conds.length > 0
        ? `its action${withPrincipal}, resource and condition`
        : `its action${withPrincipal} and resource`;
    return [`${head} applies: ${matched} match the request.`, ...conds].join(' ');
  }
  const looked = /no-allow|none$/.test(e.code) ? policiesAtGate(request, e.gate, e) : [];
  const sentence = codeify(narrate(e));
  return looked.length > 0
    ? `${side}${sentence.replace(/\.$/, '')} (checked: ${looked.join(', ')}).`
    : `${side}${sentence}`;
}

/** The explanation of one evaluated request, in markdown-lite. */
export function explainDecision(request: EvaluationRequest, result: EvaluationResult): string {
  const lines: string[] = [];
  for (const e of result.trace.events)
    if (e.decisive && e.op !== 'decision') lines.push(sentenceFor(request, result, e));
  if (result.decision === 'allowed') {
    const failed = failedConditions(result, 'Deny');
    if (failed.length > 0) {
      lines.push(
        `A Deny statement matched the action and resource, but its condition did not hold: ${codeify(narrate(failed[0]))}`,
      );
    }
  }
  if (result.decision === 'implicitDeny') {
    const failed = failedAllowConditions(result);
    if (failed.length > 0) {
      lines.push(
        `An Allow statement matched the action and resource, but its condition failed: ${codeify(narrate(failed[0]))}`,
      );
    }
  }
  const final = narrate({ seq: -1, parent: null, op: 'decision', code: result.reason, gate: 'decision' });
  lines.push(`**${final}**`);
  return [...new Set(lines)].join(' ');
}
