/**
 * Splits a typed command line into words the way a POSIX shell does for the simple cases: blanks separate words,
 * 'single quotes' keep everything literally, "double quotes" keep blanks and allow \" and \\, and a backslash outside
 * quotes escapes the next character. So a policy document can be pasted inline: `--policy-document '{"Version": ...}'`.
 */

/** The words, or the reason the line cannot be split (an unclosed quote). */
export type TokenizeResult = { ok: true; words: string[] } | { ok: false; message: string };

/** Splits one line into words. */
export function tokenize(line: string): TokenizeResult {
  const words: string[] = [];
  let cur = '';
  let inWord = false;
  let quote: "'" | '"' | null = null;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quote === "'") {
      if (ch === "'") quote = null;
      else cur += ch;
    } else if (quote === '"') {
      if (ch === '"') quote = null;
      else if (ch === '\\' && (line[i + 1] === '"' || line[i + 1] === '\\')) cur += line[++i];
      else cur += ch;
    } else if (ch === "'" || ch === '"') {
      quote = ch;
      inWord = true;
    } else if (ch === '\\' && i + 1 < line.length) {
      cur += line[++i];
      inWord = true;
    } else if (/\s/.test(ch)) {
      if (inWord) words.push(cur);
      cur = '';
      inWord = false;
    } else {
      cur += ch;
      inWord = true;
    }
  }
  if (quote) return { ok: false, message: `unexpected end of line: the ${quote === "'" ? 'single' : 'double'} quote is not closed` };
  if (inWord) words.push(cur);
  return { ok: true, words };
}
