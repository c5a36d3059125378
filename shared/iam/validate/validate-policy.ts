/**
 * `validatePolicy`: check one policy document of a given kind and return findings (codes, JSON paths, positions).
 * Never throws on user input: malformed JSON is a finding too.
 *
 * Two ways in. Text (an editor, `iam-lab validate`) goes through the position-aware parser, which also catches
 * duplicate keys. A document that is already a value (a request's, a world's) is checked as it is: no second parse,
 * positions only when there are findings (in its two-space pretty print), and the findings of a document seen before
 * are reused (`validatePolicyDocument`).
 */
import { parseJsonWithPositions } from '../json/parse';
import type { JsonValue } from '../request';
import type { Catalog } from '../catalog';
import {
  createContext,
  isObject,
  placeFindings,
  type RunContext,
  type StatementNode,
  type ValidationContext,
} from './context';
import type { Finding, ValidateOptions, ValidationKind } from './types';
import { TOP_LEVEL_ELEMENTS, VALID_VERSIONS } from './kinds';
import { checkStatement } from './checks/statement';
import { checkSidsUnique } from './checks/sid';
import { checkRedundantStatements } from './checks/redundant';
import { checkSize, checkCharacters } from './checks/size';
import { checkVariableSyntax, checkVariablesVersion } from './checks/variables';
import type { FindingCode } from './codes';
import { documentKey } from '../json/document-key';
import { FindingsMemo } from './findings-memo';

/** Validate policy `text` as a policy of `kind`; pass a catalog for the "unknown action/key/service" checks. */
export function validatePolicy(
  text: string,
  kind: ValidationKind,
  catalog?: Catalog,
  options: ValidateOptions = {},
): Finding[] {
  const parsed = parseJsonWithPositions(text);
  if (!parsed.ok) {
    const e = parsed.error;
    return [
      {
        code: e.code,
        severity: 'error',
        path: e.path,
        line: e.line,
        column: e.column,
        data: { expected: e.expected, found: e.found },
      },
    ];
  }
  const doc = parsed.doc;
  const ctx = createContext(
    kind,
    text,
    () => doc,
    () => text,
    catalog,
  );
  for (const d of doc.duplicateKeys) ctx.report('json.duplicate-key', d.path, { key: d.key }, true);
  return run(ctx, doc.value, options);
}

const memo = new FindingsMemo();

/** Forget the findings of documents seen before (for measuring first sight; nothing else needs it). */
export function forgetValidatedDocuments(): void {
  memo.clear();
}

/**
 * Validate a policy document that is already a value (parsed from a request, held by a world). Size and characters are
 * checked on its compact JSON; positions point into `JSON.stringify(document, null, 2)`. The result is a fresh array of
 * frozen findings; for the same content, kind, quota and catalog it is worked out once. A string is taken as the
 * policy's text (as `PolicyInput.document` allows) and goes through `validatePolicy`.
 */
export function validatePolicyDocument(
  document: string | JsonValue,
  kind: ValidationKind,
  catalog?: Catalog,
  options: ValidateOptions = {},
): Finding[] {
  if (typeof document === 'string') return validatePolicy(document, kind, catalog, options);
  const text = documentKey(document);
  const known = memo.get(text, kind, options.sizeQuota, catalog);
  if (known) return known.slice();
  let pretty: string | undefined;
  const positionText = () => (pretty ??= JSON.stringify(document, null, 2));
  const spans = () => {
    const parsed = parseJsonWithPositions(positionText());
    return parsed.ok ? parsed.doc : undefined;
  };
  const findings = run(createContext(kind, text, spans, positionText, catalog), document, options);
  for (const f of findings) {
    if (f.data) Object.freeze(f.data);
    Object.freeze(f);
  }
  memo.set(text, kind, options.sizeQuota, catalog, findings);
  return findings.slice();
}

/** The checks of one run, then positions for what they found, in text order. */
function run(ctx: RunContext, root: JsonValue, options: ValidateOptions): Finding[] {
  checkDocument(ctx, root);
  checkSize(ctx, options.sizeQuota);
  checkCharacters(ctx);
  placeFindings(ctx);
  return sortFindings(ctx.findings);
}

function checkDocument(ctx: ValidationContext, root: JsonValue): void {
  if (!isObject(root)) {
    ctx.report('policy.not-object', '', {
      found: Array.isArray(root) ? 'array' : root === null ? 'null' : typeof root,
    });
    return;
  }
  for (const key of Object.keys(root)) {
    if (!(TOP_LEVEL_ELEMENTS as readonly string[]).includes(key)) {
      const suggestion = TOP_LEVEL_ELEMENTS.find((k) => k.toLowerCase() === key.toLowerCase());
      ctx.report('policy.unknown-element', key, suggestion ? { element: key, suggestion } : { element: key }, true);
    }
  }
  checkVersion(ctx, root);
  if ('Id' in root && typeof root.Id !== 'string') ctx.report('policy.id-invalid', 'Id');
  const statements = collectStatements(ctx, root);
  statements.forEach((s) => checkStatement(ctx, s));
  checkSidsUnique(ctx, statements);
  checkRedundantStatements(ctx, statements);
  checkVariablesVersion(ctx, root);
  checkVariableSyntax(ctx, root);
}

function checkVersion(ctx: ValidationContext, root: { [key: string]: JsonValue }): void {
  if (!Object.prototype.hasOwnProperty.call(root, 'Version')) {
    const code: FindingCode = ctx.kind === 'rcp' ? 'policy.version-required' : 'policy.version-missing';
    ctx.report(code, '', { expected: '2012-10-17' });
    return;
  }
  const v = root.Version;
  if (typeof v !== 'string' || !(VALID_VERSIONS as readonly string[]).includes(v)) {
    ctx.report('policy.version-invalid', 'Version', {
      found: typeof v === 'string' ? v : JSON.stringify(v),
      expected: VALID_VERSIONS.join(' or '),
    });
    return;
  }
  ctx.version = v;
  if (v === '2008-10-17') {
    ctx.report(ctx.kind === 'rcp' ? 'policy.version-required' : 'policy.version-old', 'Version', {
      found: v,
      expected: '2012-10-17',
    });
  }
}

function collectStatements(ctx: ValidationContext, root: { [key: string]: JsonValue }): StatementNode[] {
  if (!Object.prototype.hasOwnProperty.call(root, 'Statement')) {
    ctx.report('policy.missing-statement', '');
    return [];
  }
  const st = root.Statement;
  if (Array.isArray(st)) {
    if (st.length === 0) ctx.report('policy.statement-empty', 'Statement');
    return st.map((value, index) => ({ index, path: `Statement[${index}]`, value }));
  }
  return [{ index: 0, path: 'Statement', value: st }];
}

const SEVERITY_ORDER = { error: 0, warning: 1, suggestion: 2 } as const;

/** Findings in text order (line, column), then by severity and code, so output is stable. */
export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort(
    (a, b) =>
      a.line - b.line ||
      a.column - b.column ||
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      (a.code < b.code ? -1 : a.code > b.code ? 1 : 0) ||
      (a.path < b.path ? -1 : a.path > b.path ? 1 : 0),
  );
}
