// `npm run dist`: builds the desktop app, then the installers with electron-builder (configuration: package.json's
// "build"). electron-builder is not a devDependency: version 26 (the one that knows `electronFuses`) pulls in
// @electron/rebuild 4, which requires Node 22.12, while the app and its tests run on Node 20.19. Packaging also
// downloads Electron from GitHub, so it needs the network anyway; npx fetches the pinned version when it is used.
// Extra arguments go to electron-builder: `npm run dist -- --linux deb`.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { repoRoot } from './lib/electronBinary.mjs';

/** The electron-builder release `npm run dist` runs. */
export const ELECTRON_BUILDER = 'electron-builder@26.17.0';

const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  console.error(
    `npm run dist: packaging needs Node 22.12 or newer (${ELECTRON_BUILDER} requires it); this is Node ${process.versions.node}. The app itself runs on Node 20.19+.`,
  );
  process.exit(1);
}
const run = (command, args) => spawnSync(command, args, { cwd: repoRoot, stdio: 'inherit' }).status ?? 1;
const built = run(process.execPath, [
  join(repoRoot, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'),
  'build',
]);
if (built !== 0) process.exit(built);
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
process.exit(run(npx, ['--yes', ELECTRON_BUILDER, ...process.argv.slice(2)]));
