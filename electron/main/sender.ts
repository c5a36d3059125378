/**
 * Decides whether an IPC message comes from the app's own window and page. Main answers only its own window's
 * top frame, loaded from the app's files (file://) or, during development, from the dev server's origin.
 */

/** The parts of an `IpcMainInvokeEvent` the check reads. */
export interface SenderEvent {
  sender: { id: number };
  senderFrame: { url: string; parent: unknown } | null;
}

/** What counts as trusted: the window's webContents id, and the dev server URL when running `electron-vite dev`. */
export interface TrustedOrigin {
  webContentsId: () => number | undefined;
  devServerUrl?: string;
}

/** True when the event comes from the main window's top frame showing the app's own page. */
export function isTrustedSender(event: SenderEvent, trusted: TrustedOrigin): boolean {
  if (event.sender.id !== trusted.webContentsId()) return false;
  const frame = event.senderFrame;
  if (!frame || frame.parent) return false;
  let url: URL;
  try {
    url = new URL(frame.url);
  } catch {
    return false;
  }
  if (url.protocol === 'file:') return true;
  if (trusted.devServerUrl) {
    try {
      return url.origin === new URL(trusted.devServerUrl).origin;
    } catch {
      return false;
    }
  }
  return false;
}
