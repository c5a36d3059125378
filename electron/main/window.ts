/**
 * The main window: its security options, the guards that keep it on the app's own page, and where it opens.
 * `windowOptions` is a pure function so a unit test can assert every security flag.
 */
import type { BrowserWindowConstructorOptions, Rectangle } from 'electron';
import type { WindowState } from '../../shared/ipc/appDocument';

/** Size of a first-run window. */
export const DEFAULT_WINDOW_SIZE = { width: 1280, height: 800 } as const;
/** The smallest window the layout is designed for. */
export const MIN_WINDOW_SIZE = { width: 900, height: 600 } as const;

/**
 * The BrowserWindow options: sandboxed renderer, isolated context, no Node, web security on, and the CommonJS
 * preload (a sandboxed preload cannot be an ES module). `state` restores the remembered bounds.
 */
export function windowOptions(preloadPath: string, state: WindowState | null): BrowserWindowConstructorOptions {
  return {
    title: 'IAM Lab',
    width: state?.width ?? DEFAULT_WINDOW_SIZE.width,
    height: state?.height ?? DEFAULT_WINDOW_SIZE.height,
    ...(state?.x !== undefined && state.y !== undefined ? { x: state.x, y: state.y } : {}),
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    show: false,
    backgroundColor: '#f6f7f9',
    autoHideMenuBar: false,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      navigateOnDragDrop: false,
    },
  };
}

/**
 * Keeps remembered bounds only if they still overlap a connected display by a usable margin (a monitor may have been
 * unplugged since); otherwise the window opens centred at its remembered size.
 */
export function visibleWindowState(state: WindowState | null, displays: readonly Rectangle[]): WindowState | null {
  if (!state || state.x === undefined || state.y === undefined) return state;
  const { x, y, width } = state;
  const titleBarVisible = displays.some(
    (d) => x + width - 80 > d.x && x + 80 < d.x + d.width && y >= d.y && y + 40 < d.y + d.height,
  );
  if (titleBarVisible) return state;
  return { width: state.width, height: state.height, maximized: state.maximized };
}

/** The part of `WebContents` the navigation guards use. */
export interface GuardedContents {
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
  on(
    event: 'will-navigate' | 'will-redirect',
    listener: (event: { preventDefault(): void }, url: string) => void,
  ): void;
  on(event: 'will-attach-webview', listener: (event: { preventDefault(): void }) => void): void;
}

/**
 * Denies `window.open`, navigation away from the loaded page, redirects and webviews. The app never leaves its own
 * page; links to documentation are shown, not opened.
 */
export function guardNavigation(contents: GuardedContents): void {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
}
