/**
 * Import of `aws iam get-account-authorization-details` output into a world: users (groups, inline and attached
 * policies, boundary, tags), groups, roles (trust policy, instance profiles, inline, attached, boundary, tags, last
 * used), customer managed policies with all their versions (only the default is evaluated) and the AWS managed
 * policies listed in the file. Accounts come from the ARNs (a file may mix accounts). The import is refused whole
 * when any entry is malformed or refers to something missing — never a partial world.
 *
 * Names follow the rules the world's commands enforce (`create-user` and friends: `shared/world/rules.ts`): a name
 * AWS would refuse, a bad path, a name repeated without regard to case, or tags over AWS's limits refuse the import
 * with the JSON path of each offending entry (issue #13). Names are stored as own keys, so `__proto__` and
 * `constructor` are names like any other.
 */
import type { JsonValue } from '../../iam/request';
import { emptyAccount, emptyWorld } from '../account-factory';
import { isAwsManagedPolicyArn, readIamArn } from '../arn';
import { checkIntegrity } from '../scenario/integrity';
import { joinPath, type ShapeDiagnostic } from '../scenario/shape';
import type {
  Account,
  IamGroup,
  IamRole,
  IamUser,
  InstanceProfile,
  ManagedPolicy,
  PolicyDocument,
  Tags,
  World,
} from '../types';
import { findNameInsensitive } from '../lookup';
import { own, putKey } from '../own';
import { isValidIamPath, isValidName, LIMITS, NAME_RULES } from '../rules';
import { toWorldDate } from './dates';

type Obj = Record<string, unknown>;

/** What the import produced, for the "imported N users…" message. */
export interface ImportStats {
  accounts: number;
  users: number;
  groups: number;
  roles: number;
  policies: number;
  awsManagedPolicies: number;
  instanceProfiles: number;
}

/** Outcome of an import. */
export type ImportResult =
  { ok: true; world: World; stats: ImportStats } | { ok: false; diagnostics: ShapeDiagnostic[] };

/** Options: the world's name and clock (default: the latest date found in the file). */
export interface ImportOptions {
  name?: string;
  clock?: string;
}

const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

/** A policy document as found in the file: an object, or (raw API output) URL-encoded JSON text. */
function documentOf(v: unknown): PolicyDocument | undefined {
  if (isObj(v)) return v as JsonValue;
  if (typeof v === 'string') {
    if (v.startsWith('%7B') || v.startsWith('%7b')) {
      try {
        return decodeURIComponent(v);
      } catch {
        return undefined;
      }
    }
    return v;
  }
  return undefined;
}

/** Reads the import, collecting diagnostics instead of throwing. */
class Reader {
  readonly diagnostics: ShapeDiagnostic[] = [];
  latest = '';

  bad(path: string, code: string, expected?: string): undefined {
    this.diagnostics.push(expected === undefined ? { code, path } : { code, path, expected });
    return undefined;
  }

  str(o: Obj, key: string, path: string): string {
    const v = o[key];
    if (typeof v !== 'string' || v === '') {
      this.bad(joinPath(path, key), v === undefined ? 'scenario.missing' : 'scenario.type', 'string');
      return '';
    }
    return v;
  }

  date(o: Obj, key: string, path: string): string {
    const d = toWorldDate(o[key]);
    if (!d) {
      this.bad(joinPath(path, key), 'scenario.pattern', 'a date');
      return '1970-01-01T00:00:00Z';
    }
    if (d > this.latest) this.latest = d;
    return d;
  }

  list(o: Obj, key: string, path: string): unknown[] {
    const v = o[key];
    if (v === undefined) return [];
    if (!Array.isArray(v)) {
      this.bad(joinPath(path, key), 'scenario.type', 'array');
      return [];
    }
    return v;
  }

  /** A name as the commands accept it (`checkName`): AWS's characters and length for that kind of entity. */
  name(o: Obj, key: string, path: string, kind: keyof typeof NAME_RULES): string {
    const v = this.str(o, key, path);
    if (v !== '' && !isValidName(kind, v))
      this.bad(
        joinPath(path, key),
        'authz.name-invalid',
        `${NAME_WORDS[kind]}: 1 to ${NAME_RULES[kind].max} of A-Z a-z 0-9 + = , . @ _ -`,
      );
    return v;
  }

  /** An IAM path as the commands accept it (`checkPath`). */
  path(o: Obj, path: string): string {
    const v = this.str(o, 'Path', path);
    if (v !== '' && !isValidIamPath(v))
      this.bad(
        joinPath(path, 'Path'),
        'authz.path-invalid',
        'an IAM path: / or /a/b/ of printable ASCII, at most 512 characters',
      );
    return v;
  }

  tags(o: Obj, path: string): Tags {
    const out = Object.create(null) as Tags;
    const list = this.list(o, 'Tags', path);
    if (list.length > LIMITS.tagsPerEntity)
      this.bad(joinPath(path, 'Tags'), 'authz.tags-invalid', `at most ${LIMITS.tagsPerEntity} tags`);
    list.forEach((t, i) => {
      const at = joinPath(joinPath(path, 'Tags'), i);
      if (!isObj(t) || typeof t.Key !== 'string' || typeof t.Value !== 'string')
        return this.bad(at, 'scenario.type', '{Key, Value}');
      if (t.Key.length < 1 || t.Key.length > 128 || t.Value.length > 256)
        return this.bad(at, 'authz.tags-invalid', 'a tag key of 1 to 128 characters and a value of at most 256');
      putKey(out, t.Key, t.Value);
    });
    return out;
  }

  inline(o: Obj, key: string, path: string): Record<string, PolicyDocument> {
    const out = Object.create(null) as Record<string, PolicyDocument>;
    this.list(o, key, path).forEach((p, i) => {
      const at = joinPath(joinPath(path, key), i);
      if (!isObj(p)) return this.bad(at, 'scenario.type', 'object');
      const doc = documentOf(p.PolicyDocument);
      if (doc === undefined) return this.bad(joinPath(at, 'PolicyDocument'), 'scenario.type', 'policy document');
      const name = this.name(p, 'PolicyName', at, 'inlinePolicy');
      this.unique(out, name, joinPath(at, 'PolicyName'), 'inline policy');
      putKey(out, name, doc);
    });
    return out;
  }

  /** Refuses a name already in `record` without regard to case (the commands refuse it: EntityAlreadyExists). */
  unique(record: Record<string, unknown>, name: string, path: string, what: string): void {
    if (name === '') return;
    const existing = findNameInsensitive(record, name);
    if (existing !== undefined)
      this.bad(
        path,
        'authz.name-duplicate',
        `a ${what} name not already used (AWS compares names without regard to case; "${existing}" is)`,
      );
  }

  attached(o: Obj, path: string): string[] {
    return this.list(o, 'AttachedManagedPolicies', path).map((p, i) =>
      isObj(p) ? this.str(p, 'PolicyArn', joinPath(joinPath(path, 'AttachedManagedPolicies'), i)) : '',
    );
  }

  boundary(o: Obj, path: string): string | undefined {
    const b = o.PermissionsBoundary;
    if (b === undefined) return undefined;
    if (!isObj(b)) return this.bad(joinPath(path, 'PermissionsBoundary'), 'scenario.type', 'object');
    return this.str(b, 'PermissionsBoundaryArn', joinPath(path, 'PermissionsBoundary'));
  }
}

/** How the rules' kinds read in a diagnostic. */
const NAME_WORDS: Record<keyof typeof NAME_RULES, string> = {
  user: 'a user name',
  group: 'a group name',
  role: 'a role name',
  policy: 'a policy name',
  inlinePolicy: 'an inline policy name',
  instanceProfile: 'an instance profile name',
  roleSessionName: 'a role session name',
  samlProvider: 'a SAML provider name',
};

/** The account for an ARN, created on first use. */
function accountFor(world: World, arn: string, r: Reader, path: string): Account | undefined {
  const info = readIamArn(arn);
  if (!info || !/^\d{12}$/.test(info.account))
    return r.bad(path, 'scenario.pattern', 'an IAM ARN with a 12-digit account');
  const found = own(world.accounts, info.account);
  if (found) return found;
  const account = emptyAccount(info.account);
  putKey(world.accounts, info.account, account);
  return account;
}

/** Builds a managed policy from a `Policies[]` entry. */
function readPolicy(p: Obj, at: string, r: Reader): ManagedPolicy {
  const versions = Object.create(null) as ManagedPolicy['versions'];
  let counter = 1;
  r.list(p, 'PolicyVersionList', at).forEach((v, i) => {
    const vat = joinPath(joinPath(at, 'PolicyVersionList'), i);
    if (!isObj(v)) return r.bad(vat, 'scenario.type', 'object');
    const id = r.str(v, 'VersionId', vat);
    if (id !== '' && !/^v[1-9]\d{0,8}$/.test(id))
      r.bad(joinPath(vat, 'VersionId'), 'scenario.pattern', 'a version id: v1, v2, ...');
    const doc = documentOf(v.Document);
    if (doc === undefined) return r.bad(joinPath(vat, 'Document'), 'scenario.type', 'policy document');
    putKey(versions, id, { document: doc, createDate: r.date(v, 'CreateDate', vat) });
    counter = Math.max(counter, Number(/^v(\d+)$/.exec(id)?.[1] ?? 1));
  });
  const policy: ManagedPolicy = {
    name: r.name(p, 'PolicyName', at, 'policy'),
    path: r.path(p, at),
    arn: r.str(p, 'Arn', at),
    id: r.str(p, 'PolicyId', at),
    createDate: r.date(p, 'CreateDate', at),
    updateDate: toWorldDate(p.UpdateDate) ?? r.date(p, 'CreateDate', at),
    defaultVersionId: r.str(p, 'DefaultVersionId', at),
    versions,
    versionCounter: counter,
  };
  if (typeof p.Description === 'string') policy.description = p.Description;
  return policy;
}

/** Imports an already-parsed authorization-details document. */
export function importAuthzDetails(value: unknown, options: ImportOptions = {}): ImportResult {
  const r = new Reader();
  if (!isObj(value) || !['UserDetailList', 'GroupDetailList', 'RoleDetailList', 'Policies'].some((k) => k in value)) {
    return {
      ok: false,
      diagnostics: [
        { code: 'authz.not-authz-details', path: '', expected: 'get-account-authorization-details output' },
      ],
    };
  }
  const world = emptyWorld(options.name ?? 'Imported account', '1970-01-01T00:00:00Z', 'import');
  world.meta.description = 'Imported from aws iam get-account-authorization-details';
  const stats: ImportStats = {
    accounts: 0,
    users: 0,
    groups: 0,
    roles: 0,
    policies: 0,
    awsManagedPolicies: 0,
    instanceProfiles: 0,
  };

  r.list(value, 'Policies', '').forEach((p, i) => {
    const at = joinPath('Policies', i);
    if (!isObj(p)) return r.bad(at, 'scenario.type', 'object');
    const policy = readPolicy(p, at, r);
    if (isAwsManagedPolicyArn(policy.arn)) {
      putKey(world.awsManagedPolicies, policy.arn, policy);
      stats.awsManagedPolicies++;
    } else {
      const account = accountFor(world, policy.arn, r, joinPath(at, 'Arn'));
      if (account) {
        r.unique(account.policies, policy.name, joinPath(at, 'PolicyName'), 'policy');
        putKey(account.policies, policy.name, policy);
      }
      stats.policies++;
    }
  });

  r.list(value, 'GroupDetailList', '').forEach((g, i) => {
    const at = joinPath('GroupDetailList', i);
    if (!isObj(g)) return r.bad(at, 'scenario.type', 'object');
    const group: IamGroup = {
      name: r.name(g, 'GroupName', at, 'group'),
      path: r.path(g, at),
      arn: r.str(g, 'Arn', at),
      id: r.str(g, 'GroupId', at),
      createDate: r.date(g, 'CreateDate', at),
      inlinePolicies: r.inline(g, 'GroupPolicyList', at),
      attachedPolicies: r.attached(g, at),
    };
    const account = accountFor(world, group.arn, r, joinPath(at, 'Arn'));
    if (account) {
      r.unique(account.groups, group.name, joinPath(at, 'GroupName'), 'group');
      putKey(account.groups, group.name, group);
    }
    stats.groups++;
  });

  r.list(value, 'UserDetailList', '').forEach((u, i) => {
    const at = joinPath('UserDetailList', i);
    if (!isObj(u)) return r.bad(at, 'scenario.type', 'object');
    const user: IamUser = {
      name: r.name(u, 'UserName', at, 'user'),
      path: r.path(u, at),
      arn: r.str(u, 'Arn', at),
      id: r.str(u, 'UserId', at),
      createDate: r.date(u, 'CreateDate', at),
      groups: r.list(u, 'GroupList', at).map(String),
      tags: r.tags(u, at),
      inlinePolicies: r.inline(u, 'UserPolicyList', at),
      attachedPolicies: r.attached(u, at),
      accessKeys: Object.create(null) as IamUser['accessKeys'],
      mfaDevices: Object.create(null) as IamUser['mfaDevices'],
    };
    const boundary = r.boundary(u, at);
    if (boundary) user.permissionsBoundary = boundary;
    const account = accountFor(world, user.arn, r, joinPath(at, 'Arn'));
    if (account) {
      r.unique(account.users, user.name, joinPath(at, 'UserName'), 'user');
      putKey(account.users, user.name, user);
    }
    stats.users++;
  });

  r.list(value, 'RoleDetailList', '').forEach((x, i) => {
    const at = joinPath('RoleDetailList', i);
    if (!isObj(x)) return r.bad(at, 'scenario.type', 'object');
    const trust = documentOf(x.AssumeRolePolicyDocument);
    if (trust === undefined) r.bad(joinPath(at, 'AssumeRolePolicyDocument'), 'scenario.type', 'policy document');
    const role: IamRole = {
      name: r.name(x, 'RoleName', at, 'role'),
      path: r.path(x, at),
      arn: r.str(x, 'Arn', at),
      id: r.str(x, 'RoleId', at),
      createDate: r.date(x, 'CreateDate', at),
      trustPolicy: trust ?? {},
      maxSessionDuration: typeof x.MaxSessionDuration === 'number' ? x.MaxSessionDuration : 3600,
      tags: r.tags(x, at),
      inlinePolicies: r.inline(x, 'RolePolicyList', at),
      attachedPolicies: r.attached(x, at),
    };
    if (typeof x.Description === 'string') role.description = x.Description;
    const boundary = r.boundary(x, at);
    if (boundary) role.permissionsBoundary = boundary;
    if (role.path.startsWith('/aws-service-role/')) role.serviceLinked = true;
    if (isObj(x.RoleLastUsed) && (x.RoleLastUsed.LastUsedDate !== undefined || x.RoleLastUsed.Region !== undefined)) {
      const lastUsed: IamRole['lastUsed'] = {};
      const d = toWorldDate(x.RoleLastUsed.LastUsedDate);
      if (d) lastUsed.date = d;
      if (typeof x.RoleLastUsed.Region === 'string') lastUsed.region = x.RoleLastUsed.Region;
      role.lastUsed = lastUsed;
    }
    const account = accountFor(world, role.arn, r, joinPath(at, 'Arn'));
    if (!account) return;
    r.unique(account.roles, role.name, joinPath(at, 'RoleName'), 'role');
    putKey(account.roles, role.name, role);
    stats.roles++;
    r.list(x, 'InstanceProfileList', at).forEach((ip, j) => {
      const pat = joinPath(joinPath(at, 'InstanceProfileList'), j);
      if (!isObj(ip)) return r.bad(pat, 'scenario.type', 'object');
      const profile: InstanceProfile = {
        name: r.name(ip, 'InstanceProfileName', pat, 'instanceProfile'),
        path: r.path(ip, pat),
        arn: r.str(ip, 'Arn', pat),
        id: r.str(ip, 'InstanceProfileId', pat),
        createDate: r.date(ip, 'CreateDate', pat),
        roles: r.list(ip, 'Roles', pat).map((rr) => (isObj(rr) ? String(rr.RoleName) : '')),
      };
      // The same profile is listed under each of its roles: count it once.
      if (!own(account.instanceProfiles, profile.name)) stats.instanceProfiles++;
      putKey(account.instanceProfiles, profile.name, profile);
    });
  });

  if (r.diagnostics.length > 0) return { ok: false, diagnostics: r.diagnostics };
  world.clock = options.clock ?? (r.latest || '2025-01-01T00:00:00Z');
  const firstAccount = Object.keys(world.accounts)[0];
  if (firstAccount) world.currentIdentity = `arn:aws:iam::${firstAccount}:root`;
  stats.accounts = Object.keys(world.accounts).length;
  const integrity = checkIntegrity(world, 'world');
  if (integrity.length > 0) return { ok: false, diagnostics: integrity };
  return { ok: true, world, stats };
}
