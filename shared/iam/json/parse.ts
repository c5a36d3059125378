/**
 * A strict JSON parser (RFC 8259) that records where every value and key was written and, on malformed input, says
 * exactly where and what it expected. `JSON.parse` only says "Unexpected token"; learners need "line 4, column 7:
 * expected ',' or '}'".
 */
import type { JsonValue } from '../request';
import type { DuplicateKey, JsonErrorCode, JsonParseResult, JsonSyntaxError, Span } from './types';
import { childPath, indexPath } from './path';

/** Nesting deeper than this is refused (`json.too-deep`) so hostile input cannot overflow the stack. */
export const MAX_JSON_DEPTH = 256;

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

class SyntaxFailure {
  constructor(readonly error: JsonSyntaxError) {}
}

const WS_SPACE = 0x20;
const WS_TAB = 0x09;
const WS_LF = 0x0a;
const WS_CR = 0x0d;

/** Parse `text` as one JSON value, recording the span of every value and object key by JSON path. Never throws. */
export function parseJsonWithPositions(text: string): JsonParseResult {
  const p = new Parser(text);
  try {
    return { ok: true, doc: p.document() };
  } catch (e) {
    if (e instanceof SyntaxFailure) return { ok: false, error: e.error };
    throw e;
  }
}

class Parser {
  private i = 0;
  private line = 1;
  private lineStart = 0;
  readonly spans = new Map<string, Span>();
  readonly keySpans = new Map<string, Span>();
  readonly duplicateKeys: DuplicateKey[] = [];

  constructor(private readonly text: string) {
    if (text.charCodeAt(0) === 0xfeff) {
      this.i = 1;
      this.lineStart = 1;
    }
  }

  document() {
    this.skipWs();
    if (this.i >= this.text.length) this.fail('json.empty', ['a value'], '');
    const value = this.value('', 0);
    this.skipWs();
    if (this.i < this.text.length) this.fail('json.trailing-content', ['end of input'], '');
    return { value, spans: this.spans, keySpans: this.keySpans, duplicateKeys: this.duplicateKeys };
  }

  private skipWs() {
    const t = this.text;
    for (;;) {
      const c = t.charCodeAt(this.i);
      if (c === WS_SPACE || c === WS_TAB || c === WS_CR) this.i++;
      else if (c === WS_LF) {
        this.i++;
        this.line++;
        this.lineStart = this.i;
      } else return;
    }
  }

  private mark() {
    return { line: this.line, column: this.i - this.lineStart + 1, offset: this.i };
  }

  private spanFrom(start: { line: number; column: number; offset: number }): Span {
    return {
      line: start.line,
      column: start.column,
      offset: start.offset,
      endLine: this.line,
      endColumn: this.i - this.lineStart + 1,
      endOffset: this.i,
    };
  }

  private describeHere(): string {
    if (this.i >= this.text.length) return 'end of input';
    const c = this.text[this.i];
    if (c === '\n') return 'a line break';
    if (c === '\t') return 'a tab';
    const code = c.charCodeAt(0);
    if (code < 0x20) return `control character U+${code.toString(16).padStart(4, '0').toUpperCase()}`;
    // Show a word if one starts here (e.g. `True`, `undefined`), else the single character.
    const word = /^[A-Za-z_$][\w$]*/.exec(this.text.slice(this.i, this.i + 24));
    return word ? `'${word[0]}'` : `'${c}'`;
  }

  private fail(
    code: JsonErrorCode,
    expected: string[],
    path: string,
    at?: { line: number; column: number; offset: number },
  ): never {
    const pos = at ?? this.mark();
    const atEnd = (at ? at.offset : this.i) >= this.text.length;
    throw new SyntaxFailure({
      code: atEnd && code === 'json.unexpected-character' ? 'json.unexpected-end' : code,
      line: pos.line,
      column: pos.column,
      offset: pos.offset,
      expected,
      found: at ? this.describeAt(at.offset) : this.describeHere(),
      path,
    });
  }

  private describeAt(offset: number): string {
    const save = this.i;
    this.i = offset;
    const d = this.describeHere();
    this.i = save;
    return d;
  }

  private value(path: string, depth: number): JsonValue {
    if (depth > MAX_JSON_DEPTH) this.fail('json.too-deep', [], path);
    const start = this.mark();
    const c = this.text.charCodeAt(this.i);
    let v: JsonValue;
    if (c === 0x7b /* { */) v = this.object(path, depth);
    else if (c === 0x5b /* [ */) v = this.array(path, depth);
    else if (c === 0x22 /* " */) v = this.string(path);
    else if (c === 0x2d /* - */ || (c >= 0x30 && c <= 0x39)) v = this.number(path);
    else if (this.text.startsWith('true', this.i)) {
      this.i += 4;
      v = true;
    } else if (this.text.startsWith('false', this.i)) {
      this.i += 5;
      v = false;
    } else if (this.text.startsWith('null', this.i)) {
      this.i += 4;
      v = null;
    } else this.fail('json.unexpected-character', ['a value'], path);
    this.spans.set(path, this.spanFrom(start));
    return v;
  }

  private object(path: string, depth: number): { [key: string]: JsonValue } {
    this.i++; // {
    const out: { [key: string]: JsonValue } = {};
    this.skipWs();
    if (this.text.charCodeAt(this.i) === 0x7d) {
      this.i++;
      return out;
    }
    for (let first = true; ; first = false) {
      if (this.text.charCodeAt(this.i) !== 0x22) {
        this.fail('json.unexpected-character', first ? ['a quoted key', "'}'"] : ['a quoted key'], path);
      }
      const keyStart = this.mark();
      const key = this.string(path);
      const memberPath = childPath(path, key);
      const keySpan = this.spanFrom(keyStart);
      if (Object.prototype.hasOwnProperty.call(out, key)) {
        this.duplicateKeys.push({ path: memberPath, key, span: keySpan });
      }
      this.keySpans.set(memberPath, keySpan);
      this.skipWs();
      if (this.text.charCodeAt(this.i) !== 0x3a) this.fail('json.unexpected-character', ["':'"], memberPath);
      this.i++;
      this.skipWs();
      const v = this.value(memberPath, depth + 1);
      if (key === '__proto__')
        Object.defineProperty(out, key, { value: v, enumerable: true, writable: true, configurable: true });
      else out[key] = v;
      if (this.commaOrClose(0x7d, "'}'", path)) return out;
    }
  }

  private array(path: string, depth: number): JsonValue[] {
    this.i++; // [
    const out: JsonValue[] = [];
    this.skipWs();
    if (this.text.charCodeAt(this.i) === 0x5d) {
      this.i++;
      return out;
    }
    for (;;) {
      const c0 = this.text.charCodeAt(this.i);
      if (c0 === 0x5d) this.fail('json.unexpected-character', ['a value'], indexPath(path, out.length)); // trailing comma
      out.push(this.value(indexPath(path, out.length), depth + 1));
      if (this.commaOrClose(0x5d, "']'", path)) return out;
    }
  }

  /** After a member or an element: consumes a comma (false: another follows) or the closing bracket (true). */
  private commaOrClose(close: number, closeText: string, path: string): boolean {
    this.skipWs();
    const c = this.text.charCodeAt(this.i);
    if (c === 0x2c) {
      this.i++;
      this.skipWs();
      return false;
    }
    if (c === close) {
      this.i++;
      return true;
    }
    return this.fail('json.unexpected-character', ["','", closeText], path);
  }

  private string(path: string): string {
    const t = this.text;
    this.i++; // opening quote
    let out = '';
    let chunk = this.i;
    for (;;) {
      if (this.i >= t.length) this.fail('json.unexpected-end', ["'\"'"], path);
      const c = t.charCodeAt(this.i);
      if (c === 0x22) {
        out += t.slice(chunk, this.i);
        this.i++;
        return out;
      }
      if (c === 0x5c) {
        out += t.slice(chunk, this.i);
        const escAt = this.mark();
        const e = t[this.i + 1];
        this.i += 2;
        switch (e) {
          case '"':
            out += '"';
            break;
          case '\\':
            out += '\\';
            break;
          case '/':
            out += '/';
            break;
          case 'b':
            out += '\b';
            break;
          case 'f':
            out += '\f';
            break;
          case 'n':
            out += '\n';
            break;
          case 'r':
            out += '\r';
            break;
          case 't':
            out += '\t';
            break;
          case 'u': {
            const hex = t.slice(this.i, this.i + 4);
            if (!/^[0-9a-fA-F]{4}$/.test(hex))
              this.fail('json.invalid-escape', ['four hex digits after \\u'], path, escAt);
            out += String.fromCharCode(parseInt(hex, 16));
            this.i += 4;
            break;
          }
          default:
            this.fail('json.invalid-escape', ['one of \\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX'], path, escAt);
        }
        chunk = this.i;
        continue;
      }
      if (c < 0x20) this.fail('json.control-character', ["'\"'", 'an escape such as \\n'], path);
      this.i++;
    }
  }

  private number(path: string): number {
    const t = this.text;
    const start = this.mark();
    const m = NUMBER;
    m.lastIndex = this.i;
    const hit = m.exec(t);
    if (!hit) {
      this.i++;
      this.fail('json.invalid-number', ['a digit'], path, start);
    }
    this.i += hit[0].length;
    const next = t.charCodeAt(this.i);
    // A digit right after a leading zero (`012`) or a dangling '.'/'e' is not JSON.
    if ((next >= 0x30 && next <= 0x39) || next === 0x2e || next === 0x65 || next === 0x45) {
      this.fail('json.invalid-number', ['a valid JSON number'], path, start);
    }
    return Number(hit[0]);
  }
}
