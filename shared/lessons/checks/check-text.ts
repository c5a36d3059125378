/**
 * Sentences for lesson checks: what a check asks, as a property in words ("a token from token.actions.githubusercontent.com
 * with sub repo:someone/fork:… cannot assume role GitHubDeploy"), and why a failing one failed — from the cause
 * diagnose.ts found (wrong account, session vs user, bucket vs object, missing condition key) or the reason code.
 * Pure formatting: the checks themselves carry codes only. The renderer re-exports these (renderer/src/lessons/checkText.ts).
 */
import { DECISION_WORDS } from '../../theatre/narration';
import { readIamArn } from '../../world/arn';
import type { Check, LessonRequest, TaskStep } from '../lesson-types';
import type { FailureCause } from './diagnose';
import type { CheckDetail } from './run-check';

const short = (arn: string) => arn.slice(arn.lastIndexOf('/') + 1) || arn;
const list = (v: string | string[] | undefined): string => (Array.isArray(v) ? v.join(', ') : (v ?? ''));

/** A principal or resource reference in words. */
export function describeRef(ref: string): string {
  if (ref.startsWith('ec2-instance:')) return `code on instance ${ref.slice('ec2-instance:'.length)}`;
  if (ref === '*') return 'any resource';
  if (ref.startsWith('arn:aws:s3:::')) return ref.slice('arn:aws:s3:::'.length);
  const info = readIamArn(ref);
  if (!info) return /\.amazonaws\.com$/.test(ref) ? `the service ${ref}` : ref;
  switch (info.kind) {
    case 'root':
      return `account ${info.account}`;
    case 'assumed-role':
      return `session ${info.sessionName} of role ${info.roleName} (${info.account})`;
    case 'federated-user':
      return `federated user ${info.name}`;
    case 'oidc-provider':
      return `a web identity token from ${info.name}`;
    case 'saml-provider':
      return `a SAML assertion from ${info.name}`;
    default:
      return `${info.kind} ${info.name} (${info.account})`;
  }
}

/** The claims of a federated request, as `key value` pairs (the last part of each key). */
function claims(r: LessonRequest): string {
  const entries = Object.entries(r.context ?? {});
  if (!entries.length) return '';
  return ` with ${entries.map(([k, v]) => `${k.slice(k.lastIndexOf(':') + 1)} ${Array.isArray(v) ? v.join(', ') : String(v)}`).join(' and ')}`;
}

/** One request check as a property: who can / cannot do what on what. */
function describeRequest(c: { request: LessonRequest; expect: string; decidedBy?: { sid?: string } }): string {
  const r = c.request;
  const who = `${describeRef(r.principal)}${claims(r)}`;
  const verb = c.expect === 'allowed' ? 'can' : c.expect === 'explicitDeny' ? 'is explicitly denied' : 'cannot';
  const what = r.action.startsWith('sts:AssumeRole')
    ? `assume ${describeRef(r.resource)} (${r.action})`
    : `${r.action} on ${describeRef(r.resource)}`;
  const by = c.decidedBy?.sid ? ` (decided by statement ${c.decidedBy.sid})` : '';
  const mfa = r.mfa ? (r.mfa.present ? ' signed in with MFA' : ' without MFA') : '';
  return `${who}${mfa} ${verb} ${c.expect === 'explicitDeny' ? `to ${what}` : what}${by}.`;
}

/** What a check asks, in one sentence. */
export function describeCheck(c: Check): string {
  if ('all' in c) return `All of: ${c.all.map(describeCheck).join('; ')}`;
  if ('any' in c) return `One of: ${c.any.map(describeCheck).join('; ')}`;
  if ('not' in c) return `Not: ${describeCheck(c.not)}`;
  if ('request' in c) return describeRequest(c);
  switch (c.fact) {
    case 'user-in-group':
      return `${short(c.user)} is in group ${short(c.group)}.`;
    case 'policy-attached':
      return `${short(c.policyArn)} is attached to ${short(c.to)}.`;
    case 'inline-policy-exists':
      return `${short(c.on)} has an inline policy named ${c.policyName}.`;
    case 'no-user-has-policy':
      return `No user has ${short(c.policyArn)}.`;
    case 'access-key-status':
      return `${short(c.user)}'s access key${c.olderThanDays ? ` older than ${c.olderThanDays} days` : ''}${c.newerThanDays ? ` newer than ${c.newerThanDays} days` : ''} is ${c.status === 'none' ? 'gone' : c.status}.`;
    case 'access-key-count':
      return `${short(c.user)} has ${c.count} access key${c.count === 1 ? '' : 's'}.`;
    case 'mfa-enabled':
      return `${short(c.user)} has an MFA device.`;
    case 'console-access':
      return `${short(c.user)} can sign in to the console.`;
    case 'role-trusts':
      return `Role ${short(c.role)} trusts ${describeRef(c.principal)}.`;
    case 'instance-has-profile':
      return `Instance ${c.instance} has an instance profile${c.role ? ` with role ${short(c.role)}` : ''}.`;
    case 'entity-exists': {
      const provider = readIamArn(c.arn);
      if (provider?.kind === 'oidc-provider' || provider?.kind === 'saml-provider')
        return `The ${provider.kind === 'oidc-provider' ? 'OpenID Connect' : 'SAML'} provider ${provider.name} exists in account ${provider.account}.`;
      const d = describeRef(c.arn);
      return `${d.charAt(0).toUpperCase()}${d.slice(1)} exists.`;
    }
    case 'boundary-set':
      return `${short(c.on)} has a permissions boundary${c.policyArn ? ` (${short(c.policyArn)})` : ''}.`;
    case 'instance-profile-role':
      return `Instance profile ${short(c.profile)} carries role ${short(c.role)}.`;
    case 'provider-audience':
      return `${describeRef(c.provider).replace(/^a web identity token from/, 'The OIDC provider')} accepts the audience ${c.clientId}.`;
  }
}

/** The sentence for a failure cause. */
export function causeSentence(cause: FailureCause): string {
  const d = cause.data;
  switch (cause.code) {
    case 'cause.wrong-account':
      return `The ${d.kind} ${d.name} is in account ${list(d.found)}, but the task needs it in account ${d.wanted}.`;
    case 'cause.role-missing':
      return `There is no role ${d.role} in account ${d.account} yet.`;
    case 'cause.session-missing':
      return d.userExists === 'yes'
        ? `There is a user ${d.session}, but the check needs a role session: assume role ${d.role} (account ${d.account}) with the session name ${d.session}.`
        : `No session named ${d.session} of role ${d.role} (account ${d.account}) exists yet: assume the role with that session name.`;
    case 'cause.bucket-not-object':
      return `${d.action} is allowed on the bucket ${d.bucket}, not on its objects: object actions need the resource arn:aws:s3:::${d.bucket}/* (or the object's ARN).`;
    case 'cause.condition-key-missing':
      return `Role ${d.role}'s trust policy does not test ${list(d.keys)}, so a token or assertion that differs there is still accepted.`;
    case 'cause.too-broad':
      return `AWS allows ${d.action} on ${describeRef(list(d.resource))}${d.statement ? ` (statement ${d.statement})` : ''}; the task needs it to stay denied, so the grant is broader than the goal.`;
    case 'cause.identity-side-missing':
      return `The resource's side allows it, but the call crosses accounts, so ${describeRef(list(d.principal))}'s own account must allow ${d.action} too: no identity policy does yet.`;
    case 'cause.provider-missing':
      return d.found.length
        ? `Account ${d.account} has no ${d.protocol} provider ${d.name}; it has ${list(d.found)}. A provider is named after its issuer: tokens are accepted only from the issuer it names.`
        : `Account ${d.account} has no ${d.protocol} provider ${d.name} yet.`;
    case 'cause.denied-by':
      return `An explicit deny decides it${d.statement ? `: statement ${d.statement}` : ''}.`;
    case 'cause.nothing-allows':
      return `No policy that applies allows ${d.action} on ${describeRef(list(d.resource))} yet.`;
    default:
      return cause.code;
  }
}

const REASONS: Record<string, string> = {
  'check.request-unresolved':
    'The request could not be built in this world: the principal or the resource it names does not exist.',
  'check.decided-by-differs': 'The decision is right, but another statement decided it.',
  'check.not-held': 'This must not hold, but it does.',
  'fact.not-found': 'Something it names does not exist in the world.',
  'fact.ambiguous-name': 'The name is used in several accounts; the check cannot tell which is meant.',
  'fact.not-in-group': 'The user is not in that group yet.',
  'fact.policy-not-attached': 'The policy is not attached yet.',
  'fact.inline-policy-missing': 'There is no such inline policy yet.',
  'fact.user-has-policy': 'A user still has that policy.',
  'fact.key-status-differs': 'The access key has another status.',
  'fact.key-present': 'The access key is still there.',
  'fact.no-such-key': 'No matching access key.',
  'fact.key-count-differs': 'The number of access keys differs.',
  'fact.no-mfa': 'No MFA device yet.',
  'fact.no-console-access': 'No console password yet.',
  'fact.not-trusted': 'The trust policy does not allow that principal yet.',
  'fact.no-instance-profile': 'The instance has no instance profile.',
  'fact.profile-role-differs': 'The instance profile holds another role.',
  'fact.no-boundary': 'No permissions boundary is set.',
  'fact.boundary-differs': 'Another permissions boundary is set.',
  'fact.profile-empty': 'The instance profile holds no role yet.',
  'fact.audience-missing': 'The provider does not list that audience (client ID).',
};

/** Why a failing leaf failed, in one sentence: its cause when one was found, else the reason code's sentence. */
export function failureReason(d: CheckDetail): string {
  if (d.cause) return causeSentence(d.cause);
  if (d.code === 'check.decision-differs' && d.result && d.expected) {
    return `AWS answers ${DECISION_WORDS[d.result.decision].toLowerCase()}; the task needs ${DECISION_WORDS[d.expected as keyof typeof DECISION_WORDS]?.toLowerCase() ?? d.expected}.`;
  }
  return REASONS[d.code] ?? d.code;
}

/** Finds the check a detail path (`steps[3].checks[1].all[0]`) points at inside a task. */
export function checkAt(task: TaskStep, path: string): Check | undefined {
  const rest = path.replace(/^steps\[\d+\]\./, '');
  let cur: unknown = task;
  for (const part of rest.match(/[a-z]+|\d+/gi) ?? []) {
    if (cur === undefined || cur === null) return undefined;
    cur = (cur as Record<string, unknown>)[part];
  }
  return cur as Check | undefined;
}
