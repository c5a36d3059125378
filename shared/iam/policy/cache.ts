/**
 * Parsed-policy cache keyed by document identity: an object document is parsed once per object (WeakMap), a text
 * document once per distinct text (bounded Map). This is what makes warm evaluation cheap.
 */
import type { JsonValue } from '../request';
import { parsePolicy } from './parse';
import type { ParseResult } from './types';

const byObject = new WeakMap<object, ParseResult>();
const byText = new Map<string, ParseResult>();
const TEXT_LIMIT = 10_000;

/** Parses a policy document, reusing the result for the same object or text. */
export function parsePolicyCached(document: string | JsonValue): ParseResult {
  if (typeof document === 'string') {
    let r = byText.get(document);
    if (r === undefined) {
      if (byText.size >= TEXT_LIMIT) byText.clear();
      r = parsePolicy(document);
      byText.set(document, r);
    }
    return r;
  }
  if (document !== null && typeof document === 'object') {
    let r = byObject.get(document);
    if (r === undefined) {
      r = parsePolicy(document);
      byObject.set(document, r);
    }
    return r;
  }
  return parsePolicy(document);
}
