import type { MdDiagnostic, MdInline } from './tokens';

/** Link targets a lesson may use: anchors inside the app, never URLs (the app is offline and must not navigate). */
const INTERNAL_HREF = /^(#[A-Za-z0-9_-]+|(lesson|glossary|topic):[A-Za-z0-9_.-]+(#[A-Za-z0-9_-]+)?)$/;

/** True when `href` points inside the app (an anchor, a lesson, a glossary entry or a topic). */
export function isInternalHref(href: string): boolean {
  return INTERNAL_HREF.test(href);
}

/** `<` followed by something that looks like a tag, comment or processing instruction. */
const RAW_HTML = /<[A-Za-z!/?]/;

/**
 * Parses one line (or joined lines) of inline markdown-lite: `code`, **strong**, *em* / _em_, [text](#anchor),
 * backslash escapes. Unclosed markers stay literal text. Raw HTML outside code spans is reported.
 */
export function parseInline(src: string, line: number, diagnostics: MdDiagnostic[]): MdInline[] {
  const out: MdInline[] = [];
  let text = '';
  const flush = (): void => {
    if (text !== '') {
      if (RAW_HTML.test(text)) diagnostics.push({ code: 'markdown.raw-html', line });
      out.push({ kind: 'text', text });
      text = '';
    }
  };
  let i = 0;
  while (i < src.length) {
    const ch = src[i];
    if (ch === '\\' && i + 1 < src.length && /[\\`*_[\]()#-]/.test(src[i + 1])) {
      text += src[i + 1];
      i += 2;
      continue;
    }
    if (ch === '`') {
      const end = src.indexOf('`', i + 1);
      if (end > i) {
        flush();
        out.push({ kind: 'code', text: src.slice(i + 1, end) });
        i = end + 1;
        continue;
      }
    }
    if (ch === '*' && src[i + 1] === '*') {
      const end = src.indexOf('**', i + 2);
      if (end > i + 2) {
        flush();
        out.push({ kind: 'strong', children: parseInline(src.slice(i + 2, end), line, diagnostics) });
        i = end + 2;
        continue;
      }
    }
    if ((ch === '*' || ch === '_') && src[i + 1] !== ch && src[i + 1] !== ' ' && src[i + 1] !== undefined) {
      const end = src.indexOf(ch, i + 1);
      const wordStart = ch === '*' || i === 0 || /\W/.test(src[i - 1]);
      if (end > i + 1 && wordStart) {
        flush();
        out.push({ kind: 'em', children: parseInline(src.slice(i + 1, end), line, diagnostics) });
        i = end + 1;
        continue;
      }
    }
    if (ch === '[') {
      const close = src.indexOf('](', i + 1);
      const paren = close > i ? src.indexOf(')', close + 2) : -1;
      if (close > i && paren > close) {
        const href = src.slice(close + 2, paren).trim();
        flush();
        const children = parseInline(src.slice(i + 1, close), line, diagnostics);
        if (isInternalHref(href)) {
          out.push({ kind: 'link', href, children });
        } else {
          diagnostics.push({ code: 'markdown.link-not-internal', line });
          out.push(...children);
        }
        i = paren + 1;
        continue;
      }
    }
    text += ch;
    i += 1;
  }
  flush();
  return out;
}
