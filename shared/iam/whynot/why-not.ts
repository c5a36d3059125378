/**
 * "Why not?": for a denied request, the smallest changes that would allow it; for an allowed one, what would deny it.
 * Pure functions over the request and its result (the trace must have been recorded).
 */
import type { EvaluationRequest, PrincipalSpec } from '../request';
import type { EvaluationResult, Gate } from '../result';
import { matchedDenyConditions, nearMisses } from './near-misses';
import { satisfyingValue } from './satisfy';
import type { Suggestion } from './types';

function principalArnForPolicy(p: PrincipalSpec): string | undefined {
  switch (p.kind) {
    case 'user':
      return p.arn;
    case 'role-session':
      return p.roleArn;
    case 'federated-user':
      return `arn:aws:sts::${p.account}:federated-user/${p.name}`;
    case 'root':
      return `arn:aws:iam::${p.account}:root`;
    default:
      return undefined;
  }
}

function allowStatement(req: EvaluationRequest, withPrincipal: boolean): Record<string, unknown> {
  const st: Record<string, unknown> = { Effect: 'Allow' };
  if (withPrincipal) {
    const p = req.principal;
    st.Principal =
      p.kind === 'service' ? { Service: p.service } : p.kind === 'anonymous' ? '*' : { AWS: principalArnForPolicy(p) };
  }
  st.Action = req.action;
  if (!withPrincipal || req.resource.arn !== '*') st.Resource = req.resource.arn;
  return st;
}

/** "Name the caller in this policy": for the trust, key and resource policies that must allow the principal explicitly. */
function addCallerAsPrincipal(
  req: EvaluationRequest,
  code: Suggestion['code'],
  policyKind: 'trust' | 'resource',
  policyId: string | undefined,
): Suggestion {
  return {
    code,
    gate: 'resource-policy',
    data: { principal: principalArnForPolicy(req.principal) },
    patch: { op: 'add-statement', policyKind, policyId, value: allowStatement(req, true) },
  };
}

function fromNearMisses(req: EvaluationRequest, result: EvaluationResult, gates: Gate[]): Suggestion[] {
  const out: Suggestion[] = [];
  for (const m of nearMisses(result.trace.events, gates)) {
    const f = m.failed;
    if (f.code === 'statement.action.no-match' || f.code === 'statement.not-action.no-match') {
      out.push({
        code: 'whynot.edit-statement-action',
        gate: m.gate,
        ref: m.ref,
        data: { action: req.action, pattern: f.pattern },
        patch: {
          op: 'edit-element',
          policyKind: m.ref.policyKind,
          policyId: m.ref.policyId,
          path: f.ref?.path,
          value: [...(Array.isArray(f.pattern) ? f.pattern : [f.pattern]), req.action],
        },
      });
    } else if (
      f.code === 'statement.resource.no-match' ||
      f.code === 'statement.not-resource.no-match' ||
      f.code === 'statement.resource.variable-unresolved'
    ) {
      out.push({
        code: 'whynot.edit-statement-resource',
        gate: m.gate,
        ref: m.ref,
        data: { resource: req.resource.arn, pattern: f.pattern },
        patch: {
          op: 'edit-element',
          policyKind: m.ref.policyKind,
          policyId: m.ref.policyId,
          path: f.ref?.path,
          value: [...(Array.isArray(f.pattern) ? f.pattern : [f.pattern]), req.resource.arn],
        },
      });
    } else if (f.operator !== undefined) {
      const missing = f.data?.missing === true;
      const values = Array.isArray(f.pattern) ? (f.pattern as string[]) : [];
      const satisfy = satisfyingValue(f.operator, values);
      out.push({
        code: missing ? 'whynot.condition-key-missing' : 'whynot.condition-failed',
        gate: m.gate,
        ref: m.ref,
        data: {
          operator: f.operator,
          key: f.key,
          policyValues: values,
          requestValue: f.value,
          ...(satisfy !== undefined ? { satisfyingValue: satisfy } : {}),
        },
      });
    }
  }
  return out;
}

/** Suggestions that would turn a denied request into an allowed one (empty for an allowed request). */
export function whyNot(req: EvaluationRequest, result: EvaluationResult): Suggestion[] {
  if (result.decision === 'allowed') return [];
  const out: Suggestion[] = [];
  for (const e of result.errors)
    out.push({
      code: 'whynot.fix-policy-error',
      gate: 'authenticate',
      data: { policyId: e.policyId, code: e.code, path: e.path },
    });
  if (result.decision === 'explicitDeny') {
    const exits = new Set(
      result.trace.events.filter((e) => e.decisive && e.code === 'statement.applies').map((e) => e.seq),
    );
    for (const ref of result.decidedBy)
      out.push({
        code: 'whynot.remove-deny',
        gate: 'explicit-deny',
        ref,
        data: { policyId: ref.policyId, sid: ref.sid },
        patch: { op: 'remove-statement', policyKind: ref.policyKind, policyId: ref.policyId, path: ref.path },
      });
    for (const c of matchedDenyConditions(result.trace.events, exits))
      out.push({
        code: 'whynot.deny-condition-matched',
        gate: 'explicit-deny',
        ref: c.ref,
        data: { operator: c.operator, key: c.key, policyValues: c.pattern, requestValue: c.value },
      });
    return out;
  }
  switch (result.reason) {
    case 'authenticate.expired':
      out.push({ code: 'whynot.refresh-credentials', gate: 'authenticate', data: {} });
      break;
    case 'authenticate.session-token-iam-needs-mfa':
      out.push({ code: 'whynot.session-token-with-mfa', gate: 'authenticate', data: {} });
      break;
    case 'authenticate.session-token-sts-limited':
      out.push({ code: 'whynot.long-term-credentials-for-sts', gate: 'authenticate', data: {} });
      break;
    case 'decision.scp-no-allow':
    case 'decision.rcp-no-allow': {
      const gate: Gate = result.reason === 'decision.scp-no-allow' ? 'scp' : 'rcp';
      const level = result.trace.events.find((e) => e.decisive && e.code === 'level.no-allow');
      out.push({
        code: gate === 'scp' ? 'whynot.scp-blocks' : 'whynot.rcp-blocks',
        gate,
        data: { level: level?.data?.id },
        patch: {
          op: 'add-statement',
          policyKind: gate,
          value: gate === 'rcp' ? { ...allowStatement(req, false), Principal: '*' } : allowStatement(req, false),
        },
      });
      out.push(...fromNearMisses(req, result, [gate]));
      break;
    }
    case 'decision.boundary-no-allow':
      out.push({
        code: 'whynot.boundary-blocks',
        gate: 'boundary',
        data: { policyId: req.policies.boundary?.id },
        patch: {
          op: 'add-statement',
          policyKind: 'boundary',
          policyId: req.policies.boundary?.id,
          value: allowStatement(req, false),
        },
      });
      out.push(...fromNearMisses(req, result, ['boundary']));
      break;
    case 'decision.session-no-allow':
      out.push({
        code: 'whynot.session-policy-blocks',
        gate: 'session',
        data: {},
        patch: { op: 'add-statement', policyKind: 'session', value: allowStatement(req, false) },
      });
      out.push(...fromNearMisses(req, result, ['session']));
      break;
    case 'decision.federated-no-session-policy':
      out.push({
        code: 'whynot.pass-session-policy',
        gate: 'session',
        data: {},
        patch: { op: 'add-statement', policyKind: 'session', value: allowStatement(req, false) },
      });
      break;
    case 'decision.trust-no-allow':
      out.push(addCallerAsPrincipal(req, 'whynot.trust-add-principal', 'trust', req.policies.trust?.id));
      out.push(...fromNearMisses(req, result, ['resource-policy']));
      break;
    case 'decision.kms-no-allow':
      out.push(addCallerAsPrincipal(req, 'whynot.key-policy-add-principal', 'resource', req.policies.resource?.id));
      out.push(...fromNearMisses(req, result, ['resource-policy']));
      break;
    case 'decision.resource-no-allow':
      out.push(
        addCallerAsPrincipal(req, 'whynot.resource-policy-add-principal', 'resource', req.policies.resource?.id),
      );
      out.push(...fromNearMisses(req, result, ['resource-policy']));
      if (result.sides?.principal === 'implicitDeny')
        out.push({
          code: 'whynot.add-identity-allow',
          gate: 'identity',
          data: {},
          patch: { op: 'add-statement', policyKind: 'identity', value: allowStatement(req, false) },
        });
      break;
    case 'decision.root-cannot-assume-role':
      out.push({ code: 'whynot.use-iam-principal', gate: 'resource-policy', data: {} });
      break;
    default:
      out.push({
        code: 'whynot.add-identity-allow',
        gate: 'identity',
        data: { action: req.action, resource: req.resource.arn },
        patch: {
          op: 'add-statement',
          policyKind: 'identity',
          policyId: req.policies.identity?.[0]?.id,
          value: allowStatement(req, false),
        },
      });
      out.push(...fromNearMisses(req, result, ['identity', 'resource-policy']));
  }
  return out;
}

/** Changes that would deny an allowed request (empty for a denied one). */
export function whatWouldDeny(req: EvaluationRequest, result: EvaluationResult): Suggestion[] {
  if (result.decision !== 'allowed') return [];
  const deny = { ...allowStatement(req, false), Effect: 'Deny' };
  const out: Suggestion[] = [
    {
      code: 'whatwould.add-deny',
      gate: 'explicit-deny',
      data: {},
      patch: { op: 'add-statement', policyKind: 'identity', policyId: req.policies.identity?.[0]?.id, value: deny },
    },
  ];
  for (const ref of result.decidedBy)
    out.push({
      code: 'whatwould.remove-allow',
      gate:
        ref.policyKind === 'resource' || ref.policyKind === 'trust'
          ? 'resource-policy'
          : ref.policyKind === 'boundary'
            ? 'boundary'
            : ref.policyKind === 'session'
              ? 'session'
              : 'identity',
      ref,
      data: { policyId: ref.policyId, sid: ref.sid },
      patch: { op: 'remove-statement', policyKind: ref.policyKind, policyId: ref.policyId, path: ref.path },
    });
  const p = req.principal;
  if (p.kind !== 'anonymous' && p.kind !== 'service' && p.org && !p.org.isManagementAccount)
    out.push({
      code: 'whatwould.scp-deny',
      gate: 'scp',
      data: {},
      patch: { op: 'add-statement', policyKind: 'scp', value: deny },
    });
  if (p.kind === 'user' || p.kind === 'role-session')
    out.push({ code: 'whatwould.boundary-without-action', gate: 'boundary', data: {} });
  if (p.kind === 'role-session')
    out.push({ code: 'whatwould.session-policy-without-action', gate: 'session', data: {} });
  return out;
}
