/**
 * The wildcard matcher itself, without regular expressions: a pattern is cut at its `*`s into pieces of literal
 * characters and `?`s. The first piece must sit at the start of the value, the last at its end, and each piece in
 * between at its leftmost place after the previous one. Taking the leftmost place is always safe (a star before the
 * next piece absorbs whatever is skipped), so the matcher never goes back: each start position of the value is tried
 * at most once per piece, `value.length × longest piece` comparisons at worst, never the exponential backtracking of
 * `^a.*a.*a.*b$` in a regular-expression engine.
 */

/** Stands for a literal `*` (from the `${*}` policy variable or a substituted value) that is not a wildcard. */
export const LITERAL_STAR = '\uE000';
/** Stands for a literal `?` that is not a wildcard. */
export const LITERAL_QMARK = '\uE001';

/** A run of pattern characters between two stars: its text, and its character codes when it holds a `?`. */
export interface GlobPiece {
  text: string;
  /** The piece's UTF-16 codes, −1 where the pattern has `?` (any one character); undefined when it has no `?`. */
  any: Int32Array | undefined;
}

/** A pattern cut at its stars. */
export interface GlobParts {
  /** False when the pattern has no `*` (then `first` is the whole pattern and must match the whole value). */
  starred: boolean;
  first: string;
  anyFirst: Int32Array | undefined;
  last: string;
  anyLast: Int32Array | undefined;
  /** The pieces between the first and the last star (empty pieces from `**` dropped). */
  middles: GlobPiece[];
}

/**
 * Counts character comparisons (tests only; the evaluator passes undefined, and then a piece without `?` is found by
 * `String.prototype.indexOf`, which the tests check gives the same answers).
 */
export interface GlobMeter {
  steps: number;
}

function piece(raw: string): GlobPiece {
  let text = '';
  for (let i = 0; i < raw.length; i++) {
    const ch = raw[i];
    if (ch === LITERAL_STAR) text += '*';
    else if (ch === LITERAL_QMARK || ch === '?') text += '?';
    else text += ch;
  }
  if (raw.indexOf('?') < 0) return { text, any: undefined };
  const any = new Int32Array(raw.length);
  for (let i = 0; i < raw.length; i++) any[i] = raw[i] === '?' ? -1 : text.charCodeAt(i);
  return { text, any };
}

/** Cuts a pattern at its stars. */
export function compileParts(pattern: string): GlobParts {
  const raw = pattern.split('*');
  const head = piece(raw[0]);
  if (raw.length === 1)
    return { starred: false, first: head.text, anyFirst: head.any, last: '', anyLast: undefined, middles: [] };
  const tail = piece(raw[raw.length - 1]);
  const middles: GlobPiece[] = [];
  for (let i = 1; i < raw.length - 1; i++) if (raw[i] !== '') middles.push(piece(raw[i]));
  return { starred: true, first: head.text, anyFirst: head.any, last: tail.text, anyLast: tail.any, middles };
}

/** True when `text` (with `?` positions in `any`) matches `v` at `pos` (the caller checked the length fits). */
function pieceAt(v: string, pos: number, text: string, any: Int32Array | undefined, meter: GlobMeter | undefined) {
  if (meter) meter.steps += text.length || 1;
  if (any === undefined) return v.startsWith(text, pos);
  for (let k = 0; k < any.length; k++) {
    const c = any[k];
    if (c >= 0 && v.charCodeAt(pos + k) !== c) return false;
  }
  return true;
}

/** The leftmost position in [from, limit − piece length] where the piece matches, or −1. */
function leftmost(v: string, from: number, limit: number, p: GlobPiece, meter: GlobMeter | undefined): number {
  const last = limit - p.text.length;
  if (p.any === undefined && meter === undefined) {
    // The engine's own string search (linear for a plain piece) does what the loop below does, faster.
    const at = v.indexOf(p.text, from);
    return at <= last ? at : -1;
  }
  for (let s = from; s <= last; s++) if (pieceAt(v, s, p.text, p.any, meter)) return s;
  return -1;
}

/** True when the value matches the cut pattern. */
export function matchParts(parts: GlobParts, v: string, meter: GlobMeter | undefined): boolean {
  const n = v.length;
  const { first, last } = parts;
  if (!parts.starred) return n === first.length && pieceAt(v, 0, first, parts.anyFirst, meter);
  if (n < first.length + last.length) return false;
  if (!pieceAt(v, 0, first, parts.anyFirst, meter)) return false;
  const limit = n - last.length;
  if (!pieceAt(v, limit, last, parts.anyLast, meter)) return false;
  let pos = first.length;
  for (const p of parts.middles) {
    const at = leftmost(v, pos, limit, p, meter);
    if (at < 0) return false;
    pos = at + p.text.length;
  }
  return true;
}
