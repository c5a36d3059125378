import { parseInline } from './inline';
import type { MdBlock, MdDiagnostic, MdDocument } from './tokens';

const FENCE = /^```([A-Za-z0-9_-]*)\s*$/;
const HEADING = /^(#{1,6})\s+(.*)$/;
const BULLET = /^\s*[-*]\s+(.*)$/;
const ORDERED = /^\s*\d+[.)]\s+(.*)$/;

/**
 * Parses markdown-lite into a renderer-neutral token tree. Supported: paragraphs (blank-line separated),
 * `##`/`###` headings, `-`/`*` and `1.` lists, fenced code blocks, and the inline forms of `parseInline`.
 * Anything else is plain text. Never throws; problems (raw HTML, external links) come back as diagnostics and a
 * lesson with any diagnostic is refused by `parseLesson`.
 */
export function parseMarkdown(src: string): MdDocument {
  const diagnostics: MdDiagnostic[] = [];
  const blocks: MdBlock[] = [];
  const lines = src.replace(/\r\n?/g, '\n').split('\n');
  let para: string[] = [];
  let paraLine = 0;
  let list: { ordered: boolean; items: string[]; lines: number[] } | null = null;

  const endPara = (): void => {
    if (para.length > 0) {
      blocks.push({ kind: 'paragraph', children: parseInline(para.join(' '), paraLine, diagnostics) });
      para = [];
    }
  };
  const endList = (): void => {
    if (list) {
      const l = list;
      blocks.push({
        kind: 'list',
        ordered: l.ordered,
        items: l.items.map((item, k) => parseInline(item, l.lines[k], diagnostics)),
      });
      list = null;
    }
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const lineNo = i + 1;
    const fence = FENCE.exec(line.trim());
    if (fence) {
      endPara();
      endList();
      const body: string[] = [];
      let j = i + 1;
      while (j < lines.length && lines[j].trim() !== '```') body.push(lines[j++]);
      if (j >= lines.length) diagnostics.push({ code: 'markdown.unclosed-fence', line: lineNo });
      blocks.push({ kind: 'code-block', lang: fence[1], text: body.join('\n') });
      i = j;
      continue;
    }
    if (line.trim() === '') {
      endPara();
      endList();
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      endPara();
      endList();
      const hashes = heading[1].length;
      if (hashes < 2 || hashes > 3) diagnostics.push({ code: 'markdown.heading-level', line: lineNo });
      const level = hashes <= 2 ? 2 : 3;
      blocks.push({ kind: 'heading', level, children: parseInline(heading[2], lineNo, diagnostics) });
      continue;
    }
    const bullet = BULLET.exec(line);
    const ordered = bullet ? null : ORDERED.exec(line);
    const item = bullet ?? ordered;
    if (item && para.length === 0) {
      const isOrdered = ordered !== null;
      if (list && list.ordered !== isOrdered) endList();
      if (!list) list = { ordered: isOrdered, items: [], lines: [] };
      list.items.push(item[1]);
      list.lines.push(lineNo);
      continue;
    }
    if (list) {
      // A continuation line of the last list item.
      list.items[list.items.length - 1] += ' ' + line.trim();
      continue;
    }
    if (para.length === 0) paraLine = lineNo;
    para.push(line.trim());
  }
  endPara();
  endList();
  return { blocks, diagnostics };
}
