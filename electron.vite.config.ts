/**
 * Build of the desktop app: main (ESM), the sandboxed preload (CommonJS, `out/preload/index.cjs`) and the renderer.
 * The renderer's `@host` alias points at the preload-backed host; `vite.web.config.ts` points it at browser storage.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'electron-vite';
import { iamDataForBrowser } from './scripts/lib/viteIamData.mjs';

const root = import.meta.dirname;
const version = (JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { version: string }).version;

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rolldownOptions: { input: { index: resolve(root, 'electron/main/index.ts') } },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // Bundle everything: a sandboxed preload can only require('electron') and a few Node polyfills.
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: resolve(root, 'electron/preload/index.ts') },
        external: ['electron'],
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(root, 'renderer'),
    base: './',
    plugins: [svelte({ configFile: false }), iamDataForBrowser()],
    define: { __APP_VERSION__: JSON.stringify(version) },
    resolve: { alias: { '@host': resolve(root, 'renderer/src/host/electronHost.ts') } },
    build: {
      outDir: resolve(root, 'out/renderer'),
      chunkSizeWarningLimit: 4000,
      emptyOutDir: true,
      // No "plugins took significant time" advisory (see vite.web.config.ts).
      rolldownOptions: { input: { index: resolve(root, 'renderer/index.html') }, checks: { bundlerTimings: false } },
    },
  },
});
