/**
 * `buildScript(world, draft)`: everything the theatre plays for one request, computed up front by the engine — the
 * flow steps that produced the credentials (AssumeRole, web identity, EC2 instance profile) and the call itself, each
 * with its evaluation, plus the session-permission intersection for role sessions. The animation only replays this.
 */
import { evaluate } from '../iam/evaluate/evaluate';
import type { EvaluationRequest, MfaState, PolicyInput, PrincipalSpec } from '../iam/request';
import type { EvaluationResult, TraceEvent } from '../iam/result';
import { assumeRoleWithWebIdentity } from '../iam/sts/web-identity';
import { assumeRoleWithSAML, samlClaimKeys, type SamlAssertion } from '../iam/sts/saml';
import { getFederationToken } from '../iam/sts/federation-token';
import { findRoleByArn } from '../world/lookup';
import { requestFor } from '../world/request-for';
import { roleInfoOf } from '../world/sts-inputs';
import type { World } from '../world/types';
import { contextOf, type RequestDraft } from './draft';
import { own } from '../world/own';

/** Codes of the flow steps (sentences in `FLOW_NARRATION`). */
export const FLOW_STEP_CODES = [
  'flow.caller-permission',
  'flow.trust-policy',
  'flow.session',
  'flow.provider',
  'flow.token-claims',
  'flow.trust-conditions',
  'flow.instance-profile',
  'flow.ec2-trust',
  'flow.metadata-credentials',
  'flow.saml-provider',
  'flow.saml-assertion',
  'flow.saml-trust',
  'flow.federation-caller',
  'flow.federation-session',
  'flow.call',
] as const;
/** One flow step code. */
export type FlowStepCode = (typeof FLOW_STEP_CODES)[number];

/** One step of the flow strip. Steps with a `result` contribute their trace events to the replay. */
export interface FlowStep {
  code: FlowStepCode;
  /** allow / deny once known; `info` for steps that only show facts; `skipped` when an earlier step refused. */
  status: 'allow' | 'deny' | 'info' | 'skipped';
  /** Facts shown on the step card (label → value). */
  facts: Array<[string, string]>;
  result?: EvaluationResult;
  request?: EvaluationRequest;
}

/** One term of a role session's effective permissions. */
export interface IntersectionTerm {
  /** `role` (or `user` for a GetFederationToken session: the calling user's policies), `boundary` or `session`. */
  term: 'role' | 'user' | 'boundary' | 'session';
  /** allows / does not allow the call; `absent` when not set (it then does not limit). */
  verdict: 'allows' | 'denies' | 'absent';
  policies: string[];
}

/** Effective permissions of a role session for the call: role ∩ boundary ∩ session policy. */
export interface Intersection {
  terms: IntersectionTerm[];
  /** True when every present term allows. */
  effective: boolean;
  /** True when the session policy allows but the role does not: the case "a session policy cannot add". */
  sessionCannotAdd: boolean;
}

/** What the theatre plays. */
export interface TheatreScript {
  draft: RequestDraft;
  steps: FlowStep[];
  /** The evaluation that decides (the call, or the flow step that refused). */
  final: EvaluationResult;
  /** The request of the final evaluation. */
  finalRequest?: EvaluationRequest;
  intersection?: Intersection;
  /** Every replayed event, in order, with the index of the step it belongs to. */
  events: TraceEvent[];
  stepOfEvent: number[];
}

/** A problem building the request (an unknown principal, a bad session policy): shown, not thrown. */
export interface ScriptProblem {
  code:
    | 'principal.not-found'
    | 'role.not-found'
    | 'session-policy.invalid-json'
    | 'request.invalid'
    | 'provider.missing'
    | 'caller.not-user';
  detail?: string;
}

function envOf(draft: RequestDraft, world: World, extra: { sessionName?: string } = {}) {
  const mfa: MfaState | undefined =
    draft.env.mfaPresent === undefined
      ? undefined
      : {
          present: draft.env.mfaPresent,
          ...(draft.env.mfaAgeSeconds !== undefined && draft.env.mfaPresent
            ? { ageSeconds: draft.env.mfaAgeSeconds }
            : {}),
        };
  return { context: contextOf(draft.env), now: draft.env.time || world.clock, ...(mfa ? { mfa } : {}), ...extra };
}

/** For a federated user session, the calling IAM user; other principals stay as they are. */
function termPrincipal(req: EvaluationRequest): PrincipalSpec {
  const p = req.principal;
  if (p.kind === 'federated-user') {
    const user: PrincipalSpec = { kind: 'user', account: p.account, arn: p.callerUserArn };
    if (p.org) user.org = p.org;
    if (p.mfa) user.mfa = p.mfa;
    return user;
  }
  const principal = { ...p } as PrincipalSpec & { sessionPolicies?: PolicyInput[] };
  delete principal.sessionPolicies;
  return principal;
}

function verdictOf(req: EvaluationRequest, policies: PolicyInput[] | undefined): IntersectionTerm['verdict'] {
  if (!policies || policies.length === 0) return 'absent';
  const r = evaluate({
    principal: termPrincipal(req),
    action: req.action,
    resource: { ...req.resource },
    context: req.context,
    now: req.now,
    policies: { identity: policies },
  });
  return r.decision === 'allowed' ? 'allows' : 'denies';
}

/**
 * The intersection of a session's permissions for the request: role ∩ boundary ∩ session policy for a role session,
 * user ∩ boundary ∩ session policy for a GetFederationToken session (undefined for other principals). A federated
 * user session with no session policy has no permissions, so there an absent session policy does not allow.
 */
export function intersectionOf(req: EvaluationRequest): Intersection | undefined {
  const kind = req.principal.kind;
  if (kind !== 'role-session' && kind !== 'federated-user') return undefined;
  const session = req.policies.session ?? (req.principal as { sessionPolicies?: PolicyInput[] }).sessionPolicies;
  const terms: IntersectionTerm[] = [
    {
      term: kind === 'federated-user' ? 'user' : 'role',
      verdict: verdictOf(req, req.policies.identity ?? []),
      policies: (req.policies.identity ?? []).map((p) => p.name ?? p.id),
    },
    {
      term: 'boundary',
      verdict: verdictOf(req, req.policies.boundary ? [req.policies.boundary] : undefined),
      policies: req.policies.boundary ? [req.policies.boundary.name ?? req.policies.boundary.id] : [],
    },
    { term: 'session', verdict: verdictOf(req, session), policies: (session ?? []).map((p) => p.name ?? p.id) },
  ];
  if (terms[0].verdict === 'absent') terms[0].verdict = 'denies';
  if (kind === 'federated-user' && terms[2].verdict === 'absent') terms[2].verdict = 'denies';
  const effective = terms.every((t) => t.verdict !== 'denies');
  return { terms, effective, sessionCannotAdd: terms[2].verdict === 'allows' && terms[0].verdict === 'denies' };
}

/** Assembles a script from its steps: the replayed events in order and, for a role session, the intersection. */
export function finishScript(
  draft: RequestDraft,
  steps: FlowStep[],
  final: EvaluationResult,
  finalRequest: EvaluationRequest | undefined,
): TheatreScript {
  const events: TraceEvent[] = [];
  const stepOfEvent: number[] = [];
  steps.forEach((s, i) => {
    for (const e of s.result?.trace.events ?? []) {
      events.push(e);
      stepOfEvent.push(i);
    }
  });
  const script: TheatreScript = { draft, steps, final, events, stepOfEvent };
  if (finalRequest) {
    script.finalRequest = finalRequest;
    const inter = intersectionOf(finalRequest);
    if (inter) script.intersection = inter;
  }
  return script;
}

function callStep(
  world: World,
  draft: RequestDraft,
  principal: string,
  extra: { sessionName?: string } = {},
): { ok: true; step: FlowStep; request: EvaluationRequest } | { ok: false; problem: ScriptProblem } {
  const r = requestFor(world, principal, draft.action.trim(), draft.resource.trim() || '*', envOf(draft, world, extra));
  if (!r.ok) return { ok: false, problem: { code: 'principal.not-found', detail: principal } };
  const result = evaluate(r.value);
  return {
    ok: true,
    request: r.value,
    step: {
      code: 'flow.call',
      status: result.decision === 'allowed' ? 'allow' : 'deny',
      facts: [
        ['Action', r.value.action],
        ['Resource', r.value.resource.arn],
      ],
      result,
      request: r.value,
    },
  };
}

function skipped(code: FlowStepCode, facts: Array<[string, string]> = []): FlowStep {
  return { code, status: 'skipped', facts };
}

function parseSessionPolicy(text: string | undefined): { ok: true; doc?: string } | { ok: false } {
  if (!text || !text.trim()) return { ok: true };
  try {
    JSON.parse(text);
    return { ok: true, doc: text };
  } catch {
    return { ok: false };
  }
}

/** Builds the script for a draft, or says what is wrong with the draft. */
export function buildScript(
  world: World,
  draft: RequestDraft,
): { ok: true; script: TheatreScript } | { ok: false; problem: ScriptProblem } {
  if (!draft.action.includes(':')) return { ok: false, problem: { code: 'request.invalid', detail: 'action' } };
  if (draft.flow === 'call') {
    const c = callStep(world, draft, draft.principal);
    if (!c.ok) return c;
    const steps: FlowStep[] = [c.step];
    if (c.request.principal.kind === 'role-session' && draft.principal.startsWith('i-')) {
      // An instance id resolves to the instance-profile role session: show how the credentials got there.
      return buildScript(world, { ...draft, flow: 'ec2' });
    }
    return { ok: true, script: finishScript(draft, steps, c.step.result!, c.request) };
  }
  if (draft.flow === 'assume-role') return assumeRoleScript(world, draft);
  if (draft.flow === 'web-identity') return webIdentityScript(world, draft);
  if (draft.flow === 'saml') return samlScript(world, draft);
  if (draft.flow === 'federation-token') return federationTokenScript(world, draft);
  return ec2Script(world, draft);
}

function assumeRoleScript(
  world: World,
  draft: RequestDraft,
): { ok: true; script: TheatreScript } | { ok: false; problem: ScriptProblem } {
  const roleArn = draft.roleArn ?? '';
  if (!findRoleByArn(world, roleArn)) return { ok: false, problem: { code: 'role.not-found', detail: roleArn } };
  const sp = parseSessionPolicy(draft.sessionPolicy);
  if (!sp.ok) return { ok: false, problem: { code: 'session-policy.invalid-json' } };
  const assume = requestFor(world, draft.principal, 'sts:AssumeRole', roleArn, envOf(draft, world));
  if (!assume.ok) return { ok: false, problem: { code: 'principal.not-found', detail: draft.principal } };
  const assumeResult = evaluate(assume.value);
  const allowed = assumeResult.decision === 'allowed';
  const sessionName = draft.sessionName || 'theatre-session';
  // One evaluation answers both questions: its identity side is the caller's permission, its resource side the trust policy.
  const steps: FlowStep[] = [
    {
      code: 'flow.caller-permission',
      status: allowed ? 'allow' : 'deny',
      facts: [
        ['Caller', draft.principal],
        ['Action', 'sts:AssumeRole'],
        ['Role', roleArn],
      ],
      result: assumeResult,
      request: assume.value,
    },
    { code: 'flow.trust-policy', status: allowed ? 'allow' : 'deny', facts: [['Trust policy of', roleArn]] },
  ];
  if (!allowed) {
    steps.push(skipped('flow.session'), skipped('flow.call'));
    return { ok: true, script: finishScript(draft, steps, assumeResult, assume.value) };
  }
  const c = callStep(world, draft, roleArn, { sessionName });
  if (!c.ok) return c;
  const req = c.request;
  if (sp.doc !== undefined && req.principal.kind === 'role-session') {
    const session: PolicyInput = { id: `${roleArn}#session-policy`, name: 'session policy', document: sp.doc };
    req.policies.session = [session];
    req.principal.sessionPolicies = [session];
    const result = evaluate(req);
    c.step.result = result;
    c.step.status = result.decision === 'allowed' ? 'allow' : 'deny';
  }
  steps.push({
    code: 'flow.session',
    status: 'info',
    facts: [
      ['Session', `${roleArn.replace(':iam::', ':sts::').replace(':role/', ':assumed-role/')}/${sessionName}`],
      ['Session policy', sp.doc !== undefined ? 'passed' : 'none'],
    ],
  });
  steps.push(c.step);
  return { ok: true, script: finishScript(draft, steps, c.step.result!, req) };
}

/** The call made with a federated role session: the caller is marked as coming from the draft's provider. */
function federatedCallStep(
  world: World,
  draft: RequestDraft,
  roleArn: string,
  sessionName: string,
  via: 'web-identity' | 'saml',
): ReturnType<typeof callStep> {
  const c = callStep(world, draft, roleArn, { sessionName });
  if (c.ok && c.request.principal.kind === 'role-session') {
    c.request.principal.via = via;
    c.request.principal.federatedProvider = draft.provider;
    c.step.result = evaluate(c.request);
    c.step.status = c.step.result.decision === 'allowed' ? 'allow' : 'deny';
  }
  return c;
}

function webIdentityScript(
  world: World,
  draft: RequestDraft,
): { ok: true; script: TheatreScript } | { ok: false; problem: ScriptProblem } {
  const roleArn = draft.roleArn ?? '';
  const role = roleInfoOf(world, roleArn)?.info;
  if (!role) return { ok: false, problem: { code: 'role.not-found', detail: roleArn } };
  if (!draft.provider) return { ok: false, problem: { code: 'provider.missing' } };
  const claims = draft.claims ?? {};
  const sessionName = draft.sessionName || 'web-session';
  const outcome = assumeRoleWithWebIdentity({
    role,
    provider: draft.provider,
    claims,
    sessionName,
    now: draft.env.time || world.clock,
  });
  const trust = outcome.ok ? outcome.steps[0] : outcome.result;
  const steps: FlowStep[] = [
    { code: 'flow.provider', status: 'info', facts: [['Provider', draft.provider]] },
    {
      code: 'flow.token-claims',
      status: 'info',
      facts: Object.entries(claims).map(([k, v]): [string, string] => [k, v]),
    },
    {
      code: 'flow.trust-conditions',
      status: outcome.ok ? 'allow' : 'deny',
      facts: [
        ['Role', roleArn],
        ['Action', 'sts:AssumeRoleWithWebIdentity'],
      ],
      result: trust,
    },
  ];
  if (!outcome.ok) {
    steps.push(skipped('flow.session'), skipped('flow.call'));
    return { ok: true, script: finishScript(draft, steps, trust, undefined) };
  }
  const c = federatedCallStep(world, draft, roleArn, sessionName, 'web-identity');
  if (!c.ok) return c;
  steps.push({
    code: 'flow.session',
    status: 'info',
    facts: [
      ['Session', outcome.session.sessionName],
      ['Expires', outcome.session.expiresAt ?? ''],
    ],
  });
  steps.push(c.step);
  return { ok: true, script: finishScript(draft, steps, c.step.result!, c.request) };
}

function ec2Script(
  world: World,
  draft: RequestDraft,
): { ok: true; script: TheatreScript } | { ok: false; problem: ScriptProblem } {
  const instanceId = draft.principal;
  const account = Object.values(world.accounts).find((a) => own(a.instances, instanceId));
  const instance = own(account?.instances, instanceId);
  const profile =
    account && instance
      ? Object.values(account.instanceProfiles).find((p) => p.arn === instance.instanceProfileArn)
      : undefined;
  const role = account && profile?.roles[0] ? account.roles[profile.roles[0]] : undefined;
  if (!account || !instance || !profile || !role)
    return { ok: false, problem: { code: 'principal.not-found', detail: instanceId } };
  const info = roleInfoOf(world, role.arn)!.info;
  const trustResult = evaluate({
    principal: { kind: 'service', service: 'ec2.amazonaws.com', account: account.id },
    action: 'sts:AssumeRole',
    resource: { arn: role.arn, account: account.id, tags: role.tags },
    now: draft.env.time || world.clock,
    policies: { trust: info.trustPolicy },
  });
  const trusted = trustResult.decision === 'allowed';
  const steps: FlowStep[] = [
    {
      code: 'flow.instance-profile',
      status: 'info',
      facts: [
        ['Instance', `${instance.name ?? ''} ${instance.id}`.trim()],
        ['Instance profile', profile.name],
        ['Role', role.name],
      ],
    },
    {
      code: 'flow.ec2-trust',
      status: trusted ? 'allow' : 'deny',
      facts: [
        ['Caller', 'ec2.amazonaws.com'],
        ['Role', role.arn],
      ],
      result: trustResult,
    },
  ];
  if (!trusted) {
    steps.push(skipped('flow.metadata-credentials'), skipped('flow.call'));
    return { ok: true, script: finishScript(draft, steps, trustResult, undefined) };
  }
  steps.push({
    code: 'flow.metadata-credentials',
    status: 'info',
    facts: [
      ['From', 'http://169.254.169.254 (instance metadata)'],
      ['Session', `${role.name}/${instance.id}`],
    ],
  });
  const c = callStep(world, { ...draft, flow: 'call' }, instanceId);
  if (!c.ok) return c;
  steps.push(c.step);
  return { ok: true, script: finishScript(draft, steps, c.step.result!, c.request) };
}

/** The assertion a draft describes: `sub`, `iss`, `aud`, `sub_type`, `namequalifier` from the claims, the rest as attributes. */
export function assertionOf(claims: Record<string, string>, issuer: string): SamlAssertion {
  const attributes: Record<string, string> = {};
  for (const [k, v] of Object.entries(claims))
    if (!['sub', 'iss', 'aud', 'sub_type', 'namequalifier'].includes(k)) attributes[k] = v;
  return {
    sub: claims.sub ?? 'learner',
    iss: claims.iss ?? issuer,
    ...(claims.aud !== undefined ? { aud: claims.aud } : {}),
    ...(claims.sub_type !== undefined ? { sub_type: claims.sub_type } : {}),
    ...(claims.namequalifier !== undefined ? { namequalifier: claims.namequalifier } : {}),
    ...(Object.keys(attributes).length ? { attributes } : {}),
  };
}

function samlScript(
  world: World,
  draft: RequestDraft,
): { ok: true; script: TheatreScript } | { ok: false; problem: ScriptProblem } {
  const roleArn = draft.roleArn ?? '';
  const role = roleInfoOf(world, roleArn)?.info;
  if (!role) return { ok: false, problem: { code: 'role.not-found', detail: roleArn } };
  if (!draft.provider) return { ok: false, problem: { code: 'provider.missing' } };
  const provider = Object.values(world.accounts)
    .flatMap((a) => Object.values(a.identityProviders))
    .find((p) => p.arn === draft.provider);
  const issuer = (provider as { entityId?: string } | undefined)?.entityId ?? 'https://idp.example.com/saml';
  const assertion = assertionOf(draft.claims ?? {}, issuer);
  const outcome = assumeRoleWithSAML({
    role,
    providerArn: draft.provider,
    assertion,
    now: draft.env.time || world.clock,
  });
  const trust = outcome.ok ? outcome.steps[0] : outcome.result;
  const keys = Object.entries(samlClaimKeys(assertion)).map(([k, v]): [string, string] => [
    k,
    Array.isArray(v) ? v.join(', ') : String(v),
  ]);
  const steps: FlowStep[] = [
    {
      code: 'flow.saml-provider',
      status: 'info',
      facts: [
        ['Provider', draft.provider],
        ['Issuer', issuer],
      ],
    },
    { code: 'flow.saml-assertion', status: 'info', facts: keys },
    {
      code: 'flow.saml-trust',
      status: outcome.ok ? 'allow' : 'deny',
      facts: [
        ['Role', roleArn],
        ['Action', 'sts:AssumeRoleWithSAML'],
      ],
      result: trust,
    },
  ];
  if (!outcome.ok) {
    steps.push(skipped('flow.session'), skipped('flow.call'));
    return { ok: true, script: finishScript(draft, steps, trust, undefined) };
  }
  const sessionName = outcome.session.sessionName;
  const c = federatedCallStep(world, draft, roleArn, sessionName, 'saml');
  if (!c.ok) return c;
  steps.push({
    code: 'flow.session',
    status: 'info',
    facts: [
      ['Session', `${roleArn.replace(':iam::', ':sts::').replace(':role/', ':assumed-role/')}/${sessionName}`],
      ['Expires', outcome.session.expiresAt ?? ''],
    ],
  });
  steps.push(c.step);
  return { ok: true, script: finishScript(draft, steps, c.step.result!, c.request) };
}

function federationTokenScript(
  world: World,
  draft: RequestDraft,
): { ok: true; script: TheatreScript } | { ok: false; problem: ScriptProblem } {
  const sp = parseSessionPolicy(draft.sessionPolicy);
  if (!sp.ok) return { ok: false, problem: { code: 'session-policy.invalid-json' } };
  const name = draft.sessionName || 'federated-learner';
  const base = requestFor(
    world,
    draft.principal,
    draft.action.trim(),
    draft.resource.trim() || '*',
    envOf(draft, world),
  );
  if (!base.ok) return { ok: false, problem: { code: 'principal.not-found', detail: draft.principal } };
  const caller = base.value.principal;
  if (caller.kind !== 'user' && caller.kind !== 'root')
    return { ok: false, problem: { code: 'caller.not-user', detail: draft.principal } };
  const callerPolicies = { ...base.value.policies };
  delete callerPolicies.resource;
  delete callerPolicies.trust;
  const session: PolicyInput | undefined =
    sp.doc !== undefined
      ? { id: `${draft.principal}#federation-session-policy`, name: 'session policy', document: sp.doc }
      : undefined;
  const outcome = getFederationToken({
    caller,
    callerPolicies,
    name,
    now: draft.env.time || world.clock,
    context: base.value.context,
    ...(session ? { sessionPolicy: session } : {}),
  });
  const callerResult = outcome.ok ? outcome.steps[0] : outcome.result;
  const steps: FlowStep[] = [
    {
      code: 'flow.federation-caller',
      status: outcome.ok ? 'allow' : 'deny',
      facts: [
        ['Caller', draft.principal],
        ['Action', 'sts:GetFederationToken'],
        ['Federated user', name],
      ],
      result: callerResult,
    },
  ];
  if (!outcome.ok) {
    steps.push(skipped('flow.federation-session'), skipped('flow.call'));
    return { ok: true, script: finishScript(draft, steps, callerResult, undefined) };
  }
  const req: EvaluationRequest = {
    ...base.value,
    principal: outcome.session,
    policies: { ...base.value.policies, ...(session ? { session: [session] } : {}) },
  };
  const result = evaluate(req);
  steps.push({
    code: 'flow.federation-session',
    status: 'info',
    facts: [
      ['Session', `arn:aws:sts::${caller.account}:federated-user/${name}`],
      ['Session policy', session ? 'passed' : 'none — the session has no permissions'],
      ['Expires', outcome.session.expiresAt ?? ''],
    ],
  });
  steps.push({
    code: 'flow.call',
    status: result.decision === 'allowed' ? 'allow' : 'deny',
    facts: [
      ['Action', req.action],
      ['Resource', req.resource.arn],
    ],
    result,
    request: req,
  });
  return { ok: true, script: finishScript(draft, steps, result, req) };
}
