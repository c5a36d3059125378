/**
 * The desktop app's host: the object the preload exposed as `window.iamLab` (the `@host` alias points here in the
 * Electron build). The renderer only ever imports `@host`, so it cannot tell which host it has.
 */
import type { HostApi } from '../../../shared/ipc/contract';

/** The preload's API. */
export const host: HostApi = (window as unknown as { iamLab: HostApi }).iamLab;
