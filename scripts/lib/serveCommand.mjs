// The browser-edition half of `npm start` and all of `npm run web`: read --port, pick a free port, build, serve, and
// print one line with the address. Every failure is one line on stderr and exit code 1, never a stack.
import { oneLine } from './oneLine.mjs';
import { choosePort, parseStartArgs } from './port.mjs';

/** Prints `IAM Lab: <message>` on stderr and exits 1. */
export function fail(message) {
  console.error(`IAM Lab: ${message}`);
  process.exit(1);
}

/** Parses `args`, chooses the port, builds and serves the browser edition; `before` is printed first if given. */
export async function serveBrowserEdition(args, { before } = {}) {
  const parsed = parseStartArgs(args);
  if ('error' in parsed) fail(parsed.error);
  const chosen = await choosePort(parsed);
  if ('error' in chosen) fail(chosen.error);
  if (before) console.log(before);
  let serveTwin;
  try {
    serveTwin = await import('./serveTwin.mjs');
  } catch (e) {
    if (e?.code !== 'ERR_MODULE_NOT_FOUND') throw e;
    fail('the dependencies are not installed; run `npm install` first.');
  }
  let url;
  try {
    ({ url } = await serveTwin.buildAndServeTwin({ port: chosen.port }));
  } catch (e) {
    fail(`could not build or serve the browser edition: ${oneLine(e)}`);
  }
  const moved = chosen.port !== parsed.port ? ` (port ${parsed.port} is in use)` : '';
  console.log(`IAM Lab is running at ${url}${moved} — open it in your browser; press Ctrl+C to stop.`);
}
