/**
 * `idp token` and `idp saml-assertion`: the simulated identity provider (shared/world/idp/issuer.ts) on the command
 * line, so a learner can get a web identity token or a SAML assertion with the claims they choose and hand it to
 * `sts assume-role-with-web-identity` / `assume-role-with-saml`:
 *
 *   idp token --provider github --repo example-org/website --branch main --out token.jwt
 *   sts assume-role-with-web-identity --role-arn … --role-session-name run-1 --web-identity-token file://token.jwt
 *
 * The time of issue is the world's clock (or `--now`). Tokens are unsigned simulations (see the issuer).
 */
import {
  DEFAULT_ADFS_ENTITY_ID,
  issueAdfsAssertion,
  issueGitHubToken,
  issueGoogleToken,
  type Issued,
} from '../../world/idp/issuer';
import { UsageError } from './args';
import { ServiceError, type AwsContext } from './context';
import { acct } from './iam-users';
import type { AwsOperation } from './operation';
import { own } from '../../world/own';

/** Sentences for the issuer's refusal codes. */
const IDP_MESSAGES: Record<string, string> = {
  'idp.bad-repo': 'The repository must be written owner/name (for example example-org/website).',
  'idp.one-trigger': 'Give exactly one of --branch, --tag, --environment or --pull-request.',
  'idp.bad-ref': 'A branch, tag or environment name may hold letters, digits and . _ / - only.',
  'idp.bad-time': 'The time of issue (--now) is not an ISO 8601 time.',
  'idp.bad-lifetime': 'The lifetime must be a whole number of seconds from 1 to 43200.',
  'idp.bad-client-id': 'The client ID must be 1 to 255 characters long.',
  'idp.bad-user-id': "A Google user id is Google's numeric subject (digits only).",
  'idp.bad-user': 'The directory user (NameID) must be 1 to 256 characters long.',
  'idp.bad-saml-provider': 'The SAML provider must be an ARN like arn:aws:iam::111122223333:saml-provider/CorpAD.',
  'idp.bad-groups': 'Groups must be a list of names.',
  'idp.bad-role': 'Each of --roles must be a role ARN (arn:aws:iam::111122223333:role/Name).',
};

/** Writes the token (to `--out` too) or throws the issuer's refusal as InvalidInput. */
async function deliver(ctx: AwsContext, issued: Issued, field: string): Promise<unknown> {
  if (!issued.ok) throw new ServiceError('InvalidInput', IDP_MESSAGES[issued.code] ?? issued.code);
  const out = ctx.str('out');
  if (out !== undefined) {
    await ctx.io.writeFileAtomic(out, `${issued.token}\n`);
    ctx.notes.push(
      `wrote the ${field === 'SAMLAssertion' ? 'assertion' : 'token'} to ${out}; pass it as file://${out}\n`,
    );
  }
  ctx.notes.push(
    '(unsigned simulation: real providers sign their tokens and assertions, and STS checks the signature)\n',
  );
  return { [field]: issued.token, Claims: issued.claims, Expiration: issued.expiresAt };
}

/** The time of issue: `--now`, else the world's clock. */
const issuedAt = (ctx: AwsContext): string => ctx.str('now') ?? ctx.world.clock;

const tokenOp: AwsOperation = {
  service: 'idp',
  name: 'token',
  operation: 'IssueToken',
  required: ['provider'],
  optional: [
    'repo',
    'branch',
    'tag',
    'environment',
    'pull-request',
    'audience',
    'client-id',
    'user-id',
    'email',
    'now',
    'lifetime-seconds',
    'out',
  ],
  needsScenario: false,
  run: (ctx) => {
    const provider = ctx.need('provider');
    const common = { now: issuedAt(ctx), lifetimeSeconds: ctx.int('lifetime-seconds') };
    if (provider === 'github') {
      if (ctx.str('repo') === undefined) throw new UsageError('the following arguments are required: --repo');
      return deliver(
        ctx,
        issueGitHubToken({
          repo: ctx.need('repo'),
          branch: ctx.str('branch'),
          tag: ctx.str('tag'),
          environment: ctx.str('environment'),
          pullRequest: ctx.flag('pull-request') === true,
          audience: ctx.str('audience'),
          ...common,
        }),
        'WebIdentityToken',
      );
    }
    if (provider === 'google') {
      const missing = ['client-id', 'user-id'].filter((k) => ctx.str(k) === undefined);
      if (missing.length)
        throw new UsageError(`the following arguments are required: ${missing.map((m) => `--${m}`).join(', ')}`);
      return deliver(
        ctx,
        issueGoogleToken({
          clientId: ctx.need('client-id'),
          userId: ctx.need('user-id'),
          email: ctx.str('email'),
          ...common,
        }),
        'WebIdentityToken',
      );
    }
    throw new UsageError(`argument --provider: Invalid choice '${provider}', valid choices are: github | google`);
  },
};

const samlOp: AwsOperation = {
  service: 'idp',
  name: 'saml-assertion',
  operation: 'IssueSamlAssertion',
  required: ['user', 'saml-provider-arn'],
  optional: ['groups', 'roles', 'email', 'issuer', 'audience', 'now', 'lifetime-seconds', 'out'],
  needsScenario: false,
  run: (ctx) => {
    const providerArn = ctx.need('saml-provider-arn');
    const known = own(acct(ctx)?.identityProviders, providerArn);
    const issuer = ctx.str('issuer') ?? (known?.kind === 'saml' ? known.entityId : undefined) ?? DEFAULT_ADFS_ENTITY_ID;
    return deliver(
      ctx,
      issueAdfsAssertion({
        user: ctx.need('user'),
        email: ctx.str('email'),
        groups: ctx.list('groups') ?? [],
        ...(ctx.list('roles') ? { roles: ctx.list('roles') } : {}),
        samlProviderArn: providerArn,
        issuer,
        audience: ctx.str('audience'),
        now: issuedAt(ctx),
        lifetimeSeconds: ctx.int('lifetime-seconds'),
      }),
      'SAMLAssertion',
    );
  },
};

/** The identity provider's operations. */
export const IDP_OPERATIONS: AwsOperation[] = [tokenOp, samlOp];
