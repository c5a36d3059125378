/** The Help dialog's glossary: every term defined, every linked lesson real and about the term, broken entries reported. */
import { describe, expect, it } from 'vitest';
import { BUILTIN_LESSON_DOCUMENTS } from '../../../shared/lessons/content';
import { GLOSSARY, parseGlossary, searchGlossary } from '../../../shared/lessons/glossary';

const lessonText = new Map(
  BUILTIN_LESSON_DOCUMENTS.map((doc) => [(doc as { id: string }).id, JSON.stringify(doc).toLowerCase()]),
);

/** The words product.md asks every part of the app to use, each of which the glossary must explain. */
const REQUIRED = [
  'principal',
  'iam user',
  'root user',
  'group',
  'role',
  'role session',
  'trust policy',
  'identity-based policy',
  'resource-based policy',
  'managed policy',
  'aws managed policy',
  'customer managed policy',
  'inline policy',
  'permissions boundary',
  'scp',
  'rcp',
  'session policy',
  'condition key',
  'arn',
  'explicit deny',
  'implicit deny',
  'federation',
  'oidc',
  'saml',
  'instance profile',
  'passrole',
  'externalid',
  'abac',
  'access analyzer',
  'identity center',
];

describe('the shipped glossary', () => {
  it('reads without a diagnostic', () => {
    expect(GLOSSARY.diagnostics).toEqual([]);
    expect(GLOSSARY.terms.length).toBeGreaterThanOrEqual(REQUIRED.length);
  });

  it('gives every term a definition of a few sentences at most', () => {
    for (const t of GLOSSARY.terms) {
      expect(t.definition.length, t.id).toBeGreaterThan(40);
      expect(t.definition.length, t.id).toBeLessThan(420);
    }
  });

  it.each(REQUIRED)('explains "%s"', (word) => {
    const found = GLOSSARY.terms.some((t) => [t.term, ...t.aliases].some((n) => n.toLowerCase().includes(word)));
    expect(found).toBe(true);
  });

  it('links only lessons that exist, and each linked lesson speaks of the term', () => {
    for (const t of GLOSSARY.terms) {
      expect(t.lessons.length, t.id).toBeGreaterThan(0);
      for (const id of t.lessons) {
        const text = lessonText.get(id);
        expect(text, `${t.id} → ${id}`).toBeDefined();
        const names = [t.term, ...t.aliases].map((n) => n.toLowerCase());
        expect(
          names.some((n) => text!.includes(n)),
          `${t.id}: lesson ${id} never names it`,
        ).toBe(true);
      }
    }
  });
});

describe('parseGlossary', () => {
  const good = {
    id: 'x',
    term: 'X',
    definition: 'Something.',
    aliases: [],
    lessons: ['l'],
    ref: 'https://docs.aws.amazon.com/x',
  };
  it.each([
    ['not an object', 42, ''],
    ['a term without a definition', { terms: [{ ...good, definition: '' }] }, 'terms[0].definition'],
    ['a term without lessons', { terms: [{ ...good, lessons: [] }] }, 'terms[0].lessons'],
    ['a lesson id that is not a string', { terms: [{ ...good, lessons: [7] }] }, 'terms[0].lessons[0]'],
    ['an id with capitals', { terms: [{ ...good, id: 'Bad' }] }, 'terms[0].id'],
    ['two terms with one id', { terms: [good, good] }, 'terms[1].id'],
    ['a reference outside AWS documentation', { terms: [{ ...good, ref: 'https://example.com/' }] }, 'terms[0].ref'],
  ])('reports %s at its path and leaves it out', (_name, doc, path) => {
    const g = parseGlossary(doc);
    expect(g.diagnostics.map((d) => d.path)).toContain(path);
    expect(g.terms.length).toBeLessThanOrEqual(1);
  });

  it('keeps terms by id in a Map (an id named "constructor" is just an id)', () => {
    const g = parseGlossary({ terms: [{ ...good, id: 'constructor' }] });
    expect(g.byId.get('constructor')?.term).toBe('X');
    expect(g.byId.get('toString')).toBeUndefined();
  });
});

describe('searchGlossary', () => {
  it('finds by name and alias before definition text, ignoring case', () => {
    const hits = searchGlossary(GLOSSARY.terms, 'scp').map((t) => t.id);
    expect(hits[0]).toBe('scp');
    expect(searchGlossary(GLOSSARY.terms, 'BUCKET POLICY').map((t) => t.id)).toContain('resource-based-policy');
    expect(searchGlossary(GLOSSARY.terms, '.*')).toEqual([]);
    expect(searchGlossary(GLOSSARY.terms, '  ')).toHaveLength(GLOSSARY.terms.length);
  });
});
