// `npm start [-- --port N] [-- --web]`: build the app and open the desktop window; where Electron's binary is missing
// (or with --web), say so in one line and serve the browser edition instead, on 4317 or the next free port.
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { electronBinaryPath, repoRoot } from './lib/electronBinary.mjs';
import { parseStartArgs } from './lib/port.mjs';
import { fail, serveBrowserEdition } from './lib/serveCommand.mjs';

const args = process.argv.slice(2);
const parsed = parseStartArgs(args);
if ('error' in parsed) fail(parsed.error);
const binary = parsed.web ? null : electronBinaryPath();
if (binary) {
  const cli = join(repoRoot, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js');
  const built = spawnSync(process.execPath, [cli, 'build', '--logLevel', 'warn'], { cwd: repoRoot, stdio: 'inherit' });
  if (built.status !== 0) fail('the desktop app did not build (the messages above say why).');
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE;
  const child = spawn(binary, ['.'], { cwd: repoRoot, stdio: 'inherit', env });
  child.on('error', (e) => fail(`could not start Electron: ${e.message}`));
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  await serveBrowserEdition(args, {
    before: parsed.web
      ? 'IAM Lab: serving the browser edition (--web).'
      : "IAM Lab: Electron's desktop binary is not installed here, so the app opens as a web page instead (same app, browser storage).",
  });
}
