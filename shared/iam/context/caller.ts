/**
 * The caller as the matchers see it: the ARNs and names a Principal element can name, derived once from the
 * PrincipalSpec. Also used by the STS flows for web-identity and SAML callers, which are not PrincipalSpec kinds.
 */
import { lastSegment, parseArn } from '../match/arn';
import type { PrincipalSpec } from '../request';

/** Who is calling, in the forms policies name principals. */
export interface CallerIdentity {
  kind: PrincipalSpec['kind'] | 'web-identity' | 'saml';
  account?: string;
  partition: string;
  /** The caller's own ARN: user ARN, `arn:aws:iam::ACCT:root`, assumed-role session ARN, federated-user ARN. */
  arn?: string;
  /** For role sessions: the role ARN. */
  roleArn?: string;
  /** For federated-user sessions: the IAM user who called GetFederationToken. */
  callerUserArn?: string;
  /** For service principals: `ec2.amazonaws.com`. */
  service?: string;
  /** For web-identity / SAML callers: the identity provider (ARN or host). */
  federatedProvider?: string;
  /** True when the user or role has a permissions boundary (NotPrincipal + Deny then always applies). */
  hasBoundary: boolean;
  /** True for a service-linked role session (SCPs do not apply). */
  serviceLinked: boolean;
}

/** The partition of an ARN (`aws` by default), without a full parse. */
function partitionOf(arn: string): string {
  if (!arn.startsWith('arn:') || arn.startsWith('arn:aws:')) return 'aws';
  const end = arn.indexOf(':', 4);
  return end > 4 ? arn.slice(4, end) : 'aws';
}

/** `arn:aws:sts::ACCT:assumed-role/ROLE/SESSION` for a role and a session name. */
export function sessionArnOf(roleArn: string, sessionName: string, account?: string): string {
  const p = parseArn(roleArn);
  const partition = p?.partition || 'aws';
  const acct = p?.account || account || '';
  return `arn:${partition}:sts::${acct}:assumed-role/${lastSegment(p?.resource ?? roleArn)}/${sessionName}`;
}

/** `arn:aws:sts::ACCT:federated-user/NAME`. */
export function federatedUserArnOf(account: string, name: string, partition = 'aws'): string {
  return `arn:${partition}:sts::${account}:federated-user/${name}`;
}

/** Derives the caller identity from a principal spec. */
export function callerOf(principal: PrincipalSpec, hasBoundary: boolean): CallerIdentity {
  switch (principal.kind) {
    case 'root':
      return {
        kind: 'root',
        account: principal.account,
        partition: 'aws',
        arn: `arn:aws:iam::${principal.account}:root`,
        hasBoundary: false,
        serviceLinked: false,
      };
    case 'user': {
      const partition = partitionOf(principal.arn);
      return {
        kind: 'user',
        account: principal.account,
        partition,
        arn: principal.arn,
        hasBoundary,
        serviceLinked: false,
      };
    }
    case 'role-session': {
      const partition = partitionOf(principal.roleArn);
      return {
        kind: 'role-session',
        account: principal.account,
        partition,
        arn: sessionArnOf(principal.roleArn, principal.sessionName, principal.account),
        roleArn: principal.roleArn,
        federatedProvider: principal.federatedProvider,
        hasBoundary,
        serviceLinked: principal.serviceLinked === true,
      };
    }
    case 'federated-user': {
      const partition = partitionOf(principal.callerUserArn);
      return {
        kind: 'federated-user',
        account: principal.account,
        partition,
        arn: federatedUserArnOf(principal.account, principal.name, partition),
        callerUserArn: principal.callerUserArn,
        hasBoundary,
        serviceLinked: false,
      };
    }
    case 'service':
      return {
        kind: 'service',
        account: principal.account,
        partition: 'aws',
        service: principal.service,
        hasBoundary: false,
        serviceLinked: false,
      };
    case 'anonymous':
      return { kind: 'anonymous', partition: 'aws', hasBoundary: false, serviceLinked: false };
  }
}
