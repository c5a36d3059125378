/** Main's wiring with Electron replaced by a fake: the window it opens, the CSP, IPC, menu, and remembered bounds. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../electron/main/csp';
import { CHANNELS } from '../../../shared/ipc/contract';
import { createFakeElectron, FakeBrowserWindow } from './fakeElectron';

const userData = mkdtempSync(join(tmpdir(), 'iam-lab-main-'));
const fake = createFakeElectron(userData);
vi.mock('electron', () => fake.module);

async function settle() {
  for (let i = 0; i < 20 && FakeBrowserWindow.instances.length === 0; i++) await new Promise((r) => setTimeout(r, 10));
}

beforeAll(async () => {
  await import('../../../electron/main/index');
  await settle();
});
afterAll(() => rmSync(userData, { recursive: true, force: true }));

describe('electron main', () => {
  it('enables the sandbox for every renderer and opens one hardened window on the built renderer', () => {
    expect(fake.module.app.enableSandbox).toHaveBeenCalled();
    expect(FakeBrowserWindow.instances).toHaveLength(1);
    const win = FakeBrowserWindow.instances[0];
    expect(win.options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false });
    expect(String((win.options.webPreferences as { preload: string }).preload)).toMatch(/preload[\\/]index\.cjs$/);
    expect(win.loaded).toBe('app://iam-lab/index.html');
    expect(win.loadFile).not.toHaveBeenCalled();
    // The app:// scheme is registered as a secure standard scheme before ready, and served by main.
    expect(fake.privilegedSchemes).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
    expect(fake.protocols.has('app')).toBe(true);
  });

  it('denies window.open and navigation on the window', () => {
    const contents = FakeBrowserWindow.instances[0].webContents;
    expect(contents.openHandler!({ url: 'https://example.com' })).toEqual({ action: 'deny' });
    const prevent = vi.fn();
    contents.listeners.get('will-navigate')!({ preventDefault: prevent }, 'https://example.com');
    expect(prevent).toHaveBeenCalled();
  });

  it('installs the CSP header and refuses every permission request', () => {
    expect(fake.headerListeners).toHaveLength(1);
    let headers: unknown;
    fake.headerListeners[0]({ responseHeaders: {} }, (r: unknown) => (headers = r));
    expect(headers).toEqual({ responseHeaders: { 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
    const callback = vi.fn();
    fake.permissionHandlers[0]({}, 'media', callback);
    expect(callback).toHaveBeenCalledWith(false);
    expect(fake.permissionCheckHandlers).toHaveLength(1);
    for (const permission of ['media', 'clipboard-read', 'notifications', 'geolocation'])
      expect(fake.permissionCheckHandlers[0]({}, permission)).toBe(false);
  });

  it('answers every contract channel, only for its own window', async () => {
    expect([...fake.handlers.keys()].sort()).toEqual([...CHANNELS].sort());
    const own = { sender: { id: 42 }, senderFrame: { url: 'app://iam-lab/index.html', parent: null } };
    const other = { sender: { id: 5 }, senderFrame: { url: 'app://iam-lab/index.html', parent: null } };
    const fileFrame = { sender: { id: 42 }, senderFrame: { url: 'file:///app/out/renderer/index.html', parent: null } };
    expect(await fake.handlers.get('app:info')!(fileFrame)).toMatchObject({
      ok: false,
      error: { code: 'ipc.untrusted-sender' },
    });
    expect(await fake.handlers.get('settings:set')!(own, { theme: 'dark' })).toMatchObject({
      ok: true,
      value: { theme: 'dark' },
    });
    expect(await fake.handlers.get('settings:set')!(other, { theme: 'light' })).toMatchObject({
      ok: false,
      error: { code: 'ipc.untrusted-sender' },
    });
    expect(await fake.handlers.get('app:info')!(own)).toMatchObject({ ok: true, value: { host: 'desktop' } });
    const stored = JSON.parse(readFileSync(join(userData, 'iam-lab.json'), 'utf8'));
    expect(stored.settings.theme).toBe('dark');
  });

  it('sets the application menu and forwards its commands to the window', () => {
    expect(fake.module.Menu.setApplicationMenu).toHaveBeenCalledOnce();
    const template = fake.module.Menu.buildFromTemplate.mock.calls[0][0] as {
      submenu: { id?: string; click?: () => void }[];
    }[];
    const about = template.flatMap((m) => m.submenu).find((i) => i.id === 'help.about');
    about!.click!();
    expect(FakeBrowserWindow.instances[0].webContents.send).toHaveBeenCalledWith('menu:command', 'help.about');
  });

  it('remembers the window bounds when it closes', async () => {
    FakeBrowserWindow.instances[0].listeners.get('close')!();
    await vi.waitFor(() => {
      const stored = JSON.parse(readFileSync(join(userData, 'iam-lab.json'), 'utf8'));
      expect(stored.windowState).toEqual({ x: 12, y: 34, width: 1111, height: 777, maximized: false });
    });
  });
});
