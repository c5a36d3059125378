/**
 * Replays a parsed denial in a world: finds the principal and the resource, builds the request with `requestFor`,
 * evaluates it, and compares the world's deciding gate with what AWS's message says. The comparison is data — an
 * agreement code and the facts behind it; `narration.ts` has the sentences. When they disagree the code says what the
 * world lacks (no SCP, no RCP, no boundary, no session policy, no resource policy, no VPC endpoint policy in the lab).
 */
import { evaluate } from '../evaluate/evaluate';
import type { ContextValue, EvaluationRequest, PolicyInput } from '../request';
import type { EvaluationResult } from '../result';
import { requestFor } from '../../world/request-for';
import type { World } from '../../world/types';
import { decidingGate, type DecidingGate } from './deciding';
import { decodeAuthorizationMessage } from './encoded-message';
import type { DenialDiagnostic, DenialKind, DenialPolicyType, ParsedDenial } from './types';

/** Agreement codes, from full agreement to the world lacking what AWS names. */
export const AGREEMENT_CODES = [
  'denial.agree',
  'denial.agree-no-type',
  'denial.kind-differs',
  'denial.type-differs',
  'denial.world-allows',
  'denial.world-has-no-scps',
  'denial.world-has-no-rcps',
  'denial.world-has-no-boundary',
  'denial.world-has-no-session-policy',
  'denial.world-has-no-resource-policy',
  'denial.vpc-endpoint-not-modelled',
  'denial.expired-token',
] as const;

/** One agreement code. */
export type AgreementCode = (typeof AGREEMENT_CODES)[number];

/** How the world's evaluation compares with AWS's message. */
export interface DenialAgreement {
  code: AgreementCode;
  agrees: boolean;
  aws: { policyType?: DenialPolicyType; kind: DenialKind };
  world: { decision: EvaluationResult['decision']; policyType?: DenialPolicyType; kind?: 'explicit' | 'implicit' };
}

/** Options of a replay. */
export interface ReplayOptions {
  /** Request context keys to add (aws:SourceIp, ...). */
  context?: Record<string, ContextValue>;
  /** Time of the request (defaults to the world clock). */
  now?: string;
}

/** A replay: the request, its evaluation and the comparison, or diagnostics when it could not be built. */
export interface Replay {
  request?: EvaluationRequest;
  evaluation?: EvaluationResult;
  agreement?: DenialAgreement;
  diagnostics: DenialDiagnostic[];
}

/** Fills principal, action and resource from one of our encoded messages. */
function withDecoded(parsed: ParsedDenial, diagnostics: DenialDiagnostic[]): ParsedDenial {
  if (parsed.encodedMessage === undefined || (parsed.principalArn && parsed.action)) return parsed;
  const text = decodeAuthorizationMessage(parsed.encodedMessage);
  if (text === undefined) {
    diagnostics.push({ code: 'denial.encoded-not-ours', severity: 'error' });
    return parsed;
  }
  const doc = JSON.parse(text) as {
    context: { principal: { arn?: string }; action: string; resource: string };
    explicitDeny: boolean;
    iamLab: { policyType?: DenialPolicyType };
  };
  return {
    ...parsed,
    principalArn: parsed.principalArn ?? doc.context.principal.arn,
    action: parsed.action ?? doc.context.action,
    resource: parsed.resource ?? doc.context.resource,
    ...(doc.iamLab.policyType && !parsed.policyType ? { policyType: doc.iamLab.policyType } : {}),
    kind: parsed.kind === 'unknown' ? (doc.explicitDeny ? 'explicit' : 'implicit') : parsed.kind,
  };
}

/** True when the request holds a policy of the type AWS named (so the world could have decided through it). */
function worldHas(req: EvaluationRequest, type: DenialPolicyType): boolean {
  const p = req.policies;
  switch (type) {
    case 'scp':
      return (p.scps ?? []).some((l) => l.policies.length > 0);
    case 'rcp':
      return (p.rcps ?? []).some((l) => l.policies.length > 0);
    case 'boundary':
      return p.boundary !== undefined;
    case 'session': {
      const pr = req.principal;
      const carried = pr.kind === 'role-session' || pr.kind === 'federated-user' ? pr.sessionPolicies : undefined;
      return (p.session?.length ?? 0) > 0 || (carried?.length ?? 0) > 0 || pr.kind === 'federated-user';
    }
    case 'resource':
      return p.resource !== undefined || p.trust !== undefined;
    case 'identity':
      return true;
    case 'vpc-endpoint':
      return false;
  }
}

const MISSING_CODE: Partial<Record<DenialPolicyType, AgreementCode>> = {
  scp: 'denial.world-has-no-scps',
  rcp: 'denial.world-has-no-rcps',
  boundary: 'denial.world-has-no-boundary',
  session: 'denial.world-has-no-session-policy',
  resource: 'denial.world-has-no-resource-policy',
  'vpc-endpoint': 'denial.vpc-endpoint-not-modelled',
};

/** Compares AWS's reading with the world's deciding gate. */
export function compareDenial(parsed: ParsedDenial, req: EvaluationRequest, res: EvaluationResult): DenialAgreement {
  const gate: DecidingGate | undefined = decidingGate(res);
  const aws = { ...(parsed.policyType ? { policyType: parsed.policyType } : {}), kind: parsed.kind };
  const world = {
    decision: res.decision,
    ...(gate?.policyType ? { policyType: gate.policyType } : {}),
    ...(gate ? { kind: gate.kind } : {}),
  };
  const out = (code: AgreementCode, agrees: boolean): DenialAgreement => ({ code, agrees, aws, world });
  if (parsed.policyType && !worldHas(req, parsed.policyType)) return out(MISSING_CODE[parsed.policyType]!, false);
  if (!gate) return out('denial.world-allows', false);
  if (!parsed.policyType) return out('denial.agree-no-type', true);
  if (gate.policyType !== parsed.policyType) return out('denial.type-differs', false);
  if (parsed.kind !== 'unknown' && parsed.kind !== gate.kind) return out('denial.kind-differs', false);
  return out('denial.agree', true);
}

/** The ids of every policy in a request (to check a policy ARN the message names). */
function policyIds(req: EvaluationRequest): Set<string> {
  const p = req.policies;
  const all: Array<PolicyInput | undefined> = [
    ...(p.identity ?? []),
    ...(p.session ?? []),
    p.resource,
    p.trust,
    p.boundary,
    ...(p.scps ?? []).flatMap((l) => l.policies),
    ...(p.rcps ?? []).flatMap((l) => l.policies),
  ];
  return new Set(all.filter((x): x is PolicyInput => x !== undefined).map((x) => x.id));
}

/** Builds, evaluates and compares the request a parsed denial describes. */
export function replayDenial(parsedIn: ParsedDenial, world: World, options: ReplayOptions = {}): Replay {
  const diagnostics: DenialDiagnostic[] = [];
  const parsed = withDecoded(parsedIn, diagnostics);
  if (parsed.format === 'expired-token' || parsed.errorCode === 'ExpiredToken') {
    return { diagnostics: [...diagnostics, { code: 'denial.expired-token-no-request', severity: 'warning' }] };
  }
  if (!parsed.principalArn || !parsed.action) {
    diagnostics.push({ code: 'denial.nothing-to-replay', severity: 'error' });
    return { diagnostics };
  }
  const resource = parsed.resource ?? '*';
  const built = requestFor(world, parsed.principalArn, parsed.action, resource, {
    ...(options.context ? { context: options.context } : {}),
    ...(options.now ? { now: options.now } : {}),
  });
  if (!built.ok) {
    diagnostics.push({
      code: 'denial.principal-not-in-world',
      severity: 'error',
      data: { principal: parsed.principalArn },
    });
    return { diagnostics };
  }
  const request = built.value;
  const evaluation = evaluate(request);
  if (parsed.policyArn && !policyIds(request).has(parsed.policyArn))
    diagnostics.push({
      code: 'denial.policy-not-in-world',
      severity: 'warning',
      data: { policyArn: parsed.policyArn },
    });
  return { request, evaluation, agreement: compareDenial(parsed, request, evaluation), diagnostics };
}
