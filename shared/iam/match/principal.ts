/**
 * Principal / NotPrincipal matching. How a principal matched matters for the decision: a same-account grant to a user
 * ARN or a session ARN is final, a grant to a role ARN is still limited by the boundary and session policy, a grant to
 * an account delegates to its identity policies
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html,
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic_policy-eval-basics.html).
 */
import type { CallerIdentity } from '../context/caller';
import type { PrincipalEntry } from '../policy/types';

/** How a Principal entry named the caller. */
export type PrincipalMatchKind =
  | 'everyone'
  | 'account'
  | 'user'
  | 'role'
  | 'role-session'
  | 'federated-user'
  | 'federated-caller-user'
  | 'service'
  | 'federated';

const ACCOUNT_ID = /^\d{12}$/;
const ROOT_ARN = /^arn:[^:]+:iam::(\d{12}):root$/;

/** The account an `"AWS"` entry names when it names a whole account (`123456789012` or `arn:...:root`). */
export function accountNamedBy(value: string): string | undefined {
  if (ACCOUNT_ID.test(value)) return value;
  const m = ROOT_ARN.exec(value);
  return m ? m[1] : undefined;
}

function providerMatches(value: string, provider: string): boolean {
  if (value === provider) return true;
  const slash = provider.indexOf('oidc-provider/');
  if (slash >= 0 && provider.slice(slash + 'oidc-provider/'.length) === value) return true;
  return false;
}

/** How one entry names the caller, or undefined when it does not. */
export function matchPrincipalEntry(entry: PrincipalEntry, caller: CallerIdentity): PrincipalMatchKind | undefined {
  const v = entry.value;
  switch (entry.block) {
    case '*':
      return 'everyone';
    case 'AWS': {
      if (v === '*') return 'everyone';
      const acct = accountNamedBy(v);
      if (acct !== undefined) {
        if (
          caller.account === acct &&
          caller.kind !== 'service' &&
          caller.kind !== 'anonymous' &&
          caller.kind !== 'web-identity' &&
          caller.kind !== 'saml'
        )
          return 'account';
        return undefined;
      }
      if (caller.kind === 'user' && caller.arn === v) return 'user';
      if (caller.kind === 'federated-user') {
        if (caller.arn === v) return 'federated-user';
        if (caller.callerUserArn === v) return 'federated-caller-user';
      }
      if (caller.kind === 'role-session') {
        if (caller.arn === v) return 'role-session';
        if (caller.roleArn === v) return 'role';
      }
      return undefined;
    }
    case 'Service':
      return caller.kind === 'service' &&
        caller.service !== undefined &&
        caller.service.toLowerCase() === v.toLowerCase()
        ? 'service'
        : undefined;
    case 'Federated':
      return (caller.kind === 'web-identity' || caller.kind === 'saml') &&
        caller.federatedProvider !== undefined &&
        providerMatches(v, caller.federatedProvider)
        ? 'federated'
        : undefined;
    case 'CanonicalUser':
      return undefined;
  }
}

/** Ranks match kinds: the more specific the grant, the higher (a final grant beats a limited one beats delegation). */
export const MATCH_STRENGTH: Record<PrincipalMatchKind, number> = {
  account: 1,
  role: 2,
  'federated-caller-user': 2,
  everyone: 3,
  user: 3,
  'role-session': 3,
  'federated-user': 3,
  service: 3,
  federated: 3,
};

/** The strongest way any entry names the caller, with the entry, or undefined. */
export function matchPrincipal(
  entries: readonly PrincipalEntry[],
  caller: CallerIdentity,
): { kind: PrincipalMatchKind; entry: PrincipalEntry } | undefined {
  let best: { kind: PrincipalMatchKind; entry: PrincipalEntry } | undefined;
  for (const e of entries) {
    const k = matchPrincipalEntry(e, caller);
    if (k && (!best || MATCH_STRENGTH[k] > MATCH_STRENGTH[best.kind])) best = { kind: k, entry: e };
  }
  return best;
}

/**
 * The identities AWS may check a caller against for NotPrincipal: the account, then the user / role, then the session.
 * A caller is excluded from a NotPrincipal statement only when every one of them is listed
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_notprincipal.html).
 */
export function identityChain(caller: CallerIdentity): PrincipalEntry[] {
  const acct = caller.account ? [{ block: 'AWS' as const, value: caller.account }] : [];
  switch (caller.kind) {
    case 'root':
      return acct;
    case 'user':
    case 'federated-user':
      return [...acct, { block: 'AWS', value: caller.arn ?? '' }];
    case 'role-session':
      return [...acct, { block: 'AWS', value: caller.roleArn ?? '' }, { block: 'AWS', value: caller.arn ?? '' }];
    case 'service':
      return [{ block: 'Service', value: caller.service ?? '' }];
    case 'web-identity':
    case 'saml':
      return [{ block: 'Federated', value: caller.federatedProvider ?? '' }];
    default:
      return [];
  }
}

function listed(link: PrincipalEntry, entries: readonly PrincipalEntry[]): boolean {
  for (const e of entries) {
    if (e.block === '*' || (e.block === 'AWS' && e.value === '*')) return true;
    if (e.block !== link.block) continue;
    if (link.block === 'AWS' && ACCOUNT_ID.test(link.value)) {
      if (accountNamedBy(e.value) === link.value) return true;
    } else if (link.block === 'Service' ? e.value.toLowerCase() === link.value.toLowerCase() : e.value === link.value)
      return true;
  }
  return false;
}

/** True when a NotPrincipal list excludes the caller (so the statement does not apply to it). */
export function notPrincipalExcludes(entries: readonly PrincipalEntry[], caller: CallerIdentity): boolean {
  const chain = identityChain(caller);
  if (chain.length === 0) return entries.some((e) => e.block === '*' || (e.block === 'AWS' && e.value === '*'));
  for (const link of chain) if (!listed(link, entries)) return false;
  return true;
}
