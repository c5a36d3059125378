/** Lesson packs (file and folder) and the `iam-lab lessons check` command, on temporary files. */
import { mkdtempSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CliIO } from '../../../cli/io';
import { runLessonsCommand } from '../../../cli/lessons/run-lessons-command';
import { readLessonFiles, readPackText, writePackText } from '../../../shared/lessons/pack';
import { parseLesson } from '../../../shared/lessons/lesson-check';
import type { Lesson } from '../../../shared/lessons/lesson-types';

const CONTENT = new URL('../../../shared/lessons/content/', import.meta.url);
const text = (f: string) => readFileSync(new URL(f, CONTENT), 'utf8');
const lesson = (f: string): Lesson => {
  const r = parseLesson(text(f));
  if (!r.ok) throw new Error(f);
  return r.lesson;
};

function io(cwd: string): CliIO & { out: string; err: string } {
  const o = {
    out: '',
    err: '',
    cwd,
    stdout: (t: string) => void (o.out += t),
    stderr: (t: string) => void (o.err += t),
    readFile: (p: string) => readFile(resolve(cwd, p), 'utf8'),
    writeFileAtomic: (p: string, t: string) => writeFile(resolve(cwd, p), t),
  };
  return o;
}

describe('lesson packs', () => {
  it('round-trips a pack file', () => {
    const lessons = [lesson('01-what-is-iam.json'), lesson('12-multiple-permissions.json')];
    const back = readPackText(writePackText('Starter', lessons));
    expect(back.problems).toEqual([]);
    expect(back.title).toBe('Starter');
    expect(back.lessons.map((l) => l.id)).toEqual(['01-what-is-iam', '12-multiple-permissions']);
    expect(back.lessons[1]).toEqual(lessons[1]);
  });

  it('refuses a pack lesson carrying script, naming the lesson and the JSON path', () => {
    const bad = JSON.parse(text('01-what-is-iam.json'));
    bad.steps[0].text = 'Click <a href="javascript:alert(1)">here</a>';
    const r = readPackText(
      JSON.stringify({ format: 'iam-lab-lesson-pack', version: 1, title: 'Evil', lessons: [bad] }),
    );
    expect(r.lessons).toEqual([]);
    expect(r.problems[0].source).toBe('lessons[0]');
    expect(r.problems[0].diagnostics).toContainEqual({
      code: 'markdown.raw-html',
      path: 'steps[0].text',
      data: { line: 1 },
    });
  });

  it('refuses a bad envelope, a newer version and duplicate ids', () => {
    expect(readPackText('nope').problems[0].diagnostics[0].code).toBe('pack.bad-json');
    expect(
      readPackText(JSON.stringify({ format: 'iam-lab-lesson-pack', version: 9, title: 't', lessons: [] })).problems[0]
        .diagnostics[0].code,
    ).toBe('pack.newer-version');
    const dup = readLessonFiles([
      { name: 'a.json', text: text('06-groups.json') },
      { name: 'b.json', text: text('06-groups.json') },
    ]);
    expect(dup.lessons.length).toBe(1);
    expect(dup.problems).toEqual([
      { source: 'b.json', diagnostics: [{ code: 'pack.duplicate-lesson-id', path: 'id' }] },
    ]);
  });
});

describe('iam-lab lessons check', () => {
  it('passes over the built-in lessons with one ok line per lesson', async () => {
    const o = io(process.cwd());
    const code = await runLessonsCommand(['check', 'shared/lessons/content'], o);
    const lines = o.out.trim().split('\n');
    expect(code).toBe(0);
    expect(lines.length).toBe(readdirSync(CONTENT).filter((f) => f.endsWith('.json')).length);
    expect(lines).toContain('ok 12-multiple-permissions  3 tasks (5 wrong answers rejected), 1 demo, 1 quiz');
    expect(lines.every((l) => l.startsWith('ok '))).toBe(true);
  });

  it('fails (exit 1) on a broken lesson in a folder, naming the path and the reason', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lessons-'));
    writeFileSync(join(dir, '06-groups.json'), text('06-groups.json'));
    const broken = JSON.parse(text('12-multiple-permissions.json'));
    broken.steps[1].expect = 'allowed';
    writeFileSync(join(dir, '12-multiple-permissions.json'), JSON.stringify(broken));
    writeFileSync(join(dir, 'notes.txt'), 'ignored');
    const o = io(dir);
    const code = await runLessonsCommand(['check', '.'], o);
    expect(code).toBe(1);
    expect(o.out).toContain('ok 06-groups  2 tasks (4 wrong answers rejected), 1 demo, 1 quiz');
    expect(o.out).toContain(
      'FAIL 12-multiple-permissions steps[1].expect: replay.demo-decision (expected allowed, got implicitDeny',
    );
  });

  it('checks a pack file and a single lesson file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pack-'));
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'pack.json'), writePackText('P', [lesson('10-mfa.json')]));
    writeFileSync(join(dir, 'sub', 'one.json'), text('04-root-user.json'));
    const o = io(dir);
    expect(await runLessonsCommand(['check', 'pack.json'], o)).toBe(0);
    expect(await runLessonsCommand(['check', 'sub/one.json'], o)).toBe(0);
    expect(o.out).toBe('ok 10-mfa  2 tasks (3 wrong answers rejected), 2 demos, 1 quiz\nok 04-root-user  1 task (2 wrong answers rejected), 1 demo, 1 quiz\n');
  });

  it('usage and input errors', async () => {
    const o = io(process.cwd());
    expect(await runLessonsCommand([], o)).toBe(2);
    expect(await runLessonsCommand(['check'], o)).toBe(2);
    expect(await runLessonsCommand(['check', 'does/not/exist'], o)).toBe(3);
    expect(o.err).toContain('usage: iam-lab lessons check');
    expect(o.err).toContain('cannot read does/not/exist: ENOENT');
  });
});
