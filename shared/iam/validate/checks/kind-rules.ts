/**
 * Rules that only some policy kinds have: SCP action wildcards, RCP effect / principal / service limits, and role
 * trust policy actions, federated principals and OIDC conditions.
 */
import type { JsonValue } from '../../request';
import { actionMatches } from '../../match/action';
import { isObject, type ValidationContext } from '../context';
import { TRUST_ACTIONS } from '../kinds';
import type { StatementParts } from './statement';

/** Run the rules of `ctx.kind` on one statement. */
export function checkKindRules(ctx: ValidationContext, s: StatementParts): void {
  if (ctx.kind === 'scp') checkScp(ctx, s);
  else if (ctx.kind === 'rcp') checkRcp(ctx, s);
  else if (ctx.kind === 'trust') checkTrust(ctx, s);
}

function checkScp(ctx: ValidationContext, s: StatementParts): void {
  // SCP syntax: in Action/NotAction a wildcard may stand alone or end the string, never start or sit inside it.
  for (const a of [...s.actions, ...s.notActions]) {
    const name = a.value.slice(a.value.indexOf(':') + 1);
    if (a.value !== '*' && /[*?]/.test(name) && !/^[^*?]*[*?]+$/.test(name))
      ctx.report('scp.action-wildcard-position', a.path, { action: a.value });
  }
}

/** The RCPFullAWSAccess shape: Allow, Principal "*", Action "*", Resource "*", nothing else. */
function isFullAccessStatement(s: StatementParts): boolean {
  const keys = Object.keys(s.obj).filter((k) => k !== 'Sid');
  const star = (v: JsonValue | undefined) => v === '*' || (Array.isArray(v) && v.length === 1 && v[0] === '*');
  return (
    keys.length === 4 && star(s.obj.Principal) && star(s.obj.Action) && star(s.obj.Resource) && s.effect === 'Allow'
  );
}

function checkRcp(ctx: ValidationContext, s: StatementParts): void {
  if (s.effect === 'Allow' && !isFullAccessStatement(s)) ctx.report('rcp.allow-not-supported', `${s.node.path}.Effect`);
  if (s.has('Principal') && s.obj.Principal !== '*')
    ctx.report('rcp.principal-must-be-star', `${s.node.path}.Principal`);
  const catalog = ctx.catalog;
  if (!catalog) return;
  for (const a of s.actions) {
    const colon = a.value.indexOf(':');
    if (colon <= 0) continue;
    const svc = a.value.slice(0, colon);
    if (/[*?]/.test(svc)) continue;
    if (catalog.supportsRcp(svc) === false && catalog.hasService(svc))
      ctx.report('rcp.service-not-supported', a.path, { service: svc });
  }
}

/** Federated principal strings of a statement's Principal. */
function federatedPrincipals(s: StatementParts): string[] {
  const p = s.obj.Principal;
  if (!isObject(p)) return [];
  const f = p.Federated;
  if (typeof f === 'string') return [f];
  return Array.isArray(f) ? f.filter((x): x is string => typeof x === 'string') : [];
}

/** The issuer host of an OIDC provider: `token.actions.githubusercontent.com` from its ARN, or the web identity provider name. */
function oidcHost(federated: string): string | undefined {
  const m = /:oidc-provider\/(.+)$/.exec(federated);
  if (m) return m[1];
  if (!federated.startsWith('arn:') && !federated.includes('saml-provider')) return federated;
  return undefined;
}

/** CI systems whose tokens any of their customers can obtain: a trust without `sub` lets all of them in. */
const SHARED_ISSUERS = [
  /^token\.actions\.githubusercontent\.com/,
  /^gitlab\.com$/,
  /^app\.terraform\.io$/,
  /^oidc\.circleci\.com/,
  /^agent\.buildkite\.com$/,
  /^token\.actions\..+\.ghe\.com$/,
];

function conditionKeysOf(s: StatementParts): Set<string> {
  const keys = new Set<string>();
  const c = s.obj.Condition;
  if (!isObject(c)) return keys;
  for (const block of Object.values(c))
    if (isObject(block)) for (const k of Object.keys(block)) keys.add(k.toLowerCase());
  return keys;
}

function checkTrust(ctx: ValidationContext, s: StatementParts): void {
  const allowed = TRUST_ACTIONS.map((a) => a.toLowerCase());
  const actionPatterns = [...s.actions];
  for (const a of actionPatterns) {
    if (a.value === '*') continue;
    if (!allowed.some((t) => actionMatches(a.value, t)))
      ctx.report('trust.action-not-sts', a.path, { action: a.value });
  }
  const grants = (action: string) =>
    s.notActions.length > 0 || actionPatterns.some((a) => actionMatches(a.value, action));
  const keys = conditionKeysOf(s);
  federatedPrincipals(s).forEach((f) => {
    const principalPath = `${s.node.path}.Principal.Federated`;
    if (f.includes(':saml-provider/')) {
      if (!grants('sts:AssumeRoleWithSAML'))
        ctx.report('trust.federated-action-mismatch', principalPath, {
          principal: f,
          expected: 'sts:AssumeRoleWithSAML',
        });
      return;
    }
    const host = oidcHost(f);
    if (!host) return;
    if (!grants('sts:AssumeRoleWithWebIdentity'))
      ctx.report('trust.federated-action-mismatch', principalPath, {
        principal: f,
        expected: 'sts:AssumeRoleWithWebIdentity',
      });
    if (s.effect !== 'Allow') return;
    const h = host.toLowerCase();
    if (!keys.has(`${h}:aud`) && !(h === 'accounts.google.com' && keys.has(`${h}:oaud`)))
      ctx.report('trust.oidc-missing-aud', principalPath, { provider: host, key: `${host}:aud` });
    if (SHARED_ISSUERS.some((re) => re.test(h)) && !keys.has(`${h}:sub`))
      ctx.report('trust.oidc-missing-sub', principalPath, { provider: host, key: `${host}:sub` });
  });
}
