/**
 * Which policy type decided a denied evaluation, read from the engine's result: the kind of the Deny statement for an
 * explicit deny, the gate that found no Allow for an implicit one (for a cross-account request, the side that
 * refused). This is what AWS names in its access-denied message.
 */
import type { ReasonCode } from '../reasons';
import type { EvaluationResult, PolicyKind, StatementRef } from '../result';
import type { DenialPolicyType } from './types';

/** The deciding gate of a denial, as a message would name it. */
export interface DecidingGate {
  kind: 'explicit' | 'implicit';
  /** Absent when no policy type decided (expired credentials, the root user assuming a role). */
  policyType?: DenialPolicyType;
  /** For an explicit deny: the Deny statements that applied. */
  statements: StatementRef[];
  /** The engine's reason code. */
  reason: string;
}

const KIND_TYPE: Readonly<Record<PolicyKind, DenialPolicyType>> = {
  identity: 'identity',
  resource: 'resource',
  trust: 'resource',
  boundary: 'boundary',
  scp: 'scp',
  rcp: 'rcp',
  session: 'session',
};

const IMPLICIT_TYPE: ReadonlyMap<string, DenialPolicyType> = new Map<ReasonCode, DenialPolicyType>([
  ['decision.no-allow', 'identity'],
  ['decision.rcp-no-allow', 'rcp'],
  ['decision.scp-no-allow', 'scp'],
  ['decision.resource-no-allow', 'resource'],
  ['decision.trust-no-allow', 'resource'],
  ['decision.kms-no-allow', 'resource'],
  ['decision.boundary-no-allow', 'boundary'],
  ['decision.session-no-allow', 'session'],
  ['decision.federated-no-session-policy', 'session'],
]);

/** The engine's policy kind as the message's policy type. */
export function policyTypeOfKind(kind: PolicyKind): DenialPolicyType {
  return KIND_TYPE[kind];
}

/** The deciding gate of a denied result; undefined when the result is allowed. */
export function decidingGate(result: EvaluationResult): DecidingGate | undefined {
  if (result.decision === 'allowed') return undefined;
  if (result.decision === 'explicitDeny') {
    const first = result.decidedBy[0];
    return {
      kind: 'explicit',
      ...(first ? { policyType: KIND_TYPE[first.policyKind] } : {}),
      statements: result.decidedBy,
      reason: result.reason,
    };
  }
  let type = IMPLICIT_TYPE.get(result.reason);
  // Across accounts the resource side alone may refuse while the caller's own side allows.
  if (result.sides && result.sides.principal === 'allowed' && result.sides.resource !== 'allowed') type = 'resource';
  return { kind: 'implicit', ...(type ? { policyType: type } : {}), statements: [], reason: result.reason };
}
