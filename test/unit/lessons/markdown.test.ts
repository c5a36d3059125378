import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../../shared/lessons/markdown/parse';
import { blocksToPlain } from '../../../shared/lessons/markdown/plain-text';
import type { MdInline } from '../../../shared/lessons/markdown/tokens';
import cases from './cases/markdown.json';

describe('markdown-lite cases', () => {
  for (const c of cases.cases) {
    it(c.name, () => {
      const doc = parseMarkdown(c.text);
      expect(doc.blocks.map((b) => b.kind)).toEqual(c.blocks);
      expect(doc.diagnostics.map((d) => d.code)).toEqual(c.diagnostics);
    });
  }
});

describe('markdown-lite inline tokens', () => {
  it('parses code, strong, em and links into a tree', () => {
    const doc = parseMarkdown('A **bold `s3:GetObject`** and *em* and [x](#y)');
    const p = doc.blocks[0];
    expect(p.kind).toBe('paragraph');
    const kinds = (p as { children: MdInline[] }).children.map((c) => c.kind);
    expect(kinds).toEqual(['text', 'strong', 'text', 'em', 'text', 'link']);
    const strong = (p as { children: MdInline[] }).children[1] as { children: MdInline[] };
    expect(strong.children.map((c) => c.kind)).toEqual(['text', 'code']);
  });

  it('keeps unclosed markers as literal text', () => {
    expect(blocksToPlain(parseMarkdown('a * b and `c').blocks)).toBe('a * b and `c');
  });

  it('does not treat snake_case as emphasis', () => {
    expect(blocksToPlain(parseMarkdown('aws_access_key_id').blocks)).toBe('aws_access_key_id');
  });

  it('never yields a token that carries markup: html text is only in text/code tokens and reported', () => {
    const doc = parseMarkdown('<b onclick="x">hi</b>');
    expect(doc.diagnostics.length).toBeGreaterThan(0);
    const json = JSON.stringify(doc.blocks);
    expect(json).not.toContain('"kind":"html"');
  });
});
