/** The app:// protocol: which request URLs map to which renderer files, and which are refused (traversal, other hosts). */
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createAppProtocolHandler, isAppUrl, resolveAppPath } from '../../../electron/main/protocol';
import { denyAllPermissions } from '../../../electron/main/permissions';

const ROOT = join(tmpdir(), 'iam-lab-renderer');

describe('resolveAppPath', () => {
  it.each([
    ['app://iam-lab/', join(ROOT, 'index.html')],
    ['app://iam-lab/index.html', join(ROOT, 'index.html')],
    ['app://iam-lab/assets/index-abc.js', join(ROOT, 'assets', 'index-abc.js')],
    ['app://iam-lab/assets/a%20b.css?x=1#top', join(ROOT, 'assets', 'a b.css')],
  ])('%s → a file inside the renderer folder', (url, expected) => {
    expect(resolveAppPath(ROOT, url)).toBe(expected);
  });

  it.each([
    'app://iam-lab/../secret.txt',
    'app://iam-lab/%2e%2e/secret.txt',
    'app://iam-lab/assets/%2E%2E/%2E%2E/etc/passwd',
    'app://iam-lab/assets/..%2F..%2Fetc%2Fpasswd',
    'app://iam-lab/..%5C..%5Cwindows%5Cwin.ini',
    'app://iam-lab/assets%5C..%5C..%5Csecret',
    'app://iam-lab/index.html%00.js',
    'app://iam-lab/%E0%A4%A',
    'app://iam-lab/C:/Windows/win.ini',
    'app://iam-lab/./index.html',
    'app://other/index.html',
    'app://iam-lab:99/index.html',
    'file:///etc/passwd',
    'https://iam-lab/index.html',
    'not a url',
  ])('refuses %s', (url) => {
    expect(resolveAppPath(ROOT, url)).toBeNull();
  });

  it('only the app origin is an app URL', () => {
    expect(isAppUrl('app://iam-lab/index.html')).toBe(true);
    expect(isAppUrl('app://iam-lab.evil/index.html')).toBe(false);
    expect(isAppUrl('file:///index.html')).toBe(false);
  });
});

describe('the app:// handler', () => {
  const root = mkdtempSync(join(tmpdir(), 'iam-lab-protocol-'));
  mkdirSync(join(root, 'renderer'));
  writeFileSync(join(root, 'renderer', 'index.html'), '<html>app</html>');
  writeFileSync(join(root, 'secret.txt'), 'secret');
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const handler = createAppProtocolHandler(
    join(root, 'renderer'),
    async (path) => new Response(await readFile(path)),
    "default-src 'self'",
  );

  it('serves the page with the CSP header', async () => {
    const res = await handler({ url: 'app://iam-lab/' });
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('<html>app</html>');
    expect(res.headers.get('Content-Security-Policy')).toBe("default-src 'self'");
  });

  it('answers 404 for a missing file', async () => {
    expect((await handler({ url: 'app://iam-lab/assets/missing.js' })).status).toBe(404);
  });

  it('answers 404 for a file outside the renderer folder', async () => {
    const res = await handler({ url: 'app://iam-lab/%2e%2e/secret.txt' });
    expect(res.status).toBe(404);
    expect(await res.text()).not.toContain('secret');
  });
});

describe('permissions', () => {
  it('denies every request and every check', () => {
    let request: ((c: unknown, p: string, cb: (g: boolean) => void) => void) | undefined;
    let check: ((c: unknown, p: string) => boolean) | undefined;
    denyAllPermissions({
      setPermissionRequestHandler: (h) => (request = h),
      setPermissionCheckHandler: (h) => (check = h),
    });
    const granted: boolean[] = [];
    for (const p of ['media', 'notifications', 'clipboard-read', 'openExternal']) {
      request!({}, p, (g) => granted.push(g));
      granted.push(check!({}, p));
    }
    expect(granted).toEqual(Array(8).fill(false));
  });
});
