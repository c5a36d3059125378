// Builds the browser twin into web-dist/ and serves it on 127.0.0.1 with Vite's preview server.
import { join } from 'node:path';
import { build, preview } from 'vite';
import { repoRoot } from './electronBinary.mjs';
import { DEFAULT_PORT } from './port.mjs';

/** Builds and serves the twin on `port` (exactly: choose it with port.mjs); resolves with the URL once listening. */
export async function buildAndServeTwin({ logLevel = 'warn', port = DEFAULT_PORT } = {}) {
  const configFile = join(repoRoot, 'vite.web.config.ts');
  await build({ configFile, logLevel });
  const server = await preview({ configFile, logLevel, preview: { port, strictPort: true } });
  const url = server.resolvedUrls?.local[0] ?? `http://127.0.0.1:${port}/`;
  return { url, server };
}
