/**
 * `requestFor`: turns "can this principal do this action on this resource?" into the engine's EvaluationRequest,
 * gathering every policy in play from the world: the principal's identity policies (a user's own plus its groups',
 * with origin and via; a role's for a role session), its permissions boundary, the SCPs of the principal's account and
 * the RCPs of the resource's account level by level, the resource-based policy (or the role's trust policy for
 * sts:AssumeRole*), and the session policies of a session. The UI, lessons and simulate-principal-policy all use it.
 *
 * Policy ids: managed policies use their ARN; inline policies `<holder ARN>#inline/<name>`; a trust policy
 * `<role ARN>#trust`; a resource policy `<resource ARN>#policy`; an inline session policy `<session ARN>#session-policy`.
 */
import type {
  ContextValue,
  EvaluationRequest,
  MfaState,
  PolicyInput,
  PolicySet,
  PrincipalSpec,
  ResourceSpec,
} from '../iam/request';
import { parseArn, readIamArn } from './arn';
import { worldError, type Result } from './errors';
import { defaultDocument, findManagedPolicy, findRoleByArn, findUserByArn } from './lookup';
import { orgLevels, orgMembership } from './org-levels';
import type { Account, IamRole, IamUser, PolicyHolder, Session, World } from './types';
import { own } from './own';

/** What the caller adds to a request: context keys, time, MFA state and a session name for bare role ARNs. */
export interface RequestEnvironment {
  context?: Record<string, ContextValue>;
  /** Defaults to the world clock. */
  now?: string;
  mfa?: MfaState;
  /** Session name used when the principal is given as a role ARN or an EC2 instance (default `session` / instance id). */
  sessionName?: string;
  /**
   * Tags the write sets on the object (`x-amz-tagging` of PutObject, the tag set of PutObjectTagging): they become
   * `s3:RequestObjectTag/<key>` and `s3:RequestObjectTagKeys` on those actions.
   */
  objectTags?: Record<string, string>;
}

/** S3 actions that carry the object tags of the request (s3:RequestObjectTag/*). */
const OBJECT_TAG_WRITES = /^s3:(PutObject|PutObjectTagging|PutObjectVersionTagging)$/i;

/** The context keys a tagging write adds: one s3:RequestObjectTag/<key> per tag and the list of keys. */
export function requestObjectTagContext(
  action: string,
  tags: Record<string, string> | undefined,
): Record<string, ContextValue> {
  const out = Object.create(null) as Record<string, ContextValue>;
  if (!tags || !OBJECT_TAG_WRITES.test(action)) return out;
  for (const [k, v] of Object.entries(tags)) out[`s3:RequestObjectTag/${k}`] = v;
  out['s3:RequestObjectTagKeys'] = Object.keys(tags);
  return out;
}

/** The managed policy as an engine input, or undefined for a dangling ARN. */
function managedInput(
  world: World,
  arn: string,
  origin: 'managed' | 'group-managed',
  via?: string,
): PolicyInput | undefined {
  const policy = findManagedPolicy(world, arn);
  if (!policy) return undefined;
  const input: PolicyInput = {
    id: arn,
    name: policy.name,
    document: defaultDocument(policy),
    origin: origin === 'managed' && arn.startsWith('arn:aws:iam::aws:') ? 'aws-managed' : origin,
  };
  if (via !== undefined) input.via = via;
  return input;
}

/** The inline and managed policies of one holder. */
function holderPolicies(world: World, holder: PolicyHolder & { arn: string }, group?: string): PolicyInput[] {
  const inline = Object.entries(holder.inlinePolicies).map(([name, document]): PolicyInput => {
    const input: PolicyInput = {
      id: `${holder.arn}#inline/${name}`,
      name,
      document,
      origin: group ? 'group-inline' : 'inline',
    };
    if (group) input.via = group;
    return input;
  });
  const managed = holder.attachedPolicies
    .map((arn) => managedInput(world, arn, group ? 'group-managed' : 'managed', group))
    .filter((p): p is PolicyInput => p !== undefined);
  return [...inline, ...managed];
}

/** A user's own policies followed by those of each of its groups. */
export function userIdentityPolicies(world: World, account: Account, user: IamUser): PolicyInput[] {
  const direct = holderPolicies(world, user);
  const viaGroups = user.groups.flatMap((g) => {
    const group = own(account.groups, g);
    return group ? holderPolicies(world, group, group.arn) : [];
  });
  return [...direct, ...viaGroups];
}

/** The boundary policy input of a user or role, if one is set. */
function boundaryInput(world: World, holder: IamUser | IamRole): PolicyInput | undefined {
  if (holder.permissionsBoundary === undefined) return undefined;
  const policy = findManagedPolicy(world, holder.permissionsBoundary);
  return policy ? { id: policy.arn, name: policy.name, document: defaultDocument(policy) } : undefined;
}

/** Session policies of a session as engine inputs. */
function sessionInputs(world: World, session: Session): PolicyInput[] | undefined {
  const inputs: PolicyInput[] = [];
  if (session.policy !== undefined)
    inputs.push({ id: `${session.arn}#session-policy`, name: 'session policy', document: session.policy });
  for (const arn of session.policyArns ?? []) {
    const policy = findManagedPolicy(world, arn);
    if (policy) inputs.push({ id: arn, name: policy.name, document: defaultDocument(policy) });
  }
  return inputs.length > 0 ? inputs : undefined;
}

/** Who is calling and which of its own policies apply. */
interface ResolvedPrincipal {
  spec: PrincipalSpec;
  identity?: PolicyInput[];
  boundary?: PolicyInput;
  session?: PolicyInput[];
}

/** Builds a role-session principal for a role, optionally from a recorded session. */
function roleSession(
  world: World,
  account: Account,
  role: IamRole,
  sessionName: string,
  extra: Partial<PrincipalSpec & { kind: 'role-session' }>,
  session?: Session,
): ResolvedPrincipal {
  const spec: PrincipalSpec = {
    kind: 'role-session',
    account: account.id,
    roleArn: role.arn,
    sessionName,
    roleId: role.id,
    roleTags: { ...role.tags },
    ...extra,
  };
  if (role.serviceLinked) spec.serviceLinked = true;
  const resolved: ResolvedPrincipal = { spec, identity: holderPolicies(world, role) };
  const boundary = boundaryInput(world, role);
  if (boundary) resolved.boundary = boundary;
  if (session) {
    const inputs = sessionInputs(world, session);
    if (inputs) resolved.session = inputs;
  }
  return resolved;
}

/** How a recorded session's kind maps onto the request's `via`. */
const VIA = { 'assumed-role': 'assume-role', 'web-identity': 'web-identity', saml: 'saml' } as const;

/** Resolves a principal reference (ARN, instance id, service name, `anonymous`) against the world. */
function resolvePrincipal(world: World, ref: string, env: RequestEnvironment): Result<ResolvedPrincipal> {
  if (ref === 'anonymous' || ref === '*') return { ok: true, value: { spec: { kind: 'anonymous' } } };
  if (/^[a-z0-9.-]+\.amazonaws\.com$/.test(ref)) {
    const account = Object.keys(world.accounts)[0] ?? '000000000000';
    return { ok: true, value: { spec: { kind: 'service', service: ref, account } } };
  }
  const instanceId = ref.startsWith('i-') ? ref : /^arn:aws:ec2:[^:]*:\d{12}:instance\/(i-[0-9a-f]+)$/.exec(ref)?.[1];
  if (instanceId) return instancePrincipal(world, instanceId, env);
  const token = own(world.sessions, ref);
  if (token?.kind === 'session-token') return sessionTokenPrincipal(world, token, env);
  const info = readIamArn(ref);
  const notFound = {
    ok: false as const,
    error: worldError('NoSuchEntity', 'principal.not-found', { arn: ref }, 'principal'),
  };
  if (!info) return notFound;
  const account = own(world.accounts, info.account);
  if (!account) return notFound;
  const mfa = env.mfa ? { mfa: env.mfa } : {};
  const org = orgMembership(world, account.id);
  const orgPart = org ? { org } : {};
  switch (info.kind) {
    case 'root':
      return { ok: true, value: { spec: { kind: 'root', account: account.id, ...orgPart, ...mfa } } };
    case 'user': {
      const found = findUserByArn(world, ref);
      if (!found) return notFound;
      const { user } = found;
      const resolved: ResolvedPrincipal = {
        spec: {
          kind: 'user',
          account: account.id,
          arn: user.arn,
          userId: user.id,
          tags: { ...user.tags },
          ...orgPart,
          ...mfa,
        },
        identity: userIdentityPolicies(world, account, user),
      };
      const boundary = boundaryInput(world, user);
      if (boundary) resolved.boundary = boundary;
      return { ok: true, value: resolved };
    }
    case 'role': {
      const found = findRoleByArn(world, ref);
      if (!found) return notFound;
      return {
        ok: true,
        value: roleSession(world, account, found.role, env.sessionName ?? 'session', {
          via: 'assume-role',
          ...orgPart,
          ...mfa,
        }),
      };
    }
    case 'assumed-role': {
      const session = own(world.sessions, ref);
      const role = session?.roleArn ? findRoleByArn(world, session.roleArn)?.role : own(account.roles, info.roleName);
      if (!role) return notFound;
      const extra: Partial<PrincipalSpec & { kind: 'role-session' }> = { ...orgPart, ...mfa };
      if (session) {
        extra.via = session.chained ? 'role-chaining' : (VIA[session.kind as keyof typeof VIA] ?? 'assume-role');
        extra.issuedAt = session.issuedAt;
        extra.expiresAt = session.expiresAt;
        if (session.tags) extra.sessionTags = { ...session.tags };
        if (session.sourceIdentity !== undefined) extra.sourceIdentity = session.sourceIdentity;
        if (session.providerArn !== undefined) extra.federatedProvider = session.providerArn;
        if (session.mfa && !env.mfa) extra.mfa = { present: true };
      }
      return { ok: true, value: roleSession(world, account, role, info.sessionName, extra, session) };
    }
    case 'federated-user': {
      const session = own(world.sessions, ref);
      const caller = session?.callerArn ? findUserByArn(world, session.callerArn) : undefined;
      if (!session || !caller) return notFound;
      const resolved: ResolvedPrincipal = {
        spec: {
          kind: 'federated-user',
          account: account.id,
          name: info.name,
          callerUserArn: caller.user.arn,
          issuedAt: session.issuedAt,
          expiresAt: session.expiresAt,
          ...orgPart,
          ...mfa,
        },
        identity: userIdentityPolicies(world, caller.account, caller.user),
        session: sessionInputs(world, session) ?? [],
      };
      const boundary = boundaryInput(world, caller.user);
      if (boundary) resolved.boundary = boundary;
      return { ok: true, value: resolved };
    }
    default:
      return notFound;
  }
}

/**
 * GetSessionToken credentials (named by their access key id) act as the user or root user that obtained them, with
 * aws:TokenIssueTime and an expiry, and MFA present (aged since issue) when a device code was given
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_temp_control-access_getsessiontoken.html).
 */
function sessionTokenPrincipal(world: World, token: Session, env: RequestEnvironment): Result<ResolvedPrincipal> {
  const now = Date.parse(env.now ?? world.clock);
  const ageSeconds = Math.max(0, Math.floor((now - Date.parse(token.issuedAt)) / 1000));
  const mfa: MfaState = env.mfa ?? (token.mfa ? { present: true, ageSeconds } : { present: false });
  const owner = resolvePrincipal(world, token.callerArn ?? token.arn, { ...env, mfa });
  if (!owner.ok || (owner.value.spec.kind !== 'user' && owner.value.spec.kind !== 'root')) return owner;
  return {
    ok: true,
    value: { ...owner.value, spec: { ...owner.value.spec, issuedAt: token.issuedAt, expiresAt: token.expiresAt } },
  };
}

/** Code on an EC2 instance acts as a session of the role in the instance's profile. */
function instancePrincipal(world: World, instanceId: string, env: RequestEnvironment): Result<ResolvedPrincipal> {
  for (const account of Object.values(world.accounts)) {
    const instance = own(account.instances, instanceId);
    if (!instance) continue;
    const profile = Object.values(account.instanceProfiles).find((p) => p.arn === instance.instanceProfileArn);
    const role = profile?.roles[0] ? account.roles[profile.roles[0]] : undefined;
    if (!role) return { ok: false, error: worldError('NoSuchEntity', 'instance.no-role', { instanceId }, 'principal') };
    const org = orgMembership(world, account.id);
    return {
      ok: true,
      value: roleSession(world, account, role, env.sessionName ?? instanceId, {
        via: 'ec2-instance-profile',
        ...(org ? { org } : {}),
      }),
    };
  }
  return { ok: false, error: worldError('NoSuchEntity', 'instance.not-found', { instanceId }, 'principal') };
}

/** Actions for which a role's trust policy plays the resource-based policy. */
const TRUST_ACTIONS = /^sts:(assumerole|assumerolewithwebidentity|assumerolewithsaml|tagsession|setsourceidentity)$/i;

/** The resource spec and its policy (resource-based or trust). */
function resolveResource(
  world: World,
  arn: string,
  action: string,
): { spec: ResourceSpec; resource?: PolicyInput; trust?: PolicyInput } {
  if (arn === '*') return { spec: { arn: '*' } };
  const withOrg = (spec: ResourceSpec, accountId: string | undefined): ResourceSpec => {
    if (accountId === undefined) return spec;
    const org = orgMembership(world, accountId);
    return org ? { ...spec, org } : spec;
  };
  const role = findRoleByArn(world, arn);
  if (role) {
    const spec = withOrg({ arn, account: role.account.id, tags: { ...role.role.tags } }, role.account.id);
    if (TRUST_ACTIONS.test(action))
      return { spec, trust: { id: `${arn}#trust`, name: 'trust policy', document: role.role.trustPolicy } };
    return { spec };
  }
  const user = findUserByArn(world, arn);
  if (user) return { spec: withOrg({ arn, account: user.account.id, tags: { ...user.user.tags } }, user.account.id) };
  // Resources with resource-based policies; an S3 object falls back to its bucket's policy.
  const candidates = [arn];
  const s3 = /^arn:aws:s3:::([^/]+)\/.+$/.exec(arn);
  if (s3) candidates.push(`arn:aws:s3:::${s3[1]}`);
  for (const candidate of candidates) {
    for (const account of Object.values(world.accounts)) {
      const res = own(account.resources, candidate);
      if (!res) continue;
      const holder = res.kind === 's3-object' ? account.resources[`arn:aws:s3:::${res.name.split('/')[0]}`] : res;
      // An object's own tags are s3:ExistingObjectTag, never aws:ResourceTag (on S3 that key is for bucket tags).
      let spec: ResourceSpec =
        res.kind === 's3-object'
          ? { arn, account: account.id, objectTags: { ...res.tags } }
          : { arn, account: account.id, tags: { ...res.tags } };
      if (res.awsManagedKey) spec.awsManagedKey = true;
      spec = withOrg(spec, account.id);
      const policy = holder?.policy;
      return policy === undefined
        ? { spec }
        : { spec, resource: { id: `${holder.arn}#policy`, name: `${holder.name} policy`, document: policy } };
    }
  }
  const parts = parseArn(arn);
  const account = parts && /^\d{12}$/.test(parts.account) ? parts.account : undefined;
  return {
    spec: withOrg(account ? { arn, account } : { arn }, account && own(world.accounts, account) ? account : undefined),
  };
}

/** Assembles the evaluation request for `principalRef` calling `action` on `resourceArn` in this world. */
export function requestFor(
  world: World,
  principalRef: string,
  action: string,
  resourceArn: string,
  environment: RequestEnvironment = {},
): Result<EvaluationRequest> {
  const principal = resolvePrincipal(world, principalRef, environment);
  if (!principal.ok) return principal;
  const p = principal.value;
  const r = resolveResource(world, resourceArn, action);
  const policies: PolicySet = {};
  if (p.identity) policies.identity = p.identity;
  if (p.boundary) policies.boundary = p.boundary;
  if (p.session) policies.session = p.session;
  if (r.resource) policies.resource = r.resource;
  if (r.trust) policies.trust = r.trust;
  const principalAccount = p.spec.kind === 'anonymous' ? undefined : p.spec.account;
  const scps = principalAccount ? orgLevels(world, principalAccount, 'SERVICE_CONTROL_POLICY') : undefined;
  if (scps) policies.scps = scps;
  const resourceAccount = r.spec.account ?? (resourceArn.startsWith('arn:aws:s3:::') ? undefined : principalAccount);
  const rcps = resourceAccount ? orgLevels(world, resourceAccount, 'RESOURCE_CONTROL_POLICY') : undefined;
  if (rcps) policies.rcps = rcps;
  const request: EvaluationRequest = {
    principal: p.spec,
    action,
    resource: r.spec,
    now: environment.now ?? world.clock,
    policies,
  };
  const tagKeys = requestObjectTagContext(action, environment.objectTags);
  if (environment.context || Object.keys(tagKeys).length > 0) request.context = { ...tagKeys, ...environment.context };
  return { ok: true, value: request };
}
