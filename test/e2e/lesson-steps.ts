/**
 * Helpers for specs that do lessons by hand: open a lesson, move through its steps, type a policy into a policy
 * editor, run terminal lines, and read the task's check result.
 */
import type { Page } from '@playwright/test';
import { expect, openApp } from './fixtures';

/** Opens lesson `id` from the catalogue at its first step. */
export async function openLesson(page: Page, id: string): Promise<void> {
  await openApp(page);
  await page.getByTestId('nav-lessons').click();
  await page.getByTestId(`lesson-open-${id}`).click();
  await expect(page.getByTestId('lesson-player')).toHaveAttribute('data-lesson', id);
  await expect(page.getByTestId('graph')).toHaveAttribute('data-ready', 'true');
}

/** Clicks Next through explain, demo and quiz-free steps until a task shows. */
export async function toTask(page: Page): Promise<void> {
  for (let i = 0; i < 8; i++) {
    if (await page.getByTestId('lesson-task').isVisible()) return;
    await page.getByTestId('lesson-next').click();
  }
  await expect(page.getByTestId('lesson-task')).toBeVisible();
}

/** Replaces the text of the policy editor `testid` with `doc` (CodeMirror auto-closes brackets: insert in one go). */
export async function setEditor(page: Page, testid: string, doc: unknown): Promise<void> {
  const content = page.getByTestId(testid).locator('.cm-content');
  await content.click();
  await page.keyboard.press('Control+a');
  await page.keyboard.press('Delete');
  const text = typeof doc === 'string' ? doc : JSON.stringify(doc, null, 1);
  await content.evaluate((el, t) => el.ownerDocument.execCommand('insertText', false, t), text);
}

/** Presses Check and expects a failure whose reason contains every one of `words`. */
export async function checkFails(page: Page, ...words: string[]): Promise<void> {
  await page.getByTestId('lesson-check').click();
  await expect(page.getByTestId('lesson-check-result')).toContainText('Not yet');
  for (const w of words) await expect(page.getByTestId('lesson-check-result')).toContainText(w);
}

/** Presses Check, expects every check to pass, and goes on. */
export async function checkPassesAndNext(page: Page): Promise<void> {
  await page.getByTestId('lesson-check').click();
  await expect(page.getByTestId('lesson-check-result')).toContainText('All checks pass');
  await page.getByTestId('lesson-next').click();
}

/** Opens the terminal (if closed) and runs each line, waiting for each to finish. */
export async function terminal(page: Page, ...lines: string[]): Promise<void> {
  if (!(await page.getByTestId('terminal').isVisible())) await page.getByTestId('terminal-button').click();
  const input = page.getByTestId('terminal-input');
  for (const line of lines) {
    await input.fill(line);
    await input.press('Enter');
    await expect(input).toHaveAttribute('placeholder', 'iam list-users');
  }
}

/** Selects an entity of the lesson's world in the inspector (by its ARN or id). */
export async function pick(page: Page, id: string): Promise<void> {
  await page.getByTestId('lesson-goto').selectOption(id);
}

/** A policy document with one Allow statement. */
export const allow = (action: string | string[], resource: string | string[]) => ({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: action, Resource: resource }],
});

/** Shows the inspector's Create form (from any selection). */
export async function openCreate(page: Page): Promise<void> {
  const create = page.getByTestId('inspector-create');
  if (await create.isVisible()) await create.click();
  await expect(page.getByTestId('form-create')).toBeVisible();
}
