/**
 * Permission guards of the app's session: IAM Lab needs no camera, microphone, notifications, geolocation, clipboard
 * reading or anything else a page can ask for, so every permission check and every request is denied by default.
 */

/** The part of Electron's `Session` the guards use (so tests can pass a fake). */
export interface PermissionSession {
  setPermissionRequestHandler(
    handler: (contents: unknown, permission: string, callback: (granted: boolean) => void) => void,
  ): void;
  setPermissionCheckHandler(handler: (contents: unknown, permission: string) => boolean): void;
}

/** Denies every permission request and check on `session`. */
export function denyAllPermissions(session: PermissionSession): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}
