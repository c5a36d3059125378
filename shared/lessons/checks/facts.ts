import type { FactCheck } from '../lesson-types';
import type { IamUser, PolicyDocument, World } from '../../world/types';
import { daysBetween, entityArnExists, lookup, lookupHolder } from './world-lookup';
import { own } from '../../world/own';

/** The answer to one fact: pass or fail with a reason code (never prose). */
export interface FactOutcome {
  pass: boolean;
  /** `fact.ok`, `fact.not-found`, `fact.not-in-group`, ... */
  code: string;
}

const ok: FactOutcome = { pass: true, code: 'fact.ok' };
const fail = (code: string): FactOutcome => ({ pass: false, code });

/** True when the user holds `policyArn` directly or through one of its groups. */
function userHasPolicy(
  accountUsers: IamUser,
  policyArn: string,
  groups: Record<string, { attachedPolicies: string[] }>,
): boolean {
  if (accountUsers.attachedPolicies.includes(policyArn)) return true;
  return accountUsers.groups.some((g) => groups[g]?.attachedPolicies.includes(policyArn));
}

/** A policy document as an object (parsing text), or undefined when it is not valid JSON. */
function docObject(doc: PolicyDocument): Record<string, unknown> | undefined {
  let v: unknown = doc;
  if (typeof doc === 'string') {
    try {
      v = JSON.parse(doc);
    } catch {
      return undefined;
    }
  }
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
}

/** Strings of a string-or-array value. */
const strings = (v: unknown): string[] =>
  typeof v === 'string' ? [v] : Array.isArray(v) ? v.filter((x) => typeof x === 'string') : [];

/** Account ids and `arn:aws:iam::ACCT:root` name the same thing in a Principal. */
const normPrincipal = (p: string): string => (/^\d{12}$/.test(p) ? `arn:aws:iam::${p}:root` : p);

/** True when a trust policy has an Allow statement for an sts:AssumeRole* action naming `principal`. */
export function trustNames(doc: PolicyDocument, principal: string): boolean {
  const d = docObject(doc);
  if (!d) return false;
  const stmts = Array.isArray(d.Statement) ? d.Statement : [d.Statement];
  const want = normPrincipal(principal);
  return stmts.some((s) => {
    if (typeof s !== 'object' || s === null) return false;
    const st = s as Record<string, unknown>;
    if (st.Effect !== 'Allow') return false;
    if (!strings(st.Action).some((a) => /^sts:(assumerole|\*)/i.test(a) || a === '*')) return false;
    const p = st.Principal;
    if (p === '*') return principal === '*';
    if (typeof p !== 'object' || p === null) return false;
    return Object.values(p as Record<string, unknown>).some((v) => strings(v).some((x) => normPrincipal(x) === want));
  });
}

/** Answers one world fact. Pure: reads the world, changes nothing. */
export function evaluateFact(world: World, f: FactCheck): FactOutcome {
  switch (f.fact) {
    case 'user-in-group': {
      const u = lookup(world, 'users', f.user);
      if (!u.ok) return fail(u.code);
      const g = lookup(world, 'groups', f.group);
      if (!g.ok) return fail(g.code);
      const same = g.found.account.id === u.found.account.id;
      return same && u.found.entity.groups.includes(g.found.entity.name) ? ok : fail('fact.not-in-group');
    }
    case 'policy-attached': {
      const h = lookupHolder(world, f.to);
      if (!h.ok) return fail(h.code);
      return h.found.entity.attachedPolicies.includes(f.policyArn) ? ok : fail('fact.policy-not-attached');
    }
    case 'inline-policy-exists': {
      const h = lookupHolder(world, f.on);
      if (!h.ok) return fail(h.code);
      return f.policyName in h.found.entity.inlinePolicies ? ok : fail('fact.inline-policy-missing');
    }
    case 'no-user-has-policy': {
      for (const a of Object.values(world.accounts)) {
        for (const u of Object.values(a.users))
          if (userHasPolicy(u, f.policyArn, a.groups)) return fail('fact.user-has-policy');
      }
      return ok;
    }
    case 'access-key-status': {
      const u = lookup(world, 'users', f.user);
      if (!u.ok) return fail(u.code);
      const keys = Object.values(u.found.entity.accessKeys).filter((k) => {
        const age = daysBetween(k.createDate, world.clock);
        return (
          (f.olderThanDays === undefined || age > f.olderThanDays) &&
          (f.newerThanDays === undefined || age < f.newerThanDays)
        );
      });
      if (f.status === 'none') return keys.length === 0 ? ok : fail('fact.key-present');
      if (keys.length === 0) return fail('fact.no-such-key');
      return keys.every((k) => k.status === f.status) ? ok : fail('fact.key-status-differs');
    }
    case 'access-key-count': {
      if (/^arn:aws:iam::\d{12}:root$/.test(f.user)) {
        const acct = world.accounts[f.user.split(':')[4]];
        if (!acct) return fail('fact.not-found');
        return Object.keys(acct.root.accessKeys).length === f.count ? ok : fail('fact.key-count-differs');
      }
      const u = lookup(world, 'users', f.user);
      if (!u.ok) return fail(u.code);
      return Object.keys(u.found.entity.accessKeys).length === f.count ? ok : fail('fact.key-count-differs');
    }
    case 'mfa-enabled': {
      if (/^arn:aws:iam::\d{12}:root$/.test(f.user)) {
        const acct = world.accounts[f.user.split(':')[4]];
        if (!acct) return fail('fact.not-found');
        return Object.keys(acct.root.mfaDevices).length > 0 ? ok : fail('fact.no-mfa');
      }
      const u = lookup(world, 'users', f.user);
      if (!u.ok) return fail(u.code);
      return Object.keys(u.found.entity.mfaDevices).length > 0 ? ok : fail('fact.no-mfa');
    }
    case 'console-access': {
      const u = lookup(world, 'users', f.user);
      if (!u.ok) return fail(u.code);
      return u.found.entity.loginProfile ? ok : fail('fact.no-console-access');
    }
    case 'role-trusts': {
      const r = lookup(world, 'roles', f.role);
      if (!r.ok) return fail(r.code);
      return trustNames(r.found.entity.trustPolicy, f.principal) ? ok : fail('fact.not-trusted');
    }
    case 'instance-has-profile': {
      for (const a of Object.values(world.accounts)) {
        const inst = Object.values(a.instances).find(
          (i) => i.id === f.instance || i.arn === f.instance || i.name === f.instance,
        );
        if (!inst) continue;
        if (!inst.instanceProfileArn) return fail('fact.no-instance-profile');
        if (f.role === undefined) return ok;
        const profile = Object.values(a.instanceProfiles).find((p) => p.arn === inst.instanceProfileArn);
        if (!profile) return fail('fact.no-instance-profile');
        const roleName = f.role.startsWith('arn:') ? f.role.slice(f.role.lastIndexOf('/') + 1) : f.role;
        return profile.roles.includes(roleName) ? ok : fail('fact.profile-role-differs');
      }
      return fail('fact.not-found');
    }
    case 'entity-exists':
      return entityArnExists(world, f.arn) ? ok : fail('fact.not-found');
    case 'instance-profile-role': {
      const want = f.role.startsWith('arn:') ? f.role.slice(f.role.lastIndexOf('/') + 1) : f.role;
      for (const a of Object.values(world.accounts)) {
        const p = Object.values(a.instanceProfiles).find((x) => x.arn === f.profile || x.name === f.profile);
        if (!p) continue;
        if (p.roles.length === 0) return fail('fact.profile-empty');
        return p.roles.includes(want) ? ok : fail('fact.profile-role-differs');
      }
      return fail('fact.not-found');
    }
    case 'provider-audience': {
      for (const a of Object.values(world.accounts)) {
        const p = Object.prototype.hasOwnProperty.call(a.identityProviders, f.provider)
          ? own(a.identityProviders, f.provider)
          : undefined;
        if (p?.kind === 'oidc') return p.clientIds.includes(f.clientId) ? ok : fail('fact.audience-missing');
      }
      return fail('fact.not-found');
    }
    case 'boundary-set': {
      const h = lookupHolder(world, f.on);
      if (!h.ok) return fail(h.code);
      const b = 'permissionsBoundary' in h.found.entity ? h.found.entity.permissionsBoundary : undefined;
      if (!b) return fail('fact.no-boundary');
      return f.policyArn === undefined || b === f.policyArn ? ok : fail('fact.boundary-differs');
    }
  }
}
