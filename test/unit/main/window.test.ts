/** The window's security options, remembered bounds, and the navigation guards. */
import { describe, expect, it, vi } from 'vitest';
import {
  guardNavigation,
  visibleWindowState,
  windowOptions,
  type GuardedContents,
} from '../../../electron/main/window';

describe('windowOptions', () => {
  it('isolates and sandboxes the renderer, with no Node and web security on', () => {
    const { webPreferences } = windowOptions('/app/out/preload/index.cjs', null);
    expect(webPreferences).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });

  it('uses the CommonJS preload (a sandboxed preload cannot be an ES module)', () => {
    expect(windowOptions('/x/preload/index.cjs', null).webPreferences?.preload).toMatch(/\.cjs$/);
  });

  it('opens at the remembered size and position, or at the default size on first run', () => {
    expect(windowOptions('p', { x: 40, y: 50, width: 1000, height: 700, maximized: false })).toMatchObject({
      x: 40,
      y: 50,
      width: 1000,
      height: 700,
    });
    const first = windowOptions('p', null);
    expect(first).toMatchObject({ width: 1280, height: 800 });
    expect(first).not.toHaveProperty('x');
  });
});

describe('visibleWindowState', () => {
  const display = { x: 0, y: 0, width: 1920, height: 1080 };
  it('keeps bounds that are on a connected display', () => {
    const state = { x: 100, y: 100, width: 1000, height: 700, maximized: false };
    expect(visibleWindowState(state, [display])).toEqual(state);
  });
  it('drops the position of a window left on a display that is gone', () => {
    const state = { x: 3000, y: 100, width: 1000, height: 700, maximized: true };
    expect(visibleWindowState(state, [display])).toEqual({ width: 1000, height: 700, maximized: true });
  });
});

describe('guardNavigation', () => {
  function fakeContents() {
    const listeners: Record<string, (event: { preventDefault(): void }, url?: string) => void> = {};
    let openHandler: ((d: { url: string }) => { action: string }) | undefined;
    const contents: GuardedContents = {
      setWindowOpenHandler: (h) => (openHandler = h),
      on: (name: string, l: (event: { preventDefault(): void }, url?: string) => void) => (listeners[name] = l),
    } as GuardedContents;
    return { contents, listeners, open: (url: string) => openHandler!({ url }) };
  }

  it('denies window.open for any URL', () => {
    const fake = fakeContents();
    guardNavigation(fake.contents);
    expect(fake.open('https://example.com')).toEqual({ action: 'deny' });
    expect(fake.open('file:///etc/passwd')).toEqual({ action: 'deny' });
  });

  it.each(['will-navigate', 'will-redirect', 'will-attach-webview'])('prevents %s', (name) => {
    const fake = fakeContents();
    guardNavigation(fake.contents);
    const event = { preventDefault: vi.fn() };
    fake.listeners[name](event, 'https://example.com');
    expect(event.preventDefault).toHaveBeenCalledOnce();
  });
});
