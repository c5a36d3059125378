/**
 * Requests no caller can send, so a question about them teaches nothing true. `iam:ChangePassword` has no user
 * parameter: it changes the calling IAM user's own password, so the only real request is an IAM user calling it on
 * itself (https://docs.aws.amazon.com/IAM/latest/APIReference/API_ChangePassword.html). A request that can be sent
 * and is refused (the root user calling AssumeRole) stays: its denial is worth asking about.
 */
import type { PracticePrincipal } from './scenarios';

/** True when a principal could really send `action` on `resourceArn`. */
export function isPlausibleRequest(principal: PracticePrincipal, action: string, resourceArn: string): boolean {
  const a = action.toLowerCase();
  if (a === 'iam:changepassword') return principal.kind === 'user' && principal.ref === resourceArn;
  return true;
}
