/**
 * Imported lesson packs survive a reload in the browser twin: import the small pack fixture, reload, its lesson is
 * still in the catalogue (in the imported group) and opens; progress in it is kept; importing it again asks before
 * replacing; removing asks first and the pack is gone after a reload (its progress is kept). A stored pack that no
 * longer passes the checker is listed with its problem, not dropped.
 */
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, openApp, STORE_KEY, test } from './fixtures';

const FIXTURE = join(import.meta.dirname, '..', 'fixtures', 'lesson-pack-small.json');
const LESSON = 'class-first-look';

async function openLessons(page: Page): Promise<void> {
  await page.getByTestId('nav-lessons').click();
  await expect(page.getByTestId('area-lessons')).toHaveAttribute('data-packs-loaded', 'true');
  await expect(page.getByTestId('lesson-catalogue-list')).toBeVisible();
}

test.describe('lesson packs', () => {
  test('an imported pack survives a reload, opens, is replaced and removed with confirmation', async ({ page }) => {
    await openApp(page);
    await openLessons(page);
    await expect(page.getByTestId('imported-packs')).toHaveCount(0);
    await page.getByTestId('pack-import').setInputFiles(FIXTURE);
    await expect(page.getByTestId('lessons-message')).toContainText('Imported pack “Class pack: first look”: 1 lesson');
    await expect(page.getByTestId('pack-class-pack').getByTestId(`lesson-card-${LESSON}`)).toBeVisible();

    await page.reload();
    await expect(page.getByTestId('app-shell')).toBeVisible();
    await openLessons(page);
    const group = page.getByTestId('imported-packs');
    await expect(group.getByTestId('pack-class-pack')).toContainText('Class pack: first look');
    await expect(page.getByTestId('builtin-lessons').getByTestId(`lesson-card-${LESSON}`)).toHaveCount(0);
    await group.getByTestId(`lesson-open-${LESSON}`).click();
    await expect(page.getByTestId('lesson-player')).toHaveAttribute('data-lesson', LESSON);
    await expect(page.getByTestId('lesson-step-title')).toHaveText('Three parts');
    await page.getByTestId('lesson-next').click();
    await expect(page.getByTestId('lesson-step-title')).toHaveText('check');
    await page.getByTestId('lesson-catalogue').click();
    await expect(page.getByTestId(`lesson-status-${LESSON}`)).toHaveText('Step 2 of 2');

    // The same pack again: asks before replacing; "Keep mine" changes nothing.
    await page.getByTestId('pack-import').setInputFiles(FIXTURE);
    await expect(page.getByTestId('pack-replace')).toContainText('already has the pack');
    await page.getByTestId('pack-replace-cancel').click();
    await expect(page.getByTestId('pack-replace')).toHaveCount(0);
    await page.getByTestId('pack-import').setInputFiles(FIXTURE);
    await page.getByTestId('pack-replace-confirm').click();
    await expect(page.getByTestId('lessons-message')).toContainText('Replaced pack');
    await expect(page.getByTestId(`lesson-status-${LESSON}`)).toHaveText('Step 2 of 2');

    // Remove asks first; cancelling keeps the pack.
    await page.getByTestId('pack-remove-class-pack').click();
    await page.getByTestId('pack-remove-cancel').click();
    await expect(page.getByTestId(`lesson-card-${LESSON}`)).toBeVisible();
    await page.getByTestId('pack-remove-class-pack').click();
    await page.getByTestId('pack-remove-confirm').click();
    await expect(page.getByTestId('lessons-message')).toContainText('Removed pack “Class pack: first look”');
    await expect(page.getByTestId(`lesson-card-${LESSON}`)).toHaveCount(0);

    await page.reload();
    await expect(page.getByTestId('app-shell')).toBeVisible();
    await openLessons(page);
    await expect(page.getByTestId('imported-packs')).toHaveCount(0);
    await expect(page.getByTestId(`lesson-card-${LESSON}`)).toHaveCount(0);
    const stored = await page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '{}'), STORE_KEY);
    expect(stored.lessonPacks).toEqual([]);
    // Progress in the removed pack's lesson is kept, like built-in lessons'.
    expect(stored.progress.lessons[LESSON].step).toBe(1);
  });

  test('a stored pack that no longer passes is listed with its problem and can be removed', async ({ page }) => {
    await openApp(page);
    await page.evaluate((key) => {
      const doc = JSON.parse(localStorage.getItem(key) ?? '{}');
      doc.lessonPacks = [
        {
          id: 'old-pack',
          title: 'Old pack',
          text: JSON.stringify({
            format: 'iam-lab-lesson-pack',
            version: 1,
            title: 'Old pack',
            lessons: [{ id: 'x' }],
          }),
        },
      ];
      localStorage.setItem(key, JSON.stringify(doc));
    }, STORE_KEY);
    await page.reload();
    await expect(page.getByTestId('app-shell')).toBeVisible();
    await openLessons(page);
    await expect(page.getByTestId('pack-old-pack')).toHaveAttribute('data-pack-ok', 'false');
    await expect(page.getByTestId('pack-issue-old-pack')).toContainText('lessons[0] — lesson.bad-format at format');
    await page.getByTestId('pack-remove-old-pack').click();
    await page.getByTestId('pack-remove-confirm').click();
    await expect(page.getByTestId('imported-packs')).toHaveCount(0);
  });
});
