/**
 * The validator's findings as CodeMirror diagnostics: each finding's line and column (1-based) become a range in the
 * document, its code becomes the sentence from the validator's message table.
 */
import type { Diagnostic } from '@codemirror/lint';
import type { Text } from '@codemirror/state';
import { findingMessage, validatePolicy, type Finding, type ValidationKind } from '../../../shared/iam/validate';

/** The offset of a 1-based line/column in the document, clamped to it. */
export function offsetOf(doc: Text, line: number, column: number): number {
  const l = doc.line(Math.min(Math.max(1, line), doc.lines));
  return Math.min(l.from + Math.max(0, column - 1), l.to);
}

/** Converts findings into diagnostics for the lint gutter and underlines. */
export function toDiagnostics(doc: Text, findings: readonly Finding[]): Diagnostic[] {
  return findings.map((f) => {
    const from = offsetOf(doc, f.line, f.column);
    let to = f.endLine !== undefined && f.endColumn !== undefined ? offsetOf(doc, f.endLine, f.endColumn) : doc.lineAt(from).to;
    if (to <= from) to = Math.min(from + 1, doc.length);
    return {
      from,
      to,
      severity: f.severity === 'suggestion' ? 'info' : f.severity,
      source: f.code,
      message: findingMessage(f),
    };
  });
}

/**
 * Validates a policy text of a kind (no action catalog: the structure, values and security checks run). A blank editor
 * is "nothing written yet" (a resource with no policy), not an error to shout about; saving blank text is refused by
 * the world command anyway.
 */
export function findingsOf(text: string, kind: ValidationKind): Finding[] {
  return text.trim() === '' ? [] : validatePolicy(text, kind);
}
