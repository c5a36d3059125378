/**
 * What the "Explain an AWS error" panel shows, as plain data: the fields read from the pasted message or event, the
 * world's agreement or disagreement in one sentence, and each diagnostic as a sentence. Pure, so it is unit-tested
 * without a DOM; the panel only renders it.
 */
import {
  POLICY_TYPE_WORDS,
  narrateAgreement,
  narrateDenialDiagnostic,
  type DenialExplanation,
} from '../../../../shared/iam/denial';

/** One row of the "what AWS said" table. */
export interface ParsedRow {
  label: string;
  value: string;
}

/** The panel's view of an explanation. */
export interface ExplainSummary {
  rows: ParsedRow[];
  /** The agreement sentence, and whether the world agrees; absent when nothing was replayed. */
  agreement?: { text: string; agrees: boolean; code: string };
  /** Diagnostics as sentences, errors first. */
  problems: { text: string; severity: 'error' | 'warning'; code: string }[];
  /** True when a request was replayed (the theatre can open). */
  replayable: boolean;
}

const KIND_WORDS: Record<string, string> = {
  explicit: 'explicit deny (a Deny statement matched)',
  implicit: 'implicit deny (no statement allowed it)',
  unknown: 'not said (the older message form)',
};

/** The summary of an explanation. */
export function explainSummary(x: DenialExplanation): ExplainSummary {
  const rows: ParsedRow[] = [];
  const p = x.parsed;
  if (p) {
    if (p.errorCode) rows.push({ label: 'Error code', value: p.errorCode });
    rows.push({ label: 'Principal', value: p.principalArn ?? '(not named)' });
    rows.push({ label: 'Action', value: p.action ?? '(not named)' });
    rows.push({ label: 'Resource', value: p.resource ?? '(none named: replayed on "*")' });
    rows.push({
      label: 'Policy type',
      value: p.policyType ? POLICY_TYPE_WORDS[p.policyType].words : '(not named)',
    });
    rows.push({ label: 'Deny', value: KIND_WORDS[p.kind] });
    if (p.policyArn) rows.push({ label: 'Policy', value: p.policyArn });
  }
  const problems = [...x.diagnostics]
    .sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1))
    .map((d) => ({ text: narrateDenialDiagnostic(d), severity: d.severity, code: d.code }));
  return {
    rows,
    ...(x.agreement
      ? { agreement: { text: narrateAgreement(x.agreement), agrees: x.agreement.agrees, code: x.agreement.code } }
      : {}),
    problems,
    replayable: x.request !== undefined && x.evaluation !== undefined,
  };
}
