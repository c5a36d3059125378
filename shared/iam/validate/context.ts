/** The state one validation run shares between its checks: the parsed document, the kind, and the finding list. */
import type { JsonValue } from '../request';
import type { JsonDocument } from '../json/types';
import { locate } from '../json/locate';
import type { Catalog } from '../catalog';
import { FINDING_CODES, type FindingCode } from './codes';
import type { Finding, ValidationKind } from './types';

/** A statement as the checks see it: its JSON path and its object (or the non-object value when malformed). */
export interface StatementNode {
  index: number;
  /** `Statement` for a single-object statement, `Statement[i]` in an array. */
  path: string;
  value: JsonValue;
}

/** Shared state of one `validatePolicy` call. */
export interface ValidationContext {
  kind: ValidationKind;
  text: string;
  doc: JsonDocument;
  catalog?: Catalog;
  /** The policy's Version string when it is a valid one, else undefined. */
  version?: string;
  findings: Finding[];
  /** Record a finding at `path`; `atKey` points at the key that introduced the path rather than at its value. */
  report(code: FindingCode, path: string, data?: Finding['data'], atKey?: boolean): void;
}

/** Create the context for one run. */
export function createContext(
  kind: ValidationKind,
  text: string,
  doc: JsonDocument,
  catalog?: Catalog,
): ValidationContext {
  const findings: Finding[] = [];
  return {
    kind,
    text,
    doc,
    catalog,
    findings,
    report(code, path, data, atKey = false) {
      const span = locate(doc, path, atKey);
      const f: Finding = {
        code,
        severity: FINDING_CODES[code],
        path,
        line: span?.line ?? 1,
        column: span?.column ?? 1,
      };
      if (span) {
        f.endLine = span.endLine;
        f.endColumn = span.endColumn;
      }
      if (data) f.data = data;
      findings.push(f);
    },
  };
}

/** True for a plain JSON object (not an array, not null). */
export function isObject(v: JsonValue | undefined): v is { [key: string]: JsonValue } {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Own-property lookup that ignores inherited names such as `constructor`. */
export function own(o: { [key: string]: JsonValue }, key: string): JsonValue | undefined {
  return Object.prototype.hasOwnProperty.call(o, key) ? o[key] : undefined;
}

/** One string of a string-or-array element, with its path. */
export interface StringItem {
  value: string;
  path: string;
}

/**
 * The strings of an element that AWS accepts as a string or an array of strings (Action, Resource, principal
 * values). Non-string items are reported as `statement.element-type` and skipped; an empty array as `element-empty`.
 */
export function stringItems(ctx: ValidationContext, value: JsonValue, path: string, element: string): StringItem[] {
  if (typeof value === 'string') return [{ value, path }];
  if (Array.isArray(value)) {
    if (value.length === 0) ctx.report('statement.element-empty', path, { element });
    const out: StringItem[] = [];
    value.forEach((v, i) => {
      const p = `${path}[${i}]`;
      if (typeof v === 'string') out.push({ value: v, path: p });
      else ctx.report('statement.element-type', p, { element, expected: 'a string' });
    });
    return out;
  }
  ctx.report('statement.element-type', path, { element, expected: 'a string or an array of strings' });
  return [];
}
