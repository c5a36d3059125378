import type { MdBlock, MdInline } from './tokens';

/** Flattens inline tokens to plain text (code spans in backticks), for the CLI and for search. */
export function inlineToPlain(inlines: MdInline[]): string {
  return inlines
    .map((t) => {
      switch (t.kind) {
        case 'text':
          return t.text;
        case 'code':
          return '`' + t.text + '`';
        default:
          return inlineToPlain(t.children);
      }
    })
    .join('');
}

/** Renders a parsed document as plain text: one paragraph per block, list items prefixed. */
export function blocksToPlain(blocks: MdBlock[]): string {
  return blocks
    .map((b) => {
      switch (b.kind) {
        case 'paragraph':
        case 'heading':
          return inlineToPlain(b.children);
        case 'list':
          return b.items.map((item, k) => (b.ordered ? `${k + 1}. ` : '- ') + inlineToPlain(item)).join('\n');
        case 'code-block':
          return b.text;
      }
    })
    .join('\n\n');
}
