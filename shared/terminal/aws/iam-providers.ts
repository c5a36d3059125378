/**
 * iam operations on identity providers (OpenID Connect and SAML), plus `get-instance-profile` and
 * `get-access-key-last-used`. Parameter names, output shapes and error codes follow the IAM API reference
 * (https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateOpenIDConnectProvider.html,
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateSAMLProvider.html,
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetAccessKeyLastUsed.html). Every change goes through a
 * world command, so it is one undo step in the app.
 */
import { toAwsDate } from '../../world/authz/dates';
import type { IdentityProvider, InstanceProfile } from '../../world/types';
import { ServiceError, type AwsContext } from './context';
import { acct } from './iam-users';
import { op, type AwsOperation } from './operation';
import { instanceProfileShape, tagList } from './shapes';
import { own } from '../../world/own';

type Oidc = Extract<IdentityProvider, { kind: 'oidc' }>;
type Saml = Extract<IdentityProvider, { kind: 'saml' }>;

/** How far a SAML provider's metadata is said to be valid (AWS reports the certificate's end; the lab has none). */
const SAML_VALID_YEARS = 100;

/** The provider of a kind by ARN in the operation's account, or NoSuchEntity as IAM words it. */
function providerOf<K extends IdentityProvider['kind']>(
  ctx: AwsContext,
  arn: string,
  kind: K,
): Extract<IdentityProvider, { kind: K }> {
  const p = own(acct(ctx).identityProviders, arn);
  if (!p || p.kind !== kind) {
    const what = kind === 'oidc' ? 'OpenIDConnect' : 'SAML';
    throw new ServiceError('NoSuchEntity', `${what} provider ${arn} does not exist.`);
  }
  return p as Extract<IdentityProvider, { kind: K }>;
}

/** The `entityID` attribute of SAML metadata, read without a pattern built from input. */
export function metadataEntityId(metadata: string): string | undefined {
  const at = metadata.indexOf('entityID=');
  if (at < 0) return undefined;
  const quote = metadata[at + 'entityID='.length];
  if (quote !== '"' && quote !== "'") return undefined;
  const end = metadata.indexOf(quote, at + 'entityID='.length + 1);
  return end < 0 ? undefined : metadata.slice(at + 'entityID='.length + 1, end);
}

/** `ValidUntil` of a SAML provider: a fixed span after its creation. */
function validUntil(p: Saml): string {
  const d = new Date(p.createDate);
  d.setUTCFullYear(d.getUTCFullYear() + SAML_VALID_YEARS);
  return toAwsDate(d.toISOString());
}

/** The access key by id in the operation's account (users and root). */
function findKey(ctx: AwsContext, id: string) {
  const a = acct(ctx);
  for (const u of Object.values(a.users)) {
    const key = own(u.accessKeys, id);
    if (key) return { userName: u.name, key };
  }
  const key = own(a.root.accessKeys, id);
  return key ? { userName: undefined, key } : undefined;
}

export const PROVIDER_OPERATIONS: AwsOperation[] = [
  op('iam', 'create-open-id-connect-provider', ['url'], ['client-id-list', 'thumbprint-list', 'tags'], (ctx) => {
    const out = ctx.apply({
      type: 'create-oidc-provider',
      url: ctx.need('url'),
      clientIds: ctx.list('client-id-list') ?? [],
      ...(ctx.list('thumbprint-list') ? { thumbprints: ctx.list('thumbprint-list') } : {}),
    });
    return { OpenIDConnectProviderArn: out.arn };
  }),
  op('iam', 'get-open-id-connect-provider', ['open-id-connect-provider-arn'], [], (ctx) => {
    const p: Oidc = providerOf(ctx, ctx.need('open-id-connect-provider-arn'), 'oidc');
    return {
      Url: p.url.replace(/^https:\/\//, ''),
      ClientIDList: p.clientIds,
      ThumbprintList: p.thumbprints,
      CreateDate: toAwsDate(p.createDate),
      ...(p.tags && Object.keys(p.tags).length ? { Tags: tagList(p.tags) } : {}),
    };
  }),
  op('iam', 'list-open-id-connect-providers', [], [], (ctx) => ({
    OpenIDConnectProviderList: Object.values(acct(ctx).identityProviders)
      .filter((p) => p.kind === 'oidc')
      .map((p) => ({ Arn: p.arn })),
  })),
  op('iam', 'add-client-id-to-open-id-connect-provider', ['open-id-connect-provider-arn', 'client-id'], [], (ctx) => {
    const arn = ctx.need('open-id-connect-provider-arn');
    providerOf(ctx, arn, 'oidc');
    ctx.apply({ type: 'add-client-id-to-oidc-provider', arn, clientId: ctx.need('client-id') });
  }),
  op('iam', 'delete-open-id-connect-provider', ['open-id-connect-provider-arn'], [], (ctx) => {
    const arn = ctx.need('open-id-connect-provider-arn');
    providerOf(ctx, arn, 'oidc');
    ctx.apply({ type: 'delete-identity-provider', arn });
  }),
  op('iam', 'create-saml-provider', ['name', 'saml-metadata-document'], ['tags'], async (ctx) => {
    const metadata = await ctx.text(ctx.need('saml-metadata-document'));
    const entityId = metadataEntityId(metadata);
    const out = ctx.apply({
      type: 'create-saml-provider',
      name: ctx.need('name'),
      metadataDocument: metadata,
      ...(entityId !== undefined ? { entityId } : {}),
    });
    return { SAMLProviderArn: out.arn };
  }),
  op('iam', 'get-saml-provider', ['saml-provider-arn'], [], (ctx) => {
    const p: Saml = providerOf(ctx, ctx.need('saml-provider-arn'), 'saml');
    return {
      SAMLMetadataDocument: p.metadataDocument,
      CreateDate: toAwsDate(p.createDate),
      ValidUntil: validUntil(p),
      ...(p.tags && Object.keys(p.tags).length ? { Tags: tagList(p.tags) } : {}),
    };
  }),
  op('iam', 'list-saml-providers', [], [], (ctx) => ({
    SAMLProviderList: Object.values(acct(ctx).identityProviders)
      .filter((p): p is Saml => p.kind === 'saml')
      .map((p) => ({ Arn: p.arn, ValidUntil: validUntil(p), CreateDate: toAwsDate(p.createDate) })),
  })),
  op('iam', 'delete-saml-provider', ['saml-provider-arn'], [], (ctx) => {
    const arn = ctx.need('saml-provider-arn');
    providerOf(ctx, arn, 'saml');
    ctx.apply({ type: 'delete-identity-provider', arn });
  }),
  op('iam', 'get-instance-profile', ['instance-profile-name'], [], (ctx) => {
    const name = ctx.need('instance-profile-name');
    const p: InstanceProfile | undefined = own(acct(ctx).instanceProfiles, name);
    if (!p) throw new ServiceError('NoSuchEntity', `Instance Profile ${name} cannot be found.`);
    return { InstanceProfile: instanceProfileShape(ctx.world, ctx.account, p) };
  }),
  op('iam', 'get-access-key-last-used', ['access-key-id'], [], (ctx) => {
    const id = ctx.need('access-key-id');
    const found = findKey(ctx, id);
    if (!found) throw new ServiceError('NoSuchEntity', `The Access Key with id ${id} cannot be found.`);
    const used = found.key.lastUsed;
    return {
      ...(found.userName !== undefined ? { UserName: found.userName } : {}),
      AccessKeyLastUsed: used
        ? { LastUsedDate: toAwsDate(used.date), ServiceName: used.service ?? 'N/A', Region: used.region ?? 'N/A' }
        : { ServiceName: 'N/A', Region: 'N/A' },
    };
  }),
];
