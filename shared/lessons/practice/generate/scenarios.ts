/**
 * Enumerates the questions a world can answer: every principal (root users, IAM users, roles as sessions, live
 * sessions, EC2 instances) × every relevant action (named by some policy of the world, directly or through a
 * wildcard, plus same-service near misses) × the resources that action acts on (the world's own, an object outside
 * the allowed prefix, a bucket no policy names) × the environments the policies test. Each combination becomes an
 * engine request through `requestFor` and is evaluated. Pure and deterministic (world order, catalog order).
 */
import { evaluate } from '../../../iam/evaluate/evaluate';
import { actionMatches } from '../../../iam/match/action';
import type { EvaluationRequest } from '../../../iam/request';
import type { EvaluationResult } from '../../../iam/result';
import { requestFor } from '../../../world/request-for';
import type { Account, PolicyDocument, World } from '../../../world/types';
import { findManagedPolicy, defaultDocument } from '../../../world/lookup';
import { ACTION_CATALOG, serviceOfAction, type ActionTarget, type CatalogAction } from './catalog';
import { environmentsFor, type PracticeEnvironment } from './environments';
import { isPlausibleRequest } from './plausible';

/** How the caller got its credentials, for the prompt and the topic. */
export type PrincipalRole =
  'root' | 'user' | 'role-session' | 'live-session' | 'web-identity-session' | 'saml-session' | 'ec2-instance';

/** A caller the generator asks about. */
export interface PracticePrincipal {
  /** What `requestFor` takes: an ARN or an instance id. */
  ref: string;
  kind: PrincipalRole;
  /** Short name for prompts: `alice`, `ProdS3Reader`, `i-0abc...`. */
  label: string;
  account: string;
  /** Role name for sessions and instances. */
  roleName?: string;
  /** Groups of a user. */
  groups?: string[];
  /** Session name for live sessions. */
  sessionName?: string;
}

/** One evaluated question candidate. */
export interface Scenario {
  principal: PracticePrincipal;
  action: string;
  target: ActionTarget;
  resourceArn: string;
  environment: PracticeEnvironment;
  request: EvaluationRequest;
  result: EvaluationResult;
}

/** Every caller of the world, in a stable order. */
export function principalsOf(world: World): PracticePrincipal[] {
  const out: PracticePrincipal[] = [];
  for (const account of Object.values(world.accounts)) {
    out.push({ ref: account.root.arn, kind: 'root', label: 'root user', account: account.id });
    for (const user of Object.values(account.users)) {
      out.push({ ref: user.arn, kind: 'user', label: user.name, account: account.id, groups: [...user.groups] });
    }
    for (const role of Object.values(account.roles)) {
      if (role.serviceLinked) continue;
      out.push({ ref: role.arn, kind: 'role-session', label: role.name, account: account.id, roleName: role.name });
    }
    for (const instance of Object.values(account.instances)) {
      if (!instance.instanceProfileArn) continue;
      const profile = Object.values(account.instanceProfiles).find((p) => p.arn === instance.instanceProfileArn);
      const roleName = profile?.roles[0];
      if (!roleName) continue;
      out.push({ ref: instance.id, kind: 'ec2-instance', label: instance.id, account: account.id, roleName });
    }
  }
  for (const session of Object.values(world.sessions)) {
    if (session.kind === 'federated' || !session.roleArn) continue;
    const kind: PrincipalRole =
      session.kind === 'web-identity'
        ? 'web-identity-session'
        : session.kind === 'saml'
          ? 'saml-session'
          : 'live-session';
    out.push({
      ref: session.arn,
      kind,
      label: session.sessionName,
      account: session.account,
      roleName: session.roleArn.split('/').pop(),
      sessionName: session.sessionName,
    });
  }
  return out;
}

/** Every policy document of the world (identity, managed in use, resource, trust, boundary, SCP, RCP). */
function worldDocuments(world: World): PolicyDocument[] {
  const docs: PolicyDocument[] = [];
  const managed = new Set<string>();
  for (const account of Object.values(world.accounts)) {
    const holders = [
      ...Object.values(account.users),
      ...Object.values(account.groups),
      ...Object.values(account.roles),
    ];
    for (const h of holders) {
      docs.push(...Object.values(h.inlinePolicies));
      h.attachedPolicies.forEach((a) => managed.add(a));
      const boundary = (h as { permissionsBoundary?: string }).permissionsBoundary;
      if (boundary) managed.add(boundary);
    }
    for (const role of Object.values(account.roles)) docs.push(role.trustPolicy);
    for (const res of Object.values(account.resources)) if (res.policy) docs.push(res.policy);
  }
  for (const session of Object.values(world.sessions)) if (session.policy) docs.push(session.policy);
  for (const arn of managed) {
    const p = findManagedPolicy(world, arn);
    if (p) docs.push(defaultDocument(p));
  }
  for (const p of Object.values(world.organization?.policies ?? {})) docs.push(p.document);
  return docs;
}

/** Action patterns named in a document's Action and NotAction elements. */
function actionPatterns(document: PolicyDocument): string[] {
  const statements = (document as { Statement?: unknown }).Statement;
  const list = Array.isArray(statements) ? statements : statements ? [statements] : [];
  return list.flatMap((st) => {
    const s = st as { Action?: unknown; NotAction?: unknown };
    const v = s.Action ?? s.NotAction;
    return (Array.isArray(v) ? v : v === undefined ? [] : [v]).filter((x): x is string => typeof x === 'string');
  });
}

/**
 * The catalog actions worth asking about in this world: those some policy names (directly or through a wildcard
 * other than a bare `*`), plus the other catalog actions of the same services (near misses).
 */
export function relevantActions(world: World): CatalogAction[] {
  const patterns = worldDocuments(world).flatMap(actionPatterns);
  const named = ACTION_CATALOG.filter((a) => patterns.some((p) => p !== '*' && actionMatches(p, a.action)));
  const services = new Set(named.map((a) => serviceOfAction(a.action)));
  return ACTION_CATALOG.filter((a) => services.has(serviceOfAction(a.action)));
}

function buckets(world: World): { arn: string; account: Account }[] {
  return Object.values(world.accounts).flatMap((account) =>
    Object.values(account.resources)
      .filter((r) => r.kind === 's3-bucket')
      .map((r) => ({ arn: r.arn, account })),
  );
}

/** Resource ARNs an action of `target` kind is asked about. */
function resourcesFor(world: World, target: ActionTarget): string[] {
  switch (target) {
    case 'none':
      return ['*'];
    case 'bucket':
      return buckets(world).map((b) => b.arn);
    case 'object':
      return buckets(world).flatMap(({ arn, account }) => {
        const name = arn.slice('arn:aws:s3:::'.length);
        const objects = Object.values(account.resources)
          .filter((r) => r.kind === 's3-object' && r.name.startsWith(`${name}/`))
          .map((r) => r.arn);
        return [...(objects.length ? objects : [`${arn}/data/report.csv`]), `${arn}/private/notes.txt`];
      });
    case 'role':
      return Object.values(world.accounts).flatMap((a) => Object.values(a.roles).map((r) => r.arn));
    case 'user':
      return Object.values(world.accounts).flatMap((a) => Object.values(a.users).map((u) => u.arn));
    case 'instance':
      return Object.values(world.accounts).flatMap((a) => Object.values(a.instances).map((i) => i.arn));
  }
}

/** Builds and evaluates one request; undefined when the world cannot resolve it. */
function scenarioOf(
  world: World,
  principal: PracticePrincipal,
  action: CatalogAction,
  resourceArn: string,
  environment: PracticeEnvironment,
): Scenario | undefined {
  const env: { context?: PracticeEnvironment['context']; mfa?: PracticeEnvironment['mfa']; sessionName?: string } = {
    ...environment,
  };
  if (principal.kind === 'role-session') env.sessionName = 'practice';
  const built = requestFor(world, principal.ref, action.action, resourceArn, env);
  if (!built.ok) return undefined;
  const request = built.value;
  if (environment.mfa && request.principal.kind !== 'anonymous') request.principal.mfa = { ...environment.mfa };
  // Not cloned: the engine does not change its input, and the world's policy objects keep the parse cache warm.
  const result = evaluate(request);
  if (result.errors.length > 0) return undefined;
  return { principal, action: action.action, target: action.target, resourceArn, environment, request, result };
}

/** Every evaluated candidate of the world, in a stable order. */
export function enumerateScenarios(world: World): Scenario[] {
  const out: Scenario[] = [];
  const actions = relevantActions(world);
  for (const principal of principalsOf(world)) {
    for (const action of actions) {
      if (principal.kind === 'root' && action.target === 'role' && action.action !== 'sts:AssumeRole') continue;
      for (const resourceArn of resourcesFor(world, action.target)) {
        if (!isPlausibleRequest(principal, action.action, resourceArn)) continue;
        const first = scenarioOf(world, principal, action, resourceArn, {});
        if (!first) continue;
        const envs = environmentsFor(first.request);
        for (const env of envs) {
          const s = Object.keys(env).length === 0 ? first : scenarioOf(world, principal, action, resourceArn, env);
          if (s) out.push(s);
        }
      }
    }
  }
  return out;
}
