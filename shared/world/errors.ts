/**
 * Errors of world commands and queries are data: an AWS error code, a dotted reason code, an optional JSON path and
 * the values a narration needs. `narrate-error.ts` turns them into AWS-style sentences.
 */

/** The AWS error codes commands can answer with. */
export const WORLD_ERROR_CODES = [
  'NoSuchEntity',
  'EntityAlreadyExists',
  'LimitExceeded',
  'DeleteConflict',
  'MalformedPolicyDocument',
  'ValidationError',
  'InvalidInput',
  'AccessDenied',
  'ExpiredToken',
  'InvalidClientTokenId',
] as const;

/** One AWS error code. */
export type WorldErrorCode = (typeof WORLD_ERROR_CODES)[number];

/** A refused command or query. `reason` is a dotted code (`user.has-access-keys`), never prose. */
export interface WorldError {
  code: WorldErrorCode;
  reason: string;
  /** JSON path into the command (`userName`, `policyDocument.Statement[0]`). */
  path?: string;
  data: Record<string, string | number | boolean | string[]>;
}

/** Result of an operation that can be refused. */
export type Result<T, E = WorldError> = { ok: true; value: T } | { ok: false; error: E };

/** Builds a WorldError. */
export function worldError(
  code: WorldErrorCode,
  reason: string,
  data: WorldError['data'] = {},
  path?: string,
): WorldError {
  return path === undefined ? { code, reason, data } : { code, reason, path, data };
}

/** Thrown inside a command handler to refuse it; caught by `applyCommand` and returned as data. */
export class CommandRefused {
  constructor(readonly error: WorldError) {}
}

/** Refuse the running command (only call inside command handlers). */
export function refuse(code: WorldErrorCode, reason: string, data: WorldError['data'] = {}, path?: string): never {
  throw new CommandRefused(worldError(code, reason, data, path));
}
