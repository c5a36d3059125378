/** The twin's host instance: the `@host` alias points here in the web build (vite.web.config.ts). */
import type { HostApi } from '../../../shared/ipc/contract';
import { createBrowserHost } from './browserHost';
import { downloadText, pickTextFile } from '../files/browserFiles';

/** The host over this browser's localStorage. */
export const host: HostApi = createBrowserHost(__APP_VERSION__, undefined, { open: pickTextFile, save: downloadText });
