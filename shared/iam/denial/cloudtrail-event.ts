/**
 * The CloudTrail event a denied evaluation would leave: `userIdentity` (type, ARN, account, principal id, session
 * context with `mfaAuthenticated`), `eventSource` / `eventName`, `errorCode` / `errorMessage` as the message renderer
 * gives them, `resources`, `sourceIPAddress` from aws:SourceIp
 * (https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-event-reference-record-contents.html).
 * Fields CloudTrail fills from the live call (request ids, user agent, TLS details) are left out.
 */
import { callerOf } from '../context/caller';
import type { EvaluationRequest } from '../request';
import type { EvaluationResult } from '../result';
import { denialMessage } from './render-message';

const IDENTITY_TYPE = {
  user: 'IAMUser',
  root: 'Root',
  'role-session': 'AssumedRole',
  'federated-user': 'FederatedUser',
  service: 'AWSService',
  anonymous: 'AWSAccount',
  'web-identity': 'WebIdentityUser',
  saml: 'SAMLUser',
} as const;

/** The event of a denied evaluation; undefined when it was allowed. */
export function cloudTrailEventOf(
  req: EvaluationRequest,
  result: EvaluationResult,
): Record<string, unknown> | undefined {
  const m = denialMessage(req, result);
  if (!m) return undefined;
  const p = req.principal;
  const caller = callerOf(p, false);
  const service = req.action.slice(0, req.action.indexOf(':')).toLowerCase();
  const identity: Record<string, unknown> = { type: IDENTITY_TYPE[caller.kind] };
  if (p.kind === 'anonymous') identity.accountId = 'anonymous';
  else {
    if (caller.arn) identity.arn = caller.arn;
    identity.accountId = p.account;
  }
  if (p.kind === 'role-session') {
    identity.sessionContext = {
      sessionIssuer: { type: 'Role', arn: p.roleArn, accountId: p.account },
      attributes: {
        ...(p.issuedAt ? { creationDate: p.issuedAt } : {}),
        mfaAuthenticated: String(p.mfa?.present === true),
      },
    };
  } else if (p.kind === 'user' || p.kind === 'root') {
    if (p.mfa) identity.sessionContext = { attributes: { mfaAuthenticated: String(p.mfa.present) } };
  }
  const sourceIp = req.context?.['aws:SourceIp'];
  return {
    eventVersion: '1.09',
    userIdentity: identity,
    ...(req.now ? { eventTime: req.now } : {}),
    eventSource: `${service}.amazonaws.com`,
    eventName: m.operation,
    ...(typeof sourceIp === 'string' ? { sourceIPAddress: sourceIp } : {}),
    errorCode: m.errorCode === 'UnauthorizedOperation' ? 'Client.UnauthorizedOperation' : m.errorCode,
    errorMessage: m.message,
    ...(req.resource.arn !== '*' ? { resources: [{ ARN: req.resource.arn }] } : {}),
    eventType: 'AwsApiCall',
    readOnly: /^(get|list|describe|head)/i.test(m.operation),
  };
}
