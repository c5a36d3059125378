// `npm start`: build the app and open the desktop window; where Electron's binary is missing, say so in one line
// and serve the browser twin instead.
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { electronBinaryPath, repoRoot } from './lib/electronBinary.mjs';

const binary = electronBinaryPath();
if (binary) {
  const cli = join(repoRoot, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js');
  const built = spawnSync(process.execPath, [cli, 'build'], { cwd: repoRoot, stdio: 'inherit' });
  if (built.status !== 0) process.exit(built.status ?? 1);
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE;
  const child = spawn(binary, ['.'], { cwd: repoRoot, stdio: 'inherit', env });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  console.log(
    "Electron's binary is not installed here, so IAM Lab opens as a web page instead (same app, browser storage).",
  );
  const { buildAndServeTwin } = await import('./lib/serveTwin.mjs');
  const { url } = await buildAndServeTwin();
  console.log(`IAM Lab is running at ${url}  — open it in your browser; press Ctrl+C to stop.`);
}
