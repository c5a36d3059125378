/**
 * sts:AssumeRole as a pure flow: the caller needs permission (its identity side) and the role's trust policy must
 * allow it (`sts:ExternalId`, MFA and other conditions are evaluated there); session tags need sts:TagSession and a
 * source identity sts:SetSourceIdentity; DurationSeconds is 900..MaxSessionDuration and at most 3600 when chaining;
 * up to 10 managed session policies travel on the session
 * (https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRole.html,
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_terms-and-concepts.html#iam-term-role-chaining).
 */
import { evaluate } from '../evaluate/evaluate';
import { accountOfArn } from '../match/arn';
import type { EvaluationRequest, PrincipalSpec, RoleSessionPrincipal } from '../request';
import type { EvaluationResult } from '../result';
import {
  assumeRoleDenialCode,
  addSeconds,
  durationProblem,
  evaluationDenial,
  parameterDenial,
  sessionPolicyList,
  success,
  tagContext,
} from './common';
import type { CallerPolicies, FlowContext, RoleInfo, SessionPolicyInput, StsOutcome } from './types';

/** Input of `assumeRole`. */
export interface AssumeRoleInput extends SessionPolicyInput {
  caller: PrincipalSpec;
  callerPolicies: CallerPolicies;
  role: RoleInfo;
  sessionName: string;
  externalId?: string;
  durationSeconds?: number;
  /** Session tags (need sts:TagSession). */
  tags?: Record<string, string>;
  /** Keys of `tags` that pass on when this session assumes another role. */
  transitiveTagKeys?: string[];
  sourceIdentity?: string;
  /** ISO time of the call. */
  now: string;
  context?: FlowContext;
}

function callerSourceIdentity(caller: PrincipalSpec): string | undefined {
  return caller.kind === 'role-session' ? caller.sourceIdentity : undefined;
}

/** Runs AssumeRole; returns the new role session or the denial. */
export function assumeRole(input: AssumeRoleInput): StsOutcome<RoleSessionPrincipal> {
  const steps: EvaluationResult[] = [];
  const chaining = input.caller.kind === 'role-session';
  const duration = input.durationSeconds ?? 3600;
  const max = chaining ? 3600 : (input.role.maxSessionDuration ?? 3600);
  if (chaining && duration > 3600) return parameterDenial('sts.duration.chained-cap', { durationSeconds: duration });
  const dp = durationProblem(duration, max);
  if (dp) return parameterDenial(dp, { durationSeconds: duration, max });
  const policies = sessionPolicyList(input);
  if (typeof policies === 'string') return parameterDenial(policies, { count: input.policyArns?.length });

  const roleAccount = accountOfArn(input.role.arn) ?? '';
  // Tag keys are user-chosen: a null-prototype record, and only the session's own tags count.
  const inheritedTags = Object.create(null) as Record<string, string>;
  if (input.caller.kind === 'role-session' && input.caller.sessionTags) {
    for (const k of input.caller.transitiveTagKeys ?? [])
      if (Object.hasOwn(input.caller.sessionTags, k)) inheritedTags[k] = input.caller.sessionTags[k];
  }
  const sourceIdentity = input.sourceIdentity ?? callerSourceIdentity(input.caller);
  const context: FlowContext = {
    ...input.context,
    ...tagContext(input.tags),
    'sts:RoleSessionName': input.sessionName,
    ...(input.externalId !== undefined ? { 'sts:ExternalId': input.externalId } : {}),
    ...(sourceIdentity !== undefined ? { 'sts:SourceIdentity': sourceIdentity } : {}),
  };
  const base = (action: string): EvaluationRequest => ({
    principal: input.caller,
    action,
    resource: { arn: input.role.arn, account: roleAccount, tags: input.role.tags, org: input.role.org },
    context,
    now: input.now,
    policies: { ...input.callerPolicies, trust: input.role.trustPolicy, rcps: input.role.rcps },
  });

  const main = evaluate(base('sts:AssumeRole'));
  steps.push(main);
  if (main.decision !== 'allowed') return evaluationDenial(assumeRoleDenialCode(main), main, steps);
  if (input.tags && Object.keys(input.tags).length) {
    const tag = evaluate(base('sts:TagSession'));
    steps.push(tag);
    if (tag.decision !== 'allowed') return evaluationDenial('sts.tag-session.denied', tag, steps);
  }
  if (input.sourceIdentity !== undefined) {
    const si = evaluate(base('sts:SetSourceIdentity'));
    steps.push(si);
    if (si.decision !== 'allowed') return evaluationDenial('sts.source-identity.denied', si, steps);
  }
  const sessionTags = { ...inheritedTags, ...(input.tags ?? {}) };
  const session: RoleSessionPrincipal = {
    kind: 'role-session',
    account: roleAccount,
    roleArn: input.role.arn,
    sessionName: input.sessionName,
    via: chaining ? 'role-chaining' : 'assume-role',
    issuedAt: input.now,
    expiresAt: addSeconds(input.now, duration),
  };
  if (input.role.roleId) session.roleId = input.role.roleId;
  if (input.role.tags) session.roleTags = input.role.tags;
  if (Object.keys(sessionTags).length) session.sessionTags = sessionTags;
  if (sourceIdentity !== undefined) session.sourceIdentity = sourceIdentity;
  if (input.role.serviceLinked) session.serviceLinked = true;
  if (input.role.org) session.org = input.role.org;
  if (input.caller.kind !== 'anonymous' && input.caller.kind !== 'service' && input.caller.mfa?.present)
    session.mfa = input.caller.mfa;
  if (policies.length) session.sessionPolicies = policies;
  const transitive = [
    ...(input.caller.kind === 'role-session' ? (input.caller.transitiveTagKeys ?? []) : []),
    ...(input.transitiveTagKeys ?? []),
  ];
  if (transitive.length) session.transitiveTagKeys = [...new Set(transitive)];
  if (chaining && input.caller.kind === 'role-session')
    session.chainedFrom = `${input.caller.roleArn}#${input.caller.sessionName}`;
  return success('sts.assume-role.ok', session, steps);
}
