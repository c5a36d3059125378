/**
 * Handing a request to the theatre from elsewhere (a lesson's failing check, a practice question, a saved wrong
 * prediction): turn what those places hold — a lesson request or an engine request — into a `RequestDraft` the
 * request builder can show, and replay an exact engine request as a one-step script when it carries its policies
 * inline (a hand-written quiz scenario has no world to rebuild it from).
 */
import type { ContextValue, EvaluationRequest, MfaState } from '../iam/request';
import type { EvaluationResult } from '../iam/result';
import type { DraftEnvironment, RequestDraft } from './draft';
import { finishScript, type TheatreScript } from './script';
import { putKey } from '../world/own';

/** A lesson's request (`shared/lessons` `LessonRequest`), restated here so the theatre does not import lessons. */
export interface PlainRequest {
  principal: string;
  action: string;
  resource: string;
  context?: Record<string, ContextValue>;
  now?: string;
  mfa?: { present: boolean; ageSeconds?: number };
}

/** Context keys the engine derives from the principal or the clock: never copied into a draft's environment. */
const DERIVED_PREFIXES = ['aws:Principal', 'aws:username', 'aws:userid', 'aws:CurrentTime', 'aws:EpochTime', 'aws:MultiFactorAuth', 'aws:TokenIssueTime', 'aws:FederatedProvider', 'aws:SourceIdentity', 'aws:ResourceTag/', 's3:ExistingObjectTag/', 'aws:ResourceAccount', 'aws:ResourceOrg', 'aws:CalledVia', 'aws:ViaAWSService'];

function envOf(context: Record<string, ContextValue> | undefined, now: string | undefined, mfa: PlainRequest['mfa']): DraftEnvironment {
  const env: DraftEnvironment = {};
  const extra: Record<string, ContextValue> = {};
  const tags: Record<string, string> = {};
  for (const [k, v] of Object.entries(context ?? {})) {
    if (k === 'aws:SourceIp' && typeof v === 'string') env.sourceIp = v;
    else if (k === 'aws:SecureTransport' && (typeof v === 'boolean' || v === 'true' || v === 'false')) env.secureTransport = v === true || v === 'true';
    else if (k.startsWith('aws:RequestTag/') && typeof v === 'string') putKey(tags, k.slice('aws:RequestTag/'.length), v);
    else if (k === 'aws:TagKeys') continue;
    else if (DERIVED_PREFIXES.some((p) => k.startsWith(p))) continue;
    else putKey(extra, k, v); // own property even for `__proto__`
  }
  if (now) env.time = now;
  if (mfa) {
    env.mfaPresent = mfa.present;
    if (mfa.present && mfa.ageSeconds !== undefined) env.mfaAgeSeconds = mfa.ageSeconds;
  }
  if (Object.keys(tags).length) env.requestTags = tags;
  if (Object.keys(extra).length) env.extra = extra;
  return env;
}

/** The draft of a lesson request: a direct call by the same principal, with its context as the environment. */
export function draftFromPlainRequest(req: PlainRequest): RequestDraft {
  return { flow: 'call', principal: req.principal, action: req.action, resource: req.resource || '*', env: envOf(req.context, req.now, req.mfa) };
}

/** The ARN (or instance id) the request builder would use for an engine request's caller. */
export function principalRefOf(request: EvaluationRequest): string {
  const p = request.principal;
  switch (p.kind) {
    case 'user':
      return p.arn;
    case 'root':
      return `arn:aws:iam::${p.account}:root`;
    case 'role-session':
      return p.roleArn;
    case 'federated-user':
      return `arn:aws:sts::${p.account}:federated-user/${p.name}`;
    case 'service':
      return p.service;
    default:
      return 'anonymous';
  }
}

/** The draft of an engine request (best effort: a direct call by the same caller in the same environment). */
export function draftFromEngineRequest(request: EvaluationRequest): RequestDraft {
  return {
    flow: 'call',
    principal: principalRefOf(request),
    action: request.action,
    resource: request.resource.arn,
    env: envOf(request.context, request.now, (request.principal as { mfa?: MfaState }).mfa),
  };
}

/**
 * Replays one exact engine request (and its result) as a script: a single "call" step. Used when the policies come
 * with the request instead of from a world, so the replay shows exactly what the question or check evaluated.
 */
export function scriptFromRequest(draft: RequestDraft, request: EvaluationRequest, result: EvaluationResult): TheatreScript {
  return finishScript(draft, [{ code: 'flow.call', status: result.decision === 'allowed' ? 'allow' : 'deny', facts: [['Action', request.action], ['Resource', request.resource.arn]], result, request }], result, request);
}
