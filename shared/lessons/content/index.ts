/**
 * The built-in lessons, in curriculum order (one per file, `NN-<topic>.json`). Raw JSON: hosts pass each through
 * `parseLesson` like any imported lesson. Adding a lesson: add its file and one line here.
 */
import l01 from './01-what-is-iam.json';
import l02 from './02-console-cli-sdk.json';
import l03 from './03-principals.json';
import l04 from './04-root-user.json';
import l05 from './05-iam-users-credentials.json';
import l06 from './06-groups.json';
import l07 from './07-policy-anatomy.json';
import l08 from './08-policy-types.json';
import l09 from './09-conditions.json';
import l10 from './10-mfa.json';
import l11 from './11-access-key-rotation.json';
import l12 from './12-multiple-permissions.json';
import l13 from './13-roles-temporary-credentials.json';
import l14 from './14-assume-role-session-policy.json';
import l15 from './15-ec2-roles.json';
import l16 from './16-cross-account.json';
import l17 from './17-federation-oidc.json';
import l18 from './18-federation-saml.json';
import l19 from './19-permissions-boundaries.json';
import l20 from './20-scp-rcp.json';
import l21 from './21-resource-vs-identity.json';
import l22 from './22-troubleshooting.json';
import l23 from './23-identity-center.json';
import l24 from './24-not-elements.json';
import l25 from './25-confused-deputy.json';
import l26 from './26-abac.json';
import l27 from './27-access-analyzer.json';
import l28 from './28-delegated-boundaries.json';
import l29 from './29-service-linked-roles.json';
import l30 from './30-data-perimeters.json';
import l31 from './31-kms-key-policies.json';
import l32 from './32-credential-report.json';
import l33 from './33-centralized-root.json';

/** Raw built-in lesson documents, curriculum order. */
export const BUILTIN_LESSON_DOCUMENTS: readonly unknown[] = [
  l01,
  l02,
  l03,
  l04,
  l05,
  l06,
  l07,
  l08,
  l09,
  l10,
  l11,
  l12,
  l13,
  l14,
  l15,
  l16,
  l17,
  l18,
  l19,
  l20,
  l21,
  l22,
  l23,
  l24,
  l25,
  l26,
  l27,
  l28,
  l29,
  l30,
  l31,
  l32,
  l33,
];
