/**
 * The policy panel's text: a policy document pretty-printed, with the character ranges of the statement in focus and
 * of the element being compared (`Action`, `Resource`, a condition key), so the view can mark them without parsing.
 */
import { parseJsonWithPositions } from '../iam/json/parse';
import { locate } from '../iam/json/locate';
import { PATTERN_LIST_LIMIT, summarisePatterns } from '../iam/pattern-summary';
import type { JsonValue } from '../iam/request';

/** A range of `PolicyText.text` to mark. */
export interface TextRange {
  start: number;
  end: number;
}

/** A pretty-printed document and the ranges to mark in it. */
export interface PolicyText {
  text: string;
  statement?: TextRange;
  element?: TextRange;
}

function parsed(document: string | JsonValue): JsonValue | undefined {
  if (typeof document !== 'string') return document;
  try {
    return JSON.parse(document) as JsonValue;
  } catch {
    return undefined;
  }
}

/** The statement path of an element path: `Statement[1].Condition...` → `Statement[1]`. */
export function statementPathOf(path: string | undefined): string | undefined {
  const m = path === undefined ? null : /^Statement(\[\d+\])?/.exec(path);
  return m ? m[0] : undefined;
}

/**
 * Pretty-prints `document` and finds the statement and element of `path`. A single-object `Statement` is addressed by
 * the engine as `Statement[0]`; the nearest written ancestor is used then. Unreadable text is returned as it is.
 */
export function policyText(document: string | JsonValue, path?: string): PolicyText {
  const value = parsed(document);
  if (value === undefined) return { text: String(document) };
  const text = JSON.stringify(value, null, 2);
  if (path === undefined) return { text };
  const doc = parseJsonWithPositions(text);
  if (!doc.ok) return { text };
  const out: PolicyText = { text };
  const single =
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    !Array.isArray((value as Record<string, JsonValue>).Statement);
  if (single) path = path.replace(/^Statement\[0\]/, 'Statement');
  const stPath = statementPathOf(path);
  if (stPath) {
    const s = locate(doc.doc, stPath);
    if (s) out.statement = { start: s.offset, end: s.endOffset };
  }
  if (path !== stPath) {
    // Mark the key and its value together: `"Action": [...]`.
    const key = doc.doc.keySpans.get(path);
    const val = locate(doc.doc, path);
    if (val) out.element = { start: Math.min(key?.offset ?? val.offset, val.offset), end: val.endOffset };
  }
  return out;
}

/** Splits `text` into plain / statement / element pieces for rendering (element inside statement). */
export function splitMarked(p: PolicyText): Array<{ text: string; mark: 'none' | 'statement' | 'element' }> {
  const cuts = new Set<number>([0, p.text.length]);
  for (const r of [p.statement, p.element]) {
    if (!r) continue;
    cuts.add(r.start);
    cuts.add(r.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Array<{ text: string; mark: 'none' | 'statement' | 'element' }> = [];
  for (let i = 0; i < points.length - 1; i++) {
    const a = points[i];
    const b = points[i + 1];
    if (a === b) continue;
    const inEl = p.element && a >= p.element.start && b <= p.element.end;
    const inSt = p.statement && a >= p.statement.start && b <= p.statement.end;
    out.push({ text: p.text.slice(a, b), mark: inEl ? 'element' : inSt ? 'statement' : 'none' });
  }
  return out;
}

/** What a folded list is compared with: the request's action (Action/NotAction) and resource (Resource/NotResource). */
export interface FoldHints {
  action?: string;
  resource?: string;
}

/** Lists longer than this are folded in the policy panel (until the learner expands them). */
export const FOLD_LIMIT = 12;

/**
 * The document with every long list of strings cut to its nearest entries and one last entry saying how many are left
 * out (`"… 1,838 more (expand to see all)"`), so a policy like ReadOnlyAccess fits the panel. Returns the document
 * unchanged (same reference) when nothing is long. Pure; the marks of `policyText` still find the same paths.
 */
export function foldDocument(
  document: string | JsonValue,
  hints: FoldHints = {},
): { document: string | JsonValue; folded: number } {
  const value = parsed(document);
  if (value === undefined) return { document, folded: 0 };
  let folded = 0;
  const walk = (v: JsonValue, key: string | undefined): JsonValue => {
    if (Array.isArray(v)) {
      if (v.length > FOLD_LIMIT && v.every((x) => typeof x === 'string')) {
        const near =
          key === 'Action' || key === 'NotAction'
            ? hints.action
            : key === 'Resource' || key === 'NotResource'
              ? hints.resource
              : undefined;
        const s = summarisePatterns(v as string[], near, PATTERN_LIST_LIMIT);
        folded++;
        return [
          ...s.nearest,
          `… ${s.rest.toLocaleString('en-US')} more (${s.total.toLocaleString('en-US')} in all: expand to see them)`,
        ];
      }
      return v.map((x) => walk(x, key));
    }
    if (v && typeof v === 'object') {
      const out = Object.create(null) as Record<string, JsonValue>;
      for (const [k, x] of Object.entries(v)) out[k] = walk(x, k);
      return out;
    }
    return v;
  };
  const next = walk(value, undefined);
  return folded === 0 ? { document, folded: 0 } : { document: next, folded };
}
