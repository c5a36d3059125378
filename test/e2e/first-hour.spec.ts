/**
 * The first hour in the browser twin: the first-run welcome and its three paths (stays dismissed across a reload,
 * comes back from Help, `?` and the palette); Help with getting started, keys and a glossary whose links open the
 * lesson; no state leaking between areas and worlds (a lesson's scenario in Evaluate, another world's ARNs in the
 * request, the terminal over a lesson's check result); and read-only lesson steps. Screenshots for the docs.
 */
import type { Page } from '@playwright/test';
import { join } from 'node:path';
import { expect, openApp, STORE_KEY, test } from './fixtures';

const SHOTS = join(import.meta.dirname, '..', '..', 'docs', 'screenshots');
const LESSON = '12-multiple-permissions';
const LEE = 'arn:aws:iam::111122223333:user/lee';

const storedSettings = (page: Page) =>
  page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '{}').settings, STORE_KEY);

/** Opens lesson 12 and moves to its step "A Deny wins" with a wrong answer checked (the check fails). */
async function failingCheckInLesson12(page: Page): Promise<void> {
  await page.getByTestId('nav-lessons').click();
  await page.getByTestId(`lesson-open-${LESSON}`).click();
  await expect(page.getByTestId('lesson-player')).toHaveAttribute('data-lesson', LESSON);
  await page.getByTestId('lesson-next').click();
  await page.getByTestId('lesson-next').click();
  await page.getByTestId('lesson-skip').click();
  await page.getByTestId('lesson-skip').click();
  await expect(page.getByTestId('lesson-step-title')).toHaveText('A Deny wins');
  await page.getByTestId('lesson-goto').selectOption(LEE);
  await page.getByTestId('attach-choice').selectOption('arn:aws:iam::aws:policy/ReadOnlyAccess');
  await page.getByTestId('form-attach-submit').click();
  await page.getByTestId('lesson-check').click();
  await expect(page.getByTestId('lesson-check-result')).toContainText('Not yet');
}

/** From a failing check, hands the lesson's world to Evaluate. */
async function lessonScenarioInEvaluate(page: Page): Promise<void> {
  await failingCheckInLesson12(page);
  await page.getByTestId('lesson-open-evaluate').click();
  await expect(page.getByTestId('area-evaluate')).toHaveAttribute('data-scenario', 'handoff');
  await expect(page.getByTestId('scenario-banner')).toBeVisible();
}

async function newSandboxFromSample(page: Page, sample: string, name: string): Promise<void> {
  await page.getByTestId('world-name').click();
  await page.getByTestId(`sandbox-new-${sample}`).click();
  await page.getByTestId('sandbox-new-name').fill(name);
  await page.getByTestId('sandbox-create').click();
  await expect(page.getByTestId('sandbox-name')).toHaveText(name);
}

test.describe('first-run welcome', () => {
  test('shows on first start; closing it is remembered across a reload; Help, ? and the palette bring it back', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await openApp(page, { welcome: true });
    const welcome = page.getByTestId('welcome-dialog');
    await expect(welcome).toBeVisible();
    await expect(page.getByTestId('welcome-lesson')).toContainText('Start lesson 1');
    await expect(page.getByTestId('welcome-exam')).toContainText('Prepare for an exam');
    await expect(page.getByTestId('welcome-teach')).toContainText('Teach a class');
    // Enter on the first path starts lesson 1 (it has the focus, not the close button).
    await expect(page.getByTestId('welcome-lesson')).toBeFocused();
    await expect(page.getByTestId('graph')).toHaveAttribute('data-ready', 'true');
    await page.screenshot({ path: join(SHOTS, 'welcome.png') });

    await page.getByTestId('welcome-close').click();
    await expect(welcome).toHaveCount(0);
    await expect.poll(async () => (await storedSettings(page))?.welcomeDismissed).toBe(true);
    await page.reload();
    await expect(page.getByTestId('app-shell')).toHaveAttribute('data-ready', 'true');
    await expect(welcome).toHaveCount(0);

    // `?` opens Help; the welcome is one click from there.
    await page.locator('body').press('?');
    await expect(page.getByTestId('help-dialog')).toBeVisible();
    await page.getByTestId('help-welcome').click();
    await expect(welcome).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(welcome).toHaveCount(0);

    // The command palette finds it too.
    await page.keyboard.press('Control+K');
    await page.getByTestId('palette-input').fill('Welcome');
    await page.keyboard.press('Enter');
    await expect(welcome).toBeVisible();
  });

  test('"Start lesson 1" opens the first lesson in the Lessons area', async ({ page }) => {
    await openApp(page, { welcome: true });
    await page.getByTestId('welcome-lesson').click();
    await expect(page.getByTestId('welcome-dialog')).toHaveCount(0);
    await expect(page.getByTestId('area-lessons')).toBeVisible();
    await expect(page.getByTestId('lesson-player')).toHaveAttribute('data-lesson', '01-what-is-iam');
    await page.reload();
    await expect(page.getByTestId('app-shell')).toHaveAttribute('data-ready', 'true');
    await expect(page.getByTestId('welcome-dialog')).toHaveCount(0);
  });

  test('"Prepare for an exam" shows Practice with exam mode in focus', async ({ page }) => {
    await openApp(page, { welcome: true });
    await page.getByTestId('welcome-exam').click();
    await expect(page.getByTestId('welcome-dialog')).toHaveCount(0);
    await expect(page.getByTestId('area-practice')).toBeVisible();
    await expect(page.getByTestId('exam-choice')).toBeFocused();
    await expect(page.getByTestId('exam-start')).toBeInViewport();
  });

  test('"Teach a class" turns presenter mode on and explains projecting, files, hand-outs and packs', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await openApp(page, { welcome: true });
    await page.getByTestId('welcome-teach').click();
    await expect(page.locator('html')).toHaveClass(/presenter/);
    const panel = page.getByTestId('welcome-teach-panel');
    await expect(panel).toBeVisible();
    await expect(page.getByTestId('welcome-presenter-on')).toContainText('Presenter mode is on');
    for (const words of ['Project', 'Open a scenario file', 'predict', 'Hand it out', 'lesson packs'])
      await expect(panel).toContainText(words);
    await expect(page.getByTestId('welcome-done')).toBeInViewport();
    await page.screenshot({ path: join(SHOTS, 'welcome-teach-presenter.png') });
    await page.getByTestId('welcome-back').click();
    await expect(page.getByTestId('welcome-lesson')).toBeInViewport();
    await expect(page.getByTestId('welcome-close')).toBeInViewport();
    await page.screenshot({ path: join(SHOTS, 'welcome-presenter.png') });
    await page.getByTestId('welcome-close').click();
    await expect(page.getByTestId('welcome-dialog')).toHaveCount(0);
    await expect(page.locator('html')).toHaveClass(/presenter/);
    expect((await storedSettings(page))?.presenter).toBe(true);
  });
});

test.describe('help', () => {
  test('? opens Help: getting started, the keys, a glossary whose links open the lesson; About from there', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await openApp(page);
    await page.getByTestId('help-button').click();
    const help = page.getByTestId('help-dialog');
    await expect(help).toBeVisible();
    const start = page.getByTestId('help-start');
    for (const words of ['The four areas', 'The world on screen', 'The terminal', 'Undo'])
      await expect(start).toContainText(words);
    await page.screenshot({ path: join(SHOTS, 'help.png') });

    await page.getByTestId('help-tab-keyboard').click();
    await expect(page.getByTestId('help-keyboard')).toContainText('Command palette');
    await expect(page.getByTestId('help-keyboard')).toContainText('Presenter mode');
    // Arrow keys move between the tabs.
    await page.getByTestId('help-tab-keyboard').press('ArrowRight');
    await expect(page.getByTestId('help-tab-glossary')).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByTestId('help-glossary')).toBeVisible();
    await expect(page.getByTestId('glossary-term-scp')).toContainText('Service control policy (SCP)');
    await page.getByTestId('glossary-search').fill('boundary');
    await expect(page.getByTestId('glossary-term-permissions-boundary')).toBeVisible();
    await expect(page.getByTestId('glossary-term-abac')).toHaveCount(0);
    await page.screenshot({ path: join(SHOTS, 'help-glossary.png') });
    await page.getByTestId('glossary-search').fill('no such word');
    await expect(page.getByTestId('glossary-empty')).toBeVisible();
    await page.getByTestId('glossary-search').fill('trust policy');
    await page.getByTestId('glossary-lesson-trust-policy-16-cross-account').click();
    await expect(help).toHaveCount(0);
    await expect(page.getByTestId('lesson-player')).toHaveAttribute('data-lesson', '16-cross-account');

    await page.locator('body').press('?');
    await page.getByTestId('help-about').click();
    await expect(page.getByTestId('about-dialog')).toBeVisible();
    await expect(page.getByTestId('about-version')).toHaveText(/^\d+\.\d+\.\d+/);
  });
});

test.describe('no state leaks between areas and worlds', () => {
  test('a lesson scenario in Evaluate ends when the learner leaves that lesson', async ({ page }) => {
    await openApp(page);
    await lessonScenarioInEvaluate(page);
    await page.getByTestId('nav-lessons').click();
    await page.getByTestId('lesson-catalogue').click();
    await page.getByTestId('nav-evaluate').click();
    await expect(page.getByTestId('area-evaluate')).toHaveAttribute('data-scenario', 'own');
    await expect(page.getByTestId('scenario-banner')).toHaveCount(0);
    await expect(page.getByTestId('req-principal')).not.toHaveValue(LEE);
  });

  test('a lesson scenario in Evaluate ends when the learner switches sandbox; the lesson stays open', async ({
    page,
  }) => {
    await openApp(page);
    await lessonScenarioInEvaluate(page);
    await newSandboxFromSample(page, 'cross-account', 'Cross lab');
    await expect(page.getByTestId('area-evaluate')).toHaveAttribute('data-scenario', 'own');
    await expect(page.getByTestId('scenario-banner')).toHaveCount(0);
    await page.getByTestId('nav-lessons').click();
    await expect(page.getByTestId('lesson-step-title')).toHaveText('A Deny wins');
  });

  test('after switching to the cross-account sample, no ARN of the welcome world is left in the request', async ({
    page,
  }) => {
    await openApp(page);
    await page.getByTestId('nav-evaluate').click();
    await expect(page.getByTestId('req-principal')).toHaveValue(/111122223333/);
    await page.getByTestId('req-resource').fill('arn:aws:s3:::iam-lab-welcome-bucket/notes.txt');
    await page.getByTestId('evaluate').click();
    await newSandboxFromSample(page, 'cross-account', 'Cross lab');
    await page.getByTestId('nav-world').click();
    await page.getByTestId('nav-evaluate').click();
    for (const field of ['req-principal', 'req-resource']) {
      const value = await page.getByTestId(field).inputValue();
      expect(value, field).not.toContain('111122223333');
      expect(value, field).not.toContain('iam-lab-welcome');
    }
    await expect(page.getByTestId('req-principal')).toHaveValue(/111111111111|222222222222/);
  });

  test('switching sandbox while Evaluate is on screen refits the request to the new world at once', async ({
    page,
  }) => {
    await openApp(page);
    await page.getByTestId('nav-evaluate').click();
    await expect(page.getByTestId('req-resource')).toHaveValue(/iam-lab-welcome/);
    await newSandboxFromSample(page, 'cross-account', 'Cross lab');
    await expect(page.getByTestId('area-evaluate')).toBeVisible();
    await expect(page.getByTestId('req-principal')).toHaveValue(/111111111111|222222222222/);
    const resource = await page.getByTestId('req-resource').inputValue();
    expect(resource).not.toContain('iam-lab-welcome');
    expect(resource).not.toContain('111122223333');
  });

  test("the terminal never covers a lesson's check result", async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await openApp(page);
    await page.keyboard.press('Control+Backquote');
    await expect(page.getByTestId('terminal')).toBeVisible();
    await failingCheckInLesson12(page);
    const result = page.getByTestId('lesson-check-result');
    await expect(result).toBeInViewport();
    const r = (await result.boundingBox())!;
    const t = (await page.getByTestId('terminal').boundingBox())!;
    expect(r.y + r.height, 'result bottom above the terminal').toBeLessThanOrEqual(t.y + 1);
    // The same with the check run again after scrolling the lesson panel away from it.
    await page.getByTestId('lesson-title').scrollIntoViewIfNeeded();
    await page.getByTestId('lesson-check').click();
    await expect(result).toBeInViewport();
    const r2 = (await result.boundingBox())!;
    expect(r2.y + r2.height).toBeLessThanOrEqual(t.y + 1);
  });
});

test.describe('read-only lesson steps', () => {
  test('explain and demo steps show details and connections, no forms; tasks show forms, Attach starts empty', async ({
    page,
  }) => {
    await openApp(page);
    await page.getByTestId('nav-lessons').click();
    await page.getByTestId(`lesson-open-${LESSON}`).click();
    // Step 1 (read).
    await page.getByTestId('lesson-goto').selectOption(LEE);
    await expect(page.getByTestId('inspector-title')).toHaveText('lee');
    await expect(page.getByTestId('inspector-readonly')).toBeVisible();
    await expect(page.getByTestId('inspector-arn')).toHaveText(LEE);
    await expect(page.getByTestId('form-attach')).toHaveCount(0);
    await expect(page.getByTestId('form-membership')).toHaveCount(0);
    await expect(page.getByTestId('inspector-create')).toHaveCount(0);
    // Step 2 (watch): still read-only.
    await page.getByTestId('lesson-next').click();
    await page.getByTestId('lesson-goto').selectOption(LEE);
    await expect(page.getByTestId('inspector-readonly')).toBeVisible();
    await expect(page.getByTestId('form-attach')).toHaveCount(0);
    // Step 3 (do): the forms are there, and no policy is chosen for the learner.
    await page.getByTestId('lesson-next').click();
    await page.getByTestId('lesson-goto').selectOption(LEE);
    await expect(page.getByTestId('inspector-readonly')).toHaveCount(0);
    await expect(page.getByTestId('form-attach')).toBeVisible();
    await expect(page.getByTestId('attach-choice')).toHaveValue('');
    await expect(page.getByTestId('attach-choice').locator('option').first()).toHaveText('Choose a policy…');
    await expect(page.getByTestId('form-attach-submit')).toBeDisabled();
    await page.getByTestId('attach-choice').selectOption('arn:aws:iam::aws:policy/ReadOnlyAccess');
    await expect(page.getByTestId('form-attach-submit')).toBeEnabled();
  });
});
