/**
 * Chooses a generated question's topic from what decided it, and its difficulty from the structure of the decision. First match wins, most specific first: organization policies, boundary, session policy, root, conditions
 * (MFA before other keys), explicit deny, federation, cross-account, trust, resource policy, EC2, roles, groups,
 * managed policies, then policy anatomy and troubleshooting for plain matches and misses.
 */
import type { EvaluationRequest } from '../../../iam/request';
import type { EvaluationResult } from '../../../iam/result';
import type { TopicId } from '../../topics';
import type { PracticePrincipal } from './scenarios';
import {
  decisiveConditionChecks,
  decisiveEvents,
  failedAllowConditions,
  failedConditions,
  isMfaKey,
  resourceMissed,
} from './trace-facts';

const TRUST_ACTION = /^sts:(assumerole|assumerolewithwebidentity|assumerolewithsaml)$/i;

/** The account of the resource, or undefined when the request does not say. */
function resourceAccount(request: EvaluationRequest): string | undefined {
  if (request.resource.account) return request.resource.account;
  const m = /^arn:aws:[^:]*:[^:]*:(\d{12}):/.exec(request.resource.arn);
  return m?.[1];
}

/** True when principal and resource are in different accounts. */
export function isCrossAccount(request: EvaluationRequest, result: EvaluationResult): boolean {
  if (result.sides) return true;
  const p = request.principal.kind === 'anonymous' ? undefined : request.principal.account;
  const r = resourceAccount(request);
  return p !== undefined && r !== undefined && p !== r;
}

/** The curriculum topic a generated question practises. */
export function topicOf(principal: PracticePrincipal, request: EvaluationRequest, result: EvaluationResult): TopicId {
  const reason = result.reason;
  const decisive = decisiveEvents(result);
  const kinds = new Set([...decisive.map((e) => e.ref?.policyKind), ...result.decidedBy.map((r) => r.policyKind)]);
  const gates = new Set(decisive.map((e) => e.gate));
  if (/scp|rcp/.test(reason) || kinds.has('scp') || kinds.has('rcp')) return 'scp-rcp';
  if (reason === 'decision.boundary-no-allow' || kinds.has('boundary')) return 'permissions-boundaries';
  if (reason === 'decision.session-no-allow' || kinds.has('session') || gates.has('session'))
    return 'assume-role-session-policy';
  if (/root/.test(reason)) return 'root-user';
  const conds = decisiveConditionChecks(result);
  const failed =
    result.decision === 'implicitDeny'
      ? failedAllowConditions(result)
      : result.decision === 'allowed'
        ? failedConditions(result, 'Deny')
        : [];
  const condKeys = [...conds, ...failed].map((e) => e.key);
  if (condKeys.some(isMfaKey)) return 'mfa';
  if (condKeys.length > 0) return 'conditions';
  if (result.decision === 'explicitDeny') return 'multiple-permissions';
  if (principal.kind === 'web-identity-session') return 'federation-oidc';
  if (principal.kind === 'saml-session') return 'federation-saml';
  if (isCrossAccount(request, result)) return 'cross-account';
  if (TRUST_ACTION.test(request.action)) return 'roles-temporary-credentials';
  if (kinds.has('resource') || /resource/.test(reason)) return 'resource-vs-identity';
  if (principal.kind === 'ec2-instance') return 'ec2-roles';
  if (principal.kind === 'role-session' || principal.kind === 'live-session') return 'roles-temporary-credentials';
  if (result.decision === 'allowed') {
    const identity = request.policies.identity ?? [];
    const deciding = result.decidedBy.map((r) => identity.find((p) => p.id === r.policyId));
    if (deciding.some((p) => p?.origin === 'group-inline' || p?.origin === 'group-managed')) return 'groups';
    if (deciding.some((p) => p?.origin === 'aws-managed')) return 'policy-types';
    return 'policy-anatomy';
  }
  if ((request.policies.identity ?? []).length === 0) return 'multiple-permissions';
  return resourceMissed(result) ? 'troubleshooting' : 'policy-anatomy';
}

/**
 * What a learner must weigh to predict the decision, read from its structure (not from how long the trace is):
 * each kind of policy beyond the identity policies that takes part (resource or trust policy, boundary, session
 * policy, SCPs, RCPs), a condition that decides or fails, an explicit deny that beats an allow, and a two-sided
 * cross-account call.
 */
export function decisionFactors(request: EvaluationRequest, result: EvaluationResult): string[] {
  const p = request.policies;
  const out: string[] = [];
  if (p.resource) out.push('resource-policy');
  if (p.trust) out.push('trust-policy');
  if (p.boundary) out.push('boundary');
  if (p.session?.length) out.push('session-policy');
  if (p.scps?.some((l) => l.policies.length > 0)) out.push('scp');
  if (p.rcps?.some((l) => l.policies.length > 0)) out.push('rcp');
  const failed =
    result.decision === 'implicitDeny'
      ? failedAllowConditions(result)
      : result.decision === 'allowed'
        ? failedConditions(result, 'Deny')
        : [];
  if (decisiveConditionChecks(result).length > 0 || failed.length > 0) out.push('condition');
  if (
    result.decision === 'explicitDeny' &&
    result.trace.events.some((e) => e.code === 'statement.applies' && e.outcome === 'allow')
  )
    out.push('deny-beats-allow');
  if (isCrossAccount(request, result)) out.push('cross-account');
  return out;
}

/** 1 (one policy kind, nothing else), 2 (one or two extra factors), 3 (three or more) from `decisionFactors`. */
export function difficultyOf(request: EvaluationRequest, result: EvaluationResult): 1 | 2 | 3 {
  const n = decisionFactors(request, result).length;
  return n === 0 ? 1 : n <= 2 ? 2 : 3;
}
