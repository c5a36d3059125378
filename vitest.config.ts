import { defineConfig } from 'vitest/config';

/** Unit, engine-case, property, CLI and main-process tests. End-to-end tests run under Playwright (test/e2e). */
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    environment: 'node',
    testTimeout: 60_000,
  },
});
