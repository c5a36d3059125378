import base from './playwright.config';
import { defineConfig } from '@playwright/test';
const PORT = Number(process.env.TPORT ?? 4467);
export default defineConfig({
  ...base,
  testDir: '/work/main/test/e2e',
  outputDir: '/tmp/pw-term-results',
  use: { ...base.use, baseURL: `http://127.0.0.1:${PORT}/` },
  webServer: { ...base.webServer, command: `node node_modules/vite/bin/vite.js preview --config vite.web.config.ts --outDir /tmp/tdist --port ${PORT} --strictPort`, url: `http://127.0.0.1:${PORT}/` },
});
