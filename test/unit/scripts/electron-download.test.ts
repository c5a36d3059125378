/** How scripts/postinstall.mjs picks the Electron download host and reports a failure (scripts/lib/electronDownload.mjs). */
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_MIRROR,
  electronMirror,
  firstErrorLine,
  mirrorEndpoint,
  usesProxy,
} from '../../../scripts/lib/electronDownload.mjs';

describe('electron download host', () => {
  it('is GitHub unless a mirror is configured, npm config first', () => {
    expect(electronMirror({})).toBe(DEFAULT_MIRROR);
    expect(mirrorEndpoint(DEFAULT_MIRROR)).toEqual({ host: 'github.com', port: 443 });
    expect(
      electronMirror({
        ELECTRON_MIRROR: 'https://env.example/e/',
        npm_config_electron_mirror: 'https://npmrc.example/e/',
      }),
    ).toBe('https://npmrc.example/e/');
    expect(mirrorEndpoint('http://mirror.local:8080/electron/')).toEqual({ host: 'mirror.local', port: 8080 });
  });

  it('is not probed for a mirror that is not an http(s) URL, nor behind a proxy', () => {
    expect(mirrorEndpoint('file:///srv/electron/')).toBeNull();
    expect(mirrorEndpoint('not a url')).toBeNull();
    expect(usesProxy({ HTTPS_PROXY: 'http://proxy:3128' })).toBe(true);
    expect(usesProxy({ npm_config_https_proxy: 'http://proxy:3128' })).toBe(true);
    expect(usesProxy({ GLOBAL_AGENT_HTTPS_PROXY: 'http://proxy:3128' })).toBe(true);
    expect(usesProxy({ HTTPS_PROXY: '', PATH: '/usr/bin' })).toBe(false);
  });

  it("reduces install.js's failure to its error line, without the stack", () => {
    const output = [
      'RequestError: getaddrinfo ENOTFOUND github.com',
      '    at ClientRequest.<anonymous> (/x/node_modules/got/dist/source/core/index.js:970:111)',
      '    at Object.onceWrapper (node:events:639:26)',
    ].join('\n');
    expect(firstErrorLine(output)).toBe('RequestError: getaddrinfo ENOTFOUND github.com');
    expect(firstErrorLine('')).toBe('no output');
  });
});
