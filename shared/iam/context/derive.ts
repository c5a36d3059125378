/**
 * Derives the value of one principal- or resource-derived condition key from the request, on demand. AWS rules:
 * aws:username only for IAM users; aws:userid per principal type; aws:PrincipalArn of a role session is the role ARN;
 * aws:MultiFactorAuthPresent is absent for long-term access keys (a user or root without an `mfa` state), present
 * (true/false) for temporary credentials (GetSessionToken's included); aws:TokenIssueTime for every kind of temporary
 * credentials; aws:MultiFactorAuthAge only when MFA was used; session tags override role tags (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html).
 */
import { lastSegment, parseArn } from '../match/arn';
import type { ContextValue, EvaluationRequest, PrincipalSpec } from '../request';
import type { CallerIdentity } from './caller';
import { stableId } from './ids';

function tagLookup(tags: Record<string, string> | undefined, keyLower: string): string | undefined {
  if (!tags) return undefined;
  for (const k in tags) if (k.toLowerCase() === keyLower) return tags[k];
  return undefined;
}

function principalTag(p: PrincipalSpec, tagLower: string): string | undefined {
  if (p.kind === 'user') return tagLookup(p.tags, tagLower);
  if (p.kind === 'role-session') return tagLookup(p.sessionTags, tagLower) ?? tagLookup(p.roleTags, tagLower);
  return undefined;
}

function principalTypeOf(p: PrincipalSpec): string | undefined {
  switch (p.kind) {
    case 'user':
      return 'User';
    case 'role-session':
      return 'AssumedRole';
    case 'federated-user':
      return 'FederatedUser';
    case 'root':
      return 'Account';
    case 'anonymous':
      return 'Anonymous';
    default:
      return undefined;
  }
}

function userIdOf(p: PrincipalSpec): string | undefined {
  switch (p.kind) {
    case 'user':
      return p.userId ?? stableId('AIDA', p.arn);
    case 'role-session':
      return `${p.roleId ?? stableId('AROA', p.roleArn)}:${p.sessionName}`;
    case 'federated-user':
      return `${p.account}:${p.name}`;
    case 'root':
      return p.account;
    case 'anonymous':
      return 'anonymous';
    default:
      return undefined;
  }
}

/**
 * True for temporary credentials: role and federated sessions always, an IAM user or root when GetSessionToken issued
 * them (`issuedAt`, or an aws:TokenIssueTime the request states for such a caller).
 */
function usesTemporaryCredentials(p: PrincipalSpec, suppliedIssueTime: boolean): boolean {
  if (p.kind === 'role-session' || p.kind === 'federated-user') return true;
  return (p.kind === 'user' || p.kind === 'root') && (p.issuedAt !== undefined || suppliedIssueTime);
}

/**
 * True when aws:TokenIssueTime given in the request context stands for the caller's own: an IAM user or root whose
 * request does not say when its GetSessionToken credentials were issued. For every other caller the key is derived
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html#condition-keys-tokenissuetime).
 */
export function takesSuppliedIssueTime(p: PrincipalSpec): boolean {
  return (p.kind === 'user' || p.kind === 'root') && p.issuedAt === undefined;
}

/** When the caller's temporary credentials expire (role, federated and GetSessionToken sessions), if known. */
export function credentialExpiry(p: PrincipalSpec): string | undefined {
  return p.kind === 'anonymous' || p.kind === 'service' ? undefined : p.expiresAt;
}

/** Value of a principal-derived key (lower-cased name), or undefined when AWS would not include the key. */
export function principalKeyValue(
  p: PrincipalSpec,
  caller: CallerIdentity,
  keyLower: string,
  suppliedIssueTime?: ContextValue,
): ContextValue | undefined {
  if (keyLower.startsWith('aws:principaltag/')) return principalTag(p, keyLower.slice('aws:principaltag/'.length));
  switch (keyLower) {
    case 'aws:username':
      return p.kind === 'user' ? lastSegment(parseArn(p.arn)?.resource ?? p.arn) : undefined;
    case 'aws:userid':
      return userIdOf(p);
    case 'aws:principalarn':
      if (p.kind === 'role-session') return p.roleArn;
      if (p.kind === 'service' || p.kind === 'anonymous') return undefined;
      return caller.arn;
    case 'aws:principalaccount':
      return p.kind === 'anonymous' || p.kind === 'service' ? undefined : p.account;
    case 'aws:principalorgid':
      return p.kind === 'anonymous' || p.kind === 'service' ? undefined : p.org?.orgId;
    case 'aws:principalorgpaths':
      return p.kind === 'anonymous' || p.kind === 'service' || !p.org?.path ? undefined : [p.org.path];
    case 'aws:principaltype':
      return principalTypeOf(p);
    case 'aws:principalisawsservice':
      return p.kind === 'anonymous' ? undefined : p.kind === 'service';
    case 'aws:principalservicename':
      return p.kind === 'service' ? p.service : undefined;
    case 'aws:multifactorauthpresent': {
      if (p.kind === 'anonymous' || p.kind === 'service') return undefined;
      if (usesTemporaryCredentials(p, suppliedIssueTime !== undefined)) return p.mfa?.present === true;
      return p.mfa === undefined ? undefined : p.mfa.present;
    }
    case 'aws:multifactorauthage':
      if (p.kind === 'anonymous' || p.kind === 'service') return undefined;
      return p.mfa?.present && p.mfa.ageSeconds !== undefined ? p.mfa.ageSeconds : undefined;
    case 'aws:tokenissuetime':
      if (p.kind === 'anonymous' || p.kind === 'service') return undefined;
      return p.issuedAt ?? (takesSuppliedIssueTime(p) ? suppliedIssueTime : undefined);
    case 'aws:sourceidentity':
      return p.kind === 'role-session' ? p.sourceIdentity : undefined;
    case 'aws:federatedprovider':
      return p.kind === 'role-session' ? p.federatedProvider : undefined;
    default:
      return undefined;
  }
}

/**
 * S3 actions for which s3:ExistingObjectTag is not in the request context: S3 does not support it when granting
 * PutObject or DeleteObject (https://docs.aws.amazon.com/AmazonS3/latest/userguide/tagging-and-policies.html).
 */
const NO_EXISTING_OBJECT_TAG = new Set(['s3:putobject', 's3:deleteobject', 's3:deleteobjectversion']);

/** s3:ExistingObjectTag/<key> from the object's tags, or undefined when S3 would not include it for the action. */
export function existingObjectTagValue(req: EvaluationRequest, keyLower: string): string | undefined {
  if (NO_EXISTING_OBJECT_TAG.has(req.action.toLowerCase())) return undefined;
  return tagLookup(req.resource.objectTags, keyLower.slice('s3:existingobjecttag/'.length));
}

/** Value of a resource-derived key, or undefined when the resource spec does not give it. */
export function resourceKeyValue(
  req: EvaluationRequest,
  resourceAccount: string | undefined,
  keyLower: string,
): ContextValue | undefined {
  if (keyLower.startsWith('aws:resourcetag/'))
    return tagLookup(req.resource.tags, keyLower.slice('aws:resourcetag/'.length));
  switch (keyLower) {
    case 'aws:resourceaccount':
      return resourceAccount;
    case 'aws:resourceorgid':
      return req.resource.org?.orgId;
    case 'aws:resourceorgpaths':
      return req.resource.org?.path ? [req.resource.org.path] : undefined;
    default:
      return undefined;
  }
}

/** aws:CurrentTime / aws:EpochTime from the request's `now`. */
export function timeKeyValue(now: string | undefined, keyLower: string): ContextValue | undefined {
  if (now === undefined) return undefined;
  if (keyLower === 'aws:currenttime') return now;
  if (keyLower === 'aws:epochtime') {
    const ms = Date.parse(now);
    return Number.isNaN(ms) ? undefined : Math.floor(ms / 1000);
  }
  return undefined;
}
