/**
 * The imported-pack library: pack ids (own or from the title), and `checkStoredPacks` judging stored packs again with
 * the import checker — passing packs give lessons, failing ones stay listed with their first problem, and lesson ids
 * already taken (built-in or an earlier pack) are refused.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { packIdFromTitle, readPackText, writePackText } from '../../../shared/lessons/pack';
import { checkStoredPacks, lessonIdClash, libraryLessons } from '../../../shared/lessons/pack-library';
import { BUILTIN_LESSON_DOCUMENTS } from '../../../shared/lessons/content';

const FIXTURE = readFileSync(new URL('../../fixtures/lesson-pack-small.json', import.meta.url), 'utf8');
const fixture = () => JSON.parse(FIXTURE);
const stored = (id: string, value: unknown) => ({ id, title: id, text: JSON.stringify(value) });
const BUILTIN_IDS = new Set(BUILTIN_LESSON_DOCUMENTS.map((d) => (d as { id: string }).id));

describe('pack ids', () => {
  it.each([
    ['Class pack: first look', 'class-pack-first-look'],
    ['  IAM — Übung 3!  ', 'iam-bung-3'],
    ['???', 'pack'],
    ['x'.repeat(80), 'x'.repeat(64)],
  ])('derives %j → %s', (title, id) => {
    expect(packIdFromTitle(title)).toBe(id);
  });

  it("reads the pack's own id, or derives it from the title", () => {
    expect(readPackText(FIXTURE).id).toBe('class-pack');
    const v = fixture();
    delete v.id;
    expect(readPackText(JSON.stringify(v)).id).toBe('class-pack-first-look');
  });

  it.each([['Has Caps'], [''], [7], ['-x'.repeat(40)]])('refuses the pack id %j as pack.bad-id', (id) => {
    const r = readPackText(JSON.stringify({ ...fixture(), id }));
    expect(r.problems).toEqual([{ source: 'pack', diagnostics: [{ code: 'pack.bad-id', path: 'id' }] }]);
  });

  it('writes the id when given, and reads back the same pack', () => {
    const lessons = readPackText(FIXTURE).lessons;
    const back = readPackText(writePackText('T', lessons, 'my-pack'));
    expect(back).toMatchObject({ id: 'my-pack', title: 'T', problems: [] });
    expect(JSON.parse(writePackText('T', lessons)).id).toBeUndefined();
  });
});

describe('checkStoredPacks', () => {
  it('gives the lessons of a pack that passes', () => {
    const lib = checkStoredPacks(
      [{ ...stored('class-pack', fixture()), importedAt: '2026-01-01T00:00:00.000Z' }],
      BUILTIN_IDS,
    );
    expect(lib).toHaveLength(1);
    expect(lib[0]).toMatchObject({ id: 'class-pack', importedAt: '2026-01-01T00:00:00.000Z' });
    expect(lib[0].issue).toBeUndefined();
    expect(libraryLessons(lib).map((l) => l.id)).toEqual(['class-first-look']);
  });

  it('keeps a pack that no longer passes, with its first problem and no lessons', () => {
    const v = fixture();
    v.lessons[0].topic = 'not-a-topic';
    v.lessons.push({ ...v.lessons[0], id: 'second' });
    const lib = checkStoredPacks([stored('broken', v), stored('ok', { ...fixture(), id: 'ok' })], BUILTIN_IDS);
    expect(lib.map((p) => p.id)).toEqual(['broken', 'ok']);
    expect(lib[0]).toMatchObject({
      lessons: [],
      issue: { source: 'lessons[0]', code: 'lesson.unknown-topic', path: 'topic', more: 1 },
    });
    expect(libraryLessons(lib).map((l) => l.id)).toEqual(['class-first-look']);
  });

  it('reports a stored text that is not JSON, or from a newer IAM Lab', () => {
    const lib = checkStoredPacks(
      [{ id: 'a', title: 'a', text: '{"format": "iam-lab-lesson-pack", ' }, stored('b', { ...fixture(), version: 2 })],
      BUILTIN_IDS,
    );
    expect(lib.map((p) => p.issue?.code)).toEqual(['pack.bad-json', 'pack.newer-version']);
  });

  it('refuses a lesson id taken by a built-in lesson or by an earlier pack', () => {
    const builtin = fixture();
    builtin.lessons[0].id = '01-what-is-iam';
    const lib = checkStoredPacks(
      [stored('first', fixture()), stored('dup', fixture()), stored('b', builtin)],
      BUILTIN_IDS,
    );
    expect(lib.map((p) => [p.id, p.issue?.code ?? 'ok'])).toEqual([
      ['first', 'ok'],
      ['dup', 'pack.lesson-id-taken'],
      ['b', 'pack.lesson-id-taken'],
    ]);
    expect(lib[1].issue).toEqual({ source: 'lessons[0]', code: 'pack.lesson-id-taken', path: 'id', more: 0 });
  });

  it('lessonIdClash ignores packs not given as others (a replaced pack)', () => {
    const lessons = readPackText(FIXTURE).lessons;
    expect(lessonIdClash(lessons, BUILTIN_IDS, [])).toBeUndefined();
    const other = { id: 'other', title: 'o', lessons };
    expect(lessonIdClash(lessons, BUILTIN_IDS, [other])?.code).toBe('pack.lesson-id-taken');
  });
});
