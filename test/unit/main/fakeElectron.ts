/**
 * A small stand-in for the parts of the Electron API that main and the preload use, for `vi.mock('electron')`.
 * It records what the app did (windows created, handlers registered, menu set) so tests can assert it.
 */
import { vi } from 'vitest';

type Listener = (...args: unknown[]) => unknown;

/** A fake BrowserWindow that records its options and what it loaded. */
export class FakeBrowserWindow {
  static instances: FakeBrowserWindow[] = [];
  static getAllWindows = () => FakeBrowserWindow.instances;
  listeners = new Map<string, Listener>();
  loaded: string | null = null;
  bounds = { x: 12, y: 34, width: 1111, height: 777 };
  webContents = {
    id: 42,
    send: vi.fn(),
    listeners: new Map<string, Listener>(),
    openHandler: null as Listener | null,
    setWindowOpenHandler(handler: Listener) {
      this.openHandler = handler;
    },
    on(name: string, listener: Listener) {
      this.listeners.set(name, listener);
    },
  };
  constructor(public options: Record<string, unknown>) {
    FakeBrowserWindow.instances.push(this);
  }
  on(name: string, listener: Listener) {
    this.listeners.set(name, listener);
  }
  once(name: string, listener: Listener) {
    this.listeners.set(name, listener);
  }
  show = vi.fn();
  maximize = vi.fn();
  isMaximized = () => false;
  getBounds = () => this.bounds;
  getNormalBounds = () => this.bounds;
  loadFile = vi.fn(async (path: string) => void (this.loaded = path));
  loadURL = vi.fn(async (url: string) => void (this.loaded = url));
}

/** Builds the fake module; `userData` is where the store is written. */
export function createFakeElectron(userData: string) {
  const appListeners = new Map<string, Listener>();
  const handlers = new Map<string, Listener>();
  const rendererListeners = new Map<string, Listener>();
  const headerListeners: Listener[] = [];
  const permissionHandlers: Listener[] = [];
  const permissionCheckHandlers: Listener[] = [];
  const protocols = new Map<string, Listener>();
  const privilegedSchemes: unknown[] = [];
  const exposed: Record<string, unknown> = {};
  return {
    exposed,
    handlers,
    headerListeners,
    permissionHandlers,
    permissionCheckHandlers,
    protocols,
    privilegedSchemes,
    appListeners,
    rendererListeners,
    module: {
      app: {
        isPackaged: true,
        enableSandbox: vi.fn(),
        getPath: (name: string) => (name === 'userData' ? userData : '/nonexistent'),
        getVersion: () => '0.1.0',
        whenReady: () => Promise.resolve(),
        on: (name: string, listener: Listener) => void appListeners.set(name, listener),
        quit: vi.fn(),
      },
      BrowserWindow: FakeBrowserWindow,
      // Native file dialogs: tests set the next answer with mockResolvedValueOnce.
      dialog: {
        showOpenDialog: vi.fn(async (..._args: unknown[]) => ({ canceled: true, filePaths: [] as string[] })),
        showSaveDialog: vi.fn(
          async (..._args: unknown[]) => ({ canceled: true }) as { canceled: boolean; filePath?: string },
        ),
      },
      ipcMain: { handle: (channel: string, listener: Listener) => void handlers.set(channel, listener) },
      Menu: { buildFromTemplate: vi.fn((t: unknown) => ({ template: t })), setApplicationMenu: vi.fn() },
      screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
      session: {
        defaultSession: {
          webRequest: { onHeadersReceived: (l: Listener) => void headerListeners.push(l) },
          setPermissionRequestHandler: (h: Listener) => void permissionHandlers.push(h),
          setPermissionCheckHandler: (h: Listener) => void permissionCheckHandlers.push(h),
        },
      },
      protocol: {
        registerSchemesAsPrivileged: (schemes: unknown[]) => void privilegedSchemes.push(...schemes),
        handle: (scheme: string, handler: Listener) => void protocols.set(scheme, handler),
      },
      // `net.fetch` of a file URL: the file's bytes, like Electron's.
      net: {
        fetch: vi.fn(async (url: string) => {
          const { readFile } = await import('node:fs/promises');
          const { fileURLToPath } = await import('node:url');
          return new Response(await readFile(fileURLToPath(url)), { headers: { 'Content-Type': 'text/html' } });
        }),
      },
      contextBridge: { exposeInMainWorld: (key: string, api: unknown) => void (exposed[key] = api) },
      ipcRenderer: {
        invoke: vi.fn(async (channel: string, ...args: unknown[]) => ({ ok: true, value: { channel, args } })),
        on: (channel: string, l: Listener) => void rendererListeners.set(channel, l),
        removeListener: (channel: string) => void rendererListeners.delete(channel),
      },
    },
  };
}
