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

/** Shared state of one validation run. */
export interface ValidationContext {
  kind: ValidationKind;
  /** The text whose size and characters are checked: what the user wrote, or the compact JSON of a document value. */
  text: string;
  catalog?: Catalog;
  /** The policy's Version string when it is a valid one, else undefined. */
  version?: string;
  findings: Finding[];
  /** Record a finding at `path`; `atKey` points at the key that introduced the path rather than at its value. */
  report(code: FindingCode, path: string, data?: Finding['data'], atKey?: boolean): void;
  /** The text positions refer to: the user's text, or the document's two-space pretty print (made when first asked). */
  positionText(): string;
}

/** Where the findings of one run are placed: the spans of the text positions refer to, made only when needed. */
export type SpanSource = () => Pick<JsonDocument, 'spans' | 'keySpans'> | undefined;

/** What a reported finding still waits for: its data (attached after the position) and where to point. */
interface Pending {
  data?: Finding['data'];
  atKey: boolean;
}

/** A context plus what `placeFindings` needs to give its findings their positions once the checks are done. */
export interface RunContext extends ValidationContext {
  /** The findings reported so far that have no position yet. */
  readonly pending: Map<Finding, Pending>;
  readonly spans: SpanSource;
}

/**
 * Create the context for one run. Findings are recorded with their paths only; `placeFindings` looks their positions
 * up afterwards, so a document without findings never pays for positions.
 */
export function createContext(
  kind: ValidationKind,
  text: string,
  spans: SpanSource,
  positionText: () => string,
  catalog?: Catalog,
): RunContext {
  const findings: Finding[] = [];
  const pending = new Map<Finding, Pending>();
  return {
    kind,
    text,
    catalog,
    findings,
    pending,
    spans,
    positionText,
    report(code, path, data, atKey = false) {
      const f: Finding = { code, severity: FINDING_CODES[code], path, line: 0, column: 0 };
      pending.set(f, { data, atKey });
      findings.push(f);
    },
  };
}

/**
 * Give every reported finding the span of its path (or of its nearest written ancestor), then its data: the key order
 * findings always had (position before data).
 */
export function placeFindings(ctx: RunContext): void {
  if (ctx.pending.size === 0) return;
  const doc = ctx.spans();
  for (const [f, { data, atKey }] of ctx.pending) {
    const span = doc ? locate(doc, f.path, atKey) : undefined;
    f.line = span?.line ?? 1;
    f.column = span?.column ?? 1;
    if (span) {
      f.endLine = span.endLine;
      f.endColumn = span.endColumn;
    }
    if (data) f.data = data;
  }
  ctx.pending.clear();
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
