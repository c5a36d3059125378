/** docs/lesson.schema.json describes the same format parseLesson checks: every built-in lesson validates. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import Ajv from 'ajv';
import { BUILTIN_LESSON_DOCUMENTS } from '../../../shared/lessons/content';

const schema = JSON.parse(readFileSync(new URL('../../../docs/lesson.schema.json', import.meta.url), 'utf8'));

describe('docs/lesson.schema.json', () => {
  const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);

  it('accepts every built-in lesson', () => {
    for (const doc of BUILTIN_LESSON_DOCUMENTS) {
      const ok = validate(doc);
      expect(ok, `${(doc as { id: string }).id}: ${JSON.stringify(validate.errors?.slice(0, 3))}`).toBe(true);
    }
  });

  it('refuses a lesson with a misspelled key or two hints', () => {
    const bad = JSON.parse(JSON.stringify(BUILTIN_LESSON_DOCUMENTS[11]));
    bad.steps[2].hints = ['one', 'two'];
    expect(validate(bad)).toBe(false);
    const typo = JSON.parse(JSON.stringify(BUILTIN_LESSON_DOCUMENTS[0]));
    typo.titel = 'x';
    expect(validate(typo)).toBe(false);
  });
});
