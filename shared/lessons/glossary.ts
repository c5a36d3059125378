/**
 * The glossary of AWS IAM terms the Help dialog shows (`glossary.json`): each term in our own words, the lessons that
 * teach it, and the AWS page it rests on. Read by a small checker so a broken entry is a diagnostic with a JSON path
 * (CI's unit test asserts there are none, and that every linked lesson exists), never a crash in the help screen.
 */
import raw from './glossary.json';
import type { LessonDiagnostic } from './lesson-types';
import { DiagnosticSink, at, isObject, reqArray, reqString } from './checks/parse-util';

/** One glossary entry. */
export interface GlossaryTerm {
  /** Stable id (kebab-case), used for anchors and tests. */
  id: string;
  /** The term as AWS writes it ("Permissions boundary"). */
  term: string;
  /** One to three sentences, our own words. */
  definition: string;
  /** Other names the search box finds it by ("SCP", "bucket policy"). */
  aliases: string[];
  /** Ids of the lessons that teach it, the first teaches it best. */
  lessons: string[];
  /** The AWS documentation page the definition rests on. */
  ref: string;
}

/** The glossary read from its file, and what was wrong with it (empty for the shipped file). */
export interface Glossary {
  terms: GlossaryTerm[];
  /** Terms by id (a Map: ids come from a file). */
  byId: ReadonlyMap<string, GlossaryTerm>;
  diagnostics: LessonDiagnostic[];
}

const ID_CHARS = 'abcdefghijklmnopqrstuvwxyz0123456789-';

function strings(obj: Record<string, unknown>, key: string, path: string, sink: DiagnosticSink): string[] {
  return reqArray(obj, key, path, sink, key === 'lessons').flatMap((v, i) => {
    if (typeof v === 'string' && v.trim() !== '') return [v];
    sink.add('glossary.not-string', at(at(path, key), i));
    return [];
  });
}

/** Reads a glossary document; entries with problems are reported and left out. */
export function parseGlossary(doc: unknown): Glossary {
  const sink = new DiagnosticSink();
  const terms: GlossaryTerm[] = [];
  const byId = new Map<string, GlossaryTerm>();
  const list = isObject(doc) ? reqArray(doc, 'terms', '', sink) : [];
  if (!isObject(doc)) sink.add('glossary.not-object', '');
  list.forEach((entry, i) => {
    const path = at('terms', i);
    if (!isObject(entry)) return sink.add('glossary.not-object', path);
    const before = sink.list.length;
    const term: GlossaryTerm = {
      id: reqString(entry, 'id', path, sink),
      term: reqString(entry, 'term', path, sink),
      definition: reqString(entry, 'definition', path, sink),
      aliases: strings(entry, 'aliases', path, sink),
      lessons: strings(entry, 'lessons', path, sink),
      ref: reqString(entry, 'ref', path, sink),
    };
    if (term.id && [...term.id].some((c) => !ID_CHARS.includes(c))) sink.add('glossary.bad-id', at(path, 'id'));
    if (byId.has(term.id)) sink.add('glossary.duplicate-id', at(path, 'id'));
    if (term.ref && !term.ref.startsWith('https://docs.aws.amazon.com/')) sink.add('glossary.bad-ref', at(path, 'ref'));
    if (sink.list.length > before) return;
    terms.push(term);
    byId.set(term.id, term);
  });
  return { terms, byId, diagnostics: sink.list };
}

/** The shipped glossary, read once. */
export const GLOSSARY: Glossary = parseGlossary(raw);

/**
 * Terms whose name, aliases or definition contain `query` (case-insensitive, plain text: no pattern is built from
 * it), names first; every term for an empty query.
 */
export function searchGlossary(terms: readonly GlossaryTerm[], query: string): GlossaryTerm[] {
  const q = query.trim().toLowerCase();
  if (!q) return [...terms];
  const named = (t: GlossaryTerm) => [t.term, ...t.aliases].some((n) => n.toLowerCase().includes(q));
  return [...terms.filter(named), ...terms.filter((t) => !named(t) && t.definition.toLowerCase().includes(q))];
}
