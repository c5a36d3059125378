/**
 * Turns a "why not?" / "what would deny this?" suggestion's policy patch into world commands, so a learner can apply
 * it with one click and undo it like any other change. Only patches that point at something the world can edit are
 * offered (an inline policy, a customer managed policy, a trust policy, a resource policy, or a new inline policy on
 * the principal); the others stay advice.
 */
import type { EvaluationRequest, JsonValue } from '../iam/request';
import type { PolicyPatch, Suggestion } from '../iam/whynot/types';
import { readIamArn } from '../world/arn';
import type { WorldCommand } from '../world/commands/types';
import { findManagedPolicy, defaultDocument } from '../world/lookup';
import type { PolicyDocument, World } from '../world/types';
import { own } from '../world/own';

type Doc = { [key: string]: JsonValue; Statement: JsonValue[] };

function asDoc(document: PolicyDocument): Doc | undefined {
  let v: unknown = document;
  if (typeof v === 'string') {
    try {
      v = JSON.parse(v);
    } catch {
      return undefined;
    }
  }
  if (!v || typeof v !== 'object' || Array.isArray(v)) return undefined;
  const o = { ...(v as Record<string, JsonValue>) };
  const st = o.Statement;
  return { ...o, Statement: Array.isArray(st) ? [...st] : st !== undefined ? [st] : [] };
}

/** Applies a patch to a document; undefined when the patch does not fit it. */
export function patchDocument(document: PolicyDocument, patch: PolicyPatch): Doc | undefined {
  const doc = asDoc(document);
  if (!doc) return undefined;
  if (patch.op === 'add-statement') {
    doc.Statement.push(patch.value as JsonValue);
    return doc;
  }
  const m = /^Statement(?:\[(\d+)\])?(?:\.(\w+))?$/.exec(patch.path ?? '');
  if (!m) return undefined;
  const index = Number(m[1] ?? 0);
  if (index >= doc.Statement.length) return undefined;
  if (patch.op === 'remove-statement') {
    doc.Statement.splice(index, 1);
    return doc;
  }
  const element = m[2];
  if (!element) return undefined;
  doc.Statement[index] = {
    ...(doc.Statement[index] as Record<string, JsonValue>),
    [element]: patch.value as JsonValue,
  };
  return doc;
}

/** The principal's own holder (user or role) for a new inline policy. */
function principalHolder(req: EvaluationRequest): { to: 'user' | 'role'; name: string; account: string } | undefined {
  const p = req.principal;
  const arn = p.kind === 'user' ? p.arn : p.kind === 'role-session' ? p.roleArn : undefined;
  const info = arn ? readIamArn(arn) : undefined;
  if (!info || (info.kind !== 'user' && info.kind !== 'role')) return undefined;
  return {
    to: info.kind,
    name: (info as { name?: string; roleName?: string }).name ?? (info as { roleName?: string }).roleName ?? '',
    account: info.account,
  };
}

function holderOfInline(
  id: string,
): { kind: 'user' | 'group' | 'role'; name: string; account: string; policyName: string } | undefined {
  const m = /^(arn:aws:iam::(\d{12}):(user|group|role)\/(?:.*\/)?([^/]+))#inline\/(.+)$/.exec(id);
  return m ? { kind: m[3] as 'user' | 'group' | 'role', name: m[4], account: m[2], policyName: m[5] } : undefined;
}

/** The first action of a statement (`s3:GetObject`), or undefined. */
function firstAction(statement: JsonValue): string | undefined {
  if (!statement || typeof statement !== 'object' || Array.isArray(statement)) return undefined;
  const a = (statement as Record<string, JsonValue>).Action ?? (statement as Record<string, JsonValue>).NotAction;
  const first = Array.isArray(a) ? a[0] : a;
  return typeof first === 'string' ? first : undefined;
}

/**
 * A name that says what a new policy does: its effect, service and action (`AllowS3GetObject`, `DenyS3All`), made of
 * the characters IAM accepts in a policy name, with a number added when the holder already has one of that name.
 */
export function fixPolicyName(statement: JsonValue, taken: (name: string) => boolean): string {
  const effect =
    statement &&
    typeof statement === 'object' &&
    !Array.isArray(statement) &&
    (statement as Record<string, JsonValue>).Effect === 'Deny'
      ? 'Deny'
      : 'Allow';
  const action = firstAction(statement) ?? '';
  const [service, name] = action.includes(':')
    ? [action.slice(0, action.indexOf(':')), action.slice(action.indexOf(':') + 1)]
    : ['', action];
  const word = (w: string) => w.replace(/\*/g, 'All').replace(/[^A-Za-z0-9]/g, '');
  const cap = (w: string) => (w ? w.charAt(0).toUpperCase() + w.slice(1) : w);
  const base = `${effect}${cap(word(service))}${cap(word(name))}`.slice(0, 120) || `${effect}Fix`;
  if (!taken(base)) return base;
  let n = 2;
  while (taken(`${base}${n}`)) n++;
  return `${base}${n}`;
}

function freeInlineName(
  world: World,
  holder: { to: 'user' | 'role'; name: string; account: string },
  statement: JsonValue,
): string {
  const h =
    holder.to === 'user'
      ? own(own(world.accounts, holder.account)?.users, holder.name)
      : own(own(world.accounts, holder.account)?.roles, holder.name);
  return fixPolicyName(statement, (name) => own(h?.inlinePolicies, name) !== undefined);
}

/** What a fix will do, shown before it is applied: one line saying where, the policy's name and its new JSON. */
export interface FixPreview {
  /** "New inline policy on user alice", "New version of customer managed policy", ... */
  what: string;
  policyName: string;
  /** The document as it will be stored, pretty-printed; empty when the fix deletes the policy. */
  json: string;
}

/** The preview of the commands `commandsForSuggestion` returned (the first command that writes or deletes a policy). */
export function fixPreview(world: World, commands: readonly WorldCommand[]): FixPreview | undefined {
  for (const c of commands) {
    switch (c.type) {
      case 'put-inline-policy': {
        const holder =
          c.to === 'user'
            ? own(own(world.accounts, c.account ?? '')?.users, c.name)
            : c.to === 'group'
              ? own(own(world.accounts, c.account ?? '')?.groups, c.name)
              : own(own(world.accounts, c.account ?? '')?.roles, c.name);
        const exists = own(holder?.inlinePolicies, c.policyName) !== undefined;
        return {
          what: `${exists ? 'Changed' : 'New'} inline policy on ${c.to} ${c.name}`,
          policyName: c.policyName,
          json: JSON.stringify(c.policyDocument, null, 2),
        };
      }
      case 'delete-inline-policy':
        return {
          what: `Delete the inline policy of ${c.from} ${c.name} (its last statement goes)`,
          policyName: c.policyName,
          json: '',
        };
      case 'update-assume-role-policy':
        return {
          what: `New trust policy of role ${c.roleName}`,
          policyName: `${c.roleName} trust policy`,
          json: JSON.stringify(c.policyDocument, null, 2),
        };
      case 'put-resource-policy':
        return {
          what: `New resource-based policy on ${c.arn}`,
          policyName: `${c.arn.slice(c.arn.lastIndexOf(':') + 1)} policy`,
          json: JSON.stringify(c.policy, null, 2),
        };
      case 'delete-resource-policy':
        return {
          what: `Delete the resource-based policy of ${c.arn} (its last statement goes)`,
          policyName: `${c.arn.slice(c.arn.lastIndexOf(':') + 1)} policy`,
          json: '',
        };
      case 'create-policy-version':
        return {
          what: 'New default version of the customer managed policy',
          policyName: c.policyArn.slice(c.policyArn.lastIndexOf('/') + 1),
          json: JSON.stringify(c.policyDocument, null, 2),
        };
      default:
        break;
    }
  }
  return undefined;
}

/** The world commands that apply a suggestion, or undefined when it is advice only. */
export function commandsForSuggestion(world: World, req: EvaluationRequest, s: Suggestion): WorldCommand[] | undefined {
  const patch = s.patch;
  if (!patch) return undefined;
  const id = patch.policyId;
  if (patch.op === 'add-statement' && patch.policyKind === 'identity') {
    // A new inline policy on the principal is the smallest, clearly undoable way to grant (or deny) one thing.
    const holder = principalHolder(req);
    if (!holder) return undefined;
    return [
      {
        account: holder.account,
        type: 'put-inline-policy',
        to: holder.to,
        name: holder.name,
        policyName: freeInlineName(world, holder, patch.value as JsonValue),
        policyDocument: { Version: '2012-10-17', Statement: [patch.value as JsonValue] },
      },
    ];
  }
  if (!id) return undefined;
  const inline = holderOfInline(id);
  if (inline) {
    const holder =
      inline.kind === 'user'
        ? own(own(world.accounts, inline.account)?.users, inline.name)
        : inline.kind === 'group'
          ? own(own(world.accounts, inline.account)?.groups, inline.name)
          : own(own(world.accounts, inline.account)?.roles, inline.name);
    const current = own(holder?.inlinePolicies, inline.policyName);
    const doc = current === undefined ? undefined : patchDocument(current, patch);
    if (doc && doc.Statement.length === 0)
      return [
        {
          account: inline.account,
          type: 'delete-inline-policy',
          from: inline.kind,
          name: inline.name,
          policyName: inline.policyName,
        },
      ];
    return doc
      ? [
          {
            account: inline.account,
            type: 'put-inline-policy',
            to: inline.kind,
            name: inline.name,
            policyName: inline.policyName,
            policyDocument: doc,
          },
        ]
      : undefined;
  }
  const trust = /^(arn:aws:iam::(\d{12}):role\/(?:.*\/)?([^/#]+))#trust$/.exec(id);
  if (trust) {
    const role = world.accounts[trust[2]]?.roles[trust[3]];
    const doc = role ? patchDocument(role.trustPolicy, patch) : undefined;
    return doc
      ? [{ account: trust[2], type: 'update-assume-role-policy', roleName: trust[3], policyDocument: doc }]
      : undefined;
  }
  const resource = /^(.*)#policy$/.exec(id);
  if (resource) {
    const account = Object.values(world.accounts).find((a) => a.resources[resource[1]]);
    const res = account?.resources[resource[1]];
    const doc = res?.policy !== undefined ? patchDocument(res.policy, patch) : undefined;
    if (account && doc && doc.Statement.length === 0)
      return [{ account: account.id, type: 'delete-resource-policy', arn: resource[1] }];
    return account && doc
      ? [{ account: account.id, type: 'put-resource-policy', arn: resource[1], policy: doc }]
      : undefined;
  }
  if (id.startsWith('arn:aws:iam::aws:')) return undefined;
  const managed = findManagedPolicy(world, id);
  if (managed) {
    const doc = patchDocument(defaultDocument(managed), patch);
    const account = readIamArn(id)?.account;
    return doc
      ? [
          {
            ...(account ? { account } : {}),
            type: 'create-policy-version',
            policyArn: id,
            policyDocument: doc,
            setAsDefault: true,
          },
        ]
      : undefined;
  }
  return undefined;
}
