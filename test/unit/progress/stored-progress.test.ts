/**
 * Reading stored progress entry by entry (`readStoredProgress`), prototype-free lesson records, and the notice's words
 * for each storage problem on the desktop and in the browser.
 */
import { describe, expect, it } from 'vitest';
import { mergeProgress, parseProgress, readStoredProgress, emptyProgress } from '../../../shared/ipc/progress';
import { storeNoticeText } from '../../../shared/ipc/storeNotice';

const lesson = { step: 1, done: ['a'], skipped: [], completed: true };

describe('readStoredProgress', () => {
  it('keeps every readable entry and lists the others', () => {
    const r = readStoredProgress({
      version: 1,
      lessons: { good: lesson, bad: { step: -1 }, also: lesson },
      review: { version: 1, cards: { q: { box: 7 } } },
      attempts: [{ at: '2025-01-01T00:00:00Z', mode: 'exam', correct: 1, total: 2 }, 'x'],
      wrongPredictions: 'nope',
    });
    expect(Object.keys(r.progress.lessons)).toEqual(['good', 'also']);
    expect(r.progress.attempts).toHaveLength(1);
    expect(r.setAside).toEqual([
      'progress.lessons.bad',
      'progress.review.cards.q',
      'progress.attempts[1]',
      'progress.wrongPredictions',
    ]);
    expect(r.foundVersion).toBeUndefined();
  });

  it('reads a newer version as far as it understands it and says which version', () => {
    const r = readStoredProgress({ version: 4, lessons: { a: lesson }, shinyNewThing: true });
    expect(r.foundVersion).toBe(4);
    expect(r.progress.lessons.a).toEqual(lesson);
    expect(r.setAside).toEqual([]);
  });

  it('sets aside a value that is not progress at all', () => {
    expect(readStoredProgress('garbage')).toMatchObject({ setAside: ['progress'], progress: emptyProgress() });
    expect(readStoredProgress(undefined)).toMatchObject({ setAside: [], progress: emptyProgress() });
  });

  it('keeps __proto__ and constructor as ordinary lesson ids, without touching any prototype', () => {
    const stored = JSON.parse(
      `{"version":1,"lessons":{"__proto__":${JSON.stringify(lesson)},"constructor":${JSON.stringify(lesson)}}}`,
    );
    const strict = parseProgress(stored);
    if (!strict.ok) throw new Error(strict.error.message);
    for (const p of [readStoredProgress(stored).progress, strict.value]) {
      expect(Object.getPrototypeOf(p.lessons)).toBeNull();
      expect(Object.keys(p.lessons).sort()).toEqual(['__proto__', 'constructor']);
      expect(p.lessons['toString' as string]).toBeUndefined();
    }
    const merged = mergeProgress(emptyProgress(), readStoredProgress(stored).progress);
    expect(Object.keys(merged.lessons).sort()).toEqual(['__proto__', 'constructor']);
    expect(JSON.parse(JSON.stringify(merged)).lessons.__proto__).toEqual(lesson);
    expect(({} as Record<string, unknown>).step).toBeUndefined();
  });
});

describe('storeNoticeText', () => {
  it('tells a desktop user where the backup file is and how to put it back', () => {
    const t = storeNoticeText({
      document: 'app',
      kind: 'entries-set-aside',
      location: '/home/ana/.config/IAM Lab/iam-lab.json',
      backup: 'iam-lab.json.backup-2025-06-01T10-00-00-000Z.json',
      entries: ['progress.lessons.06-groups'],
    });
    expect(t.headline).toBe(
      '1 saved entry could not be read and was set aside: lesson 06-groups. Everything else was kept.',
    );
    expect(t.help).toBe(
      'Nothing was deleted: a copy of the data as it was found is kept as iam-lab.json.backup-2025-06-01T10-00-00-000Z.json in /home/ana/.config/IAM Lab. To go back to it, quit IAM Lab and rename that file to iam-lab.json.',
    );
    expect(t.retry).toBe(false);
  });

  it('tells a browser user which storage key holds the backup', () => {
    const t = storeNoticeText({
      document: 'worlds',
      kind: 'corrupt',
      location: 'localStorage:iam-lab-worlds',
      backup: 'iam-lab-worlds.backup-x.json',
    });
    expect(t.help).toContain('under the key iam-lab-worlds.backup-x.json');
    expect(t.help).toContain('over the key iam-lab-worlds');
  });

  it('says how to free space and offers a retry for a failing save', () => {
    const desk = storeNoticeText({
      document: 'app',
      kind: 'write-failed',
      location: 'C:\\Users\\ana\\IAM Lab\\iam-lab.json',
      detail: 'ENOSPC: no space left on device',
    });
    expect(desk.headline).toContain('(ENOSPC: no space left on device)');
    expect(desk.help).toBe(
      'To save them, free some disk space on the drive holding C:\\Users\\ana\\IAM Lab, then press Retry.',
    );
    expect(desk.retry).toBe(true);
    const ro = storeNoticeText({ document: 'app', kind: 'read-only', location: '/data/iam-lab.json', detail: 'EROFS' });
    expect(ro.headline).toContain('runs read-only');
    expect(ro.help).toContain('make /data writable');
  });
});
