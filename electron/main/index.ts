/**
 * Electron main entry: opens the store, registers the IPC contract, builds the menu and the hardened window, and
 * remembers the window's bounds. Everything testable lives in the sibling modules; this file only wires them.
 */
import { app, BrowserWindow, dialog, ipcMain, Menu, net, protocol, screen, session } from 'electron';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { MENU_EVENT } from '../../shared/ipc/contract';
import type { MenuCommand } from '../../shared/ipc/menu';
import { CONTENT_SECURITY_POLICY, installCspHeader } from './csp';
import { denyAllPermissions } from './permissions';
import { APP_SCHEME, APP_SCHEME_PRIVILEGES, APP_URL, createAppProtocolHandler } from './protocol';
import { createFileHandlers, type FileDeps } from './files';
import { createHandlers } from './handlers';
import { registerIpc } from './ipc';
import { menuTemplate } from './menu';
import { isTrustedSender } from './sender';
import { openStore, type AppStore } from './store';
import { NODE_FS, writeAtomic } from './storedFile';
import { openWorldsStore } from './worldsStore';
import { guardNavigation, visibleWindowState, windowOptions } from './window';

let mainWindow: BrowserWindow | null = null;

/** Saves the window's bounds into the store (called on close). */
async function rememberBounds(win: BrowserWindow, store: AppStore): Promise<void> {
  const bounds = win.isMaximized() ? win.getNormalBounds() : win.getBounds();
  await store.update((doc) => {
    doc.windowState = { ...bounds, maximized: win.isMaximized() };
  });
}

/** The native dialogs (parented to the window) and the disk, for `files:open` / `files:save`. */
function fileDeps(): FileDeps {
  const parent = () => mainWindow ?? undefined;
  return {
    showOpenDialog: (options) => {
      const win = parent();
      return win ? dialog.showOpenDialog(win, options) : dialog.showOpenDialog(options);
    },
    showSaveDialog: (options) => {
      const win = parent();
      return win ? dialog.showSaveDialog(win, options) : dialog.showSaveDialog(options);
    },
    fileSize: async (path) => (await stat(path)).size,
    readFile: (path) => readFile(path, 'utf8'),
    writeFileAtomic: (path, text) => writeAtomic(NODE_FS, path, text, `${path}.${process.pid}.tmp`),
  };
}

/** Creates the main window showing the renderer. */
function createWindow(store: AppStore): BrowserWindow {
  const displays = screen.getAllDisplays().map((d) => d.workArea);
  const state = visibleWindowState(store.db.data.windowState, displays);
  const win = new BrowserWindow(windowOptions(join(import.meta.dirname, '../preload/index.cjs'), state));
  guardNavigation(win.webContents);
  if (state?.maximized) win.maximize();
  win.once('ready-to-show', () => win.show());
  // A failed save of the bounds is recorded in the store's problems (shown next start if it persists); never thrown.
  win.on('close', () => void rememberBounds(win, store).catch(() => {}));
  const devUrl = process.env.ELECTRON_RENDERER_URL;
  if (!app.isPackaged && devUrl) void win.loadURL(devUrl);
  else void win.loadURL(APP_URL);
  return win;
}

// The app's own origin (app://iam-lab) must be known before the app is ready.
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: APP_SCHEME_PRIVILEGES }]);

app.enableSandbox();

app.on('web-contents-created', (_event, contents) => guardNavigation(contents));

void app.whenReady().then(async () => {
  installCspHeader(session.defaultSession);
  denyAllPermissions(session.defaultSession);
  protocol.handle(
    APP_SCHEME,
    createAppProtocolHandler(
      join(import.meta.dirname, '../renderer'),
      (path) => net.fetch(pathToFileURL(path).toString()),
      CONTENT_SECURITY_POLICY,
    ),
  );
  // Opening the stores never throws: an unreadable, full or read-only folder becomes problems the window shows.
  const store = await openStore({ dir: app.getPath('userData') });
  const worlds = await openWorldsStore({ dir: app.getPath('userData') });
  const info = {
    name: 'IAM Lab',
    version: app.getVersion(),
    host: 'desktop' as const,
    runtime: { electron: process.versions.electron, chrome: process.versions.chrome, node: process.versions.node },
  };
  registerIpc(ipcMain, createHandlers(store, info, createFileHandlers(fileDeps()), worlds), (event) =>
    isTrustedSender(event, {
      webContentsId: () => mainWindow?.webContents.id,
      devServerUrl: app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL,
    }),
  );
  const send = (command: MenuCommand) => mainWindow?.webContents.send(MENU_EVENT, command);
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(send, process.platform)));
  mainWindow = createWindow(store);
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) mainWindow = createWindow(store);
  });
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
