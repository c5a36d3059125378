/**
 * The browser twin: the same renderer built as a plain web page into `web-dist/`, with the `@host` alias pointing at
 * the host implemented over browser storage. `npm run web` builds and serves it; the e2e tests drive it.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vite';
import { iamDataForBrowser } from './scripts/lib/viteIamData.mjs';

const root = import.meta.dirname;
const version = (JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { version: string }).version;

/** The fixed port of `npm run web` and of the e2e tests' server. */
export const WEB_PORT = 4317;

export default defineConfig({
  root: resolve(root, 'renderer'),
  base: './',
  plugins: [svelte({ configFile: false }), iamDataForBrowser()],
  define: { __APP_VERSION__: JSON.stringify(version) },
  resolve: { alias: { '@host': resolve(root, 'renderer/src/host/browserHostInstance.ts') } },
  // The graph library and the IAM catalog make one large chunk; that is expected for an offline app. Rolldown's
  // "plugins took significant time" advisory is off: on a slow or busy machine it prints a wall of text at every start.
  build: {
    outDir: resolve(root, 'web-dist'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 4000,
    rolldownOptions: { checks: { bundlerTimings: false } },
  },
  server: { host: '127.0.0.1', port: WEB_PORT, strictPort: true },
  preview: { host: '127.0.0.1', port: WEB_PORT, strictPort: true },
});
