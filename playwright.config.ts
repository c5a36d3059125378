/**
 * End-to-end tests. They drive the browser twin (built into web-dist/ and served by `vite preview`) in Debian's
 * Chromium; the Electron smoke test in test/e2e/shell.spec.ts runs only where Electron's binary is installed.
 * `npm test` builds the twin first; run `npm run web:build` before calling `npx playwright test` directly.
 */
import { defineConfig } from '@playwright/test';

/** Port of the twin under test; `npm test` picks a free one so parallel runs do not collide. */
const PORT = Number(process.env.IAM_LAB_E2E_PORT ?? 4318);
/** Debian's Chromium; override with CHROMIUM_PATH. */
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: 'test/e2e',
  testMatch: '**/*.spec.ts',
  outputDir: 'test-results/playwright',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    browserName: 'chromium',
    viewport: { width: 1280, height: 800 },
    launchOptions: {
      executablePath,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
    trace: 'off',
  },
  webServer: {
    command: `node node_modules/vite/bin/vite.js preview --config vite.web.config.ts --port ${PORT} --strictPort`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
