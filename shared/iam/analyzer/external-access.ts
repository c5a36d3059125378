/**
 * IAM Access Analyzer's external-access findings, computed from a world: for every resource-based policy and role trust
 * policy inside the zone of trust (one account, or the whole organization), which principals outside that zone can
 * use it, and for which actions. Each principal a policy names is turned into a probe caller from its own account
 * (whose identity policies are assumed to allow everything, as AWS's analyzer assumes) and the real engine decides,
 * so Deny statements, RCPs, NotPrincipal and conditions all count. Conditions an outsider can satisfy by itself
 * (`sts:ExternalId`, `aws:SourceIp`, `aws:SecureTransport`, ...) are filled in and reported on the finding, as AWS
 * lists them; conditions it cannot fake (`aws:PrincipalOrgID`, `aws:SourceVpce`, `aws:SourceArn`, ...) stay unmet.
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/what-is-access-analyzer.html,
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-concepts.html)
 */
import { evaluate } from '../evaluate/evaluate';
import type { ContextValue, EvaluationRequest, PolicyInput, PrincipalSpec } from '../request';
import { iamArn, readIamArn, rootArn } from '../../world/arn';
import { orgLevels, orgMembership } from '../../world/org-levels';
import { requestFor } from '../../world/request-for';
import type { PolicyDocument, ResourceKind, World } from '../../world/types';
import { allowStatements, type WrittenPrincipal } from './policy-statements';
import { PROBE_ACTIONS } from './probe-actions';

/** The zone of trust: one account, or every account of the world's organization. */
export type ZoneOfTrust = { kind: 'account'; accountId: string } | { kind: 'organization' };

/** One external-access finding. */
export interface ExternalAccessFinding {
  /** ARN of the resource or role the policy is on. */
  resource: string;
  resourceType: ResourceKind | 'role';
  /** The principal as the policy writes it (`*`, an account id, an ARN, a provider). */
  principal: string;
  /** `public`: anyone, even unauthenticated or any account; `account`: a named outside account or its principals; `federated`: an identity provider. */
  access: 'public' | 'account' | 'federated';
  /** Actions the probe was allowed (or the trust actions a federated entry names). */
  actions: string[];
  /** Condition keys the access depends on (satisfiable by the outsider). */
  conditions: string[];
}

/** An account id that no world uses, standing for "any other AWS account". */
export const OUTSIDER_ACCOUNT = '000000000000';

/** Condition keys whose value the caller itself controls, lower-cased. */
const CALLER_CONTROLLED = new Set([
  'sts:externalid',
  'aws:sourceip',
  'aws:securetransport',
  'aws:useragent',
  'aws:referer',
  'aws:requestedregion',
]);

const ALLOW_ALL: PolicyInput = {
  id: 'access-analyzer#outside-identity',
  name: "the outside principal's own identity policies (assumed to allow)",
  document: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] },
};

/** Whether an account is inside the zone of trust. */
export function inZone(world: World, zone: ZoneOfTrust, accountId: string): boolean {
  if (zone.kind === 'account') return accountId === zone.accountId;
  return orgMembership(world, accountId) !== undefined;
}

/** The account a written principal belongs to, or undefined when it names none (`*`, a provider domain). */
function accountOf(p: WrittenPrincipal): string | undefined {
  if (/^\d{12}$/.test(p.value)) return p.value;
  return /^arn:aws:(?:iam|sts)::(\d{12}):/.exec(p.value)?.[1];
}

/** Probe callers standing for a written AWS principal outside the zone. */
function probesFor(world: World, p: WrittenPrincipal): PrincipalSpec[] {
  const withOrg = (account: string): { account: string; org?: ReturnType<typeof orgMembership> } => {
    const org = orgMembership(world, account);
    return org ? { account, org } : { account };
  };
  if (p.block === '*' || p.value === '*') {
    return [
      { kind: 'anonymous' },
      { kind: 'user', ...withOrg(OUTSIDER_ACCOUNT), arn: `arn:aws:iam::${OUTSIDER_ACCOUNT}:user/outsider` },
    ];
  }
  const account = accountOf(p);
  if (account === undefined) return [];
  const arn = readIamArn(p.value);
  if (arn?.kind === 'role')
    return [{ kind: 'role-session', ...withOrg(account), roleArn: p.value, sessionName: 'outsider' }];
  if (arn?.kind === 'assumed-role')
    return [
      {
        kind: 'role-session',
        ...withOrg(account),
        roleArn: iamArn(account, 'role', '/', arn.roleName),
        sessionName: arn.sessionName,
      },
    ];
  const user = arn?.kind === 'user' ? p.value : iamArn(account, 'user', '/', 'outsider');
  return [{ kind: 'user', ...withOrg(account), arn: user }];
}

/** The request a probe makes: the resource side from the world, the caller side from the probe. */
function probeRequest(
  world: World,
  owner: string,
  probe: PrincipalSpec,
  action: string,
  resource: string,
  context: Record<string, ContextValue>,
): EvaluationRequest | undefined {
  const base = requestFor(world, rootArn(owner), action, resource);
  if (!base.ok) return undefined;
  const { resource: resourcePolicy, trust, rcps } = base.value.policies;
  const scps = probe.kind === 'anonymous' ? undefined : orgLevels(world, probe.account, 'SERVICE_CONTROL_POLICY');
  return {
    ...base.value,
    principal: probe,
    context,
    policies: {
      ...(probe.kind === 'anonymous' ? {} : { identity: [ALLOW_ALL] }),
      ...(scps ? { scps } : {}),
      ...(resourcePolicy ? { resource: resourcePolicy } : {}),
      ...(trust ? { trust } : {}),
      ...(rcps ? { rcps } : {}),
    },
  };
}

/** Findings for one policy document on one resource (or role). */
function analyzePolicy(
  world: World,
  zone: ZoneOfTrust,
  owner: string,
  resource: string,
  type: ResourceKind | 'role',
  document: PolicyDocument,
): ExternalAccessFinding[] {
  const byPrincipal = new Map<string, { p: WrittenPrincipal; conditions: Map<string, string> }>();
  for (const st of allowStatements(document))
    for (const p of st.principals) {
      const key = `${p.block}\u0000${p.value}`;
      const prev = byPrincipal.get(key);
      const conditions = prev?.conditions ?? new Map<string, string>();
      for (const [k, v] of st.conditions) if (!conditions.has(k)) conditions.set(k, v);
      byPrincipal.set(key, { p, conditions });
    }
  const findings: ExternalAccessFinding[] = [];
  for (const { p, conditions } of byPrincipal.values()) {
    if (p.block === 'Service' || p.block === 'CanonicalUser') continue;
    if (p.block === 'Federated') {
      if (type === 'role')
        findings.push({
          resource,
          resourceType: type,
          principal: p.value,
          access: 'federated',
          actions: [p.value.includes('saml-provider') ? 'sts:AssumeRoleWithSAML' : 'sts:AssumeRoleWithWebIdentity'],
          conditions: [...conditions.keys()],
        });
      continue;
    }
    const account = accountOf(p);
    if (account !== undefined && inZone(world, zone, account)) continue;
    const context: Record<string, ContextValue> = {};
    const used: string[] = [];
    for (const [key, value] of conditions) {
      if (!CALLER_CONTROLLED.has(key.toLowerCase())) continue;
      context[key] = key.toLowerCase() === 'aws:sourceip' ? value.split('/')[0] : value;
      used.push(key);
    }
    const targets =
      type === 's3-bucket'
        ? [
            ...PROBE_ACTIONS['s3-bucket'].map((a) => [a, resource] as const),
            ...PROBE_ACTIONS['s3-object'].map((a) => [a, `${resource}/*`] as const),
          ]
        : PROBE_ACTIONS[type].map((a) => [a, resource] as const);
    const allowed = new Set<string>();
    let publicHit = false;
    for (const probe of probesFor(world, p))
      for (const [action, arn] of targets) {
        const req = probeRequest(world, owner, probe, action, arn, context);
        if (req && evaluate(req, { trace: false }).decision === 'allowed') {
          allowed.add(action);
          if (p.block === '*' || p.value === '*') publicHit = true;
        }
      }
    if (allowed.size > 0)
      findings.push({
        resource,
        resourceType: type,
        principal: p.value,
        access: publicHit ? 'public' : 'account',
        actions: [...allowed],
        conditions: used,
      });
  }
  return findings;
}

/** Every external-access finding of the zone: resource policies first (account order), then role trust policies. */
export function externalAccessFindings(world: World, zone: ZoneOfTrust): ExternalAccessFinding[] {
  const out: ExternalAccessFinding[] = [];
  for (const account of Object.values(world.accounts)) {
    if (!inZone(world, zone, account.id)) continue;
    for (const res of Object.values(account.resources))
      if (res.kind !== 's3-object' && res.policy !== undefined)
        out.push(...analyzePolicy(world, zone, account.id, res.arn, res.kind, res.policy));
    for (const role of Object.values(account.roles))
      out.push(...analyzePolicy(world, zone, account.id, role.arn, 'role', role.trustPolicy));
  }
  return out;
}
