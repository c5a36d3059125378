// The pieces of scripts/postinstall.mjs that decide where Electron's binary would come from and whether that host
// answers at all, so a blocked network fails in seconds instead of hanging the install. Pure except `reachable`.
import { lookup } from 'node:dns/promises';
import { connect } from 'node:net';

/** Electron's own download host (@electron/get's default mirror). */
export const DEFAULT_MIRROR = 'https://github.com/electron/electron/releases/download/';

/**
 * The mirror @electron/get will download from, read from the same places it reads: npm config (`electron_mirror` in
 * .npmrc reaches scripts as npm_config_electron_mirror), package.json config, then ELECTRON_MIRROR.
 */
export function electronMirror(env) {
  return (
    env.npm_config_electron_mirror ||
    env.NPM_CONFIG_ELECTRON_MIRROR ||
    env.npm_package_config_electron_mirror ||
    env.ELECTRON_MIRROR ||
    DEFAULT_MIRROR
  );
}

/** Host and port to probe for `mirror`, or null when it is not an http(s) URL (then the download itself decides). */
export function mirrorEndpoint(mirror) {
  let url;
  try {
    url = new URL(mirror);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  const port = url.port ? Number(url.port) : url.protocol === 'https:' ? 443 : 80;
  return { host: url.hostname, port };
}

/** True when a proxy is configured: a direct probe would prove nothing, so the download is simply tried. */
export function usesProxy(env) {
  const names = [
    'https_proxy',
    'http_proxy',
    'all_proxy',
    'electron_get_use_proxy',
    'npm_config_proxy',
    'npm_config_https_proxy',
  ];
  return (
    Object.keys(env).some((k) => names.includes(k.toLowerCase()) && env[k]) ||
    Object.keys(env).some((k) => k.startsWith('GLOBAL_AGENT_') && env[k])
  );
}

/** Resolves `host` and opens a TCP connection to it within `timeoutMs`; resolves null when it answers, else why not. */
export async function reachable({ host, port }, timeoutMs = 10_000) {
  let address;
  try {
    ({ address } = await lookup(host));
  } catch (e) {
    return `${host}: ${e.code ?? e.message}`;
  }
  return new Promise((resolve) => {
    const socket = connect({ host: address, port });
    const done = (why) => {
      socket.destroy();
      resolve(why);
    };
    socket.setTimeout(timeoutMs, () => done(`${host}: no answer in ${timeoutMs / 1000} s`));
    socket.once('connect', () => done(null));
    socket.once('error', (e) => done(`${host}: ${e.code ?? e.message}`));
  });
}

/** The one-line reason from a failed install.js run: its first error line, without the stack. */
export function firstErrorLine(output) {
  const lines = String(output)
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('at '));
  return lines.find((l) => /error/i.test(l)) ?? lines[0] ?? 'no output';
}
