/**
 * Translates one of our EvaluationRequests into an `@cloud-copilot/iam-simulate` Simulation, or says why its model
 * cannot express the request. Test/bench only: iam-simulate is AGPL and a devDependency; nothing here is copied from
 * it, we only call its public `runSimulation`.
 *
 * iam-simulate takes the principal as an ARN string and does not derive principal keys, so this adapter derives the
 * same keys our engine derives (aws:PrincipalArn, aws:username, aws:userid, aws:PrincipalTag/*, ...) and passes them
 * as context variables.
 */
import type { Simulation } from '@cloud-copilot/iam-simulate';
import type {
  ContextValue,
  EvaluationRequest,
  JsonValue,
  PolicyInput,
  PrincipalSpec,
} from '../../../shared/iam/request';
import type { Decision } from '../../../shared/iam/request';

/** Why a case was not run through iam-simulate. */
export type SkipReason =
  | 'root-user'
  | 'service-principal'
  | 'credential-expiry'
  | 'management-account'
  | 'service-linked-role'
  | 'aws-managed-kms-key'
  | 'policy-text-not-json'
  | 'rcp-allow-statement';

/** Explanations of the skip reasons, for the report. */
export const SKIP_EXPLAINED: Record<SkipReason, string> = {
  'root-user': 'iam-simulate has no root-user principal (root has full access without policies).',
  'service-principal': 'iam-simulate has no AWS-service caller.',
  'credential-expiry':
    'iam-simulate has no credential lifetime; expired credentials fail authentication before policies.',
  'management-account':
    'iam-simulate has no notion of the organization management account (SCPs/RCPs do not apply there).',
  'service-linked-role': 'iam-simulate has no service-linked-role flag (SCPs/RCPs do not restrict them).',
  'aws-managed-kms-key': 'iam-simulate has no AWS-managed-key flag (RCPs do not apply to them).',
  'policy-text-not-json': 'The case hands a policy as text that is not JSON; iam-simulate takes parsed documents only.',
  'rcp-allow-statement':
    'The case attaches a customer RCP with an Allow statement in place of RCPFullAWSAccess (a hypothetical level without an allow); iam-simulate, like AWS for customer RCPs, accepts only Deny statements and always adds RCPFullAWSAccess.',
};

const PRINCIPAL_KEYS = new Set(
  [
    'aws:username',
    'aws:userid',
    'aws:principalarn',
    'aws:principalaccount',
    'aws:principalorgid',
    'aws:principalorgpaths',
    'aws:principaltype',
    'aws:multifactorauthpresent',
    'aws:multifactorauthage',
    'aws:tokenissuetime',
    'aws:sourceidentity',
    'aws:federatedprovider',
    'aws:principalisawsservice',
    'aws:principalservicename',
  ].map((k) => k),
);

/** The principal ARN iam-simulate expects. */
function principalArn(p: PrincipalSpec): string {
  switch (p.kind) {
    case 'user':
      return p.arn;
    case 'role-session': {
      const role = p.roleArn.split(':role/')[1]!.split('/').pop()!;
      return `arn:aws:sts::${p.account}:assumed-role/${role}/${p.sessionName}`;
    }
    case 'federated-user':
      return `arn:aws:sts::${p.account}:federated-user/${p.name}`;
    default:
      return '';
  }
}

/** The keys AWS derives from the principal, as our engine derives them (our own reading of the global-keys page). */
function derivedKeys(p: PrincipalSpec, now: string | undefined): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  if (now) {
    out['aws:CurrentTime'] = now;
    out['aws:EpochTime'] = String(Math.floor(Date.parse(now) / 1000));
  }
  if (p.kind === 'anonymous' || p.kind === 'service' || p.kind === 'root') return out;
  out['aws:PrincipalAccount'] = p.account;
  if (p.org) out['aws:PrincipalOrgID'] = p.org.orgId;
  if (p.mfa) {
    out['aws:MultiFactorAuthPresent'] = String(p.mfa.present);
    if (p.mfa.present && p.mfa.ageSeconds !== undefined) out['aws:MultiFactorAuthAge'] = String(p.mfa.ageSeconds);
  }
  if (p.kind === 'user') {
    out['aws:PrincipalArn'] = p.arn;
    out['aws:username'] = p.arn.split('/').pop()!;
    if (p.userId) out['aws:userid'] = p.userId;
    out['aws:PrincipalType'] = 'User';
    for (const [k, v] of Object.entries(p.tags ?? {})) out[`aws:PrincipalTag/${k}`] = v;
  } else if (p.kind === 'role-session') {
    out['aws:PrincipalArn'] = p.roleArn;
    if (p.roleId) out['aws:userid'] = `${p.roleId}:${p.sessionName}`;
    out['aws:PrincipalType'] = 'AssumedRole';
    for (const [k, v] of Object.entries({ ...(p.roleTags ?? {}), ...(p.sessionTags ?? {}) }))
      out[`aws:PrincipalTag/${k}`] = v;
    if (p.issuedAt) out['aws:TokenIssueTime'] = p.issuedAt;
    if (p.sourceIdentity) out['aws:SourceIdentity'] = p.sourceIdentity;
  } else if (p.kind === 'federated-user') {
    out['aws:PrincipalArn'] = principalArn(p);
    out['aws:userid'] = `${p.account}:${p.name}`;
    out['aws:PrincipalType'] = 'FederatedUser';
    if (p.issuedAt) out['aws:TokenIssueTime'] = p.issuedAt;
  }
  return out;
}

function contextValue(v: ContextValue): string | string[] {
  return Array.isArray(v) ? v.map(String) : String(v);
}

function doc(p: PolicyInput): JsonValue {
  return typeof p.document === 'string' ? (JSON.parse(p.document) as JsonValue) : p.document;
}

/** Merges several session policies into one document (a union of statements, which is how they combine). */
function mergedSession(ps: PolicyInput[]): JsonValue {
  const statements: JsonValue[] = [];
  for (const p of ps) {
    const d = doc(p) as { Statement: JsonValue };
    statements.push(...(Array.isArray(d.Statement) ? d.Statement : [d.Statement]));
  }
  return { Version: '2012-10-17', Statement: statements };
}

/** Converts a request, or returns the reason it cannot be expressed. */
export function toSimulation(r: EvaluationRequest): { simulation: Simulation } | { skip: SkipReason } {
  const p = r.principal;
  if (p.kind === 'root') return { skip: 'root-user' };
  if (p.kind === 'service') return { skip: 'service-principal' };
  if (
    (p.kind === 'role-session' || p.kind === 'federated-user') &&
    p.expiresAt &&
    r.now &&
    Date.parse(p.expiresAt) <= Date.parse(r.now)
  )
    return { skip: 'credential-expiry' };
  if (p.kind !== 'anonymous' && p.org?.isManagementAccount && r.policies.scps?.length)
    return { skip: 'management-account' };
  if (r.resource.org?.isManagementAccount && r.policies.rcps?.length) return { skip: 'management-account' };
  if (p.kind === 'role-session' && p.serviceLinked) return { skip: 'service-linked-role' };
  if (r.resource.awsManagedKey) return { skip: 'aws-managed-kms-key' };
  const isRcpFull = (x: PolicyInput) => {
    const st = (doc(x) as { Statement: JsonValue }).Statement as
      { [k: string]: JsonValue } | { [k: string]: JsonValue }[];
    const one = Array.isArray(st) ? (st.length === 1 ? st[0] : undefined) : st;
    return (
      !!one &&
      one.Effect === 'Allow' &&
      one.Action === '*' &&
      one.Resource === '*' &&
      one.Principal === '*' &&
      !one.Condition
    );
  };
  for (const l of r.policies.rcps ?? [])
    for (const x of l.policies)
      if (!isRcpFull(x) && JSON.stringify(doc(x)).includes('"Allow"')) return { skip: 'rcp-allow-statement' };
  const all = [
    ...(r.policies.identity ?? []),
    r.policies.resource,
    r.policies.boundary,
    r.policies.trust,
    ...(r.policies.session ?? []),
    ...(r.policies.scps ?? []).flatMap((l) => l.policies),
    ...(r.policies.rcps ?? []).flatMap((l) => l.policies),
  ];
  for (const x of all) {
    if (x && typeof x.document === 'string') {
      try {
        JSON.parse(x.document);
      } catch {
        return { skip: 'policy-text-not-json' };
      }
    }
  }
  const context: Record<string, string | string[]> = {};
  for (const [k, v] of Object.entries(r.context ?? {}))
    if (!PRINCIPAL_KEYS.has(k.toLowerCase())) context[k] = contextValue(v);
  for (const [k, v] of Object.entries(r.resource.tags ?? {})) context[`aws:ResourceTag/${k}`] = v;
  if (!/^s3:(PutObject|DeleteObject|DeleteObjectVersion)$/i.test(r.action))
    for (const [k, v] of Object.entries(r.resource.objectTags ?? {})) context[`s3:ExistingObjectTag/${k}`] = v;
  Object.assign(context, derivedKeys(p, r.now));
  const account = r.resource.account ?? r.resource.arn.split(':')[4] ?? '';
  const resourcePolicy = r.policies.trust ?? r.policies.resource;
  const simulation: Simulation = {
    request: {
      principal: p.kind === 'anonymous' ? { type: 'Anonymous' } : principalArn(p),
      action: r.action,
      resource: { resource: r.resource.arn, accountId: account },
      contextVariables: context,
    },
    identityPolicies: (r.policies.identity ?? []).map((x) => ({ name: x.id, policy: doc(x) })),
    serviceControlPolicies: (r.policies.scps ?? []).map((l) => ({
      orgIdentifier: l.id,
      policies: l.policies.map((x) => ({ name: x.id, policy: doc(x) })),
    })),
    // iam-simulate adds RCPFullAWSAccess at every level itself and accepts only Deny statements in customer RCPs.
    resourceControlPolicies: (r.policies.rcps ?? []).map((l) => ({
      orgIdentifier: l.id,
      policies: l.policies.filter((x) => !isRcpFull(x)).map((x) => ({ name: x.id, policy: doc(x) })),
    })),
  };
  if (resourcePolicy) simulation.resourcePolicy = doc(resourcePolicy);
  if (r.policies.boundary)
    simulation.permissionBoundaryPolicies = [{ name: r.policies.boundary.id, policy: doc(r.policies.boundary) }];
  if (r.policies.session?.length) simulation.sessionPolicy = mergedSession(r.policies.session);
  return { simulation };
}

/** iam-simulate's words → ours. */
export function decisionOf(x: 'Allowed' | 'ExplicitlyDenied' | 'ImplicitlyDenied'): Decision {
  return x === 'Allowed' ? 'allowed' : x === 'ExplicitlyDenied' ? 'explicitDeny' : 'implicitDeny';
}
