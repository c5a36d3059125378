/**
 * The token tree of markdown-lite, the small text format lesson prose is written in.
 *
 * CAUTION: this is a contract between the parser and every renderer (Svelte lesson panel, CLI). It carries only
 * plain strings: a renderer must insert `text` as text (never as HTML), so a lesson — even an imported one — can
 * never inject markup or script. Change it only additively.
 */

/** Inline content of a paragraph, heading or list item. */
export type MdInline =
  | { kind: 'text'; text: string }
  | { kind: 'code'; text: string }
  | { kind: 'em'; children: MdInline[] }
  | { kind: 'strong'; children: MdInline[] }
  /** A link to an internal target only: `#anchor`, `lesson:<id>`, `glossary:<term>`, `topic:<id>`. */
  | { kind: 'link'; href: string; children: MdInline[] };

/** Block content of a text. */
export type MdBlock =
  | { kind: 'paragraph'; children: MdInline[] }
  | { kind: 'heading'; level: 2 | 3; children: MdInline[] }
  | { kind: 'list'; ordered: boolean; items: MdInline[][] }
  /** A fenced code block; `lang` is a label for the renderer (e.g. `json`), never executed. */
  | { kind: 'code-block'; lang: string; text: string };

/** A problem found in markdown-lite text: a code and a position, never prose. */
export interface MdDiagnostic {
  /** `markdown.raw-html`, `markdown.link-not-internal`, `markdown.unclosed-fence`, `markdown.heading-level`. */
  code: string;
  /** 1-based line of the problem inside the text. */
  line: number;
}

/** The result of parsing: blocks to render, and diagnostics that a lesson checker turns into failures. */
export interface MdDocument {
  blocks: MdBlock[];
  diagnostics: MdDiagnostic[];
}
