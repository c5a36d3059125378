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

/** The principal as the message names it. */
function principalText(req: EvaluationRequest): string {
  const caller = callerOf(req.principal, false);
  if (caller.kind === 'anonymous') return 'anonymous';
  if (caller.kind === 'service') return caller.service ?? 'service';
  return caller.arn ?? 'unknown';
}

/** The denying policy's ARN, when AWS would print it: a policy with an ARN in the caller's account or organization. */
function policyArnSuffix(req: EvaluationRequest, result: EvaluationResult): string {
  const first = result.decidedBy[0];
  if (!first || !first.policyId.startsWith('arn:') || first.policyId.includes('#')) return '';
  const caller = callerOf(req.principal, false);
  const owner = accountOfArn(first.policyId);
  const sameAccount = owner === undefined || owner === 'aws' || owner === '' || owner === caller.account;
  const sameOrg = first.policyKind === 'scp' || first.policyKind === 'rcp';
  return sameAccount || sameOrg ? `: ${first.policyId}` : '';
}

/** The message AWS would return for this denied evaluation; undefined when the request was allowed. */
export function denialMessage(req: EvaluationRequest, result: EvaluationResult): DenialMessage | undefined {
  if (result.decision === 'allowed') return undefined;
  const operation = req.action.slice(req.action.indexOf(':') + 1);
  const wrap = (errorCode: DenialErrorCode, message: string): DenialMessage => ({
    errorCode,
    operation,
    message,
    cliText: `An error occurred (${errorCode}) when calling the ${operation} operation: ${message}`,
  });
  if (result.reason === 'authenticate.expired')
    return wrap('ExpiredToken', 'The security token included in the request is expired');
  const errorCode = denialErrorCodeFor(req.action);
  const service = req.action.slice(0, req.action.indexOf(':')).toLowerCase();
  const resource = req.resource.arn;
  const onResource = resource === '*' ? '' : ` on resource: ${service === 's3' ? `"${resource}"` : resource}`;
  let sentence = `User: ${principalText(req)} is not authorized to perform: ${req.action}${onResource}`;
  const gate = decidingGate(result);
  const trustRefusal = TRUST_ACTION.test(req.action) && gate?.kind === 'implicit';
  if (gate?.policyType && !trustRefusal) {
    const { words, article } = POLICY_TYPE_WORDS[gate.policyType];
    sentence +=
      gate.kind === 'explicit'
        ? ` with an explicit deny in ${article} ${words}${policyArnSuffix(req, result)}`
        : ` because no ${words} allows the ${req.action} action`;
  }
  if (errorCode === 'UnauthorizedOperation') {
    const encoded = encodeAuthorizationMessage(authorizationDocument(req, result));
    return wrap(
      errorCode,
      `You are not authorized to perform this operation. ${sentence}. Encoded authorization failure message: ${encoded}`,
    );
  }
  return wrap(errorCode, sentence);
}
