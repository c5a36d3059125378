// Runs after `npm install` / `npm ci`. Electron's own install script (the binary download) is denied in
// package.json's `allowScripts`, so npm never fails the whole install on it; this script tries the download instead.
// Where it cannot happen (offline, a blocked host) it prints one line and exits 0: `npm start` then serves the
// browser edition. ELECTRON_SKIP_BINARY_DOWNLOAD=1 skips the attempt. See docs/install.md.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { electronBinaryPath, repoRoot } from './lib/electronBinary.mjs';
import { electronMirror, firstErrorLine, mirrorEndpoint, reachable, usesProxy } from './lib/electronDownload.mjs';

const electronDir = join(repoRoot, 'node_modules', 'electron');
const installer = join(electronDir, 'install.js');
const fallback = '`npm start` will serve the browser edition instead.';

function say(line) {
  console.log(`IAM Lab: ${line}`);
}

async function main() {
  if (process.env.ELECTRON_SKIP_BINARY_DOWNLOAD) {
    say(`skipped the desktop (Electron) binary download (ELECTRON_SKIP_BINARY_DOWNLOAD is set); ${fallback}`);
    return;
  }
  if (electronBinaryPath() !== null) return; // already there (an earlier install, or npm ran Electron's own script)
  if (!existsSync(installer)) {
    say(`the electron package is not installed, so there is no desktop binary; ${fallback}`);
    return;
  }
  const endpoint = mirrorEndpoint(electronMirror(process.env));
  if (endpoint && !usesProxy(process.env)) {
    const why = await reachable(endpoint);
    if (why) {
      say(`the desktop (Electron) binary could not be downloaded (${why}); ${fallback}`);
      return;
    }
  }
  say('downloading the desktop (Electron) binary, about 100 MB…');
  const env = { ...process.env };
  delete env.ELECTRON_SKIP_BINARY_DOWNLOAD;
  const result = spawnSync(process.execPath, [installer], {
    cwd: electronDir,
    env,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 10 * 60_000,
  });
  if (result.status === 0 && electronBinaryPath() !== null) {
    say('the desktop app is ready: `npm start` opens it.');
    return;
  }
  const why = result.error ? result.error.message : firstErrorLine(`${result.stderr}\n${result.stdout}`);
  say(`the desktop (Electron) binary could not be downloaded (${why}); ${fallback}`);
}

try {
  await main();
} catch (e) {
  say(`the desktop (Electron) binary download was not attempted (${e?.message ?? e}); ${fallback}`);
}
process.exit(0);
