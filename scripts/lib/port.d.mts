/** Types of scripts/lib/port.mjs (the unit tests import it). */
export const DEFAULT_PORT: number;
export const PORT_TRIES: number;
export interface StartArgs {
  port: number;
  explicit: boolean;
  web: boolean;
}
export function parseStartArgs(args: readonly string[]): StartArgs | { error: string };
export function portIsFree(port: number, host?: string): Promise<boolean>;
export function choosePort(
  request: { port: number; explicit: boolean },
  host?: string,
  isFree?: (port: number, host: string) => Promise<boolean>,
): Promise<{ port: number } | { error: string }>;
