/**
 * The resource-based policy gate (bucket policy, key policy, queue policy, or the role's trust policy for assume-role
 * actions). In the same account an Allow can be final, limited or a delegation depending on whom it names; trust and
 * KMS key policies must allow explicitly; across accounts any matching Allow lets the resource side through
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic_policy-eval-basics.html,
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic-cross-account.html,
 * https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-default.html).
 */
import { MATCH_STRENGTH, type PrincipalMatchKind } from '../match/principal';
import type { ReasonCode } from '../reasons';
import { reportSkipped, scanPolicy } from './scan';
import type { EvalState, Hit } from './state';
import { OUTCOME } from '../trace/recorder';

/**
 * What the resource policy contributed: `final` allows on its own; `limited` replaces the identity policies but the
 * boundary and session policy still apply (grant to a role ARN, or to the IAM user behind a federated session);
 * `delegated` names the account, so identity policies decide; `none`/`absent` no grant; `blocked` a trust or key
 * policy that had to allow and did not; `cross` the resource side of a cross-account request allows.
 */
export type ResourceGrant = 'final' | 'limited' | 'delegated' | 'none' | 'absent' | 'blocked' | 'cross';

/** Outcome of the resource-policy gate. */
export interface ResourceGateOutcome {
  grant: ResourceGrant;
  hits: Hit[];
  decisive: number[];
  /** Decision reason when the gate blocks. */
  reason?: ReasonCode;
}

const LIMITED: ReadonlySet<PrincipalMatchKind> = new Set(['role', 'federated-caller-user']);

/** Runs the resource-policy gate. */
export function resourceGate(S: EvalState): ResourceGateOutcome {
  const t = S.t;
  t.enter('gate.resource-policy', 'resource-policy');
  if (S.trustIgnored && t.on) t.check('resource-policy.trust-ignored', 'resource-policy');
  reportSkipped(S, 'resource-policy', ['resource', 'trust']);
  const block = (code: ReasonCode, reason: ReasonCode): ResourceGateOutcome => ({
    grant: 'blocked',
    hits: [],
    decisive: [t.exit(code, 'resource-policy', OUTCOME['implicitDeny'])],
    reason,
  });
  if (S.mustAllowExplicitly === 'trust' && S.caller.kind === 'root')
    return block('resource-policy.root-cannot-assume-role', 'decision.root-cannot-assume-role');
  if (S.trustMissing) return block('resource-policy.trust-missing', 'decision.trust-no-allow');
  if (S.kmsKeyPolicyMissing) return block('resource-policy.kms-no-key-policy', 'decision.kms-no-allow');
  const lp = S.resourcePolicy;
  if (!lp) {
    const seq = t.exit('resource-policy.none', 'resource-policy', OUTCOME['not-applicable']);
    return { grant: 'absent', hits: [], decisive: [seq], reason: 'decision.resource-no-allow' };
  }
  const hits = scanPolicy(S, lp, 'Allow', 'resource-policy');
  const noAllowReason: ReasonCode =
    S.mustAllowExplicitly === 'trust'
      ? 'decision.trust-no-allow'
      : S.mustAllowExplicitly === 'kms'
        ? 'decision.kms-no-allow'
        : 'decision.resource-no-allow';
  if (S.crossAccount) {
    if (hits.length) {
      t.exit('resource-policy.allow.cross-account', 'resource-policy', OUTCOME['allow']);
      return { grant: 'cross', hits, decisive: hits.map((h) => h.seq) };
    }
    return {
      grant: 'none',
      hits,
      decisive: [t.exit('resource-policy.cross-account-no-allow', 'resource-policy', OUTCOME['implicitDeny'])],
      reason: noAllowReason,
    };
  }
  if (!hits.length) {
    if (S.mustAllowExplicitly) {
      const code: ReasonCode =
        S.mustAllowExplicitly === 'trust' ? 'resource-policy.trust-no-allow' : 'resource-policy.kms-no-allow';
      return {
        grant: 'blocked',
        hits,
        decisive: [t.exit(code, 'resource-policy', OUTCOME['implicitDeny'])],
        reason: noAllowReason,
      };
    }
    const seq = t.exit('resource-policy.no-allow', 'resource-policy', OUTCOME['no-match']);
    return { grant: 'none', hits, decisive: [seq] };
  }
  let best = hits[0];
  for (const h of hits)
    if (MATCH_STRENGTH[h.matchKind as PrincipalMatchKind] > MATCH_STRENGTH[best.matchKind as PrincipalMatchKind])
      best = h;
  const kind = best.matchKind as PrincipalMatchKind;
  const used = hits.filter((h) => h.matchKind === kind);
  if (kind === 'account') {
    t.exit('resource-policy.allow.delegated', 'resource-policy', { outcome: 'allow', data: { matchKind: kind } });
    return { grant: 'delegated', hits: used, decisive: used.map((h) => h.seq) };
  }
  if (LIMITED.has(kind)) {
    t.exit('resource-policy.allow.limited', 'resource-policy', { outcome: 'allow', data: { matchKind: kind } });
    return { grant: 'limited', hits: used, decisive: used.map((h) => h.seq) };
  }
  t.exit('resource-policy.allow.final', 'resource-policy', { outcome: 'allow', data: { matchKind: kind } });
  return { grant: 'final', hits: used, decisive: used.map((h) => h.seq) };
}
