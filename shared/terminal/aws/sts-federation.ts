/**
 * `sts assume-role-with-web-identity`, `sts assume-role-with-saml` and `sts get-federation-token` against the world:
 * read the token / assertion (shared/terminal/aws/federated-input.ts), check what STS checks before any policy (the
 * provider exists, the audience is a registered client, the token has not expired), run the engine's flow
 * (shared/iam/sts) and record the admitted session with the world's `assume-role` / `get-federation-token` command.
 * Output follows the API's response shapes
 * (https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRoleWithWebIdentity.html,
 * https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRoleWithSAML.html,
 * https://docs.aws.amazon.com/STS/latest/APIReference/API_GetFederationToken.html).
 */
import { explain } from '../../iam';
import type { EvaluationResult } from '../../iam/result';
import type { StsOutcome, StsSuccess } from '../../iam/sts/types';
import { assumeRoleWithSAML } from '../../iam/sts/saml';
import { assumeRoleWithWebIdentity } from '../../iam/sts/web-identity';
import { getFederationToken } from '../../iam/sts/federation-token';
import { federatedUserArn, readIamArn } from '../../world/arn';
import { requestFor } from '../../world/request-for';
import { roleInfoOf } from '../../world/sts-inputs';
import type { IdentityProvider, Session } from '../../world/types';
import { ServiceError, serviceError, type AwsContext } from './context';
import { base64Encode, sha1, utf8Bytes } from './encoding';
import { readSamlAssertion, readWebIdentityToken } from './federated-input';
import { op, type AwsOperation } from './operation';
import { callerArn } from './sts-caller';
import {
  credentialsShape,
  durationError,
  flowSessionPolicies,
  recordedSessionPolicies,
  sessionPolicyInputs,
} from './sts-shapes';
import { own } from '../../world/own';

/** The claim a token may carry to set the session's source identity. */
const SOURCE_IDENTITY_CLAIM = 'https://aws.amazon.com/source_identity';

/** Adds the engine's evaluations to the output when `--explain` is on. */
function explainSteps(ctx: AwsContext, steps: EvaluationResult[]): void {
  if (ctx.globals.explain) steps.forEach((s) => ctx.notes.push(`${explain(s)}\n`));
}

/**
 * Explains the flow's evaluations (under `--explain`) and, when it refused, throws: the duration error for a
 * duration code (`maxDuration` is the allowed maximum it names), else `refusal(code)`.
 */
function admitOrThrow<S>(
  ctx: AwsContext,
  outcome: StsOutcome<S>,
  maxDuration: number | undefined,
  refusal: (code: string) => ServiceError,
): asserts outcome is StsSuccess<S> {
  if (outcome.ok) return explainSteps(ctx, outcome.steps);
  explainSteps(ctx, outcome.steps.length ? outcome.steps : [outcome.result]);
  if (outcome.code.startsWith('sts.duration')) throw durationError(outcome.code, maxDuration);
  throw refusal(outcome.code);
}

/** `https://host/path/` → `host/path`, the form OIDC provider ARNs end with. */
function issuerHostPath(url: string): string {
  return url.replace(/^https:\/\//, '').replace(/\/+$/, '');
}

/** The optional `--duration-seconds`. */
function duration(ctx: AwsContext): { durationSeconds?: number } {
  const d = ctx.int('duration-seconds');
  return d === undefined ? {} : { durationSeconds: d };
}

/** A stable 40-character secret derived from a key id, for sessions the world keeps no secret for. */
function standInSecret(accessKeyId: string): string {
  const a = sha1(utf8Bytes(accessKeyId));
  const b = sha1(utf8Bytes(`${accessKeyId}/secret`));
  return base64Encode(new Uint8Array([...a, ...b])).slice(0, 40);
}

/** The session the world recorded, from the applied command's output. */
function recorded(out: Record<string, unknown>): { session: Session; secret: unknown; assumedRoleId?: unknown } {
  return { session: out.session as Session, secret: out.secret, assumedRoleId: out.assumedRoleId };
}

const webIdentity = op(
  'sts',
  'assume-role-with-web-identity',
  ['role-arn', 'role-session-name', 'web-identity-token'],
  ['duration-seconds', 'policy', 'policy-arns'],
  async (ctx) => {
    const roleArn = ctx.need('role-arn');
    const sessionName = ctx.need('role-session-name');
    const requested = duration(ctx);
    const token = readWebIdentityToken(await ctx.text(ctx.need('web-identity-token')));
    if (!token.ok) throw new ServiceError('InvalidIdentityToken', token.message);
    const claims = token.value;
    const role = roleInfoOf(ctx.world, roleArn);
    const denied = () => new ServiceError('AccessDenied', 'Not authorized to perform sts:AssumeRoleWithWebIdentity');
    if (!role) throw denied();
    const iss = typeof claims.iss === 'string' ? claims.iss : undefined;
    if (iss === undefined) throw new ServiceError('InvalidIdentityToken', 'The token has no issuer ("iss" claim).');
    const providers = Object.values(own(ctx.world.accounts, role.account)?.identityProviders ?? {});
    const provider = providers.find(
      (p): p is IdentityProvider & { kind: 'oidc' } =>
        p.kind === 'oidc' && issuerHostPath(p.url) === issuerHostPath(iss),
    );
    if (!provider)
      throw new ServiceError(
        'InvalidIdentityToken',
        `No OpenIDConnect provider found in account ${role.account} for issuer ${iss}.`,
      );
    const audiences = typeof claims.aud === 'string' ? [claims.aud] : Array.isArray(claims.aud) ? claims.aud : [];
    const audience = audiences.find((a) => provider.clientIds.includes(a));
    if (audience === undefined)
      throw new ServiceError(
        'InvalidIdentityToken',
        `Incorrect token audience: ${audiences.join(', ') || '(none)'} is not a client ID of ${provider.arn}.`,
      );
    if (typeof claims.exp === 'number' && claims.exp * 1000 <= Date.parse(ctx.world.clock))
      throw new ServiceError(
        'ExpiredTokenException',
        `Token expired: it was valid until ${new Date(claims.exp * 1000).toISOString()}, the world clock is ${ctx.world.clock}.`,
      );
    const policies = await sessionPolicyInputs(ctx);
    const outcome = assumeRoleWithWebIdentity({
      role: role.info,
      provider: provider.arn,
      claims,
      sessionName,
      now: ctx.world.clock,
      ...requested,
      ...flowSessionPolicies(policies),
    });
    admitOrThrow(ctx, outcome, role.info.maxSessionDuration, denied);
    const sourceIdentity = claims[SOURCE_IDENTITY_CLAIM];
    const r = recorded(
      ctx.apply({
        type: 'assume-role',
        account: role.account,
        roleArn: role.info.arn,
        roleSessionName: sessionName,
        via: 'web-identity',
        providerArn: provider.arn,
        callerArn: provider.arn,
        ...requested,
        ...recordedSessionPolicies(policies),
        ...(typeof sourceIdentity === 'string' ? { sourceIdentity } : {}),
      }),
    );
    return {
      Credentials: credentialsShape(r.session, r.secret),
      SubjectFromWebIdentityToken: typeof claims.sub === 'string' ? claims.sub : '',
      AssumedRoleUser: { AssumedRoleId: r.assumedRoleId, Arn: r.session.arn },
      Provider: provider.arn,
      Audience: audience,
      ...(r.session.sourceIdentity !== undefined ? { SourceIdentity: r.session.sourceIdentity } : {}),
    };
  },
);

const saml = op(
  'sts',
  'assume-role-with-saml',
  ['role-arn', 'principal-arn', 'saml-assertion'],
  ['duration-seconds', 'policy', 'policy-arns'],
  async (ctx) => {
    const roleArn = ctx.need('role-arn');
    const providerArn = ctx.need('principal-arn');
    const requested = duration(ctx);
    const read = readSamlAssertion(await ctx.text(ctx.need('saml-assertion')));
    if (!read.ok) throw new ServiceError('InvalidIdentityToken', read.message);
    const denied = () => new ServiceError('AccessDenied', 'Not authorized to perform sts:AssumeRoleWithSAML');
    const role = roleInfoOf(ctx.world, roleArn);
    if (!role) throw denied();
    const provider = own(own(ctx.world.accounts, role.account)?.identityProviders, providerArn);
    if (!provider || provider.kind !== 'saml')
      throw new ServiceError(
        'InvalidIdentityToken',
        `The SAML provider ${providerArn} does not exist in account ${role.account}.`,
      );
    const { notOnOrAfter, sourceIdentity, ...assertion } = read.value;
    // The IdP names the roles a user may take as `role ARN,provider ARN` pairs; another role is refused.
    const offered = assertion.attributes?.Role;
    if (offered !== undefined) {
      const pairs = (Array.isArray(offered) ? offered : [offered]).map((v) => v.split(',').map((x) => x.trim()));
      if (!pairs.some((p) => p.includes(roleArn) && p.includes(providerArn))) throw denied();
      const { Role: _role, ...rest } = assertion.attributes!;
      if (Object.keys(rest).length) assertion.attributes = rest;
      else delete assertion.attributes;
    }
    if (assertion.iss === '') assertion.iss = provider.entityId ?? '';
    if (provider.entityId !== undefined && assertion.iss !== provider.entityId)
      throw new ServiceError(
        'InvalidIdentityToken',
        `The assertion's issuer ${assertion.iss} is not the entity ID of ${providerArn} (${provider.entityId}).`,
      );
    if (notOnOrAfter !== undefined && Date.parse(notOnOrAfter) <= Date.parse(ctx.world.clock))
      throw new ServiceError(
        'ExpiredTokenException',
        `The SAML assertion expired at ${notOnOrAfter}; the world clock is ${ctx.world.clock}.`,
      );
    // AWS: base64(SHA-1(issuer + account id + "/" + the provider's name)).
    assertion.namequalifier ??= base64Encode(sha1(utf8Bytes(`${assertion.iss}${role.account}/${provider.name}`)));
    const policies = await sessionPolicyInputs(ctx);
    const outcome = assumeRoleWithSAML({
      role: role.info,
      providerArn,
      assertion,
      now: ctx.world.clock,
      ...requested,
      ...flowSessionPolicies(policies),
    });
    admitOrThrow(ctx, outcome, role.info.maxSessionDuration, denied);
    const r = recorded(
      ctx.apply({
        type: 'assume-role',
        account: role.account,
        roleArn: role.info.arn,
        roleSessionName: outcome.session.sessionName,
        via: 'saml',
        providerArn,
        callerArn: providerArn,
        ...requested,
        ...recordedSessionPolicies(policies),
        ...(sourceIdentity !== undefined ? { sourceIdentity } : {}),
      }),
    );
    return {
      Credentials: credentialsShape(r.session, r.secret),
      AssumedRoleUser: { AssumedRoleId: r.assumedRoleId, Arn: r.session.arn },
      Subject: assertion.sub,
      // No NameID Format means SAML's default, which AWS returns unchanged (only the 2.0 prefix is cut).
      SubjectType: assertion.sub_type ?? 'urn:oasis:names:tc:SAML:1.1:nameid-format:unspecified',
      Issuer: assertion.iss,
      Audience: assertion.aud ?? 'https://signin.aws.amazon.com/saml',
      NameQualifier: assertion.namequalifier,
      ...(r.session.sourceIdentity !== undefined ? { SourceIdentity: r.session.sourceIdentity } : {}),
    };
  },
);

const federationToken = op(
  'sts',
  'get-federation-token',
  ['name'],
  ['duration-seconds', 'policy', 'policy-arns'],
  async (ctx) => {
    const caller = callerArn(ctx);
    const info = readIamArn(caller);
    const name = ctx.need('name');
    const requested = duration(ctx);
    if (info?.kind === 'assumed-role' || info?.kind === 'federated-user')
      throw new ServiceError('AccessDenied', 'Cannot call GetFederationToken with session credentials');
    if (info?.kind === 'root')
      throw new ServiceError(
        'AccessDenied',
        'The lab issues federation tokens to IAM users only (AWS allows the root user but advises against it); pass --as <user ARN>.',
      );
    if (info?.kind !== 'user')
      throw new ServiceError('InvalidClientTokenId', 'The security token included in the request is invalid.');
    const resource = federatedUserArn(info.account, name);
    const request = requestFor(ctx.world, caller, 'sts:GetFederationToken', resource);
    if (!request.ok) throw serviceError(request.error);
    const { identity, boundary, scps, session } = request.value.policies;
    const policies = await sessionPolicyInputs(ctx);
    const outcome = getFederationToken({
      caller: request.value.principal,
      callerPolicies: { identity, boundary, scps, session },
      name,
      now: ctx.world.clock,
      ...requested,
      ...flowSessionPolicies(policies),
    });
    admitOrThrow(
      ctx,
      outcome,
      129600,
      (code) =>
        new ServiceError(
          'AccessDenied',
          `User: ${caller} is not authorized to perform: sts:GetFederationToken on resource: ${resource} (${code})`,
        ),
    );
    const r = recorded(
      ctx.apply({
        type: 'get-federation-token',
        account: info.account,
        userName: info.name,
        name,
        ...requested,
        ...recordedSessionPolicies(policies),
      }),
    );
    if (!policies.sessionPolicy && !policies.policyArns)
      ctx.notes.push(
        'note: no session policy was passed, so this federated user can do nothing (its permissions are the intersection of yours and the session policies).\n',
      );
    return {
      // The world keeps no secret for federation tokens; derive a stable stand-in from the key id.
      Credentials: credentialsShape(r.session, r.secret ?? standInSecret(r.session.accessKeyId)),
      FederatedUser: { FederatedUserId: `${info.account}:${name}`, Arn: r.session.arn },
    };
  },
);

/** The federation operations, in the order the help lists them. */
export const FEDERATION_OPERATIONS: AwsOperation[] = [
  webIdentity,
  // The API spells SAML in capitals, which the kebab-case → PascalCase rule cannot know.
  { ...saml, operation: 'AssumeRoleWithSAML' },
  federationToken,
];
