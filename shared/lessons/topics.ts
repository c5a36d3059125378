/**
 * The 22 curriculum topics of IAM Lab, in teaching order (issue #7, "Curriculum").
 *
 * CAUTION: the ids are part of file formats (quiz items, lessons, saved progress). Never rename one; add new
 * topics at the end.
 */
export const TOPICS = [
  { id: 'what-is-iam', title: 'What IAM is and is not' },
  { id: 'console-cli-sdk', title: 'Console, CLI and SDK' },
  { id: 'principals', title: 'Principals: permanent and temporary, human and application' },
  { id: 'root-user', title: 'The root user' },
  { id: 'iam-users-credentials', title: 'IAM users and their credentials' },
  { id: 'groups', title: 'Groups: policies to groups, users to groups' },
  { id: 'policy-anatomy', title: 'Policy anatomy: Effect, Action, Resource, Condition' },
  { id: 'policy-types', title: 'Inline, customer managed, AWS managed and group policies' },
  { id: 'conditions', title: 'Conditions: source IP, MFA, time, tags' },
  { id: 'mfa', title: 'Multi-factor authentication' },
  { id: 'access-key-rotation', title: 'Rotating access keys' },
  { id: 'multiple-permissions', title: 'Resolving multiple permissions' },
  { id: 'roles-temporary-credentials', title: 'Roles and temporary security credentials' },
  { id: 'assume-role-session-policy', title: 'AssumeRole limits: a session policy cannot exceed the role' },
  { id: 'ec2-roles', title: 'EC2 roles' },
  { id: 'cross-account', title: 'Cross-account access' },
  { id: 'federation-oidc', title: 'Federation with OpenID Connect' },
  { id: 'federation-saml', title: 'Federation with SAML 2.0' },
  { id: 'permissions-boundaries', title: 'Permissions boundaries' },
  { id: 'scp-rcp', title: 'SCPs and RCPs' },
  { id: 'resource-vs-identity', title: 'Resource-based versus identity-based policies' },
  { id: 'troubleshooting', title: 'Troubleshooting AccessDenied' },
  { id: 'identity-center', title: 'IAM Identity Center, permission sets and CLI sign-in' },
  { id: 'not-elements', title: 'NotAction, NotResource and NotPrincipal' },
  { id: 'confused-deputy', title: 'The confused deputy: external ids and source conditions' },
  { id: 'abac', title: 'ABAC: tags on principals, resources, requests and sessions' },
  { id: 'access-analyzer', title: 'IAM Access Analyzer: external access, unused access, policy checks' },
  { id: 'delegated-boundaries', title: 'Delegating with permissions boundaries' },
  { id: 'service-linked-roles', title: 'Service-linked roles and SCPs' },
  { id: 'data-perimeters', title: 'Data perimeters: PrincipalOrgID, ResourceOrgID, SourceVpce' },
  { id: 'kms-key-policies', title: 'KMS key policies and grants' },
  { id: 'credential-report', title: 'Credential report and last accessed information' },
  { id: 'centralized-root', title: 'Centralized root access and sts:AssumeRoot' },
] as const;

/** One curriculum topic id, e.g. `ec2-roles`. */
export type TopicId = (typeof TOPICS)[number]['id'];

/** The topic ids in order, for lookups and validation. */
export const TOPIC_IDS: readonly TopicId[] = TOPICS.map((t) => t.id);

/** True when `value` is one of the 22 topic ids. */
export function isTopicId(value: unknown): value is TopicId {
  return typeof value === 'string' && (TOPIC_IDS as readonly string[]).includes(value);
}
