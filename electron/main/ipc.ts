/**
 * Registers one `ipcMain.handle` per channel of the contract. Every call is checked in order: known channel, trusted
 * sender, arguments parsed with the shared parser; only then does the handler run. Every answer is a `Result`; a bug
 * in a handler becomes `ipc.internal` (and is logged) rather than a thrown error with a bare message.
 */
import { ARG_PARSERS, CHANNELS, type Channel, type ChannelHandlers } from '../../shared/ipc/contract';
import { fail, type Result } from '../../shared/ipc/result';
import type { SenderEvent } from './sender';

/** The part of Electron's `ipcMain` used here. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: SenderEvent, ...args: unknown[]) => Promise<unknown>): void;
}

/** Runs one call through the checks and the handler. Exported for tests. */
export async function dispatch(
  channel: Channel,
  event: SenderEvent,
  args: readonly unknown[],
  handlers: ChannelHandlers,
  isTrusted: (event: SenderEvent) => boolean,
  log: (message: string, error: unknown) => void = console.error,
): Promise<Result<unknown>> {
  if (!isTrusted(event)) return fail('ipc.untrusted-sender', 'This request did not come from the IAM Lab window.');
  const parsed = ARG_PARSERS[channel](args);
  if (!parsed.ok) return parsed;
  try {
    const handler = handlers[channel] as (...a: unknown[]) => Promise<Result<unknown>>;
    return await handler(...(parsed.value as unknown[]));
  } catch (error) {
    log(`IPC handler for ${channel} failed`, error);
    return fail('ipc.internal', 'Something went wrong inside IAM Lab; the action was not completed.');
  }
}

/** Registers the handlers for every channel of the contract. */
export function registerIpc(
  ipcMain: IpcMainLike,
  handlers: ChannelHandlers,
  isTrusted: (event: SenderEvent) => boolean,
): void {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, (event, ...args) => dispatch(channel, event, args, handlers, isTrusted));
  }
}
