/**
 * The Content-Security-Policy of the app window: only the app's own files, no inline script, no eval, no remote
 * origin. `style-src 'unsafe-inline'` is needed because Svelte transitions and Cytoscape set inline styles.
 * The same string sits in `renderer/index.html` as a meta tag (a unit test keeps the two equal) and is sent as a
 * response header for every request of the app's session.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "font-src 'self' data:",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * The same policy as a `<meta>` tag carries it: browsers ignore `frame-ancestors` in a meta tag (and log an error
 * about it), so it is left out there; the response header still sends it.
 */
export const META_CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY.split('; ')
  .filter((directive) => !directive.startsWith('frame-ancestors'))
  .join('; ');

/** The part of Electron's `Session` this module uses (so tests can pass a fake). */
export interface CspSession {
  webRequest: {
    onHeadersReceived(
      listener: (
        details: { responseHeaders?: Record<string, string[] | string> },
        callback: (response: { responseHeaders?: Record<string, string[] | string> }) => void,
      ) => void,
    ): void;
  };
}

/** Adds the CSP header to every response of `session` (file:// pages and the dev server alike). */
export function installCspHeader(session: CspSession): void {
  session.webRequest.onHeadersReceived((details, callback) => {
    const headers = { ...(details.responseHeaders ?? {}) };
    for (const key of Object.keys(headers)) {
      if (key.toLowerCase() === 'content-security-policy') delete headers[key];
    }
    headers['Content-Security-Policy'] = [CONTENT_SECURITY_POLICY];
    callback({ responseHeaders: headers });
  });
}
