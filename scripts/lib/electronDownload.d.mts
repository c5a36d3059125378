/** Types of scripts/lib/electronDownload.mjs (the unit tests import it). */
type Env = Record<string, string | undefined>;
export const DEFAULT_MIRROR: string;
export function electronMirror(env: Env): string;
export function mirrorEndpoint(mirror: string): { host: string; port: number } | null;
export function usesProxy(env: Env): boolean;
export function reachable(endpoint: { host: string; port: number }, timeoutMs?: number): Promise<string | null>;
export function firstErrorLine(output: string): string;
