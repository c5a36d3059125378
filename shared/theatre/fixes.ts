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
  doc.Statement[index] = { ...(doc.Statement[index] as Record<string, JsonValue>), [element]: patch.value as JsonValue };
  return doc;
}

/** The principal's own holder (user or role) for a new inline policy. */
function principalHolder(req: EvaluationRequest): { to: 'user' | 'role'; name: string; account: string } | undefined {
  const p = req.principal;
  const arn = p.kind === 'user' ? p.arn : p.kind === 'role-session' ? p.roleArn : undefined;
  const info = arn ? readIamArn(arn) : undefined;
  if (!info || (info.kind !== 'user' && info.kind !== 'role')) return undefined;
  return { to: info.kind, name: (info as { name?: string; roleName?: string }).name ?? (info as { roleName?: string }).roleName ?? '', account: info.account };
}

function holderOfInline(id: string): { kind: 'user' | 'group' | 'role'; name: string; account: string; policyName: string } | undefined {
  const m = /^(arn:aws:iam::(\d{12}):(user|group|role)\/(?:.*\/)?([^/]+))#inline\/(.+)$/.exec(id);
  return m ? { kind: m[3] as 'user' | 'group' | 'role', name: m[4], account: m[2], policyName: m[5] } : undefined;
}

function freeInlineName(world: World, holder: { to: 'user' | 'role'; name: string; account: string }): string {
  const h = holder.to === 'user' ? world.accounts[holder.account]?.users[holder.name] : world.accounts[holder.account]?.roles[holder.name];
  let n = 1;
  while (h?.inlinePolicies[`TheatreFix${n}`] !== undefined) n++;
  return `TheatreFix${n}`;
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
    return [{ account: holder.account, type: 'put-inline-policy', to: holder.to, name: holder.name, policyName: freeInlineName(world, holder), policyDocument: { Version: '2012-10-17', Statement: [patch.value as JsonValue] } }];
  }
  if (!id) return undefined;
  const inline = holderOfInline(id);
  if (inline) {
    const holder = inline.kind === 'user' ? world.accounts[inline.account]?.users[inline.name] : inline.kind === 'group' ? world.accounts[inline.account]?.groups[inline.name] : world.accounts[inline.account]?.roles[inline.name];
    const current = holder?.inlinePolicies[inline.policyName];
    const doc = current === undefined ? undefined : patchDocument(current, patch);
    if (doc && doc.Statement.length === 0) return [{ account: inline.account, type: 'delete-inline-policy', from: inline.kind, name: inline.name, policyName: inline.policyName }];
    return doc ? [{ account: inline.account, type: 'put-inline-policy', to: inline.kind, name: inline.name, policyName: inline.policyName, policyDocument: doc }] : undefined;
  }
  const trust = /^(arn:aws:iam::(\d{12}):role\/(?:.*\/)?([^/#]+))#trust$/.exec(id);
  if (trust) {
    const role = world.accounts[trust[2]]?.roles[trust[3]];
    const doc = role ? patchDocument(role.trustPolicy, patch) : undefined;
    return doc ? [{ account: trust[2], type: 'update-assume-role-policy', roleName: trust[3], policyDocument: doc }] : undefined;
  }
  const resource = /^(.*)#policy$/.exec(id);
  if (resource) {
    const account = Object.values(world.accounts).find((a) => a.resources[resource[1]]);
    const res = account?.resources[resource[1]];
    const doc = res?.policy !== undefined ? patchDocument(res.policy, patch) : undefined;
    if (account && doc && doc.Statement.length === 0) return [{ account: account.id, type: 'delete-resource-policy', arn: resource[1] }];
    return account && doc ? [{ account: account.id, type: 'put-resource-policy', arn: resource[1], policy: doc }] : undefined;
  }
  if (id.startsWith('arn:aws:iam::aws:')) return undefined;
  const managed = findManagedPolicy(world, id);
  if (managed) {
    const doc = patchDocument(defaultDocument(managed), patch);
    const account = readIamArn(id)?.account;
    return doc ? [{ ...(account ? { account } : {}), type: 'create-policy-version', policyArn: id, policyDocument: doc, setAsDefault: true }] : undefined;
  }
  return undefined;
}
