/**
 * Types of the position-aware JSON parser: every value and every object key of a document keeps the line and column
 * where it was written, so that validators can point at `Statement[0].Effect` in the text the user typed.
 */
import type { JsonValue } from '../request';

/** A range in the source text. Lines and columns are 1-based; columns count UTF-16 code units. End is exclusive. */
export interface Span {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  offset: number;
  endOffset: number;
}

/** A key that appeared twice in one object (the later value wins, as in `JSON.parse`). */
export interface DuplicateKey {
  /** Path of the member, e.g. `Statement[0].Effect`. */
  path: string;
  key: string;
  /** Where the second occurrence is written. */
  span: Span;
}

/** A successfully parsed document with the position of every value and key. */
export interface JsonDocument {
  value: JsonValue;
  /** Path → span of the value at that path. The root value has path `''`. */
  spans: Map<string, Span>;
  /** Path → span of the object key that introduced the value at that path (objects members only). */
  keySpans: Map<string, Span>;
  duplicateKeys: DuplicateKey[];
}

/** Codes of JSON syntax errors. */
export const JSON_ERROR_CODES = [
  'json.empty',
  'json.unexpected-character',
  'json.unexpected-end',
  'json.invalid-escape',
  'json.invalid-number',
  'json.control-character',
  'json.too-deep',
  'json.trailing-content',
] as const;

/** One JSON syntax error code. */
export type JsonErrorCode = (typeof JSON_ERROR_CODES)[number];

/** Why a text is not JSON: where, what was found, and what would have been accepted there. */
export interface JsonSyntaxError {
  code: JsonErrorCode;
  line: number;
  column: number;
  offset: number;
  /** Tokens that would have been valid at this point, e.g. `['","', '"}"']` or `['a value']`. */
  expected: string[];
  /** A short rendering of what was found (`'x'`, `end of input`). */
  found: string;
  /** Path of the value being read when the error happened (best effort). */
  path: string;
}

/** Result of `parseJsonWithPositions`. */
export type JsonParseResult = { ok: true; doc: JsonDocument } | { ok: false; error: JsonSyntaxError };
