// Builds the browser twin into web-dist/ and serves it on 127.0.0.1 with Vite's preview server.
import { join } from 'node:path';
import { build, preview } from 'vite';
import { repoRoot } from './electronBinary.mjs';

/** Builds and serves the twin; resolves with the URL once it is listening. */
export async function buildAndServeTwin({ logLevel = 'warn' } = {}) {
  const configFile = join(repoRoot, 'vite.web.config.ts');
  await build({ configFile, logLevel });
  const server = await preview({ configFile, logLevel });
  const url = server.resolvedUrls?.local[0] ?? 'http://127.0.0.1:4317/';
  return { url, server };
}
