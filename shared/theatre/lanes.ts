/**
 * The stage's layout data: which gates each lane draws, left to right in AWS's order. One account → one lane with
 * every gate; a cross-account request → the principal account's lane and the resource account's lane, which must
 * both allow (an explicit deny in either denies).
 */
import { GATES, type EvaluationResult, type Gate } from '../iam/result';
import type { Side } from './frame';

/** One lane of the stage. */
export interface Lane {
  side: Side;
  /** `Principal account 111111111111`, or empty for a single lane. */
  title: string;
  gates: Gate[];
}

/** Gates of the principal account's evaluation. */
export const PRINCIPAL_LANE: Gate[] = ['authenticate', 'explicit-deny', 'scp', 'identity', 'boundary', 'session'];
/** Gates of the resource account's evaluation. */
export const RESOURCE_LANE: Gate[] = ['explicit-deny', 'rcp', 'resource-policy'];

/** True when the result comes from two evaluations (cross-account). */
export function isCrossAccount(result: EvaluationResult): boolean {
  return result.sides !== undefined || result.trace.events.some((e) => e.side === 'principal' || e.side === 'resource');
}

/** The lanes for a result. Accounts are shown in the titles when known. */
export function lanesOf(result: EvaluationResult, accounts: { principal?: string; resource?: string } = {}): Lane[] {
  if (!isCrossAccount(result)) return [{ side: 'single', title: '', gates: GATES.filter((g) => g !== 'decision') }];
  return [
    { side: 'principal', title: `Principal account${accounts.principal ? ` ${accounts.principal}` : ''}`, gates: PRINCIPAL_LANE },
    { side: 'resource', title: `Resource account${accounts.resource ? ` ${accounts.resource}` : ''}`, gates: RESOURCE_LANE },
  ];
}
