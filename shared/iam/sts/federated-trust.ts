/**
 * The trust-only evaluation behind AssumeRoleWithWebIdentity and AssumeRoleWithSAML: the calls are unsigned, so no
 * identity policy is involved; the role's trust policy must name the provider in `Principal.Federated` and its
 * conditions see the token's claims as context keys.
 */
import type { CallerIdentity } from '../context/caller';
import { isPrincipalDerivedKey } from '../context/principal-keys';
import { evaluateWith } from '../evaluate/evaluate';
import { accountOfArn } from '../match/arn';
import type { ContextValue } from '../request';
import type { EvaluationResult } from '../result';
import type { FlowContext, RoleInfo } from './types';

/** Evaluates `action` on the role for a federated (web-identity or SAML) caller with the given claim keys. */
export function evaluateFederatedTrust(
  kind: 'web-identity' | 'saml',
  provider: string,
  action: string,
  role: RoleInfo,
  claims: Record<string, ContextValue>,
  now: string,
  context?: FlowContext,
): EvaluationResult {
  const caller: CallerIdentity = {
    kind,
    partition: 'aws',
    federatedProvider: provider,
    hasBoundary: false,
    serviceLinked: false,
  };
  const extra = new Map<string, ContextValue>();
  for (const [k, v] of Object.entries(claims)) extra.set(k.toLowerCase(), v);
  const roleAccount = accountOfArn(role.arn);
  return evaluateWith(
    {
      principal: { kind: 'anonymous' },
      action,
      resource: { arn: role.arn, account: roleAccount, tags: role.tags, org: role.org },
      context: {
        ...context,
        ...Object.fromEntries(Object.entries(claims).filter(([k]) => !isPrincipalDerivedKey(k.toLowerCase()))),
      },
      now,
      policies: { trust: role.trustPolicy, rcps: role.rcps },
    },
    undefined,
    { caller, extraContext: extra },
  );
}
