/**
 * `evaluate(request)`: AWS's decision flow, recording every step.
 *
 * authenticate → explicit deny across every applicable policy → RCPs → SCPs → resource-based policy → identity-based
 * policies → permissions boundary → session policies → decision. Across accounts the resource side (RCPs, resource
 * policy) and the principal side (SCPs, identity, boundary, session) are two evaluations that must both allow
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic_policy-eval-denyallow.html,
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic-cross-account.html).
 * The decision only moves down the lattice allowed → implicitDeny → explicitDeny. Deterministic: no clock.
 */
import { callerOf, type CallerIdentity } from '../context/caller';
import { RequestContext } from '../context/request-context';
import { accountOfArn } from '../match/arn';
import type { ReasonCode } from '../reasons';
import type { ContextValue, Decision, EvaluationRequest, PolicyInput } from '../request';
import type { EvaluationResult, PolicyError, StatementRef } from '../result';
import { OUTCOME, TraceRecorder } from '../trace/recorder';
import {
  isKmsKeyArn,
  isRoleArn,
  loadLevels,
  loadList,
  loadPolicy,
  rcpApplicability,
  scpApplicability,
  TRUST_ACTIONS,
} from './load';
import { authenticateGate } from './authenticate-gate';
import { rcpGate, scpGate } from './org-gates';
import { boundaryGate, identityGate, sessionGate } from './principal-gates';
import { resourceGate } from './resource-gate';
import { reportSkipped, scanPolicy } from './scan';
import type { EvalState, Hit, LoadedPolicy } from './state';

/** Options of `evaluate`. */
export interface EvaluateOptions {
  /** Record the trace (default true). Turn off on hot paths (benchmarks, reverse queries). */
  trace?: boolean;
}

/** Internal overrides used by the STS flows (web-identity / SAML callers, token claims as context keys). */
export interface EvaluateOverrides {
  caller?: CallerIdentity;
  extraContext?: Map<string, ContextValue>;
}

const IAM_KINDS: ReadonlySet<string> = new Set(['user', 'role-session', 'federated-user']);

function sessionInputsOf(req: EvaluationRequest): PolicyInput[] | undefined {
  if (req.policies?.session) return req.policies.session;
  const p = req.principal;
  if (p.kind === 'role-session' || p.kind === 'federated-user') return p.sessionPolicies;
  return undefined;
}

function buildState(req: EvaluationRequest, t: TraceRecorder, overrides?: EvaluateOverrides) {
  const pol = req.policies ?? {};
  const errors: PolicyError[] = [];
  const boundaryGiven = pol.boundary !== undefined && IAM_KINDS.has(req.principal.kind);
  const caller = overrides?.caller ?? callerOf(req.principal, boundaryGiven);
  const resourceAccount = req.resource.account ?? accountOfArn(req.resource.arn) ?? caller.account;
  // Cheap to create: the context map and derived keys are only worked out when a condition or variable reads them.
  const rc = new RequestContext(req, caller, resourceAccount, overrides?.extraContext);
  const actionLower = req.action.toLowerCase();
  // sts:AssumeRoot targets a member account's root (arn:aws:iam::MEMBER:root) but is authorized by the caller's side
  // only: the organization's centralized root access stands in for a resource-based policy
  // (https://docs.aws.amazon.com/IAM/latest/UserGuide/id_root-user-privileged-task.html).
  const crossAccount =
    caller.account !== undefined &&
    resourceAccount !== undefined &&
    caller.account !== resourceAccount &&
    actionLower !== 'sts:assumeroot' &&
    (IAM_KINDS.has(caller.kind) || caller.kind === 'root');
  let resourcePolicy: LoadedPolicy | undefined;
  let mustAllowExplicitly: EvalState['mustAllowExplicitly'];
  let trustMissing = false;
  let kmsKeyPolicyMissing = false;
  let trustIgnored = false;
  if (TRUST_ACTIONS.has(actionLower) && (pol.trust || isRoleArn(req.resource.arn))) {
    mustAllowExplicitly = 'trust';
    if (pol.trust) resourcePolicy = loadPolicy(pol.trust, 'trust', errors);
    trustMissing = resourcePolicy === undefined;
  } else {
    if (pol.trust) trustIgnored = true;
    if (pol.resource) resourcePolicy = loadPolicy(pol.resource, 'resource', errors);
    if (isKmsKeyArn(req.resource.arn)) {
      mustAllowExplicitly = 'kms';
      kmsKeyPolicyMissing = resourcePolicy === undefined;
    }
  }
  const iam = IAM_KINDS.has(caller.kind);
  const sessionInputs =
    caller.kind === 'role-session' || caller.kind === 'federated-user' ? sessionInputsOf(req) : undefined;
  const S: EvalState = {
    req,
    caller,
    env: {
      action: req.action,
      actionLower,
      resource: req.resource.arn,
      caller,
      read: rc.read,
      trace: t,
      missing: undefined,
    },
    t,
    resourceAccount,
    crossAccount,
    scps: loadLevels(pol.scps, 'scp', errors),
    scpApplies: scpApplicability(req, caller),
    rcps: loadLevels(pol.rcps, 'rcp', errors),
    rcpApplies: rcpApplicability(req, caller),
    resourcePolicy,
    mustAllowExplicitly,
    trustMissing,
    kmsKeyPolicyMissing,
    trustIgnored,
    identity: iam ? loadList(pol.identity, 'identity', errors) : [],
    boundary: boundaryGiven && pol.boundary ? loadPolicy(pol.boundary, 'boundary', errors) : undefined,
    session: sessionInputs ? loadList(sessionInputs, 'session', errors) : [],
    errors,
  };
  return { S, rc, boundaryGiven, sessionGiven: sessionInputs !== undefined && sessionInputs.length > 0 };
}

function refs(hits: Hit[]): StatementRef[] {
  return hits.map((h) => h.ref);
}

const PRINCIPAL_SIDE = 1;
const RESOURCE_SIDE = 2;

/** Scans one policy for applicable Deny statements into `denies`; returns `side` when it found one, else 0. */
function scanDeny(S: EvalState, lp: LoadedPolicy, side: typeof PRINCIPAL_SIDE | typeof RESOURCE_SIDE, denies: Hit[]) {
  if (S.crossAccount) S.t.side = side === PRINCIPAL_SIDE ? 'principal' : 'resource';
  const hits = scanPolicy(S, lp, 'Deny', 'explicit-deny');
  if (hits.length === 0) return 0;
  for (const h of hits) denies.push(h);
  return side;
}

/** Closes the trace with the decision event, marks the decisive events and builds the result. */
function finishWith(
  S: EvalState,
  decision: Decision,
  reason: ReasonCode,
  decidedBy: StatementRef[],
  decisive: number[],
  sides?: EvaluationResult['sides'],
): EvaluationResult {
  const t = S.t;
  t.side = undefined;
  if (t.on) {
    t.decision(reason, { outcome: decision, decisive: true });
    t.markDecisive(decisive);
  }
  const result: EvaluationResult = {
    decision,
    decidedBy,
    reason,
    errors: S.errors,
    missingContextKeys: S.env.missing ? [...S.env.missing] : [],
    trace: { events: t.on ? t.events : [] },
  };
  if (sides) result.sides = sides;
  return result;
}

/** Evaluates one request. Never throws on parsed input; policies that fail to parse are skipped and listed in `errors`. */
export function evaluate(req: EvaluationRequest, options?: EvaluateOptions): EvaluationResult {
  return evaluateWith(req, options, undefined);
}

/** `evaluate` with internal overrides (used by the STS flows). */
export function evaluateWith(
  req: EvaluationRequest,
  options: EvaluateOptions | undefined,
  overrides: EvaluateOverrides | undefined,
): EvaluationResult {
  const t = options?.trace === false ? TraceRecorder.OFF : new TraceRecorder(true);
  const { S, rc, boundaryGiven, sessionGiven } = buildState(req, t, overrides);

  // 0. Authenticate.
  const refused = authenticateGate(S, req, rc);
  if (refused) return finishWith(S, 'implicitDeny', refused.reason, [], refused.decisive);

  // sts:GetCallerIdentity needs no permission: it succeeds even under an explicit deny.
  if (S.env.actionLower === 'sts:getcalleridentity' && S.caller.kind !== 'anonymous')
    return finishWith(S, 'allowed', 'decision.get-caller-identity', [], []);

  // 1. Explicit deny across every applicable policy.
  t.enter('gate.explicit-deny', 'explicit-deny');
  reportSkipped(S, 'explicit-deny', undefined);
  const denies: Hit[] = [];
  let sidesHit = 0; // bit 1: a Deny on the principal side, bit 2: on the resource side
  if (S.scpApplies === 'apply')
    for (const l of S.scps) for (const lp of l.policies) sidesHit |= scanDeny(S, lp, PRINCIPAL_SIDE, denies);
  if (S.rcpApplies === 'apply')
    for (const l of S.rcps) for (const lp of l.policies) sidesHit |= scanDeny(S, lp, RESOURCE_SIDE, denies);
  if (S.resourcePolicy) sidesHit |= scanDeny(S, S.resourcePolicy, RESOURCE_SIDE, denies);
  for (const lp of S.identity) sidesHit |= scanDeny(S, lp, PRINCIPAL_SIDE, denies);
  if (S.boundary) sidesHit |= scanDeny(S, S.boundary, PRINCIPAL_SIDE, denies);
  for (const lp of S.session) sidesHit |= scanDeny(S, lp, PRINCIPAL_SIDE, denies);
  t.side = undefined;
  const denyPrincipal = (sidesHit & PRINCIPAL_SIDE) !== 0;
  const denyResource = (sidesHit & RESOURCE_SIDE) !== 0;
  if (denies.length) {
    const x = t.exit('explicit-deny.found', 'explicit-deny', OUTCOME['explicitDeny']);
    let sides: EvaluationResult['sides'];
    if (S.crossAccount) {
      const quiet = crossAccountSides(req, overrides);
      sides = {
        principal: denyPrincipal ? 'explicitDeny' : quiet.principal,
        resource: denyResource ? 'explicitDeny' : quiet.resource,
      };
    }
    return finishWith(
      S,
      'explicitDeny',
      'decision.explicit-deny',
      refs(denies),
      [...denies.map((h) => h.seq), x],
      sides,
    );
  }
  t.exit('explicit-deny.none', 'explicit-deny', OUTCOME['no-match']);

  if (S.crossAccount)
    return crossAccountFlow(
      S,
      (decision, reason, decidedBy, decisive, sides) => finishWith(S, decision, reason, decidedBy, decisive, sides),
      boundaryGiven,
      sessionGiven,
    );

  // 2. RCPs, 3. SCPs.
  const rcp = rcpGate(S);
  if (!rcp.ok) return finishWith(S, 'implicitDeny', 'decision.rcp-no-allow', [], rcp.decisive);
  const scp = scpGate(S);
  if (!scp.ok) return finishWith(S, 'implicitDeny', 'decision.scp-no-allow', [], scp.decisive);

  // 4. Resource-based policy (same account).
  const rp = resourceGate(S);
  if (rp.grant === 'blocked')
    return finishWith(S, 'implicitDeny', rp.reason ?? 'decision.resource-no-allow', [], rp.decisive);
  if (rp.grant === 'final')
    return finishWith(S, 'allowed', 'decision.resource-policy-allow', refs(rp.hits), rp.decisive);

  // 5. Identity-based policies (root: full access).
  const id = identityGate(S, rp.grant === 'limited');
  if (!id.ok)
    return finishWith(
      S,
      'implicitDeny',
      id.reason ?? 'decision.no-allow',
      [],
      rp.grant === 'none' ? [...rp.decisive, ...id.decisive] : id.decisive,
    );
  if (S.caller.kind === 'root')
    return finishWith(S, 'allowed', 'decision.root-full-access', refs(rp.hits), id.decisive);

  // 6. Permissions boundary, 7. session policies.
  const b = boundaryGate(S, boundaryGiven);
  if (!b.ok) return finishWith(S, 'implicitDeny', b.reason ?? 'decision.boundary-no-allow', [], b.decisive);
  const s = sessionGate(S, sessionGiven);
  if (!s.ok) return finishWith(S, 'implicitDeny', s.reason ?? 'decision.session-no-allow', [], s.decisive);
  const granting = rp.grant === 'limited' || rp.grant === 'delegated' ? rp.hits : [];
  return finishWith(S, 'allowed', 'decision.allowed', refs([...granting, ...id.hits, ...b.hits, ...s.hits]), [
    ...(rp.grant === 'limited' ? rp.decisive : []),
    ...id.decisive,
    ...b.decisive,
    ...s.decisive,
  ]);
}

type Finish = (
  decision: Decision,
  reason: ReasonCode,
  decidedBy: StatementRef[],
  decisive: number[],
  sides?: EvaluationResult['sides'],
) => EvaluationResult;

/** Cross-account: the resource side and the principal side each decide; both must allow. */
function crossAccountFlow(
  S: EvalState,
  finish: Finish,
  boundaryGiven: boolean,
  sessionGiven: boolean,
): EvaluationResult {
  const t = S.t;
  const failures: { reason: ReasonCode; decisive: number[] }[] = [];

  t.side = 'resource';
  const rcp = rcpGate(S);
  if (!rcp.ok) failures.push({ reason: 'decision.rcp-no-allow', decisive: rcp.decisive });

  t.side = 'principal';
  const scp = scpGate(S);
  if (!scp.ok) failures.push({ reason: 'decision.scp-no-allow', decisive: scp.decisive });

  t.side = 'resource';
  let resourceOk = rcp.ok;
  let rpHits: Hit[] = [];
  let rpDecisive: number[] = [];
  if (rcp.ok) {
    const rp = resourceGate(S);
    resourceOk = rp.grant === 'cross';
    rpHits = rp.hits;
    rpDecisive = rp.decisive;
    if (!resourceOk) failures.push({ reason: rp.reason ?? 'decision.resource-no-allow', decisive: rp.decisive });
  }

  t.side = 'principal';
  let principalOk = scp.ok;
  const allowHits: Hit[] = [];
  const allowDecisive: number[] = [];
  if (scp.ok) {
    for (const gate of [
      () => identityGate(S, false),
      () => boundaryGate(S, boundaryGiven),
      () => sessionGate(S, sessionGiven),
    ]) {
      const g = gate();
      if (!g.ok) {
        principalOk = false;
        failures.push({ reason: g.reason ?? 'decision.no-allow', decisive: g.decisive });
        break;
      }
      allowHits.push(...g.hits);
      allowDecisive.push(...g.decisive);
      if (S.caller.kind === 'root') break;
    }
  }
  const sides = {
    principal: (principalOk ? 'allowed' : 'implicitDeny') as Decision,
    resource: (resourceOk ? 'allowed' : 'implicitDeny') as Decision,
  };
  if (principalOk && resourceOk)
    return finish(
      'allowed',
      'decision.allowed',
      refs([...rpHits, ...allowHits]),
      [...rpDecisive, ...allowDecisive],
      sides,
    );
  const first = failures[0];
  return finish(
    'implicitDeny',
    first.reason,
    [],
    failures.flatMap((f) => f.decisive),
    sides,
  );
}

/** The two sides of a cross-account request, evaluated without a trace (used to fill `sides` on an explicit deny). */
function crossAccountSides(
  req: EvaluationRequest,
  overrides: EvaluateOverrides | undefined,
): { principal: Decision; resource: Decision } {
  const { S, boundaryGiven, sessionGiven } = buildState(req, TraceRecorder.OFF, overrides);
  let sides = { principal: 'implicitDeny' as Decision, resource: 'implicitDeny' as Decision };
  crossAccountFlow(
    S,
    (_d, _r, _b, _x, s) => {
      if (s) sides = s;
      return undefined as unknown as EvaluationResult;
    },
    boundaryGiven,
    sessionGiven,
  );
  return sides;
}
