/**
 * "Check no new access" (IAM Access Analyzer's CheckNoNewAccess), for identity policies: does an updated policy allow
 * any request the current one does not? IAM Lab compares the two documents as the only identity policy of a probe
 * user of the account, over the world's resources (plus `*`) and a set of actions: every action either document names
 * literally, the representative actions of each resource kind, and sensitive IAM and STS actions. AWS reasons over
 * all actions symbolically; this probe set is the lab's approximation and is stated as such.
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-custom-policy-checks.html)
 */
import { evaluate } from '../evaluate/evaluate';
import type { EvaluationRequest, JsonValue } from '../request';
import type { PolicyDocument, World } from '../../world/types';
import { PROBE_ACTIONS } from './probe-actions';

/** One request the new policy allows and the old one does not. */
export interface NewAccess {
  action: string;
  resource: string;
}

/** Sensitive actions always probed, whatever the documents name. */
const SENSITIVE = [
  'iam:CreateUser',
  'iam:CreateAccessKey',
  'iam:AttachUserPolicy',
  'iam:PutRolePolicy',
  'iam:PassRole',
  'iam:CreatePolicyVersion',
  'sts:AssumeRole',
  'organizations:LeaveOrganization',
  'ec2:RunInstances',
];

function parsed(doc: PolicyDocument): JsonValue | undefined {
  if (typeof doc !== 'string') return doc;
  try {
    return JSON.parse(doc) as JsonValue;
  } catch {
    return undefined;
  }
}

/** Literal (wildcard-free) actions a document names in Action elements. */
function literalActions(doc: PolicyDocument): string[] {
  const v = parsed(doc);
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return [];
  const statements = Array.isArray(v.Statement) ? v.Statement : [v.Statement];
  const out: string[] = [];
  for (const s of statements) {
    if (typeof s !== 'object' || s === null || Array.isArray(s)) continue;
    const actions = Array.isArray(s.Action) ? s.Action : [s.Action];
    for (const a of actions) if (typeof a === 'string' && /^[a-z0-9-]+:[A-Za-z0-9]+$/.test(a)) out.push(a);
  }
  return out;
}

/** The service prefix of an ARN (`s3`, `iam`, ...); `*` for `*`. */
function serviceOf(arn: string): string {
  return arn === '*' ? '*' : (/^arn:aws:([a-z0-9-]+):/.exec(arn)?.[1] ?? '');
}

/** The resources probed: every resource, object pattern, user and role of the world, and `*`. */
function probeResources(world: World): string[] {
  const out = new Set<string>(['*']);
  for (const account of Object.values(world.accounts)) {
    for (const r of Object.values(account.resources)) {
      out.add(r.arn);
      if (r.kind === 's3-bucket') out.add(`${r.arn}/*`);
    }
    for (const u of Object.values(account.users)) out.add(u.arn);
    for (const r of Object.values(account.roles)) out.add(r.arn);
  }
  return [...out];
}

function decide(accountId: string, document: PolicyDocument, action: string, resource: string): boolean {
  const req: EvaluationRequest = {
    principal: { kind: 'user', account: accountId, arn: `arn:aws:iam::${accountId}:user/access-analyzer-check` },
    action,
    resource: { arn: resource, account: accountId },
    policies: { identity: [{ id: 'policy-under-check', document }] },
  };
  return evaluate(req, { trace: false }).decision === 'allowed';
}

/** Requests `updated` allows that `current` does not, as the only identity policy of a user of `accountId`. */
export function checkNoNewAccess(
  world: World,
  accountId: string,
  current: PolicyDocument,
  updated: PolicyDocument,
): NewAccess[] {
  const actions = new Set<string>([
    ...literalActions(current),
    ...literalActions(updated),
    ...Object.values(PROBE_ACTIONS).flat(),
    ...SENSITIVE,
  ]);
  const resources = probeResources(world);
  const out: NewAccess[] = [];
  for (const action of actions) {
    const service = action.split(':')[0].toLowerCase();
    for (const resource of resources) {
      const rs = serviceOf(resource);
      const fits = rs === '*' || rs === service || (service === 'sts' && rs === 'iam');
      if (!fits) continue;
      if (decide(accountId, updated, action, resource) && !decide(accountId, current, action, resource))
        out.push({ action, resource });
    }
  }
  return out;
}
