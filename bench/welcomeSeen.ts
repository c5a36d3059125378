/**
 * Benches measure a returning user's screens, not the first-run welcome (a modal that waits for a choice; its own
 * e2e spec is test/e2e/first-hour.spec.ts). Given to `page.addInitScript` before the page loads, this stores the
 * setting that says the welcome was seen — only when nothing is stored yet, so a bench's own data is never replaced.
 */
export const WELCOME_SEEN = `(() => {
  if (localStorage.getItem('iam-lab') === null)
    localStorage.setItem('iam-lab', JSON.stringify({ version: 1, settings: { welcomeDismissed: true } }));
})()`;
