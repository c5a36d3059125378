/// <reference types="svelte" />
/// <reference types="vite/client" />

/** The app version, injected at build time from package.json. */
declare const __APP_VERSION__: string;

declare module '@host' {
  import type { HostApi } from '../../shared/ipc/contract';
  /** The host API for this build: the preload's in Electron, browser storage in the twin. */
  export const host: HostApi;
}
