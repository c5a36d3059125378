/**
 * Request environments worth asking about for one request: the context keys and MFA state that the request's
 * policies test. Keys AWS always sends (region, TLS, source IP) get a realistic default plus a variant that flips the
 * condition; MFA gets "no MFA information" (long-term access keys) and "signed in with MFA".
 */
import type { ContextValue, EvaluationRequest, MfaState } from '../../../iam/request';

/** One environment to evaluate a request in. */
export interface PracticeEnvironment {
  context?: Record<string, ContextValue>;
  mfa?: MfaState;
}

type Json = unknown;

/** Every condition block (key → values) found in the policies, as `[operatorLower, keyLower, values]`. */
function conditions(request: EvaluationRequest): [string, string, string[]][] {
  const out: [string, string, string[]][] = [];
  const visitDoc = (document: Json): void => {
    const parsed = typeof document === 'string' ? safeParse(document) : document;
    const statements = (parsed as { Statement?: Json })?.Statement;
    const list = Array.isArray(statements) ? statements : statements ? [statements] : [];
    for (const st of list) {
      const cond = (st as { Condition?: Record<string, Record<string, Json>> })?.Condition;
      if (!cond || typeof cond !== 'object') continue;
      for (const [op, block] of Object.entries(cond)) {
        if (!block || typeof block !== 'object') continue;
        for (const [key, v] of Object.entries(block)) {
          const values = (Array.isArray(v) ? v : [v]).map(String);
          out.push([op.toLowerCase(), key.toLowerCase(), values]);
        }
      }
    }
  };
  const p = request.policies;
  for (const x of p.identity ?? []) visitDoc(x.document);
  for (const x of p.session ?? []) visitDoc(x.document);
  if (p.resource) visitDoc(p.resource.document);
  if (p.boundary) visitDoc(p.boundary.document);
  for (const lvl of [...(p.scps ?? []), ...(p.rcps ?? [])]) for (const x of lvl.policies) visitDoc(x.document);
  return out;
}

function safeParse(text: string): Json {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** An address inside an IPv4 CIDR (the network address + 10), or undefined for anything else. */
function insideCidr(cidr: string): string | undefined {
  const m = /^(\d+)\.(\d+)\.(\d+)\.(\d+)(?:\/(\d+))?$/.exec(cidr);
  if (!m) return undefined;
  const bits = m[5] === undefined ? 32 : Number(m[5]);
  if (bits > 28) return `${m[1]}.${m[2]}.${m[3]}.${m[4]}`;
  return `${m[1]}.${m[2]}.${m[3]}.${Number(m[4]) + 10}`;
}

const OUTSIDE_IP = '198.51.100.77';
const OUTSIDE_REGION = 'ap-southeast-2';

/** The environments to try for `request` (always at least one; the first is the plain, realistic one). */
export function environmentsFor(request: EvaluationRequest): PracticeEnvironment[] {
  const conds = conditions(request);
  const keys = new Set(conds.map((c) => c[1]));
  const base: Record<string, ContextValue> = {};
  const flips: Record<string, ContextValue>[] = [];
  if (keys.has('aws:requestedregion')) {
    const allowed = conds.find((c) => c[1] === 'aws:requestedregion')![2];
    base['aws:RequestedRegion'] = allowed.find((r) => !r.includes('*')) ?? 'us-east-1';
    flips.push({ 'aws:RequestedRegion': allowed.includes(OUTSIDE_REGION) ? 'sa-east-1' : OUTSIDE_REGION });
  }
  if (keys.has('aws:securetransport')) {
    base['aws:SecureTransport'] = true;
    flips.push({ 'aws:SecureTransport': false });
  }
  if (keys.has('aws:sourceip')) {
    const cidr = conds.find((c) => c[1] === 'aws:sourceip')![2][0];
    const inside = insideCidr(cidr);
    base['aws:SourceIp'] = OUTSIDE_IP;
    if (inside && inside !== OUTSIDE_IP) flips.push({ 'aws:SourceIp': inside });
  }
  const withBase = (extra: Record<string, ContextValue>): PracticeEnvironment => {
    const context = { ...base, ...extra };
    return Object.keys(context).length > 0 ? { context } : {};
  };
  const envs: PracticeEnvironment[] = [withBase({}), ...flips.map(withBase)];
  if (keys.has('aws:multifactorauthpresent') || keys.has('aws:multifactorauthage')) {
    envs.push({ ...withBase({}), mfa: { present: true, ageSeconds: 300 } });
  }
  return envs;
}
