/**
 * Hostile or damaged stored data in the browser twin (Chromium): a corrupt progress entry, progress from a newer IAM
 * Lab, a lesson pack whose lesson is called `constructor`, and a browser storage that refuses every write. In each case
 * the page comes up, the notice says what happened and where the untouched copy is, nothing the learner had is gone,
 * and nothing throws.
 */
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, openApp, seedStore, STORE_KEY, test } from './fixtures';

const DONE = ['01-what-is-iam', '02-console-cli-sdk', '03-principals', '04-root-user', '05-iam-users-credentials'];
const finished = { step: 4, done: ['a', 'b', 'c', 'd', 'e'], skipped: [], completed: true };
const PACK_TEXT = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'lesson-pack-small.json'), 'utf8');

/** The twin's app document with five finished lessons, one exam attempt and, merged in, `progress` changes. */
function appDocument(progress: Record<string, unknown> = {}, extra: Record<string, unknown> = {}): string {
  return JSON.stringify({
    version: 1,
    settings: { theme: 'light', presenter: false, lastArea: 'world' },
    windowState: null,
    progress: {
      version: 1,
      lessons: Object.fromEntries(DONE.map((id) => [id, finished])),
      review: { version: 1, cards: {} },
      attempts: [{ at: '2025-05-30T10:00:00.000Z', mode: 'exam', exam: 'clf', correct: 18, total: 20 }],
      wrongPredictions: [],
      ...progress,
    },
    ...extra,
  });
}

async function openLessons(page: Page): Promise<void> {
  await page.getByTestId('nav-lessons').click();
  await expect(page.getByTestId('lessons-completed')).toBeVisible();
}

/** Every backup key in the twin's storage, with its text. */
function backups(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => {
    const out: Record<string, string> = {};
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i)!;
      if (key.includes('.backup-')) out[key] = localStorage.getItem(key)!;
    }
    return out;
  });
}

const storedProgress = (page: Page) =>
  page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '{}').progress, STORE_KEY);

test.describe('hostile stored data', () => {
  test('a corrupt progress entry is set aside with a notice; the other lessons and the backup are kept', async ({
    page,
  }) => {
    const original = appDocument({
      lessons: {
        ...Object.fromEntries(DONE.map((id) => [id, finished])),
        '06-groups': { step: 'three', done: 'everything' },
      },
    });
    await seedStore(page, original);
    await openApp(page);
    const notice = page.getByTestId('storage-notice');
    await expect(notice).toContainText('1 saved entry could not be read and was set aside: lesson 06-groups');
    await expect(notice).toContainText('Everything else was kept');
    const backupName = (await notice.getByTestId('storage-backup-name').textContent())!;
    expect(backupName).toMatch(/^iam-lab\.backup-.+\.json$/);
    expect((await backups(page))[backupName]).toBe(original);

    await openLessons(page);
    await expect(page.getByTestId('lessons-completed')).toHaveText(/^5 of \d+ completed$/);
    // A lesson step now saves the progress: the five finished lessons are still in it.
    await page.getByTestId('lesson-open-07-policy-anatomy').click();
    await page.getByTestId('lesson-next').click();
    await expect
      .poll(async () => Object.keys((await storedProgress(page)).lessons).sort())
      .toEqual([...DONE, '07-policy-anatomy']);
    await page.reload();
    await openLessons(page);
    await expect(page.getByTestId('lessons-completed')).toHaveText(/^5 of \d+ completed$/);
    // The next start still names the same backup (nothing moved and forgotten), and the backup is unchanged.
    expect((await backups(page))[backupName]).toBe(original);
  });

  test('progress from a newer IAM Lab: shown as far as understood, noticed, and backed up', async ({ page }) => {
    const original = appDocument({ version: 2, streak: { days: 4 } });
    await seedStore(page, original);
    await openApp(page);
    await expect(page.getByTestId('storage-notice')).toContainText(
      'Your progress was written by a newer IAM Lab (format 2)',
    );
    await openLessons(page);
    await expect(page.getByTestId('lessons-completed')).toHaveText(/^5 of \d+ completed$/);
    expect(Object.values(await backups(page))).toEqual([original]);
  });

  test('a lesson pack with a lesson called constructor never blocks the Lessons area and can be removed', async ({
    page,
  }) => {
    const pack = PACK_TEXT.replaceAll('class-first-look', 'constructor');
    await seedStore(
      page,
      appDocument({}, { lessonPacks: [{ id: 'class-pack', title: 'Class pack: first look', text: pack }] }),
    );
    await openApp(page);
    await openLessons(page);
    await expect(page.getByTestId('area-lessons')).toHaveAttribute('data-packs-loaded', 'true');
    await expect(page.getByTestId('lessons-completed')).toHaveText(/^5 of \d+ completed$/);
    // The pack passes the checker: its lesson "constructor" is listed as not started, and opens.
    await expect(page.getByTestId('pack-class-pack')).toHaveAttribute('data-pack-ok', 'true');
    await expect(page.getByTestId('lesson-status-constructor')).toHaveText('Not started');
    await page.getByTestId('lesson-open-constructor').click();
    await expect(page.getByTestId('lesson-player')).toHaveAttribute('data-lesson', 'constructor');
    await page.getByTestId('lesson-next').click();
    await expect.poll(async () => (await storedProgress(page)).lessons.constructor?.step).toBe(1);
    await page.getByTestId('lesson-catalogue').click();
    await page.getByTestId('pack-remove-class-pack').click();
    await page.getByTestId('pack-remove-confirm').click();
    await expect(page.getByTestId('pack-class-pack')).toHaveCount(0);
    const stored = await page.evaluate((key) => JSON.parse(localStorage.getItem(key)!), STORE_KEY);
    expect(stored.lessonPacks).toEqual([]);
    expect(Object.keys(stored.progress.lessons).sort()).toEqual([...DONE, 'constructor']);
  });

  test('a browser storage that refuses every write: the page comes up, says so, and theme changes are kept', async ({
    page,
  }) => {
    await page.addInitScript(() => {
      Storage.prototype.setItem = function () {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await openApp(page);
    const notice = page.getByTestId('storage-notice');
    await expect(notice).toContainText('could not be saved');
    await expect(notice).toContainText('QuotaExceededError');
    await page.getByTestId('theme-toggle').click();
    const theme = await page.evaluate(() => document.documentElement.dataset.theme);
    await expect(page.getByTestId('store-notice')).toContainText('Settings were not saved');
    // Still applied on screen (kept in memory), and a lesson step is kept too, with the failure shown.
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
    await openLessons(page);
    await page.getByTestId('lesson-open-01-what-is-iam').click();
    await page.getByTestId('lesson-next').click();
    await expect(notice).toContainText('Progress was not saved');
    await expect(notice.getByTestId('storage-retry')).toBeVisible();
  });

  test('storage that fills during use: the lesson step stays, the notice offers Retry, and Retry saves it', async ({
    page,
  }) => {
    await page.addInitScript(() => {
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = function (key: string, value: string) {
        if ((window as unknown as { fullStorage?: boolean }).fullStorage)
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        setItem.call(this, key, value);
      };
    });
    await openApp(page);
    await openLessons(page);
    await page.evaluate(() => ((window as unknown as { fullStorage: boolean }).fullStorage = true));
    await page.getByTestId('lesson-open-01-what-is-iam').click();
    await page.getByTestId('lesson-next').click();
    const notice = page.getByTestId('storage-notice');
    await expect(notice).toContainText('Progress was not saved');
    expect((await storedProgress(page))?.lessons?.['01-what-is-iam']).toBeUndefined();

    await page.evaluate(() => ((window as unknown as { fullStorage: boolean }).fullStorage = false));
    await notice.getByTestId('storage-retry').click();
    await expect(notice).toHaveCount(0);
    expect((await storedProgress(page)).lessons['01-what-is-iam'].step).toBe(1);
  });
});
