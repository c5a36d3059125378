/** The position-aware JSON parser: values equal JSON.parse, spans point at the right text, errors say where and what. */
import { describe, expect, it } from 'vitest';
import { parseJsonWithPositions, locate, parentPath, MAX_JSON_DEPTH } from '../../../shared/iam/json/index';

function ok(text: string) {
  const r = parseJsonWithPositions(text);
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.doc;
}
function err(text: string) {
  const r = parseJsonWithPositions(text);
  if (r.ok) throw new Error('expected a syntax error');
  return r.error;
}

describe('parseJsonWithPositions', () => {
  it('agrees with JSON.parse on valid documents', () => {
    for (const t of [
      '0',
      '-1.5e3',
      '"a\\u00e9\\n"',
      'true',
      'null',
      '[]',
      '{}',
      '{"a":[1,{"b":null}],"c":"d"}',
      ' \n [ 1 , 2 ] \n',
    ]) {
      expect(ok(t).value).toEqual(JSON.parse(t));
    }
  });

  it('records line and column of values and keys by JSON path', () => {
    const text =
      '{\n  "Statement": [\n    {"Effect": "Allow",\n     "Condition": {"StringEquals": {"aws:username": "bob"}}}\n  ]\n}';
    const doc = ok(text);
    expect(doc.spans.get('Statement[0].Effect')).toMatchObject({ line: 3, column: 16, endLine: 3, endColumn: 23 });
    expect(doc.keySpans.get('Statement[0].Effect')).toMatchObject({ line: 3, column: 6 });
    const s = doc.spans.get('Statement[0].Condition.StringEquals.aws:username')!;
    expect(text.slice(s.offset, s.endOffset)).toBe('"bob"');
    expect(doc.spans.get('')).toMatchObject({ line: 1, column: 1, endLine: 6, endColumn: 2 });
  });

  it('locates a missing path at its nearest written ancestor', () => {
    const doc = ok('{"Statement": [{"Effect": "Allow"}]}');
    expect(locate(doc, 'Statement[0].Resource')).toMatchObject({ line: 1, column: 16 });
    expect(parentPath('Statement[0].Resource')).toBe('Statement[0]');
    expect(parentPath('Statement[0]')).toBe('Statement');
    expect(parentPath('Statement')).toBe('');
  });

  it('reports duplicate keys with the second position', () => {
    const doc = ok('{"a": 1,\n "a": 2}');
    expect(doc.value).toEqual({ a: 2 });
    expect(doc.duplicateKeys).toEqual([
      expect.objectContaining({ path: 'a', key: 'a', span: expect.objectContaining({ line: 2, column: 2 }) }),
    ]);
  });

  it('keeps __proto__ as data', () => {
    const doc = ok('{"__proto__": {"x": 1}}');
    expect(Object.getPrototypeOf(doc.value)).toBe(Object.prototype);
    expect(Object.keys(doc.value as object)).toEqual(['__proto__']);
  });

  it.each([
    ['{"a": 1 "b": 2}', 'json.unexpected-character', 1, 9, ["','", "'}'"], "'\"'"],
    ['{"a": 1,}', 'json.unexpected-character', 1, 9, ['a quoted key'], "'}'"],
    ['{', 'json.unexpected-end', 1, 2, ['a quoted key', "'}'"], 'end of input'],
    ['[1 2]', 'json.unexpected-character', 1, 4, ["','", "']'"], "'2'"],
    ['{"a": True}', 'json.unexpected-character', 1, 7, ['a value'], "'True'"],
    ['{"a" 1}', 'json.unexpected-character', 1, 6, ["':'"], "'1'"],
    ['\n\n  01', 'json.invalid-number', 3, 3, ['a valid JSON number'], "'0'"],
    ['"abc', 'json.unexpected-end', 1, 5, ["'\"'"], 'end of input'],
    ['"a\\x"', 'json.invalid-escape', 1, 3, ['one of \\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX'], "'\\'"],
    ['{} {}', 'json.trailing-content', 1, 4, ['end of input'], "'{'"],
    ['', 'json.empty', 1, 1, ['a value'], 'end of input'],
  ])('%j → %s at %i:%i', (text, code, line, column, expected, found) => {
    expect(err(text)).toMatchObject({ code, line, column, expected, found });
  });

  it('refuses absurd nesting without overflowing the stack', () => {
    const deep = '['.repeat(MAX_JSON_DEPTH + 5) + ']'.repeat(MAX_JSON_DEPTH + 5);
    expect(err(deep).code).toBe('json.too-deep');
    expect(parseJsonWithPositions('['.repeat(100) + ']'.repeat(100)).ok).toBe(true);
  });

  it('names the path being read when the error happens', () => {
    expect(err('{"Statement": [{"Effect": "Allow", "Action": [1,]}]}').path).toBe('Statement[0].Action[1]');
  });
});
