/**
 * The message AWS would return for a denied evaluation, in its format per service family: the sentence
 * "User: <principal> is not authorized to perform: <action> on resource: <resource>" with the deciding policy type —
 * "with an explicit deny in a <type>" or "because no <type> allows the <action> action" — under AccessDenied (S3, IAM,
 * STS, SQS, ...), AccessDeniedException (JSON-protocol services such as DynamoDB, KMS, Lambda) or AuthorizationError
 * (SNS); EC2's UnauthorizedOperation adds an encoded authorization failure message (ours: encoded-message.ts).
 * A refused AssumeRole names no policy type (the trust policy is not named in AWS's message), and expired credentials
 * answer ExpiredToken (https://docs.aws.amazon.com/IAM/latest/UserGuide/troubleshoot_access-denied.html).
 */
import { callerOf } from '../context/caller';
import { accountOfArn } from '../match/arn';
import type { EvaluationRequest } from '../request';
import type { EvaluationResult } from '../result';
import { decidingGate } from './deciding';
import { authorizationDocument, encodeAuthorizationMessage } from './encoded-message';
import { POLICY_TYPE_WORDS } from './formats';
import type { DenialErrorCode } from './types';

/** A rendered denial. */
export interface DenialMessage {
  errorCode: DenialErrorCode;
  /** The API operation the CLI names (`GetObject`). */
  operation: string;
  /** The message, as the SDK's error message. */
  message: string;
  /** As the AWS CLI prints it: `An error occurred (CODE) when calling the OP operation: message`. */
  cliText: string;
}

/** Services answering AccessDeniedException (JSON protocol). */
const JSON_PROTOCOL: ReadonlySet<string> = new Set([
  'dynamodb',
  'kms',
  'lambda',
  'secretsmanager',
  'ecr',
  'logs',
  'ssm',
  'states',
  'kinesis',
  'codecommit',
  'events',
  'glue',
  'athena',
  'cognito-idp',
  'organizations',
  'cloudtrail',
  'config',
  'guardduty',
  'securityhub',
  'access-analyzer',
]);

const TRUST_ACTION = /^sts:assumerole(withwebidentity|withsaml)?$/i;

/** The error code a service family answers a denial with. */
export function denialErrorCodeFor(action: string): DenialErrorCode {
  const service = action.slice(0, action.indexOf(':')).toLowerCase();
  if (service === 'ec2') return 'UnauthorizedOperation';
  if (service === 'sns') return 'AuthorizationError';
  return JSON_PROTOCOL.has(service) ? 'AccessDeniedException' : 'AccessDenied';
}

/** What a message names: the caller (as printed), the action, the resource, and the caller's account. */
export interface DenialSubject {
  /** The caller's ARN, `anonymous`, or a service name. */
  principal: string;
  action: string;
  resource: string;
  callerAccount?: string;
}

/** The subject of a request. */
function subjectOf(req: EvaluationRequest): DenialSubject {
  const caller = callerOf(req.principal, false);
  const principal =
    caller.kind === 'anonymous'
      ? 'anonymous'
      : caller.kind === 'service'
        ? (caller.service ?? 'service')
        : (caller.arn ?? 'unknown');
  return {
    principal,
    action: req.action,
    resource: req.resource.arn,
    ...(caller.account !== undefined ? { callerAccount: caller.account } : {}),
  };
}

/** The denying policy's ARN, when AWS would print it: a policy with an ARN in the caller's account or organization. */
function policyArnSuffix(subject: DenialSubject, result: EvaluationResult): string {
  const first = result.decidedBy[0];
  if (!first || !first.policyId.startsWith('arn:') || first.policyId.includes('#')) return '';
  const owner = accountOfArn(first.policyId);
  const sameAccount = owner === undefined || owner === 'aws' || owner === '' || owner === subject.callerAccount;
  const sameOrg = first.policyKind === 'scp' || first.policyKind === 'rcp';
  return sameAccount || sameOrg ? `: ${first.policyId}` : '';
}

/** The message AWS would return for this denied evaluation; undefined when the request was allowed. */
export function denialMessage(req: EvaluationRequest, result: EvaluationResult): DenialMessage | undefined {
  const m = denialMessageOf(subjectOf(req), result);
  if (!m || m.errorCode !== 'UnauthorizedOperation') return m;
  // EC2 adds the encoded authorization failure message (ours), which needs the whole request.
  const encoded = encodeAuthorizationMessage(authorizationDocument(req, result));
  const message = `${m.message}. Encoded authorization failure message: ${encoded}`;
  return {
    ...m,
    message,
    cliText: `An error occurred (${m.errorCode}) when calling the ${m.operation} operation: ${message}`,
  };
}

/**
 * The message for a denied result when only its subject is known (an STS flow's refusal); EC2's encoded message is
 * left out (it needs the request: use `denialMessage`).
 */
export function denialMessageOf(subject: DenialSubject, result: EvaluationResult): DenialMessage | undefined {
  if (result.decision === 'allowed') return undefined;
  const { action, resource } = subject;
  const operation = action.slice(action.indexOf(':') + 1);
  const wrap = (errorCode: DenialErrorCode, message: string): DenialMessage => ({
    errorCode,
    operation,
    message,
    cliText: `An error occurred (${errorCode}) when calling the ${operation} operation: ${message}`,
  });
  if (result.reason === 'authenticate.expired')
    return wrap('ExpiredToken', 'The security token included in the request is expired');
  // GetSessionToken credentials: IAM refuses them without MFA as an invalid token; STS refuses the other operations.
  if (result.reason === 'authenticate.session-token-iam-needs-mfa')
    return wrap('InvalidClientTokenId', 'The security token included in the request is invalid');
  if (result.reason === 'authenticate.session-token-sts-limited')
    return wrap('AccessDenied', `Cannot call ${operation} with session credentials`);
  const errorCode = denialErrorCodeFor(action);
  const service = action.slice(0, action.indexOf(':')).toLowerCase();
  const onResource = resource === '*' ? '' : ` on resource: ${service === 's3' ? `"${resource}"` : resource}`;
  let sentence = `User: ${subject.principal} is not authorized to perform: ${action}${onResource}`;
  const gate = decidingGate(result);
  const trustRefusal = TRUST_ACTION.test(action) && gate?.kind === 'implicit' && gate.policyType === 'resource';
  if (gate?.policyType && !trustRefusal) {
    const { words, article } = POLICY_TYPE_WORDS[gate.policyType];
    sentence +=
      gate.kind === 'explicit'
        ? ` with an explicit deny in ${article} ${words}${policyArnSuffix(subject, result)}`
        : ` because no ${words} allows the ${action} action`;
  }
  if (errorCode === 'UnauthorizedOperation')
    return wrap(errorCode, `You are not authorized to perform this operation. ${sentence}`);
  return wrap(errorCode, sentence);
}
