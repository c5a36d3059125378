/**
 * Sentences for the lesson checks: what a check asks ("lee must be in group Auditors") and why it failed. The checks
 * themselves return codes and JSON paths only; this table is the renderer's narration of them.
 */
import { DECISION_WORDS } from '../../../shared/theatre';
import type { Check, TaskStep } from '../../../shared/lessons/lesson-types';
import type { CheckDetail } from '../../../shared/lessons/checks/run-check';

const short = (arn: string) => arn.slice(arn.lastIndexOf('/') + 1) || arn;

/** What a check asks, in one sentence. */
export function describeCheck(c: Check): string {
  if ('all' in c) return `All of: ${c.all.map(describeCheck).join('; ')}`;
  if ('any' in c) return `One of: ${c.any.map(describeCheck).join('; ')}`;
  if ('not' in c) return `Not: ${describeCheck(c.not)}`;
  if ('request' in c) {
    const r = c.request;
    const by = c.decidedBy
      ? ` (decided by ${c.decidedBy.sid ? `statement ${c.decidedBy.sid}` : 'the expected policy'})`
      : '';
    return `${short(r.principal)} calling ${r.action} on ${r.resource} must be ${DECISION_WORDS[c.expect].toLowerCase()}${by}.`;
  }
  switch (c.fact) {
    case 'user-in-group':
      return `${short(c.user)} must be in group ${short(c.group)}.`;
    case 'policy-attached':
      return `${short(c.policyArn)} must be attached to ${short(c.to)}.`;
    case 'inline-policy-exists':
      return `${short(c.on)} must have an inline policy named ${c.policyName}.`;
    case 'no-user-has-policy':
      return `No user may have ${short(c.policyArn)}.`;
    case 'access-key-status':
      return `${short(c.user)}'s access key${c.olderThanDays ? ` older than ${c.olderThanDays} days` : ''}${c.newerThanDays ? ` newer than ${c.newerThanDays} days` : ''} must be ${c.status === 'none' ? 'gone' : c.status}.`;
    case 'access-key-count':
      return `${short(c.user)} must have ${c.count} access key${c.count === 1 ? '' : 's'}.`;
    case 'mfa-enabled':
      return `${short(c.user)} must have an MFA device.`;
    case 'console-access':
      return `${short(c.user)} must be able to sign in to the console.`;
    case 'role-trusts':
      return `Role ${short(c.role)} must trust ${c.principal}.`;
    case 'instance-has-profile':
      return `Instance ${c.instance} must have an instance profile${c.role ? ` with role ${short(c.role)}` : ''}.`;
    case 'entity-exists':
      return `${short(c.arn)} must exist.`;
    case 'boundary-set':
      return `${short(c.on)} must have a permissions boundary${c.policyArn ? ` (${short(c.policyArn)})` : ''}.`;
  }
}

const REASONS: Record<string, string> = {
  'check.request-unresolved': 'The request could not be built in this world (is the principal or resource missing?).',
  'check.decided-by-differs': 'The decision is right, but another statement decided it.',
  'check.not-held': 'This must not hold, but it does.',
  'fact.not-found': 'Something it names does not exist in the world.',
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
};

/** Why a failing leaf failed, in one sentence. */
export function failureReason(d: CheckDetail): string {
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
