// Runs after `npm install`. npm 11 does not run dependencies' install scripts, so Electron's binary download is
// done here. Where it cannot be downloaded (offline, a blocked CDN) install still succeeds, and `npm start` serves
// the browser twin instead. Set ELECTRON_SKIP_BINARY_DOWNLOAD=1 to skip the attempt.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { electronBinaryPath, repoRoot } from './lib/electronBinary.mjs';

const installer = join(repoRoot, 'node_modules', 'electron', 'install.js');

if (process.env.ELECTRON_SKIP_BINARY_DOWNLOAD) {
  console.log(
    'IAM Lab: skipping the Electron download (ELECTRON_SKIP_BINARY_DOWNLOAD is set); `npm start` will serve the browser twin.',
  );
} else if (electronBinaryPath() === null && existsSync(installer)) {
  const result = spawnSync(process.execPath, [installer], {
    cwd: join(repoRoot, 'node_modules', 'electron'),
    stdio: 'pipe',
    timeout: 300_000,
  });
  if (result.status !== 0 || electronBinaryPath() === null) {
    console.log("IAM Lab: Electron's binary could not be downloaded; `npm start` will serve the browser twin instead.");
  }
}
process.exit(0);
