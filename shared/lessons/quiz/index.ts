/** The built-in quiz bank: one JSON file per curriculum topic, in curriculum order. Validate before use (see `loadBank`). */
import whatIsIam from './what-is-iam.json';
import consoleCliSdk from './console-cli-sdk.json';
import principals from './principals.json';
import rootUser from './root-user.json';
import iamUsersCredentials from './iam-users-credentials.json';
import groups from './groups.json';
import policyAnatomy from './policy-anatomy.json';
import policyTypes from './policy-types.json';
import conditions from './conditions.json';
import mfa from './mfa.json';
import accessKeyRotation from './access-key-rotation.json';
import multiplePermissions from './multiple-permissions.json';
import rolesTemporaryCredentials from './roles-temporary-credentials.json';
import assumeRoleSessionPolicy from './assume-role-session-policy.json';
import ec2Roles from './ec2-roles.json';
import crossAccount from './cross-account.json';
import federationOidc from './federation-oidc.json';
import federationSaml from './federation-saml.json';
import permissionsBoundaries from './permissions-boundaries.json';
import scpRcp from './scp-rcp.json';
import resourceVsIdentity from './resource-vs-identity.json';
import troubleshooting from './troubleshooting.json';
import identityCenter from './identity-center.json';
import notElements from './not-elements.json';
import confusedDeputy from './confused-deputy.json';
import abac from './abac.json';
import accessAnalyzer from './access-analyzer.json';
import delegatedBoundaries from './delegated-boundaries.json';
import serviceLinkedRoles from './service-linked-roles.json';
import dataPerimeters from './data-perimeters.json';
import kmsKeyPolicies from './kms-key-policies.json';
import credentialReport from './credential-report.json';
import centralizedRoot from './centralized-root.json';

/** The raw bank files (unvalidated JSON), in curriculum order. */
export const QUIZ_BANK_FILES: readonly unknown[] = [
  whatIsIam,
  consoleCliSdk,
  principals,
  rootUser,
  iamUsersCredentials,
  groups,
  policyAnatomy,
  policyTypes,
  conditions,
  mfa,
  accessKeyRotation,
  multiplePermissions,
  rolesTemporaryCredentials,
  assumeRoleSessionPolicy,
  ec2Roles,
  crossAccount,
  federationOidc,
  federationSaml,
  permissionsBoundaries,
  scpRcp,
  resourceVsIdentity,
  troubleshooting,
  identityCenter,
  notElements,
  confusedDeputy,
  abac,
  accessAnalyzer,
  delegatedBoundaries,
  serviceLinkedRoles,
  dataPerimeters,
  kmsKeyPolicies,
  credentialReport,
  centralizedRoot,
];
