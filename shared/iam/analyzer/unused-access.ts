/**
 * IAM Access Analyzer's unused-access findings, from the last-used data the world keeps: roles not used, access keys
 * and console passwords not used, within a window of days (AWS's "unused access age"), and, when service
 * last-accessed data is given (IAM's access advisor), services a principal's policies allow but it has not called.
 * Time comes from the caller (`now`), never from a clock.
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-findings.html,
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_last-accessed.html)
 */
import type { PolicyDocument, PolicyHolder, World } from '../../world/types';
import { defaultDocument, findManagedPolicy } from '../../world/lookup';
import { own } from '../../world/own';

/** One unused-access finding. */
export interface UnusedAccessFinding {
  kind: 'unused-role' | 'unused-access-key' | 'unused-password' | 'unused-permission';
  /** The user or role. */
  arn: string;
  /** The access key id, or the service prefix for `unused-permission`. */
  detail?: string;
  /** Last use, when there was one. */
  lastUsed?: string;
}

/** Options: the time of the analysis, the window, and access-advisor data (principal ARN → service → last access). */
export interface UnusedAccessOptions {
  now: string;
  unusedDays: number;
  serviceLastAccessed?: ReadonlyMap<string, ReadonlyMap<string, string>>;
}

const DAY_MS = 86_400_000;

/** True when neither the last use nor (without one) the creation falls inside the window. */
function unused(lastUsed: string | undefined, created: string, opts: UnusedAccessOptions): boolean {
  const ref = Date.parse(lastUsed ?? created);
  return Number.isFinite(ref) && Date.parse(opts.now) - ref > opts.unusedDays * DAY_MS;
}

/** Service prefixes an Allow statement of the documents names (`*` when an action is `*`). */
export function allowedServices(documents: readonly PolicyDocument[]): Set<string> {
  const out = new Set<string>();
  for (const d of documents) {
    let v: unknown = d;
    if (typeof d === 'string') {
      try {
        v = JSON.parse(d);
      } catch {
        continue;
      }
    }
    if (typeof v !== 'object' || v === null) continue;
    const st = (v as { Statement?: unknown }).Statement;
    for (const s of Array.isArray(st) ? st : [st]) {
      if (typeof s !== 'object' || s === null) continue;
      const { Effect, Action } = s as { Effect?: unknown; Action?: unknown };
      if (Effect !== 'Allow') continue;
      for (const a of Array.isArray(Action) ? Action : [Action])
        if (typeof a === 'string') out.add(a === '*' ? '*' : a.split(':')[0].toLowerCase());
    }
  }
  return out;
}

function holderDocuments(world: World, holder: PolicyHolder): PolicyDocument[] {
  const managed = holder.attachedPolicies
    .map((arn) => findManagedPolicy(world, arn))
    .filter((p) => p !== undefined)
    .map((p) => defaultDocument(p));
  return [...Object.values(holder.inlinePolicies), ...managed];
}

/** Services allowed to `arn` but not accessed within the window, from access-advisor data. */
function unusedServices(arn: string, documents: PolicyDocument[], opts: UnusedAccessOptions): UnusedAccessFinding[] {
  const accessed = opts.serviceLastAccessed?.get(arn);
  if (!accessed) return [];
  const out: UnusedAccessFinding[] = [];
  for (const service of allowedServices(documents)) {
    if (service === '*') continue;
    const last = accessed.get(service);
    if (last === undefined || Date.parse(opts.now) - Date.parse(last) > opts.unusedDays * DAY_MS)
      out.push({ kind: 'unused-permission', arn, detail: service, ...(last ? { lastUsed: last } : {}) });
  }
  return out;
}

/** Every unused-access finding of the world at `opts.now`. Service-linked roles are left out (AWS manages them). */
export function unusedAccessFindings(world: World, opts: UnusedAccessOptions): UnusedAccessFinding[] {
  const out: UnusedAccessFinding[] = [];
  for (const account of Object.values(world.accounts)) {
    for (const user of Object.values(account.users)) {
      const lp = user.loginProfile;
      if (lp && unused(lp.passwordLastUsed, lp.createDate, opts))
        out.push({
          kind: 'unused-password',
          arn: user.arn,
          ...(lp.passwordLastUsed ? { lastUsed: lp.passwordLastUsed } : {}),
        });
      for (const key of Object.values(user.accessKeys))
        if (key.status === 'Active' && unused(key.lastUsed?.date, key.createDate, opts))
          out.push({
            kind: 'unused-access-key',
            arn: user.arn,
            detail: key.id,
            ...(key.lastUsed ? { lastUsed: key.lastUsed.date } : {}),
          });
      const docs = [
        ...holderDocuments(world, user),
        ...user.groups.flatMap((g) => {
          const group = own(account.groups, g);
          return group ? holderDocuments(world, group) : [];
        }),
      ];
      out.push(...unusedServices(user.arn, docs, opts));
    }
    for (const role of Object.values(account.roles)) {
      if (role.serviceLinked) continue;
      if (unused(role.lastUsed?.date, role.createDate, opts))
        out.push({
          kind: 'unused-role',
          arn: role.arn,
          ...(role.lastUsed?.date ? { lastUsed: role.lastUsed.date } : {}),
        });
      out.push(...unusedServices(role.arn, holderDocuments(world, role), opts));
    }
  }
  return out;
}
