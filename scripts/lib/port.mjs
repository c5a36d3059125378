// The port `npm start` / `npm run web` serve on: `--port N` (or `--port=N`) when given, else 4317, or the next free
// port after it when another program (often another copy of IAM Lab) holds it. Errors are one-line messages.
import { createServer } from 'node:net';

/** The port the browser edition prefers (also vite.web.config.ts's WEB_PORT). */
export const DEFAULT_PORT = 4317;

/** How many ports after the preferred one are tried before giving up. */
export const PORT_TRIES = 20;

/**
 * Reads `--port N` / `--port=N` and `--web` from `args`. Returns `{ port, explicit, web }`, or `{ error }` with a
 * one-line message for a missing or bad value or an unknown option.
 */
export function parseStartArgs(args) {
  let port = DEFAULT_PORT;
  let explicit = false;
  let web = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--web') {
      web = true;
      continue;
    }
    let value;
    if (arg === '--port') {
      value = args[++i];
      if (value === undefined) return { error: 'option --port needs a number, e.g. --port 5000' };
    } else if (arg.startsWith('--port=')) {
      value = arg.slice('--port='.length);
    } else {
      return { error: `unknown option '${arg}' (expected --port N or --web)` };
    }
    if (!/^\d{1,5}$/.test(value) || Number(value) < 1 || Number(value) > 65535) {
      return { error: `option --port must be a whole number from 1 to 65535 (got '${value}')` };
    }
    port = Number(value);
    explicit = true;
  }
  return { port, explicit, web };
}

/** Resolves true when `port` on `host` can be listened on now, false when it is in use; rejects on other errors. */
export function portIsFree(port, host = '127.0.0.1') {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', (e) => (e.code === 'EADDRINUSE' ? resolve(false) : reject(e)));
    server.listen({ port, host, exclusive: true }, () => server.close(() => resolve(true)));
  });
}

/**
 * The port to serve on: `port` itself when free; when it is taken and was not asked for explicitly, the first free one
 * of the next PORT_TRIES. Resolves `{ port }` or `{ error }` (one line).
 */
export async function choosePort({ port, explicit }, host = '127.0.0.1', isFree = portIsFree) {
  const tries = explicit ? 1 : PORT_TRIES + 1;
  for (let p = port; p < port + tries && p <= 65535; p++) {
    let free;
    try {
      free = await isFree(p, host);
    } catch (e) {
      return { error: `cannot listen on ${host}:${p} (${e.code ?? e.message})` };
    }
    if (free) return { port: p };
  }
  return explicit
    ? { error: `port ${port} is in use; choose another with --port N` }
    : { error: `ports ${port}–${port + PORT_TRIES} are all in use; choose one with --port N` };
}
