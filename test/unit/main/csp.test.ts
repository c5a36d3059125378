/** The Content-Security-Policy: its directives, the header installed on the session, and the meta tag in index.html. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  installCspHeader,
  META_CONTENT_SECURITY_POLICY,
  type CspSession,
} from '../../../electron/main/csp';

const directives = (policy: string) =>
  Object.fromEntries(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .map(([name, ...values]) => [name, values]),
  );

describe('Content-Security-Policy', () => {
  const csp = directives(CONTENT_SECURITY_POLICY);

  it('allows only the app itself, with no inline script, no eval and no remote origin', () => {
    expect(csp['default-src']).toEqual(["'self'"]);
    expect(csp['script-src']).toEqual(["'self'"]);
    expect(csp['connect-src']).toEqual(["'self'"]);
    expect(csp['object-src']).toEqual(["'none'"]);
    expect(csp['base-uri']).toEqual(["'none'"]);
    expect(csp['frame-ancestors']).toEqual(["'none'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|https?:|\*/);
    const scriptish = ['default-src', 'script-src'].flatMap((d) => csp[d]);
    expect(scriptish).not.toContain("'unsafe-inline'");
  });

  it('sends the policy as a response header, replacing any other CSP header', () => {
    let listener: Parameters<CspSession['webRequest']['onHeadersReceived']>[0] | undefined;
    installCspHeader({ webRequest: { onHeadersReceived: (l) => (listener = l) } });
    let answer: { responseHeaders?: Record<string, string[] | string> } | undefined;
    listener!(
      { responseHeaders: { 'content-security-policy': ['default-src *'], 'X-Other': ['1'] } },
      (r) => (answer = r),
    );
    expect(answer!.responseHeaders).toEqual({
      'Content-Security-Policy': [CONTENT_SECURITY_POLICY],
      'X-Other': ['1'],
    });
  });

  it('is the same policy in renderer/index.html (minus frame-ancestors, which a meta tag cannot carry)', () => {
    const html = readFileSync(join(import.meta.dirname, '../../../renderer/index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html);
    expect(meta?.[1]).toBe(META_CONTENT_SECURITY_POLICY);
    expect(directives(META_CONTENT_SECURITY_POLICY)['frame-ancestors']).toBeUndefined();
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  });
});
