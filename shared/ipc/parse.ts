/**
 * Small argument parsers used by the channel table. Each takes `unknown` (whatever crossed the process boundary)
 * and returns a typed `Result`, with the JSON path of the first problem.
 */
import { fail, ok, type Result } from './result';
import { isArea, isTheme, type SettingsPatch } from './settings';

/** Parses an argument list that must be empty. */
export function parseNoArgs(args: readonly unknown[]): Result<[]> {
  return args.length === 0 ? ok([]) : fail('ipc.bad-argument', `Expected no arguments, got ${args.length}.`, 'args');
}

/** True for a plain object (not null, not an array). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Parses `[patch]` for `settings:set`: a plain object with only known keys, each with a valid value. */
export function parseSettingsPatchArgs(args: readonly unknown[]): Result<[SettingsPatch]> {
  if (args.length !== 1) return fail('ipc.bad-argument', `Expected one argument, got ${args.length}.`, 'args');
  const patch = args[0];
  if (!isRecord(patch)) return fail('ipc.bad-argument', 'Settings must be an object.', 'args[0]');
  const out: SettingsPatch = {};
  for (const [key, value] of Object.entries(patch)) {
    const path = `args[0].${key}`;
    if (key === 'theme') {
      if (!isTheme(value)) return fail('ipc.bad-argument', 'Theme must be light, dark or system.', path);
      out.theme = value;
    } else if (key === 'presenter') {
      if (typeof value !== 'boolean') return fail('ipc.bad-argument', 'Presenter mode must be true or false.', path);
      out.presenter = value;
    } else if (key === 'lastArea') {
      if (!isArea(value)) return fail('ipc.bad-argument', 'Area must be world, evaluate, lessons or practice.', path);
      out.lastArea = value;
    } else if (key === 'welcomeDismissed') {
      if (typeof value !== 'boolean') return fail('ipc.bad-argument', 'Welcome dismissed must be true or false.', path);
      out.welcomeDismissed = value;
    } else {
      return fail('ipc.bad-argument', `Unknown setting "${key}".`, path);
    }
  }
  return ok([out]);
}
