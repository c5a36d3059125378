/**
 * IAM Lab's encoded authorization failure message, the one our EC2-style denials carry and
 * `sts decode-authorization-message` decodes. The format is ours, not AWS's (AWS's is opaque and only STS can read
 * it): standard base64 of a JSON document shaped like AWS's decoded message — `allowed`, `explicitDeny`,
 * `matchedStatements`, `failures`, `context` {principal {id, arn}, action, resource, conditions} — plus an `iamLab`
 * member with the engine's reason code and the deciding policy type
 * (https://docs.aws.amazon.com/STS/latest/APIReference/API_DecodeAuthorizationMessage.html).
 */
import type { EvaluationRequest } from '../request';
import type { EvaluationResult } from '../result';
import { base64DecodeText, base64Encode, utf8Bytes } from '../../terminal/aws/encoding';
import { callerOf } from '../context/caller';
import { decidingGate } from './deciding';

/** The decoded document. */
export interface DecodedAuthorizationMessage {
  allowed: boolean;
  explicitDeny: boolean;
  matchedStatements: { items: Array<{ statementId: string; effect: 'DENY'; policyId: string; policyType: string }> };
  failures: { items: unknown[] };
  context: {
    principal: { id?: string; arn?: string };
    action: string;
    resource: string;
    conditions: { items: Array<{ key: string; values: { items: Array<{ value: string }> } }> };
  };
  iamLab: { version: 1; reason: string; policyType?: string };
}

/** The decoded document of a denied evaluation. */
export function authorizationDocument(req: EvaluationRequest, result: EvaluationResult): DecodedAuthorizationMessage {
  const gate = decidingGate(result);
  const caller = callerOf(req.principal, false);
  const conditions = Object.entries(req.context ?? {}).map(([key, v]) => ({
    key,
    values: { items: (Array.isArray(v) ? v : [v]).map((x) => ({ value: String(x) })) },
  }));
  return {
    allowed: result.decision === 'allowed',
    explicitDeny: result.decision === 'explicitDeny',
    matchedStatements: {
      items: (gate?.kind === 'explicit' ? gate.statements : []).map((s) => ({
        statementId: s.sid ?? `Statement[${s.statementIndex}]`,
        effect: 'DENY' as const,
        policyId: s.policyId,
        policyType: s.policyKind,
      })),
    },
    failures: { items: [] },
    context: {
      principal: { ...(caller.arn !== undefined ? { arn: caller.arn } : { arn: 'anonymous' }) },
      action: req.action,
      resource: req.resource.arn,
      conditions: { items: conditions },
    },
    iamLab: { version: 1, reason: result.reason, ...(gate?.policyType ? { policyType: gate.policyType } : {}) },
  };
}

/** The encoded message: base64 of the document's JSON. */
export function encodeAuthorizationMessage(doc: DecodedAuthorizationMessage): string {
  return base64Encode(utf8Bytes(JSON.stringify(doc)));
}

/** The decoded JSON text of one of our encoded messages, or undefined when it is not one (not base64 of our JSON). */
export function decodeAuthorizationMessage(encoded: string): string | undefined {
  const text = base64DecodeText(encoded.trim());
  if (text === undefined) return undefined;
  try {
    const doc = JSON.parse(text) as { iamLab?: { version?: unknown } };
    return doc && typeof doc === 'object' && doc.iamLab?.version === 1 ? text : undefined;
  } catch {
    return undefined;
  }
}
