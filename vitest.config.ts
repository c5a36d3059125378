import { resolve } from 'node:path';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vitest/config';

const root = import.meta.dirname;
/** Renderer state (`*.svelte.ts` classes with runes): compiled by Svelte for the browser, see test/unit/state/. */
const RENDERER_STATE = 'test/unit/state/**/*.test.ts';

/** Unit, engine-case, property, CLI and main-process tests. End-to-end tests run under Playwright (test/e2e). */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: ['test/e2e/**', 'node_modules/**', RENDERER_STATE],
          environment: 'node',
          testTimeout: 60_000,
        },
      },
      {
        // The `browser` condition makes `svelte` resolve to its client runtime, so `$effect`s run in these tests.
        plugins: [svelte({ configFile: false })],
        resolve: { alias: { '@host': resolve(root, 'test/unit/state/testHost.ts') }, conditions: ['browser'] },
        test: {
          name: 'renderer-state',
          include: [RENDERER_STATE],
          environment: './test/unit/state/clientEnvironment.ts',
          testTimeout: 60_000,
        },
      },
    ],
  },
});
