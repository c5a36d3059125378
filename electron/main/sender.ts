/**
 * Decides whether an IPC message comes from the app's own window and page. Main answers only its own window's
 * top frame, showing the app's own origin (`app://iam-lab`, see `protocol.ts`) or, during development, the dev
 * server's origin. A `file://` page (any file on the disk) is never trusted.
 */
import { isAppUrl } from './protocol';

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
  if (isAppUrl(frame.url)) return true;
  let url: URL;
  try {
    url = new URL(frame.url);
  } catch {
    return false;
  }
  if (trusted.devServerUrl) {
    try {
      return url.origin === new URL(trusted.devServerUrl).origin;
    } catch {
      return false;
    }
  }
  return false;
}
