/**
 * The app's own `app://` protocol: the renderer is loaded from `app://iam-lab/index.html` instead of `file://`, so the
 * page has a real origin of its own, the IPC sender check is tied to it (`sender.ts`), and a page can never read other
 * files on the disk. `resolveAppPath` is the pure part: it maps a request URL to a file inside the renderer folder and
 * refuses anything else (another host, `..` segments in any spelling, backslashes, NUL).
 */
import { isAbsolute, join, normalize, relative, sep } from 'node:path';

/** The scheme the renderer is served under. */
export const APP_SCHEME = 'app';
/** The host part of every app URL. */
export const APP_HOST = 'iam-lab';
/** The page the window loads. */
export const APP_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/** Privileges of the scheme (registered before the app is ready): a standard, secure origin with fetch. */
export const APP_SCHEME_PRIVILEGES = { standard: true, secure: true, supportFetchAPI: true } as const;

/** True when `url` is a page of the app's own origin (`app://iam-lab/...`). */
export function isAppUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  // `URL.origin` is "null" for schemes Node does not know, so compare the parts.
  return (
    parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST && parsed.username === '' && parsed.port === ''
  );
}

/**
 * The file under `root` that `url` names, or null when it names nothing there. `app://iam-lab/` is `index.html`.
 * Percent-decoding happens once, and every decoded segment is checked: `..`, `.`, empty-looking tricks, `\` and NUL
 * are refused rather than normalised away, and the result must still lie inside `root`.
 */
export function resolveAppPath(root: string, url: string): string | null {
  if (!isAppUrl(url)) return null;
  // The URL parser would quietly resolve `..` (also `%2e%2e`) against the root; a request that spells one is refused
  // outright instead, before parsing.
  const rawPath = url.slice(url.indexOf('//') + 2).replace(/[?#].*$/s, '');
  if (rawPath.split('/').some((segment) => /^(\.|%2e){1,2}$/i.test(segment))) return null;
  const { pathname } = new URL(url);
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const segments = decoded.split('/').filter((s) => s !== '');
  if (segments.some((s) => s === '..' || s === '.' || s.includes(':'))) return null;
  const file = segments.length === 0 ? 'index.html' : segments.join(sep);
  const full = normalize(join(root, file));
  const inside = relative(root, full);
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) return null;
  return full;
}

/**
 * The `app://` request handler: the file `resolveAppPath` names, read with `fetchFile` (Electron's `net.fetch` of its
 * `file://` URL), with the CSP header added; 404 for anything else.
 */
export function createAppProtocolHandler(
  root: string,
  fetchFile: (path: string) => Promise<Response>,
  csp: string,
): (request: { url: string }) => Promise<Response> {
  return async (request) => {
    const path = resolveAppPath(root, request.url);
    if (path === null) return new Response('Not found', { status: 404 });
    let file: Response;
    try {
      file = await fetchFile(path);
    } catch {
      return new Response('Not found', { status: 404 });
    }
    const headers = new Headers(file.headers);
    headers.set('Content-Security-Policy', csp);
    return new Response(file.body, { status: file.status, headers });
  };
}
