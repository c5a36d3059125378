/** Console ↔ CLI ↔ SDK: the `aws` command and SDK snippets (JavaScript v3, Python boto3) for a world command. */
import type { WorldCommand } from '../world/commands/types';
import { apiCallFor, type ApiCall } from './api-call';
import { toCli, toJavaScript, toPython } from './render';

export { apiCallFor, isPolicyJson, type ApiCall, type ApiValue, type PolicyJson } from './api-call';
export { toCli, toJavaScript, toPython, kebab, snake, shellQuote } from './render';

/** The three equivalents of a command, or undefined when AWS has no API for it. */
export interface Equivalents {
  call: ApiCall;
  cli: string;
  javascript: string;
  python: string;
}

/** Every rendering of a command's API call. */
export function equivalentsOf(cmd: WorldCommand): Equivalents | undefined {
  const call = apiCallFor(cmd);
  if (!call) return undefined;
  return { call, cli: toCli(call), javascript: toJavaScript(call), python: toPython(call) };
}
