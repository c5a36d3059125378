/**
 * A simulated identity provider: it issues the web identity tokens and SAML assertions a learner needs to run
 * `AssumeRoleWithWebIdentity` and `AssumeRoleWithSAML` by hand, with the claims the learner chooses.
 *
 * NOTHING HERE IS SIGNED. A real OIDC ID token is a JWT signed by the provider (RS256) and STS checks the signature
 * against the provider's keys; a real SAML response is signed XML. The lab's tokens are unsigned JWTs
 * (`base64url(header).base64url(claims).` with `"alg": "none"`) and its assertions are base64-encoded JSON, so
 * learners see the real shapes and claims while the offline world stays honest about what it does not check.
 * Pure: the time of issue comes in as an argument (no clock), and mistakes come back as codes, never thrown.
 */
import { base64Encode, utf8Bytes } from '../../terminal/aws/encoding';

/** An issued token or assertion, or why it could not be issued. */
export type Issued =
  | { ok: true; token: string; claims: Record<string, unknown>; expiresAt: string }
  | { ok: false; code: string; path: string };

/** GitHub Actions' OIDC issuer. */
export const GITHUB_ISSUER = 'https://token.actions.githubusercontent.com';
/** Google's OIDC issuer. */
export const GOOGLE_ISSUER = 'https://accounts.google.com';
/** The audience AWS's GitHub action asks for. */
export const STS_AUDIENCE = 'sts.amazonaws.com';
/** The SAML recipient of AWS console sign-in. */
export const AWS_SAML_AUDIENCE = 'https://signin.aws.amazon.com/saml';
/** A typical AD FS entity ID, used when the learner names none. */
export const DEFAULT_ADFS_ENTITY_ID = 'https://adfs.example.com/adfs/services/trust';
/** How long an issued token is valid unless the learner says otherwise (one hour). */
export const DEFAULT_LIFETIME_SECONDS = 3600;

/** base64url without padding, as JWTs use it. */
function base64url(text: string): string {
  return base64Encode(utf8Bytes(text)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** An unsigned JWT: header and claims in base64url, an empty signature. */
export function encodeUnsignedJwt(claims: Record<string, unknown>): string {
  return `${base64url(JSON.stringify({ alg: 'none', typ: 'JWT' }))}.${base64url(JSON.stringify(claims))}.`;
}

/** Seconds since the epoch of an ISO time, or undefined when it is not a time. */
function epochSeconds(iso: string): number | undefined {
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? undefined : Math.floor(ms / 1000);
}

/** Common time checks: `now` is a time, the lifetime is 1 s .. 12 h. */
function times(
  now: string,
  lifetime: number | undefined,
): { iat: number; exp: number } | { code: string; path: string } {
  const iat = epochSeconds(now);
  if (iat === undefined) return { code: 'idp.bad-time', path: 'now' };
  const life = lifetime ?? DEFAULT_LIFETIME_SECONDS;
  if (!Number.isInteger(life) || life < 1 || life > 43200) return { code: 'idp.bad-lifetime', path: 'lifetimeSeconds' };
  return { iat, exp: iat + life };
}

/** What a GitHub Actions workflow run is: the repository and what triggered it. */
export interface GitHubRun {
  /** `owner/name` */
  repo: string;
  /** Exactly one of branch, tag, environment or pullRequest decides the `sub` claim. */
  branch?: string;
  tag?: string;
  environment?: string;
  pullRequest?: boolean;
  /** The requested audience; AWS's action asks for `sts.amazonaws.com`. */
  audience?: string;
  actor?: string;
  workflow?: string;
  /** ISO time of issue. */
  now: string;
  lifetimeSeconds?: number;
}

const REPO = /^[A-Za-z0-9-]+\/[A-Za-z0-9._-]+$/;
const REF_NAME = /^[A-Za-z0-9._/-]+$/;

/**
 * A GitHub Actions OIDC token: `sub` is `repo:OWNER/REPO:ref:refs/heads/BRANCH` (or `:ref:refs/tags/TAG`,
 * `:environment:NAME`, `:pull_request`), as GitHub documents it; `repository`, `ref`, `repository_owner`,
 * `event_name` and `actor` are claims beside it.
 */
export function issueGitHubToken(run: GitHubRun): Issued {
  if (typeof run.repo !== 'string' || !REPO.test(run.repo)) return { ok: false, code: 'idp.bad-repo', path: 'repo' };
  const triggers = [run.branch, run.tag, run.environment, run.pullRequest ? 'pr' : undefined].filter(
    (x) => x !== undefined,
  );
  if (triggers.length !== 1) return { ok: false, code: 'idp.one-trigger', path: 'branch' };
  for (const k of ['branch', 'tag', 'environment'] as const) {
    const v = run[k];
    if (v !== undefined && (typeof v !== 'string' || !REF_NAME.test(v)))
      return { ok: false, code: 'idp.bad-ref', path: k };
  }
  const t = times(run.now, run.lifetimeSeconds);
  if ('code' in t) return { ok: false, ...t };
  const ref =
    run.branch !== undefined ? `refs/heads/${run.branch}` : run.tag !== undefined ? `refs/tags/${run.tag}` : undefined;
  const sub =
    run.environment !== undefined
      ? `repo:${run.repo}:environment:${run.environment}`
      : run.pullRequest
        ? `repo:${run.repo}:pull_request`
        : `repo:${run.repo}:ref:${ref}`;
  const claims: Record<string, unknown> = {
    iss: GITHUB_ISSUER,
    aud: run.audience ?? STS_AUDIENCE,
    sub,
    repository: run.repo,
    repository_owner: run.repo.split('/')[0],
    ...(ref !== undefined ? { ref, ref_type: run.tag !== undefined ? 'tag' : 'branch' } : {}),
    ...(run.environment !== undefined ? { environment: run.environment } : {}),
    event_name: run.pullRequest ? 'pull_request' : 'push',
    actor: run.actor ?? 'octocat',
    workflow: run.workflow ?? 'deploy',
    iat: t.iat,
    nbf: t.iat,
    exp: t.exp,
  };
  return { ok: true, token: encodeUnsignedJwt(claims), claims, expiresAt: new Date(t.exp * 1000).toISOString() };
}

/** A Google user signing in to an app registered with Google under `clientId`. */
export interface GoogleUser {
  /** The app's OAuth client ID; Google puts it in `aud` (and `azp`). */
  clientId: string;
  /** Google's stable numeric user id, the `sub` claim. */
  userId: string;
  email?: string;
  now: string;
  lifetimeSeconds?: number;
}

/** A Google ID token (OIDC): `iss` accounts.google.com, `aud`/`azp` the client ID, `sub` the user id. */
export function issueGoogleToken(u: GoogleUser): Issued {
  if (typeof u.clientId !== 'string' || u.clientId === '' || u.clientId.length > 255)
    return { ok: false, code: 'idp.bad-client-id', path: 'clientId' };
  if (typeof u.userId !== 'string' || !/^\d{1,30}$/.test(u.userId))
    return { ok: false, code: 'idp.bad-user-id', path: 'userId' };
  const t = times(u.now, u.lifetimeSeconds);
  if ('code' in t) return { ok: false, ...t };
  const claims: Record<string, unknown> = {
    iss: GOOGLE_ISSUER,
    azp: u.clientId,
    aud: u.clientId,
    sub: u.userId,
    ...(u.email !== undefined ? { email: u.email, email_verified: true } : {}),
    iat: t.iat,
    exp: t.exp,
  };
  return { ok: true, token: encodeUnsignedJwt(claims), claims, expiresAt: new Date(t.exp * 1000).toISOString() };
}

/** A directory user signing in through AD FS. */
export interface AdfsSignIn {
  /** The NameID (e.g. `CORP\\jdoe` or an email). */
  user: string;
  email?: string;
  /** The user's directory groups. A group named `AWS-<account>-<RoleName>` grants that role (the usual claim rule). */
  groups: string[];
  /** Role ARNs the IdP maps the user to directly (IdPs that do not go through group names). */
  roles?: string[];
  /** The IAM SAML provider AD FS is registered as (its ARN goes next to each role ARN). */
  samlProviderArn: string;
  /** The IdP's entity ID (the assertion's issuer). */
  issuer?: string;
  audience?: string;
  now: string;
  lifetimeSeconds?: number;
}

const SAML_PROVIDER_ARN = /^arn:aws:iam::(\d{12}):saml-provider\/[\w.+=,@-]+$/;
const ROLE_GROUP = /^AWS-(\d{12})-([\w+=,.@-]{1,64})$/;
const ROLE_ARN = /^arn:aws:iam::\d{12}:role\/[\w+=,.@/-]+$/;

/**
 * A SAML assertion as AD FS would post it for AWS: NameID, issuer, audience, `NotOnOrAfter`, the `RoleSessionName`
 * attribute (the email, else the user) and one `Role` value (`role ARN,provider ARN`) per group named
 * `AWS-<account>-<RoleName>` in the provider's account, and per role named directly in `roles`. Encoded as base64
 * JSON (see the file comment).
 */
export function issueAdfsAssertion(s: AdfsSignIn): Issued {
  if (typeof s.user !== 'string' || s.user === '' || s.user.length > 256)
    return { ok: false, code: 'idp.bad-user', path: 'user' };
  const m = typeof s.samlProviderArn === 'string' ? SAML_PROVIDER_ARN.exec(s.samlProviderArn) : null;
  if (!m) return { ok: false, code: 'idp.bad-saml-provider', path: 'samlProviderArn' };
  if (!Array.isArray(s.groups) || !s.groups.every((g) => typeof g === 'string'))
    return { ok: false, code: 'idp.bad-groups', path: 'groups' };
  if (s.roles !== undefined && !s.roles.every((r) => typeof r === 'string' && ROLE_ARN.test(r)))
    return { ok: false, code: 'idp.bad-role', path: 'roles' };
  const t = times(s.now, s.lifetimeSeconds);
  if ('code' in t) return { ok: false, ...t };
  const roles = s.groups
    .map((g) => ROLE_GROUP.exec(g))
    .filter((g): g is RegExpExecArray => g !== null && g[1] === m[1])
    .map((g) => `arn:aws:iam::${g[1]}:role/${g[2]},${s.samlProviderArn}`)
    .concat((s.roles ?? []).map((r) => `${r},${s.samlProviderArn}`));
  const claims: Record<string, unknown> = {
    iss: s.issuer ?? DEFAULT_ADFS_ENTITY_ID,
    sub: s.user,
    sub_type: 'urn:oasis:names:tc:SAML:2.0:nameid-format:persistent',
    aud: s.audience ?? AWS_SAML_AUDIENCE,
    notOnOrAfter: new Date(t.exp * 1000).toISOString(),
    attributes: {
      'https://aws.amazon.com/SAML/Attributes/Role': roles,
      'https://aws.amazon.com/SAML/Attributes/RoleSessionName': s.email ?? s.user,
    },
  };
  return {
    ok: true,
    token: base64Encode(utf8Bytes(JSON.stringify(claims))),
    claims,
    expiresAt: new Date(t.exp * 1000).toISOString(),
  };
}
