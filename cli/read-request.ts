/**
 * Reads an evaluation request file: position-aware JSON parse, then the shape check of `shared/iam/request-check.ts`.
 * Problems come back as ready-to-print lines `file:line:col path: what is wrong`.
 */
import type { CliIO } from './io';
import type { EvaluationRequest } from '../shared/iam/request';
import { parseJsonWithPositions, locate, type JsonDocument } from '../shared/iam/json/index';
import { checkRequest, type RequestDiagnostic } from '../shared/iam/request-check';
import { findingMessage } from '../shared/iam/validate/index';
import { errorCode, location } from './format';

/** The outcome of reading a request file. */
export type ReadRequestResult =
  { ok: true; request: EvaluationRequest; warnings: string[] } | { ok: false; errors: string[]; warnings: string[] };

/** The sentence for one request diagnostic. */
export function requestDiagnosticMessage(d: RequestDiagnostic): string {
  const where = d.path === '' ? 'request' : d.path;
  switch (d.code) {
    case 'request.invalid':
      return `${where}: expected ${d.expected}`;
    case 'request.missing-field':
      return `${where}: missing field '${d.field}' (expected ${d.expected})`;
    case 'request.unknown-field':
      return `${where}: unknown field '${d.field}' (ignored)`;
    case 'request.derived-context-key':
      return `${where}: the engine derives ${d.field} from the principal; this context value is ignored`;
  }
}

function lineFor(file: string, doc: JsonDocument, d: RequestDiagnostic): string {
  const span = locate(doc, d.path, d.code === 'request.unknown-field' || d.code === 'request.derived-context-key');
  return `${location(file, span?.line ?? 1, span?.column ?? 1)} ${requestDiagnosticMessage(d)}`;
}

/** Read and check `file`. */
export async function readRequestFile(file: string, io: CliIO): Promise<ReadRequestResult> {
  let text: string;
  try {
    text = await io.readFile(file);
  } catch (e) {
    return { ok: false, errors: [`${file}: cannot read the file: ${errorCode(e)}`], warnings: [] };
  }
  const parsed = parseJsonWithPositions(text);
  if (!parsed.ok) {
    const e = parsed.error;
    const msg = findingMessage({ code: e.code, data: { expected: e.expected, found: e.found } });
    return {
      ok: false,
      errors: [`${location(file, e.line, e.column)} ${e.path ? `${e.path}: ` : ''}${msg}`],
      warnings: [],
    };
  }
  const diags = checkRequest(parsed.doc.value);
  const errors = diags.filter((d) => d.severity === 'error').map((d) => lineFor(file, parsed.doc, d));
  const warnings = diags.filter((d) => d.severity === 'warning').map((d) => lineFor(file, parsed.doc, d));
  if (errors.length) return { ok: false, errors, warnings };
  return { ok: true, request: parsed.doc.value as unknown as EvaluationRequest, warnings };
}
