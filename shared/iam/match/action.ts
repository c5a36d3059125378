/**
 * Action matching: `service:Action` names compare case-insensitively, with `*` and `?` wildcards
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_action.html).
 */
import { compileGlob } from './glob';

/** True when the action pattern from a policy matches the requested action. */
export function actionMatches(pattern: string, action: string): boolean {
  return compileGlob(pattern, true)(action);
}

/** Index of the first pattern matching the action, or -1. */
export function firstMatchingAction(patterns: readonly string[], action: string): number {
  for (let i = 0; i < patterns.length; i++) if (compileGlob(patterns[i], true)(action)) return i;
  return -1;
}

/** The service prefix of an action (`s3` for `s3:GetObject`), lower-cased. */
export function serviceOf(action: string): string {
  const i = action.indexOf(':');
  return (i < 0 ? action : action.slice(0, i)).toLowerCase();
}
